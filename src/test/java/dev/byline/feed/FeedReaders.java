package dev.byline.feed;

import static io.restassured.RestAssured.given;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a feed as a feed reader does: Rome parses the XML, and the fields RSS readers treat as
 * HTML are then parsed as HTML (jsoup), which is where injected markup would come alive.
 */
final class FeedReaders {

    private FeedReaders() {
    }

    static SyndFeed rss(String path) throws Exception {
        byte[] xml = given().get(path).then().statusCode(200).extract().asByteArray();
        SyndFeedInput input = new SyndFeedInput();
        input.setAllowDoctypes(false);
        return input.build(new XmlReader(new ByteArrayInputStream(xml)));
    }

    static Optional<SyndEntry> entry(SyndFeed feed, String id) {
        return feed.getEntries().stream().filter(e -> ("urn:uuid:" + id).equals(e.getUri())).findFirst();
    }

    /** The field rendered as HTML: its elements other than the document's own. */
    static Document asHtml(String field) {
        return Jsoup.parseBodyFragment(field == null ? "" : field);
    }

    /** True when the field, rendered as HTML, holds any element or attribute at all. */
    static boolean hasMarkup(String field) {
        Element body = asHtml(field).body();
        return !body.children().isEmpty();
    }

    /** The text a reader shows for the field rendered as HTML. */
    static String shownText(String field) {
        return asHtml(field).body().wholeText();
    }
}
