package dev.byline.imports;

import static dev.byline.support.Fixtures.asAdmin;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Starting import jobs through the API and waiting for them to end. */
final class ImportJobs {

    private ImportJobs() {
    }

    static String sample() {
        try (InputStream in = ImportJobs.class.getResourceAsStream("/wordpress/sample-newsroom.wxr.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** POSTs the WXR and answers the Location of the 202. */
    static String start(String wxr, String query) {
        Response response = asAdmin().contentType("application/xml")
                .body(wxr.getBytes(StandardCharsets.UTF_8)).post("/api/v1/imports" + query);
        response.then().statusCode(202);
        return response.header("Location");
    }

    /** Polls the job until it has ended (the runner takes it within a second or so). */
    static JsonPath finished(String location) {
        long deadline = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonPath job = asAdmin().get(location).then().statusCode(200).extract().jsonPath();
            String status = job.getString("status");
            if ("succeeded".equals(status) || "failed".equals(status)) {
                return job;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        fail("The import at " + location + " did not end within 3 minutes");
        return null;
    }
}
