package dev.byline.content;

import static dev.byline.support.ContentFixtures.body;
import static dev.byline.support.ContentFixtures.create;
import static dev.byline.support.ContentFixtures.published;
import static dev.byline.support.Fixtures.asAdmin;
import static dev.byline.support.Fixtures.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.byline.support.ContentFixtures;
import dev.byline.support.Fixtures;
import dev.byline.support.Fixtures.TestUser;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Creating, reading, changing and deleting articles and posts (API.md §3). */
@QuarkusTest
class ContentWriteTest {

    private final String authorSlug = unique("writer");

    private String author() {
        if (asAdmin().get("/api/v1/authors/slug/" + authorSlug).statusCode() == 404) {
            ContentFixtures.author(authorSlug);
        }
        return authorSlug;
    }

    @Test
    void shouldCreateArticleWithLocationEtagAndFullView() {
        Map<String, Object> body = published("A full view " + unique("t"), author());
        var response = asAdmin().body(body).post("/api/v1/articles").then().statusCode(201)
                .header("ETag", notNullValue())
                .body("type", equalTo("article"))
                .body("version", equalTo(1))
                .body("$", hasKey("standfirst"))
                .body("$", hasKey("dateline"))
                .body("bodyMarkdown", equalTo(body.get("bodyMarkdown")))
                .body("bodyHtml", containsString("<strong>body</strong>"))
                .body("seo.canonicalUrl", nullValue())
                .extract();
        String id = response.path("id");
        org.junit.jupiter.api.Assertions.assertTrue(response.header("Location").endsWith("/api/v1/articles/" + id));
        given().get("/api/v1/articles/" + id).then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void shouldOmitArticleFieldsAndRejectThemWhenPost() {
        String id = create("posts", published("A post " + unique("p"), author()));
        given().get("/api/v1/posts/" + id).then().statusCode(200)
                .body("type", equalTo("post"))
                .body("$", not(hasKey("dateline")))
                .body("$", not(hasKey("standfirst")))
                .body("authors.size()", equalTo(1));
        Map<String, Object> withDateline = body("Dated " + unique("p"), author());
        withDateline.put("dateline", "LAHORE");
        asAdmin().body(withDateline).post("/api/v1/posts").then().statusCode(400)
                .body("errors.field", hasItem("dateline"));
    }

    @Test
    void shouldRequireExactlyOneAuthorWhenPost() {
        String second = unique("second");
        ContentFixtures.author(second);
        Map<String, Object> body = body("Two authors " + unique("p"), author());
        body.put("authors", List.of(authorSlug, second));
        asAdmin().body(body).post("/api/v1/posts").then().statusCode(400).body("errors.field", hasItem("authors"));
        body.put("authors", List.of(authorSlug, second));
        String id = create("articles", body);
        given().get("/api/v1/articles/" + id).then().statusCode(404);
        asAdmin().get("/api/v1/articles/" + id).then().body("authors.slug", equalTo(List.of(authorSlug, second)));
    }

    @Test
    void shouldHideDraftsFromAnonymousWith404() {
        String title = "Secret draft " + unique("d");
        String id = create("articles", body(title, author()));
        given().get("/api/v1/articles/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        String slug = asAdmin().get("/api/v1/articles/" + id).then().extract().path("slug");
        given().get("/api/v1/articles/slug/" + slug).then().statusCode(404);
        asAdmin().get("/api/v1/articles/" + id).then().statusCode(200).body("status", equalTo("draft"));
    }

    @Test
    void shouldLimitContributorsToOwnDrafts() {
        TestUser contributor = Fixtures.user("contributor");
        TestUser other = Fixtures.user("contributor");
        String id = contributor.request().body(body("Mine " + unique("c"), author())).post("/api/v1/articles")
                .then().statusCode(201).body("status", equalTo("draft")).extract().path("id");
        contributor.request().body(Map.of("title", "Mine, edited")).patch("/api/v1/articles/" + id)
                .then().statusCode(200).body("title", equalTo("Mine, edited"));
        contributor.request().body(Map.of("status", "published")).patch("/api/v1/articles/" + id)
                .then().statusCode(403);
        contributor.request().body(published("Straight out " + unique("c"), author())).post("/api/v1/articles")
                .then().statusCode(403);
        other.request().get("/api/v1/articles/" + id).then().statusCode(404);
        other.request().body(Map.of("title", "Not mine")).patch("/api/v1/articles/" + id).then().statusCode(404);
        other.request().delete("/api/v1/articles/" + id).then().statusCode(404);
        asAdmin().get("/api/v1/articles/" + id).then().body("title", equalTo("Mine, edited"))
                .body("status", equalTo("draft"));
        contributor.request().delete("/api/v1/articles/" + id).then().statusCode(204);
        asAdmin().get("/api/v1/articles/" + id).then().statusCode(404);
    }

    @Test
    void shouldLetAuthorsPublishOwnButNotOthersContent() {
        TestUser writer = Fixtures.user("author");
        String own = writer.request().body(published("Own story " + unique("a"), author())).post("/api/v1/posts")
                .then().statusCode(201).body("status", equalTo("published")).extract().path("id");
        writer.request().body(Map.of("status", "draft")).patch("/api/v1/posts/" + own).then().statusCode(200);
        String theirs = create("posts", published("Their story " + unique("a"), author()));
        writer.request().body(Map.of("title", "Hijacked")).patch("/api/v1/posts/" + theirs).then().statusCode(403);
        writer.request().delete("/api/v1/posts/" + theirs).then().statusCode(403);
        given().get("/api/v1/posts/" + theirs).then().body("title", not(equalTo("Hijacked")));
    }

    @Test
    void shouldLetEditorsChangeAnyContent() {
        TestUser editor = Fixtures.user("editor");
        String id = create("articles", published("Anyone's " + unique("e"), author()));
        editor.request().body(Map.of("standfirst", "A line under the headline")).patch("/api/v1/articles/" + id)
                .then().statusCode(200).body("standfirst", equalTo("A line under the headline"))
                .body("version", equalTo(2));
        editor.request().delete("/api/v1/articles/" + id).then().statusCode(204);
        given().get("/api/v1/articles/" + id).then().statusCode(404);
    }

    @Test
    void shouldDefaultAuthorToCallersOwnByline() {
        String authorId = asAdmin().get("/api/v1/authors/slug/" + author()).then().extract().path("id");
        TestUser writer = Fixtures.user("author", authorId);
        Map<String, Object> body = body("No byline given " + unique("a"), author());
        body.remove("authors");
        writer.request().body(body).post("/api/v1/articles").then().statusCode(201)
                .body("authors[0].slug", equalTo(authorSlug));
        TestUser unlinked = Fixtures.user("author");
        unlinked.request().body(body).post("/api/v1/articles").then().statusCode(400)
                .body("errors.field", hasItem("authors"));
        body.put("authors", List.of());
        writer.request().body(body).post("/api/v1/articles").then().statusCode(201)
                .body("authors[0].slug", equalTo(authorSlug));
        unlinked.request().body(body).post("/api/v1/articles").then().statusCode(400)
                .body("errors.field", hasItem("authors"));
    }

    @Test
    void shouldApplyMergePatchSemantics() {
        Map<String, Object> body = published("Patch me " + unique("m"), author());
        body.put("dateline", "KARACHI");
        body.put("seo", Map.of("title", "SEO title", "description", "SEO description"));
        String id = create("articles", body);
        Map<String, Object> patch = new HashMap<>();
        patch.put("dateline", null);
        patch.put("seo", Map.of("title", "New SEO title"));
        asAdmin().contentType("application/merge-patch+json").body(patch).patch("/api/v1/articles/" + id)
                .then().statusCode(200)
                .body("dateline", nullValue())
                .body("seo.title", equalTo("New SEO title"))
                .body("seo.description", equalTo("SEO description"))
                .body("title", equalTo(body.get("title")));
    }

    @Test
    void shouldKeepAuthorsAndTagsWithoutLookingThemUpWhenPatchLeavesThem() {
        String second = unique("second");
        ContentFixtures.author(second);
        String firstTag = unique("kept");
        String secondTag = unique("kept");
        ContentFixtures.tag(firstTag);
        ContentFixtures.tag(secondTag);
        Map<String, Object> body = published("Kept references " + unique("k"), author());
        body.put("authors", List.of(second, authorSlug));
        body.put("tags", List.of(secondTag, firstTag));
        String id = create("articles", body);

        int leavingThem = patchStatements(id, Map.of("standfirst", "First change"));
        int namingThem = patchStatements(id, Map.of("standfirst", "Second change",
                "authors", List.of(second, authorSlug), "tags", List.of(firstTag, secondTag)));

        org.junit.jupiter.api.Assertions.assertTrue(leavingThem <= namingThem - 2,
                "a patch that leaves authors and tags ran " + leavingThem + " statements, one naming them "
                        + namingThem + ": it should not look them up");
        given().get("/api/v1/articles/" + id).then().statusCode(200)
                .body("standfirst", equalTo("Second change"))
                .body("authors.slug", contains(second, authorSlug))
                .body("tags.slug", containsInAnyOrder(firstTag, secondTag));
    }

    private static int patchStatements(String id, Map<String, Object> patch) {
        return Integer.parseInt(asAdmin().contentType("application/merge-patch+json").body(patch)
                .patch("/api/v1/articles/" + id).then().statusCode(200).extract().header("X-Statement-Count"));
    }

    @Test
    void shouldSwitchBodyFormatWhenPatchedWithHtml() {
        String id = create("articles", published("Formats " + unique("f"), author()));
        asAdmin().body(Map.of("bodyHtml", "<p>Now <em>HTML</em></p>")).patch("/api/v1/articles/" + id)
                .then().statusCode(200)
                .body("bodyMarkdown", nullValue())
                .body("bodyHtml", equalTo("<p>Now <em>HTML</em></p>"));
    }

    @Test
    void shouldHoldAPatchedPostToThePostRecordsLimitsWhenItsStateIsMerged() {
        String title = "Untouched post " + unique("u");
        String id = create("posts", published(title, author()));
        asAdmin().body(Map.of("title", "x".repeat(301))).patch("/api/v1/posts/" + id).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("title"));
        asAdmin().body(Map.of("slug", "Not A Slug")).patch("/api/v1/posts/" + id).then().statusCode(400)
                .body("errors.field", hasItem("slug"));
        asAdmin().body(Map.of("title", "  ")).patch("/api/v1/posts/" + id).then().statusCode(400)
                .body("errors.field", hasItem("title"));
        asAdmin().body(Map.of("excerpt", "A post's own excerpt")).patch("/api/v1/posts/" + id).then().statusCode(200)
                .body("excerpt", equalTo("A post's own excerpt"));
        asAdmin().get("/api/v1/posts/" + id).then().body("title", equalTo(title)).body("version", equalTo(2));
    }

    @Test
    void shouldRejectBadInputAndChangeNothing() {
        String title = "Untouched " + unique("u");
        String id = create("articles", published(title, author()));
        Map<String, Map<String, Object>> bad = new java.util.LinkedHashMap<>();
        bad.put("title", Map.of("title", "x".repeat(301)));
        bad.put("bodyMarkdown", Map.of("bodyMarkdown", "a", "bodyHtml", "<p>b</p>"));
        bad.put("authors[0]", Map.of("authors", List.of("nobody-" + unique("x"))));
        bad.put("section", Map.of("section", "nowhere-" + unique("x")));
        bad.put("tags[0]", Map.of("tags", List.of("no-such-tag-" + unique("x"))));
        bad.put("status", Map.of("status", "live"));
        bad.put("commentsOpen", Map.of("commentsOpen", "maybe"));
        bad.put("slug", Map.of("slug", "Not A Slug"));
        bad.put("excerpt", Map.of("excerpt", "e".repeat(501)));
        bad.put("featuredImage.url", Map.of("featuredImage", Map.of("url", "javascript:alert(1)")));
        bad.put("publishAt", Map.of("status", "scheduled"));
        bad.put("color", Map.of("color", "red"));
        bad.forEach((field, patch) -> asAdmin().body(patch).patch("/api/v1/articles/" + id).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field)));
        asAdmin().body(Map.of("title", 42)).patch("/api/v1/articles/" + id).then().statusCode(400)
                .body("errors.field", hasItem("title"));
        asAdmin().body(Map.of("commentsOpen", "true")).patch("/api/v1/articles/" + id).then().statusCode(400)
                .body("errors.field", hasItem("commentsOpen"));
        asAdmin().get("/api/v1/articles/" + id).then().body("title", equalTo(title)).body("version", equalTo(1));
    }

    @Test
    void shouldRejectBadCreatesWithFieldErrors() {
        Map<String, Object> noBody = body("No body " + unique("n"), author());
        noBody.remove("bodyMarkdown");
        asAdmin().body(noBody).post("/api/v1/articles").then().statusCode(400)
                .body("errors.field", hasItem("bodyMarkdown"));
        Map<String, Object> noTitle = body("", author());
        asAdmin().body(noTitle).post("/api/v1/articles").then().statusCode(400)
                .body("errors.field", hasItem("title"));
        asAdmin().body("[1,2]").post("/api/v1/articles").then().statusCode(400);
        asAdmin().body(Map.of("title", List.of("a"), "bodyMarkdown", "x")).post("/api/v1/articles").then()
                .statusCode(400).body("errors.field", hasItem("title"));
    }

    @Test
    void shouldSanitizeHtmlBodies() {
        String html = "<p onclick=\"steal()\" style=\"color:red\">Hi <a href=\"javascript:alert(1)\">x</a>"
                + "<script>alert(1)</script><a href=\"https://example.org/\">ok</a></p><iframe src=\"https://evil\"></iframe>";
        Map<String, Object> body = body("Dirty " + unique("s"), author());
        body.remove("bodyMarkdown");
        body.put("bodyHtml", html);
        asAdmin().body(body).post("/api/v1/articles").then().statusCode(201)
                .body("bodyMarkdown", nullValue())
                .body("bodyHtml", not(containsString("script")))
                .body("bodyHtml", not(containsString("onclick")))
                .body("bodyHtml", not(containsString("style")))
                .body("bodyHtml", not(containsString("javascript:")))
                .body("bodyHtml", not(containsString("iframe")))
                .body("bodyHtml", containsString("<a href=\"https://example.org/\">ok</a>"));
    }

    @Test
    void shouldRenderGfmMarkdownAndSanitizeItsHtml() {
        Map<String, Object> body = body("Markdown " + unique("g"), author());
        body.put("bodyMarkdown", "| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gone~~ and https://byline.dev here\n\n"
                + "<script>alert(1)</script>\n\n[x](javascript:alert(1))");
        asAdmin().body(body).post("/api/v1/articles").then().statusCode(201)
                .body("bodyHtml", containsString("<table>"))
                .body("bodyHtml", containsString("<del>gone</del>"))
                .body("bodyHtml", containsString("<a href=\"https://byline.dev\">https://byline.dev</a>"))
                .body("bodyHtml", not(containsString("<script")))
                .body("bodyHtml", not(containsString("javascript:")));
    }

    @Test
    void shouldDeriveTheExcerptFromTheBodysWordsAcrossParagraphsAndKeepItThroughAnEditOfOtherFields() {
        List<String> words = new java.util.ArrayList<>();
        StringBuilder markdown = new StringBuilder();
        for (int paragraph = 0; paragraph < 40; paragraph++) {
            for (int word = 0; word < 12; word++) {
                String w = "w" + paragraph + "x" + word;
                words.add(w);
                markdown.append(w).append(word % 5 == 4 ? "\n" : word % 3 == 0 ? "   " : " ");
            }
            markdown.append("\n\n\t \n");
        }
        // The longest run of whole words, one space apart, that leaves room for the ellipsis.
        StringBuilder head = new StringBuilder();
        for (String w : words) {
            if (head.length() + (head.isEmpty() ? 0 : 1) + w.length() > 159) {
                break;
            }
            head.append(head.isEmpty() ? "" : " ").append(w);
        }
        String expected = head + "…";
        Map<String, Object> body = body("Paragraphs " + unique("p"), author());
        body.put("bodyMarkdown", markdown.toString());
        String id = asAdmin().body(body).post("/api/v1/articles").then().statusCode(201)
                .body("excerpt", equalTo(expected))
                .body("wordCount", equalTo(words.size()))
                .extract().path("id");

        asAdmin().contentType("application/merge-patch+json").body(Map.of("standfirst", "Only this changes"))
                .patch("/api/v1/articles/" + id).then().statusCode(200)
                .body("standfirst", equalTo("Only this changes"))
                .body("excerpt", equalTo(expected))
                .body("wordCount", equalTo(words.size()));
        asAdmin().get("/api/v1/articles/" + id).then().statusCode(200)
                .body("standfirst", equalTo("Only this changes"))
                .body("excerpt", equalTo(expected))
                .body("bodyMarkdown", equalTo(markdown.toString()));
    }

    @Test
    void shouldDeriveExcerptWordCountAndReadingTime() {
        String words = String.join(" ", java.util.Collections.nCopies(500, "word"));
        Map<String, Object> body = body("Counted " + unique("w"), author());
        body.put("bodyMarkdown", words);
        var extracted = asAdmin().body(body).post("/api/v1/articles").then().statusCode(201)
                .body("wordCount", equalTo(500))
                .body("readingTimeMinutes", equalTo(3))
                .extract();
        String excerpt = extracted.path("excerpt");
        org.junit.jupiter.api.Assertions.assertTrue(excerpt.length() <= 160 && excerpt.endsWith("word…"), excerpt);
        body.put("title", "Short " + unique("w"));
        body.put("bodyMarkdown", "Just a few words.");
        body.put("excerpt", "Given by the editor");
        asAdmin().body(body).post("/api/v1/articles").then().statusCode(201)
                .body("excerpt", equalTo("Given by the editor"))
                .body("readingTimeMinutes", equalTo(1));
    }

    @Test
    void shouldDeriveSlugsAndSuffixCollisions() {
        String base = unique("Crème Brûlée");
        String title = base + " at the Café!";
        String first = create("articles", body(title, author()));
        String second = create("articles", body(title, author()));
        String expected = base.toLowerCase().replace("è", "e").replace("û", "u").replace("é", "e").replace(" ", "-") + "-at-the-cafe";
        asAdmin().get("/api/v1/articles/" + first).then().body("slug", equalTo(expected));
        asAdmin().get("/api/v1/articles/" + second).then().body("slug", equalTo(expected + "-2"));
        create("posts", body(title, author()));
        asAdmin().get("/api/v1/posts/slug/" + expected).then().statusCode(200);
    }

    @Test
    void shouldSuffixDerivedSlugsOfLongTitles() {
        String title = unique("long") + " " + "word ".repeat(40);
        List<String> slugs = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = create("articles", body(title, author()));
            slugs.add(asAdmin().get("/api/v1/articles/" + id).then().extract().path("slug"));
        }
        org.junit.jupiter.api.Assertions.assertEquals(3, new java.util.HashSet<>(slugs).size(), slugs.toString());
        org.junit.jupiter.api.Assertions.assertTrue(slugs.get(2).endsWith("-3") && slugs.get(2).length() <= 120,
                slugs.get(2));
    }

    @Test
    void shouldAcceptVeryLongBodiesAndFarTimestampsWithoutServerErrors() {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 90_000; i++) {
            words.append("w").append(Integer.toString(i, 36)).append(' ');
        }
        Map<String, Object> body = body("Long read " + unique("l"), author());
        body.put("bodyMarkdown", words.toString());
        asAdmin().body(body).post("/api/v1/articles").then().statusCode(201);
        given().get("/api/v1/articles?publishedAfter=%2B1000000000-01-01T00:00:00Z").then()
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void shouldCreateMissingTagsNamedInWords() {
        String name = "Foreign Policy " + unique("fp");
        Map<String, Object> body = published("Policy " + unique("p"), author());
        body.put("tags", List.of(name));
        body.put("createMissingTags", true);
        String id = create("articles", body);
        given().get("/api/v1/articles/" + id).then().body("tags[0].name", equalTo(name))
                .body("tags[0].slug", equalTo(name.toLowerCase().replace(' ', '-')));
    }

    @Test
    void shouldRefuseTakenExplicitSlugWith409() {
        String slug = unique("taken");
        Map<String, Object> body = body("One " + slug, author());
        body.put("slug", slug);
        create("articles", body);
        body.put("title", "Two " + slug);
        asAdmin().body(body).post("/api/v1/articles").then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void shouldKeepOtherScriptsInSlugsAndResolvePercentEncoded() {
        String title = "پاکستان میں انتخابات " + unique("u");
        String id = create("articles", published(title, author()));
        String slug = asAdmin().get("/api/v1/articles/" + id).then().extract().path("slug");
        org.junit.jupiter.api.Assertions.assertTrue(slug.startsWith("پاکستان-میں-انتخابات-"), slug);
        given().urlEncodingEnabled(false)
                .get("/api/v1/articles/slug/" + URLEncoder.encode(slug, StandardCharsets.UTF_8))
                .then().statusCode(200).body("id", equalTo(id));
    }

    @Test
    void shouldCreateMissingTagsOnlyForEditors() {
        String newTag = unique("fresh-tag");
        Map<String, Object> body = published("Tagged " + unique("t"), author());
        body.put("tags", List.of(newTag));
        body.put("createMissingTags", true);
        TestUser writer = Fixtures.user("author");
        writer.request().body(body).post("/api/v1/articles").then().statusCode(403);
        given().get("/api/v1/tags/slug/" + newTag).then().statusCode(404);
        asAdmin().body(body).post("/api/v1/articles").then().statusCode(201).body("tags[0].slug", equalTo(newTag));
        given().get("/api/v1/tags/slug/" + newTag).then().statusCode(200).body("articleCount", equalTo(1));
    }

    @Test
    void shouldReferenceTaxonomyByIdOrSlug() {
        String sectionSlug = unique("sec");
        String sectionId = ContentFixtures.section(sectionSlug);
        String tagSlug = unique("tag");
        String tagId = ContentFixtures.tag(tagSlug);
        Map<String, Object> body = published("Refs " + unique("r"), author());
        body.put("section", sectionId);
        body.put("tags", List.of(tagId));
        String id = create("articles", body);
        given().get("/api/v1/articles/" + id).then()
                .body("section.slug", equalTo(sectionSlug))
                .body("tags[0].slug", equalTo(tagSlug));
    }
}
