package dev.byline.media;

import static dev.byline.media.MediaApi.as;
import static dev.byline.media.MediaApi.create;
import static dev.byline.media.MediaApi.decode;
import static dev.byline.media.MediaApi.file;
import static dev.byline.media.MediaApi.upload;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import dev.byline.media.storage.MediaStorage;
import dev.byline.media.storage.StoredFile;
import dev.byline.support.Fixtures;
import dev.byline.support.RecordedEvents;
import dev.byline.support.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

/**
 * Media (API.md §11) through the HTTP API with the storage the profile configures: the
 * filesystem here, S3 in {@link MediaS3Test}, which runs every test of this class again.
 */
@QuarkusTest
class MediaTest {

    @Inject
    TestDatabase db;

    @Inject
    MediaStorage storage;

    @Inject
    RecordedEvents events;

    @Inject
    OrphanSweep sweep;

    @Test
    void shouldStoreJpegPngWebpAndGifAndServeThemBackWithTheirTypeAndSize() {
        record Case(byte[] bytes, String name, String mime, int width, int height) {
        }
        List<Case> cases = List.of(
                new Case(TestImages.jpeg(300, 200), "Lead Photo.JPG", "image/jpeg", 300, 200),
                new Case(TestImages.png(120, 80), "chart.png", "image/png", 120, 80),
                new Case(TestImages.webp(90, 60), "river.webp", "image/webp", 90, 60),
                new Case(TestImages.gif(64, 48), "anim.gif", "image/gif", 64, 48));
        for (Case c : cases) {
            JsonPath media = upload(c.bytes(), c.name(), "application/octet-stream").then().statusCode(201)
                    .header("Location", matchesPattern(".*/api/v1/media/[0-9a-f-]{36}$"))
                    .body("mimeType", equalTo(c.mime()))
                    .body("width", equalTo(c.width()))
                    .body("height", equalTo(c.height()))
                    .body("createdBy", notNullValue())
                    .body("sha256", matchesPattern("[0-9a-f]{64}"))
                    .extract().jsonPath();
            String url = media.getString("url");
            assertTrue(url.startsWith("/api/v1/media/" + media.getString("id") + "/"), url);
            Response original = file(url, "");
            original.then().statusCode(200)
                    .contentType(c.mime())
                    .header("Cache-Control", "public, max-age=31536000, immutable")
                    .header("ETag", matchesPattern("\"[^\"]+\""))
                    .header("Surrogate-Key", "media:" + media.getString("id"))
                    .header("Content-Length", String.valueOf(media.getLong("bytes")));
            BufferedImage image = decode(original.asByteArray());
            assertEquals(c.width(), image.getWidth());
            assertEquals(c.height(), image.getHeight());
        }
        given().header("Authorization", "Bearer " + Fixtures.ADMIN_TOKEN).get("/api/v1/media?size=100")
                .then().statusCode(200).body("data.fileName", hasItem("lead-photo.jpg"));
    }

