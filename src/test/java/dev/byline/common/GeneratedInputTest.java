package dev.byline.common;

import static dev.byline.support.Fixtures.asAdmin;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.byline.support.CommentFixtures;
import dev.byline.support.ContentFixtures;
import dev.byline.support.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Generated hostile input against every write operation the OpenAPI document lists (the
 * committed {@code openapi/openapi.json}, which {@code OpenApiDocumentTest} holds equal to the
 * running app's): wrong types, huge and deeply nested JSON, malformed JSON, invalid UTF-8,
 * NULs and unicode edge cases, numbers past every limit, bad ids and media types. Every answer
 * must be below 500; every refusal must be problem+json whose {@code status} is the answer's,
 * and must leave the database as it was (a fingerprint of every table's rows).
 *
 * <p>The generator is seeded ({@code -Dbyline.test.seed}, fixed by default, so a run is the same
 * every time); a failure names the case's own seed, which makes it again. More cases per
 * operation: {@code -Dbyline.test.generated-cases}.
 */
@QuarkusTest
class GeneratedInputTest {

    private static final Logger LOG = Logger.getLogger(GeneratedInputTest.class);
    private static final long SEED = Long.getLong("byline.test.seed", 11L);
    private static final int CASES = Integer.getInteger("byline.test.generated-cases", 14);

    /** Rows the app changes by itself (job progress, delivery leases, last use): counted, not hashed. */
    private static final Set<String> COUNTED_ONLY = Set.of("api_tokens", "changes", "change_sequencer",
            "webhook_deliveries", "webhook_delivery_attempts", "import_jobs", "import_chunks",
            "comment_rate_limits", "media_renditions", "server_keys", "flyway_schema_history");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    record Operation(String method, String path, List<String> contentTypes, JsonNode schema) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    record Case(Operation operation, long seed, String uri, String contentType, byte[] body) {
        String describe() {
            String shown = new String(body, 0, Math.min(body.length, 160), java.nio.charset.StandardCharsets.UTF_8);
            return operation + " (case seed " + seed + "): " + uri + " [" + contentType + ", " + body.length
                    + " bytes] " + shown;
        }
    }

    record Answer(int status, String contentType, String body) {
    }

    @Test
    void shouldRefuseGeneratedHostileWritesWithProblemsAndChangeNothing() throws Exception {
        JsonNode document = mapper.readTree(Files.readString(Path.of("openapi", "openapi.json")));
        Map<String, JsonNode> components = new HashMap<>();
        document.path("components").path("schemas").fields()
                .forEachRemaining(entry -> components.put(entry.getKey(), entry.getValue()));
        List<Operation> operations = writeOperations(document, components);
        assertTrue(operations.size() >= 30, "write operations found: " + operations);
        Map<String, String> realIds = fixtures();

        Random seeds = new Random(SEED);
        List<String> failures = new ArrayList<>();
        Map<String, String> baseline = fingerprint();
        int refused = 0;
        int accepted = 0;
        for (Operation operation : operations) {
            for (int i = 0; i < CASES; i++) {
                Case generated = generate(operation, seeds.nextLong(), realIds, components);
                Answer answer = send(generated);
                String problem = check(answer);
                if (problem != null) {
                    failures.add(problem + ": " + generated.describe() + " → " + abbreviate(answer.body()));
                    baseline = fingerprint();
                    continue;
                }
                if (answer.status() < 300) {
                    accepted++;
                    baseline = fingerprint(); // a write that was valid after all
                    continue;
                }
                refused++;
                Map<String, String> after = fingerprint();
                if (!after.equals(baseline)) {
                    // The scheduler may have published something meanwhile: wait for quiet, then
                    // send the very same request again and look once more.
                    Map<String, String> quiet = quiet();
                    Answer again = send(generated);
                    Map<String, String> retried = fingerprint();
                    if (again.status() >= 400 && !retried.equals(quiet)) {
                        failures.add("a refused write (" + again.status() + ") changed " + changed(quiet, retried)
                                + ": " + generated.describe());
                    }
                    baseline = retried;
                }
            }
        }
        LOG.infof("Generated input: %d operations, %d cases each (seed %d): %d refused, %d accepted",
                operations.size(), CASES, SEED, refused, accepted);
        assertTrue(failures.isEmpty(), failures.size() + " of the generated requests were mishandled:\n"
                + String.join("\n", failures));
    }

    /** Null when the answer is as every answer must be, else what is wrong with it. */
    private String check(Answer answer) {
        if (answer.status() < 0) {
            return "no answer (" + answer.body() + ")";
        }
        if (answer.status() >= 500) {
            return "answered " + answer.status();
        }
        if (answer.status() < 200 || (answer.status() >= 300 && answer.status() < 400)) {
            return "answered " + answer.status();
        }
        if (answer.status() >= 400) {
            if (!answer.contentType().startsWith("application/problem+json")) {
                return "answered " + answer.status() + " as " + answer.contentType() + ", not problem+json";
            }
            try {
                JsonNode body = mapper.readTree(answer.body());
                if (body.path("status").asInt() != answer.status() || !body.path("type").isTextual()
                        || !body.path("title").isTextual()) {
                    return "answered " + answer.status() + " with a problem body that does not say so";
                }
            } catch (IOException e) {
                return "answered " + answer.status() + " with a problem body that is not JSON";
            }
        }
        return null;
    }

    private Case generate(Operation operation, long seed, Map<String, String> realIds, Map<String, JsonNode> components) {
        Random random = new Random(seed);
        HostileInput input = new HostileInput(random);
        String path = operation.path();
        String collection = path.split("/")[3];
        // Never delete the fixtures: a DELETE gets a wrong id only.
        String real = "DELETE".equals(operation.method()) ? null : realIds.get(collection);
        path = path.replace("{id}", input.id(real)).replace("{revisionId}", input.id(null));
        String contentType;
        byte[] body;
        List<String> types = operation.contentTypes();
        boolean json = types.isEmpty() || types.stream().anyMatch(t -> t.contains("json") && !t.contains("ndjson"));
        int typeChoice = random.nextInt(100);
        if (typeChoice < 6) {
            contentType = null; // no Content-Type at all
        } else if (typeChoice < 12) {
            contentType = new String[] {"text/plain", "application/x-www-form-urlencoded", "text/html",
                "application/json; charset=iso-8859-1", "application/json;;", "*/*", "application/xml"}
                    [random.nextInt(7)];
        } else if (types.isEmpty()) {
            contentType = "application/json";
        } else {
            contentType = types.get(random.nextInt(types.size()));
        }
        if (json) {
            body = input.body(operation.schema(), components);
        } else {
            body = input.file();
        }
        String query = random.nextInt(100) < 10 ? "?as=" + new String[] {"page", "", "%00", "post"}[random.nextInt(4)]
                : "";
        return new Case(operation, seed, path + query, contentType, body);
    }

    private Answer send(Case generated) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + RestAssured.port + generated.uri()))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + Fixtures.ADMIN_TOKEN)
                .method(generated.operation().method(), HttpRequest.BodyPublishers.ofByteArray(generated.body()));
        if (generated.contentType() != null) {
            request.header("Content-Type", generated.contentType());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            return new Answer(-1, "", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, "", "interrupted");
        }
    }

    private static List<Operation> writeOperations(JsonNode document, Map<String, JsonNode> components) {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : List.of("post", "put", "patch", "delete")) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                List<String> types = new ArrayList<>();
                JsonNode schema = null;
                JsonNode content = operation.path("requestBody").path("content");
                Iterator<Map.Entry<String, JsonNode>> entries = content.fields();
                while (entries.hasNext()) {
                    Map.Entry<String, JsonNode> entry = entries.next();
                    types.add(entry.getKey());
                    if (schema == null && entry.getKey().contains("json")) {
                        schema = HostileInput.resolve(entry.getValue().get("schema"), components);
                    }
                }
                operations.add(new Operation(method.toUpperCase(java.util.Locale.ROOT), path.getKey(), types, schema));
            }
        }
        return operations;
    }

    /** A real resource of every collection, so that writes with a real id get past the lookup. */
    private Map<String, String> fixtures() throws IOException {
        Map<String, String> ids = new LinkedHashMap<>();
        String authorId = ContentFixtures.author(Fixtures.unique("generated-author"));
        ids.put("authors", authorId);
        ids.put("sections", ContentFixtures.section(Fixtures.unique("generated-section")));
        ids.put("tags", ContentFixtures.tag(Fixtures.unique("generated-tag")));
        String article = ContentFixtures.create("articles",
                ContentFixtures.published(Fixtures.unique("Generated article"), authorId));
        ids.put("articles", article);
        ids.put("posts", ContentFixtures.create("posts",
                ContentFixtures.published(Fixtures.unique("Generated post"), authorId)));
        ids.put("comments", CommentFixtures.approved("articles", article, CommentFixtures.comment("Generated")));
        Fixtures.TestUser user = Fixtures.user("author");
        ids.put("users", user.id());
        ids.put("tokens", asAdmin().body(Map.of("name", "generated", "userId", user.id())).post("/api/v1/tokens")
                .then().statusCode(201).extract().path("id"));
        Map<String, Object> webhook = new HashMap<>();
        webhook.put("url", "http://127.0.0.1:9/generated");
        webhook.put("events", List.of("media.deleted"));
        webhook.put("secret", "generated-secret-0123456789");
        webhook.put("active", false);
        ids.put("webhooks", asAdmin().body(webhook).post("/api/v1/webhooks").then().statusCode(201).extract().path("id"));
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 2, 0x336699);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        ids.put("media", asAdmin().contentType("image/png")
                .header("Content-Disposition", "attachment; filename=\"generated-" + Fixtures.unique("m") + ".png\"")
                .body(png.toByteArray()).post("/api/v1/media").then().statusCode(201).extract().path("id"));
        return ids;
    }

    /** Every table's row count, and for tables only requests change, a hash of all its rows. */
    private Map<String, String> fingerprint() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            List<String> parts = new ArrayList<>();
            for (String table : tables) {
                String hash = COUNTED_ONLY.contains(table) ? "0" : "coalesce(sum(hashtextextended(t::text, 0)), 0)";
                parts.add("SELECT '" + table + "', count(*)::text || ':' || " + hash + "::text FROM \"" + table + "\" t");
            }
            Map<String, String> fingerprint = new TreeMap<>();
            try (ResultSet rows = statement.executeQuery(String.join(" UNION ALL ", parts))) {
                while (rows.next()) {
                    fingerprint.put(rows.getString(1), rows.getString(2));
                }
            }
            return fingerprint;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fingerprint that held still for a moment: nothing in the background is writing. */
    private Map<String, String> quiet() throws InterruptedException {
        Map<String, String> last = fingerprint();
        for (int i = 0; i < 40; i++) {
            Thread.sleep(500);
            Map<String, String> now = fingerprint();
            if (now.equals(last)) {
                return now;
            }
            last = now;
        }
        return last;
    }

    private static String changed(Map<String, String> before, Map<String, String> after) {
        List<String> tables = new ArrayList<>();
        after.forEach((table, value) -> {
            if (!value.equals(before.get(table))) {
                tables.add(table);
            }
        });
        return tables.toString();
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
