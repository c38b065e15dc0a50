package dev.byline.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.byline.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Long work is not held to the request bound: an import file that takes longer than
 * {@code byline.database.timeout} to arrive (a slow link) is stored whole and imported, where
 * the bound's transaction timeout used to roll the upload back. The bound is set low here so
 * the upload can outlast it in a few seconds.
 */
@QuarkusTest
@TestProfile(SlowUploadTest.ShortBound.class)
class SlowUploadTest {

    private static final Duration BOUND = Duration.ofSeconds(5);

    public static class ShortBound implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("byline.database.timeout", BOUND.toSeconds() + "s");
        }
    }

    @Test
    void shouldStoreAndImportUploadThatOutlastsRequestBound() throws Exception {
        byte[] wxr = ImportJobs.sample().getBytes(StandardCharsets.UTF_8);
        int half = wxr.length / 2;
        // The first half at once, the rest after longer than the bound: the upload's transaction
        // is open all the while.
        InputStream slow = new SequenceInputStream(new ByteArrayInputStream(Arrays.copyOf(wxr, half)),
                new InputStream() {
                    private InputStream rest;

                    @Override
                    public int read() throws java.io.IOException {
                        byte[] one = new byte[1];
                        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
                        if (rest == null) {
                            try {
                                Thread.sleep(BOUND.plusSeconds(2).toMillis());
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                throw new java.io.InterruptedIOException();
                            }
                            rest = new ByteArrayInputStream(Arrays.copyOfRange(wxr, half, wxr.length));
                        }
                        return rest.read(buffer, offset, length);
                    }
                });
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + RestAssured.port + "/api/v1/imports"))
                .header("Authorization", "Bearer " + Fixtures.ADMIN_TOKEN)
                .header("Content-Type", "application/xml")
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> slow))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(202, response.statusCode(), response.body());

        String location = response.headers().firstValue("Location").orElseThrow();
        JsonPath job = ImportJobs.finished(URI.create(location).getPath());
        assertEquals("succeeded", job.getString("status"), job.prettify());
        // the whole file arrived: every record of it was read
        assertEquals(job.getInt("total"), job.getInt("processed"), job.prettify());
        org.junit.jupiter.api.Assertions.assertTrue(job.getInt("total") > 10, job.prettify());
    }
}
