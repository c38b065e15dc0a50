package dev.byline.feed;

import static dev.byline.support.ContentFixtures.create;
import static dev.byline.support.ContentFixtures.published;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import dev.byline.support.ContentFixtures;
import dev.byline.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * RSS readers render {@code title}, {@code description} and {@code dc:creator} as HTML, so
 * text that looks like markup must reach them HTML-escaped (issue: a code span in the body
 * became a live {@code <img onerror>} in the description).
 */
@QuarkusTest
class FeedMarkupTest {

    @Test
    void shouldCarryMarkupLikeTextAsTextInEveryHtmlField() throws Exception {
        String authorSlug = Fixtures.unique("markup");
        asAdminAuthor(authorSlug, "<b onmouseover=alert(1)>Eve</b>");
        String sectionSlug = Fixtures.unique("markup-section");
        ContentFixtures.section(sectionSlug);
        String title = "Never <script>alert(1)</script> " + Fixtures.unique("t");
        Map<String, Object> body = published(title, authorSlug);
        body.put("section", sectionSlug);
        body.put("bodyMarkdown", "Never write `<img src=x onerror=alert(1)>` in a template.");
        String id = create("articles", body);

        for (String path : List.of("/feed.xml", "/sections/" + sectionSlug + "/feed.xml")) {
            SyndFeed feed = FeedReaders.rss(path);
            SyndEntry entry = FeedReaders.entry(feed, id).orElseThrow();
            assertFalse(FeedReaders.hasMarkup(entry.getTitle()), entry.getTitle());
            assertEquals(title, FeedReaders.shownText(entry.getTitle()));
            String description = entry.getDescription().getValue();
            assertFalse(FeedReaders.hasMarkup(description), description);
            assertEquals("Never write <img src=x onerror=alert(1)> in a template.", FeedReaders.shownText(description));
            assertFalse(FeedReaders.hasMarkup(entry.getAuthor()), entry.getAuthor());
            assertEquals("<b onmouseover=alert(1)>Eve</b>", FeedReaders.shownText(entry.getAuthor()));
        }
    }

    private static void asAdminAuthor(String slug, String name) {
        Fixtures.asAdmin().body(Map.of("name", name, "slug", slug)).post("/api/v1/authors").then().statusCode(201);
    }
}
