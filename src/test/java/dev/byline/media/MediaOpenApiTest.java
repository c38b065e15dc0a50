package dev.byline.media;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The upload is described so that a generated client can send it: a multipart form with a binary file part. */
@QuarkusTest
class MediaOpenApiTest {

    @Test
    void shouldDescribeTheMultipartUploadAndTheRawBodies() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        String post = "paths.'/api/v1/media'.post";
        assertEquals("uploadMedia", doc.getString(post + ".operationId"));
        Map<String, Object> content = doc.getMap(post + ".requestBody.content");
        assertTrue(content.keySet().containsAll(List.of("multipart/form-data", "image/jpeg", "image/png",
                "image/webp", "image/gif")), content.keySet().toString());
        assertEquals("#/components/schemas/MediaUpload",
                doc.getString(post + ".requestBody.content.'multipart/form-data'.schema.'$ref'"));
        assertEquals("binary", doc.getString("components.schemas.MediaUpload.properties.file.format"));
        assertEquals("string", doc.getString("components.schemas.MediaUpload.properties.file.type"));
        assertEquals(List.of("file"), doc.getList("components.schemas.MediaUpload.required"));
        assertEquals("binary", doc.getString(post + ".requestBody.content.'image/jpeg'.schema.format"));
        assertTrue(doc.getMap(post + ".responses").keySet().containsAll(List.of("200", "201", "400", "413", "415")));
        assertEquals("#/components/schemas/Media", doc.getString(post + ".responses.'201'.content.'application/json'.schema.'$ref'"));
    }
}
