package dev.byline.content;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each type's create documents its own request record, so a generated client offers a post no
 * dateline or standfirst (which the post's own record refuses) and an article both.
 */
@QuarkusTest
class TypedCreateSchemaTest {

    @Test
    void shouldDocumentEachTypesOwnCreateBody() {
        JsonPath doc = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath();
        assertEquals("#/components/schemas/ArticleRequest",
                doc.getString("paths.'/api/v1/articles'.post.requestBody.content.'application/json'.schema.'$ref'"));
        assertEquals("#/components/schemas/PostRequest",
                doc.getString("paths.'/api/v1/posts'.post.requestBody.content.'application/json'.schema.'$ref'"));
        Map<String, Object> article = doc.getMap("components.schemas.ArticleRequest.properties");
        Map<String, Object> post = doc.getMap("components.schemas.PostRequest.properties");
        assertTrue(article.keySet().containsAll(java.util.List.of("dateline", "standfirst")), article.keySet().toString());
        assertFalse(post.containsKey("dateline"), post.keySet().toString());
        assertFalse(post.containsKey("standfirst"), post.keySet().toString());
    }
}