    @Test
    void shouldServeRenditionsOfAllowedWidthsAndFormatsWithoutUpscaling() {
        JsonPath media = upload(TestImages.jpeg(1000, 500), "wide.jpg", "image/jpeg").then().statusCode(201)
                .extract().jsonPath();
        String url = media.getString("url");
        Response w640 = file(url, "?w=640");
        w640.then().statusCode(200).contentType("image/jpeg");
        BufferedImage small = decode(w640.asByteArray());
        assertEquals(640, small.getWidth());
        assertEquals(320, small.getHeight());

        Response webp = file(url, "?w=320&format=webp");
        webp.then().statusCode(200).contentType("image/webp")
                .header("Cache-Control", "public, max-age=31536000, immutable");
        BufferedImage smallWebp = decode(webp.asByteArray());
        assertEquals(320, smallWebp.getWidth());
        assertEquals(160, smallWebp.getHeight());

        Response png = file(url, "?format=png");
        png.then().statusCode(200).contentType("image/png");
        assertEquals(1000, decode(png.asByteArray()).getWidth());

        // Wider than the original: the original's width, never upscaled.
        BufferedImage notUpscaled = decode(file(url, "?w=1920&format=webp").then().statusCode(200)
                .extract().asByteArray());
        assertEquals(1000, notUpscaled.getWidth());

        file(url, "?w=500").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("w"));
        file(url, "?format=svg").then().statusCode(400).body("errors[0].field", equalTo("format"));
        file(url, "?w=abc").then().statusCode(400).contentType("application/problem+json");
        file(url.replace("wide.jpg", "other.jpg"), "").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldMakeARenditionOnceWhenManyAskForItAtOnce() throws Exception {
        String id = create(TestImages.jpeg(1400, 900), "crowd.jpg", "image/jpeg");
        String url = "/api/v1/media/" + id + "/crowd.jpg?w=960&format=webp";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<byte[]>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> given().get(url).then().statusCode(200).extract().asByteArray());
            }
            List<byte[]> bodies = new ArrayList<>();
            for (Future<byte[]> f : pool.invokeAll(calls)) {
                bodies.add(f.get());
            }
            for (byte[] body : bodies) {
                assertArrayEquals(bodies.get(0), body);
            }
            assertEquals(960, decode(bodies.get(0)).getWidth());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, db.count("SELECT count(*) FROM media_renditions WHERE media_id = ?", UUID.fromString(id)));
        assertTrue(storage.stat(id + "/w960.webp").isPresent());
    }

    @Test
    void shouldNeverServeCameraOrLocationMetadataAndKeepTheCreditAndOrientation() throws Exception {
        byte[] upload = TestImages.jpegWithMetadata(60, 40, 6);
        assertTrue(new String(upload, StandardCharsets.ISO_8859_1).contains("Pixel 9"));
        JsonPath media = upload(upload, "phone.jpg", "image/jpeg").then().statusCode(201)
                // Orientation 6 (rotated 90°): stored upright, so the sides swap.
                .body("width", equalTo(40))
                .body("height", equalTo(60))
                .body("credit", equalTo("Jane Photographer"))
                .extract().jsonPath();
        for (String query : new String[] {"", "?w=320", "?format=webp", "?format=png"}) {
            byte[] served = file(media.getString("url"), query).then().statusCode(200).extract().asByteArray();
            String text = new String(served, StandardCharsets.ISO_8859_1);
            for (String secret : new String[] {"Exif", "GPS", "Pixel 9", "Google", "xmpmeta", "Photoshop", "Islamabad"}) {
                assertFalse(text.contains(secret), secret + " is in the file served for " + query);
            }
        }
        byte[] original = file(media.getString("url"), "").asByteArray();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(original))) {
            List<JPEGSegment> segments = JPEGSegmentUtil.readSegments(in, JPEGSegmentUtil.ALL_SEGMENTS);
            assertTrue(segments.stream().noneMatch(s -> s.marker() == 0xFFE1 || s.marker() == 0xFFED
                    || s.marker() == 0xFFFE), "APP1, APP13 or COM segments remain: " + segments);
        }
        BufferedImage upright = decode(original);
        assertEquals(40, upright.getWidth());
        assertEquals(60, upright.getHeight());
    }

    @Test
    void shouldDropTextChunksOfPngsAndCommentsOfGifs() {
        byte[] png = TestImages.pngWithText(50, 30);
        assertTrue(new String(png, StandardCharsets.ISO_8859_1).contains("GPS"));
        String pngUrl = upload(png, "map.png", "image/png").then().statusCode(201).extract().path("url");
        String servedPng = new String(file(pngUrl, "").asByteArray(), StandardCharsets.ISO_8859_1);
        assertFalse(servedPng.contains("tEXt") || servedPng.contains("iTXt") || servedPng.contains("GPS"));

        byte[] gif = TestImages.gif(20, 20);
        assertTrue(new String(gif, StandardCharsets.ISO_8859_1).contains("GPS"));
        String gifUrl = upload(gif, "dot.gif", "image/gif").then().statusCode(201).extract().path("url");
        byte[] servedGif = file(gifUrl, "").asByteArray();
        assertFalse(new String(servedGif, StandardCharsets.ISO_8859_1).contains("GPS"));
        assertEquals(20, decode(servedGif).getWidth());
    }

    @Test
    void shouldAnswerTheExistingItemWhenTheSameBytesComeAgain() {
        byte[] bytes = TestImages.png(40, 40);
        String id = create(bytes, "same.png", "image/png");
        upload(bytes, "again.png", "image/png").then().statusCode(200)
                .body("id", equalTo(id))
                .body("fileName", equalTo("same.png"));
        assertEquals(1, events.count("media.created", id));
    }

    @Test
    void shouldTakeARawImageBodyNamedByContentDisposition() {
        byte[] bytes = TestImages.jpeg(30, 20);
        String id = as(Fixtures.ADMIN_TOKEN).contentType("image/jpeg")
                .header("Content-Disposition", "attachment; filename=\"Raw Upload.jpeg\"")
                .body(bytes).post("/api/v1/media")
                .then().statusCode(201).body("fileName", equalTo("raw-upload.jpg")).body("width", equalTo(30))
                .extract().path("id");
        assertTrue(storage.stat(id + "/original").isPresent());
        as(Fixtures.ADMIN_TOKEN).contentType("image/jpeg").body(TestImages.jpeg(31, 20)).post("/api/v1/media")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Content-Disposition"));
        as(Fixtures.ADMIN_TOKEN).contentType("application/json").body("{}").post("/api/v1/media")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void shouldRefuseWhatIsNotAnImageItCanReadAndStoreNothing() {
        long rows = db.count("SELECT count(*) FROM media");
        long files = storedFiles();
        byte[] jpeg = TestImages.jpeg(200, 150);
        byte[] png = TestImages.png(80, 80);
        record Bad(byte[] bytes, String name, String mime, int status, String says) {
        }
        List<Bad> bad = List.of(
                new Bad("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8), "logo.svg", "image/svg+xml", 415, "SVG"),
                new Bad("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
                        .getBytes(StandardCharsets.UTF_8), "photo.jpg", "image/jpeg", 415, "HTML"),
                new Bad(Arrays.copyOf(jpeg, jpeg.length / 2), "cut.jpg", "image/jpeg", 400, "truncated"),
                new Bad(Arrays.copyOf(png, png.length - 20), "cut.png", "image/png", 400, "truncated"),
                new Bad(new byte[0], "empty.jpg", "image/jpeg", 400, "empty"));
        for (Bad b : bad) {
            upload(b.bytes(), b.name(), b.mime()).then().statusCode(b.status())
                    .contentType("application/problem+json")
                    .body("detail", org.hamcrest.Matchers.anyOf(containsString(b.says()),
                            org.hamcrest.Matchers.notNullValue()))
                    .body(b.status() == 400 ? "errors[0].message" : "detail", containsString(b.says()));
        }
        assertEquals(rows, db.count("SELECT count(*) FROM media"));
        assertEquals(files, storedFiles());
    }

    @Test
    void shouldRefuseADecompressionBombFromItsHeaderAndTooManyBytes() {
        long rows = db.count("SELECT count(*) FROM media");
        long files = storedFiles();
        byte[] bomb = TestImages.pngDeclaring(100_000, 100_000);
        assertTrue(bomb.length < 100);
        upload(bomb, "bomb.png", "image/png").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("100000×100000 pixels"));
        byte[] huge = new byte[3 * 1024 * 1024 + 1];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        upload(huge, "huge.jpg", "image/jpeg").then().statusCode(413).contentType("application/problem+json");
        as(Fixtures.ADMIN_TOKEN).contentType("image/jpeg").header("Content-Disposition", "attachment; filename=h.jpg")
                .body(huge).post("/api/v1/media").then().statusCode(413).contentType("application/problem+json");
        assertEquals(rows, db.count("SELECT count(*) FROM media"));
        assertEquals(files, storedFiles());
    }

    @Test
    void shouldHonourIfNoneMatchAndByteRanges() {
        JsonPath media = upload(TestImages.jpeg(200, 100), "ranges.jpg", "image/jpeg").then().statusCode(201)
                .extract().jsonPath();
        String url = media.getString("url");
        Response whole = file(url, "");
        byte[] bytes = whole.asByteArray();
        String etag = whole.header("ETag");
        given().header("If-None-Match", etag).get(url).then().statusCode(304).header("ETag", etag);

        byte[] first = given().header("Range", "bytes=0-9").get(url).then().statusCode(206)
                .header("Content-Range", "bytes 0-9/" + bytes.length).header("Content-Length", "10")
                .extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(bytes, 0, 10), first);
        byte[] last = given().header("Range", "bytes=-5").get(url).then().statusCode(206)
                .extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(bytes, bytes.length - 5, bytes.length), last);
        given().header("Range", "bytes=" + bytes.length + "-").get(url).then().statusCode(416)
                .header("Content-Range", "bytes */" + bytes.length).contentType("application/problem+json");
        // An If-Range that no longer matches gets the whole file.
        given().header("Range", "bytes=0-9").header("If-Range", "\"old\"").get(url).then().statusCode(200)
                .header("Content-Length", String.valueOf(bytes.length));
        byte[] rendition = file(url, "?w=320").asByteArray();
        byte[] ranged = given().header("Range", "bytes=2-").get(url + "?w=320").then().statusCode(206)
                .extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(rendition, 2, rendition.length), ranged);
    }

    @Test
    void shouldListSearchPatchAndDeleteWithTheRolesTheContractNames() {
        Fixtures.TestUser contributor = Fixtures.user("contributor");
        Fixtures.TestUser other = Fixtures.user("contributor");
        Fixtures.TestUser editor = Fixtures.user("editor");
        String marker = Fixtures.unique("zebra");
        String id = MediaApi.as(contributor.token())
                .multiPart("file", marker + ".png", TestImages.png(10, 10), "image/png")
                .multiPart("alt", "A striped " + marker)
                .multiPart("caption", "Seen at the zoo")
                .post("/api/v1/media").then().statusCode(201)
                .body("alt", equalTo("A striped " + marker)).body("credit", nullValue())
                .extract().path("id");

        given().get("/api/v1/media").then().statusCode(401).contentType("application/problem+json");
        as(contributor.token()).get("/api/v1/media?q=" + marker.toUpperCase()).then().statusCode(200)
                .header("X-Total-Count", "1").body("data[0].id", equalTo(id)).body("meta.total", equalTo(1));
        as(contributor.token()).queryParam("q", " ").get("/api/v1/media").then().statusCode(400);

        // Not used by published content: anonymous readers get 404, token holders the item.
        given().get("/api/v1/media/" + id).then().statusCode(404).contentType("application/problem+json");
        String etag = as(contributor.token()).get("/api/v1/media/" + id).then().statusCode(200)
                .header("ETag", "\"" + id + "-v1\"").extract().header("ETag");

        as(other.token()).contentType("application/merge-patch+json").body(Map.of("alt", "mine now"))
                .patch("/api/v1/media/" + id).then().statusCode(403);
        as(contributor.token()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"alt\":\"A zebra\",\"caption\":null,\"credit\":\"Zoo\"}")
                .patch("/api/v1/media/" + id).then().statusCode(200)
                .header("ETag", "\"" + id + "-v2\"")
                .body("alt", equalTo("A zebra")).body("caption", nullValue()).body("credit", equalTo("Zoo"));
        as(contributor.token()).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("alt", "stale")).patch("/api/v1/media/" + id).then().statusCode(412)
                .body("currentVersion", equalTo(2));
        as(contributor.token()).contentType("application/merge-patch+json").body(Map.of("width", 5))
                .patch("/api/v1/media/" + id).then().statusCode(400);

        as(contributor.token()).delete("/api/v1/media/" + id).then().statusCode(403);
        as(editor.token()).delete("/api/v1/media/" + id).then().statusCode(204);
        as(editor.token()).get("/api/v1/media/" + id).then().statusCode(404);
        given().get("/api/v1/media/" + id + "/" + marker + ".png").then().statusCode(404);
        assertTrue(storage.stat(id + "/original").isEmpty());
        assertEquals(1, events.count("media.created", id));
        assertEquals(1, events.count("media.deleted", id));
    }

    @Test
    void shouldLeaveNoServedFileWhenTheCommitFailsAndSweepStrays() {
        long rows = db.count("SELECT count(*) FROM media");
        long files = storedFiles();
        MediaApi.as(Fixtures.ADMIN_TOKEN).multiPart("file", "doomed.png", TestImages.png(12, 12), "image/png")
                .multiPart("caption", FailingCommits.MARKER)
                .post("/api/v1/media").then().statusCode(500).contentType("application/problem+json");
        assertEquals(rows, db.count("SELECT count(*) FROM media"));
        assertEquals(files, storedFiles());

        String kept = create(TestImages.png(14, 14), "kept.png", "image/png");
        String stray = UUID.randomUUID() + "/original";
        storage.put(stray, new byte[] {1, 2, 3});
        assertTrue(sweep.sweep(Instant.now().plusSeconds(5)) >= 1);
        assertTrue(storage.stat(stray).isEmpty());
        assertTrue(storage.stat(kept + "/original").isPresent());
    }

    private long storedFiles() {
        try (Stream<StoredFile> all = storage.list()) {
            return all.count();
        }
    }
}
