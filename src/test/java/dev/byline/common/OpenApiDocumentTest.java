package dev.byline.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed openapi/ folder must equal what the code generates. Run
 * {@code ./mvnw verify -Dopenapi.refresh=true} to rewrite it, then commit it.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final String HOW_TO_REFRESH =
            "is out of date with the code. Refresh it with: ./mvnw verify -Dopenapi.refresh=true, then commit openapi/";

    @Test
    void shouldMatchCommittedYamlWhenCodeIsBuilt() throws IOException {
        check(Path.of("openapi", "openapi.yaml"), given().get("/q/openapi").then().statusCode(200)
                .extract().asString());
    }

    @Test
    void shouldMatchCommittedJsonWhenCodeIsBuilt() throws IOException {
        check(Path.of("openapi", "openapi.json"), given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
    }

    private static String firstDifference(String committed, String generated) {
        String[] a = committed.split("\n", -1);
        String[] b = generated.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String left = i < a.length ? a[i] : "<end of file>";
            String right = i < b.length ? b[i] : "<end of file>";
            if (!left.equals(right)) {
                return "line " + (i + 1) + ": committed [" + left + "] generated [" + right + "]";
            }
        }
        return "none";
    }

    private static void check(Path committed, String generated) throws IOException {
        String normalized = generated.endsWith("\n") ? generated : generated + "\n";
        if (Boolean.getBoolean("openapi.refresh")) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, normalized, StandardCharsets.UTF_8);
            return;
        }
        String current = Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "";
        if (!current.equals(normalized)) {
            fail(committed + " " + HOW_TO_REFRESH + "\nFirst difference: " + firstDifference(current, normalized));
        }
    }
}
