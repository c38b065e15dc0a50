package dev.byline.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.byline.support.PackagedApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The README's training start, on the packaged app: it stops by itself once started, the JVM
 * writes its archive of the start's classes, and the next start maps the app's own classes
 * from that archive ({@code -Xshare:on} refuses to start when the archive cannot be used).
 */
class TrainingStartIT {

    private static final String TOKEN = "byl_training-it-0123456789abcdefghijklmnopqrstuvwxyz";

    @Test
    void shouldStopByItselfAndLeaveAnArchiveTheNextStartMaps() throws Exception {
        PackagedApp.assumePackaged();
        String database = PackagedApp.freshDatabase("training");
        Path work = Files.createTempDirectory("byline-training-it");
        Path archive = work.resolve("app-start.jsa");
        Path log = work.resolve("training.log");

        Process training = PackagedApp.launch(database, work.resolve("media"), TOKEN, work,
                List.of("-XX:ArchiveClassesAtExit=" + archive, "-Dbyline.exit-when-started=true"),
                PackagedApp.freePort(), PackagedApp.freePort(), log);
        boolean ended = training.waitFor(4, TimeUnit.MINUTES);
        if (!ended) {
            training.destroyForcibly().waitFor();
        }
        String trainingLog = Files.readString(log);
        assertTrue(ended, () -> "the training start did not stop by itself:\n" + trainingLog);
        assertEquals(0, training.exitValue(), trainingLog);
        assertTrue(trainingLog.contains("Training start: started, now stopping"), trainingLog);
        assertTrue(Files.size(archive) > 0, "no archive written:\n" + trainingLog);

        try (PackagedApp app = PackagedApp.start(database, work.resolve("media"), TOKEN, work,
                List.of("-Xshare:on", "-XX:SharedArchiveFile=" + archive, "-Xlog:class+load=info"))) {
            app.anonymous().get("/api/v1/articles").then().statusCode(200);
            assertTrue(app.log().contains("dev.byline.content.ContentService source: shared objects file"),
                    "the app's classes were loaded from their jar, not mapped from the archive");
        }
    }
}
