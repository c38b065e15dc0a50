package dev.byline.taxonomy;

import static dev.byline.support.ContentFixtures.create;
import static dev.byline.support.ContentFixtures.published;
import static dev.byline.support.Fixtures.asAdmin;
import static dev.byline.support.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import dev.byline.support.ContentFixtures;
import dev.byline.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sections, tags and authors (API.md §4). */
@QuarkusTest
class TaxonomyTest {

    @Test
    void shouldServeSectionTreeWithCountsOfPublishedItems() {
        String world = unique("world");
        String worldId = ContentFixtures.section(world);
        String asia = unique("asia");
        String asiaId = ContentFixtures.childSection(asia, worldId);
        String author = unique("a");
        ContentFixtures.author(author);
        Map<String, Object> article = published("In Asia " + asia, author);
        article.put("section", asia);
        create("articles", article);
        Map<String, Object> draft = ContentFixtures.body("Draft in Asia " + asia, author);
        draft.put("section", asia);
        create("articles", draft);
        Map<String, Object> post = published("Post in Asia " + asia, author);
        post.put("section", asiaId);
        create("posts", post);
        given().get("/api/v1/sections/slug/" + asia).then().statusCode(200)
                .body("id", equalTo(asiaId))
                .body("parentId", equalTo(worldId))
                .body("articleCount", equalTo(1))
                .body("postCount", equalTo(1))
                .body("description", equalTo(null));
        given().get("/api/v1/sections/" + worldId).then().statusCode(200).body("parentId", equalTo(null));
        given().get("/api/v1/sections?size=100").then().statusCode(200).header("X-Total-Count", notNullValue());
    }

    @Test
    void shouldRefuseToDeleteSectionWithContentOrChildren() {
        String parent = unique("busy");
        String parentId = ContentFixtures.section(parent);
        String childId = ContentFixtures.childSection(unique("kid"), parentId);
        asAdmin().delete("/api/v1/sections/" + parentId).then().statusCode(409);
        String author = unique("a");
        ContentFixtures.author(author);
        Map<String, Object> article = ContentFixtures.body("Draft keeps it " + parent, author);
        article.put("section", childId);
        String articleId = create("articles", article);
        asAdmin().delete("/api/v1/sections/" + childId).then().statusCode(409)
                .contentType("application/problem+json");
        asAdmin().delete("/api/v1/articles/" + articleId).then().statusCode(204);
        asAdmin().delete("/api/v1/sections/" + childId).then().statusCode(204);
        asAdmin().delete("/api/v1/sections/" + parentId).then().statusCode(204);
        given().get("/api/v1/sections/" + parentId).then().statusCode(404);
    }

    @Test
    void shouldRefuseSectionCycles() {
        String top = ContentFixtures.section(unique("top"));
        String below = ContentFixtures.childSection(unique("below"), top);
        asAdmin().body(Map.of("parentId", below)).patch("/api/v1/sections/" + top).then().statusCode(400)
                .body("errors.field", hasItem("parentId"));
        asAdmin().body(Map.of("parentId", top)).patch("/api/v1/sections/" + top).then().statusCode(400);
    }

    @Test
    void shouldDetachTagWhenDeleted() {
        String tag = unique("gone");
        String tagId = ContentFixtures.tag(tag);
        String author = unique("a");
        ContentFixtures.author(author);
        Map<String, Object> article = published("Tagged " + tag, author);
        article.put("tags", List.of(tag));
        String id = create("articles", article);
        given().get("/api/v1/tags/" + tagId).then().body("articleCount", equalTo(1));
        asAdmin().delete("/api/v1/tags/" + tagId).then().statusCode(204);
        given().get("/api/v1/articles/" + id).then().statusCode(200).body("tags", equalTo(List.of()));
        given().get("/api/v1/tags/slug/" + tag).then().statusCode(404);
    }

    @Test
    void shouldManageAuthorsAndRefuseDeletingOneWithBylines() {
        String slug = unique("ink");
        String id = asAdmin().body(Map.of("name", "Ink Well", "slug", slug, "bio", "Writes.",
                        "avatarUrl", "https://cdn.example.com/a.png", "links", Map.of("web", "https://ink.example")))
                .post("/api/v1/authors").then().statusCode(201)
                .body("links.web", equalTo("https://ink.example"))
                .extract().path("id");
        given().get("/api/v1/authors/slug/" + slug).then().statusCode(200).body("bio", equalTo("Writes."));
        Map<String, Object> clear = new HashMap<>();
        clear.put("bio", null);
        asAdmin().body(clear).patch("/api/v1/authors/" + id).then().statusCode(200).body("bio", equalTo(null))
                .body("name", equalTo("Ink Well"));
        Map<String, Object> removeLink = new HashMap<>();
        removeLink.put("web", null);
        asAdmin().body(Map.of("links", removeLink)).patch("/api/v1/authors/" + id).then().statusCode(200)
                .body("links", equalTo(Map.of()));
        asAdmin().body(Map.of("links", Map.of("web", "ftp://nope"))).patch("/api/v1/authors/" + id).then()
                .statusCode(400).body("errors.field", hasItem("links.web"));
        String article = create("articles", published("By ink " + slug, slug));
        asAdmin().delete("/api/v1/authors/" + id).then().statusCode(409);
        given().get("/api/v1/authors/" + id).then().body("articleCount", equalTo(1));
        asAdmin().delete("/api/v1/articles/" + article).then().statusCode(204);
        asAdmin().delete("/api/v1/authors/" + id).then().statusCode(204);
    }

    @Test
    void shouldDeriveTaxonomySlugsAndRefuseTakenOnes() {
        String name = unique("South Asia");
        String slug = asAdmin().body(Map.of("name", name)).post("/api/v1/sections").then().statusCode(201)
                .extract().path("slug");
        org.junit.jupiter.api.Assertions.assertEquals(name.toLowerCase().replace(' ', '-'), slug);
        asAdmin().body(Map.of("name", "Other", "slug", slug)).post("/api/v1/sections").then().statusCode(409);
        asAdmin().body(Map.of("name", name)).post("/api/v1/sections").then().statusCode(201)
                .body("slug", equalTo(slug + "-2"));
    }

    @Test
    void shouldAllowTaxonomyWritesToEditorsOnly() {
        var author = Fixtures.user("author");
        author.request().body(Map.of("name", "Nope")).post("/api/v1/tags").then().statusCode(403);
        Fixtures.user("editor").request().body(Map.of("name", unique("Yes"))).post("/api/v1/tags").then()
                .statusCode(201);
        given().get("/api/v1/tags").then().statusCode(200);
    }
}
