package dev.byline.comment;

import static dev.byline.support.CommentFixtures.comment;
import static dev.byline.support.CommentFixtures.postAnonymously;
import static dev.byline.support.CommentFixtures.publishedItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** Comment bodies are plain text: escaped, with paragraphs, line breaks and nofollow links. */
@QuarkusTest
class CommentBodyTest {

    private static String html(String body) {
        String article = publishedItem("articles");
        return postAnonymously("articles", article, comment(body)).then().statusCode(201).extract()
                .path("bodyHtml");
    }

    /** Parses the HTML as a browser would and checks it holds only the markup we make. */
    private static Document parse(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        for (Element element : document.body().select("*")) {
            if (element == document.body()) {
                continue;
            }
            assertTrue(java.util.Set.of("p", "br", "a").contains(element.tagName()), "unexpected " + element);
            for (Attribute attribute : element.attributes()) {
                assertTrue(element.tagName().equals("a") && java.util.Set.of("href", "rel")
                        .contains(attribute.getKey()), "unexpected attribute " + attribute + " in " + html);
            }
        }
        return document;
    }

    @Test
    void shouldEscapeScriptWhenBodyContainsMarkup() {
        String body = "<script>alert('x')</script> & <b>bold</b>";
        String html = html(body);
        assertEquals("<p>&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;</p>", html);
        assertEquals(body, parse(html).body().text());
    }

    @Test
    void shouldEscapeAttributeBreakingInputWhenBodyTriesToCloseTags() {
        String body = "\"><img src=x onerror=alert(1)> '><svg onload=alert(2)>";
        String html = html(body);
        Document document = parse(html);
        assertTrue(document.select("img, svg").isEmpty(), html);
        assertEquals(body, document.body().text());
    }

    @Test
    void shouldEndLinkAndEscapeWhenUrlContainsQuoteAndAngleBracket() {
        String body = "see https://example.com/a\"onmouseover=\"alert(1)<b>x</b> and "
                + "http://example.com/p?q=1&r=<2>";
        String html = html(body);
        Document document = parse(html);
        Elements links = document.select("a");
        assertEquals(2, links.size(), html);
        assertEquals("https://example.com/a", links.get(0).attr("href"));
        assertEquals("http://example.com/p?q=1&r=", links.get(1).attr("href"));
        assertTrue(document.select("b").isEmpty(), html);
        assertEquals(body, document.body().text());
        assertTrue(html.contains("href=\"http://example.com/p?q=1&amp;r=\""), html);
    }

    @Test
    void shouldMakeParagraphsAndBreaksWhenBodyHasLineBreaks() {
        assertEquals("<p>one<br>two</p><p>three</p><p>four<br>five</p>",
                html("one\ntwo\n\nthree\r\n \r\nfour\r\nfive\n\n\n"));
    }

    @Test
    void shouldLinkBareUrlsWithRelWhenHttpOrHttps() {
        String html = html("Read https://example.com/story?id=1&x=2. Or (HTTP://EXAMPLE.ORG/a).\n"
                + "Not javascript://%0aalert(1) nor ftp://files.example nor www.example.com");
        assertEquals("<p>Read <a href=\"https://example.com/story?id=1&amp;x=2\" rel=\"nofollow ugc noopener\">"
                + "https://example.com/story?id=1&amp;x=2</a>. Or (<a href=\"HTTP://EXAMPLE.ORG/a\" "
                + "rel=\"nofollow ugc noopener\">HTTP://EXAMPLE.ORG/a</a>).<br>"
                + "Not javascript://%0aalert(1) nor ftp://files.example nor www.example.com</p>", html);
        Document document = parse(html);
        for (Element link : document.select("a")) {
            assertEquals("nofollow ugc noopener", link.attr("rel"));
        }
    }
}
