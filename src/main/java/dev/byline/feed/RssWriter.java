package dev.byline.feed;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jsoup.nodes.Entities;

/**
 * RSS 2.0 with the Atom self link, {@code content:encoded} (the body HTML, escaped as text)
 * and {@code dc:creator} (one per byline). Written with a StAX writer, so every text is
 * escaped; characters XML 1.0 cannot carry at all are dropped.
 *
 * <p>Feed readers render {@code title}, {@code description} and {@code dc:creator} as HTML,
 * so those carry plain text HTML-escaped first ({@link #asHtml}) and XML-escaped on top: a
 * title that reads {@code <script>} shows as that text, never runs.
 */
public final class RssWriter {

    public static final String MEDIA_TYPE = "application/rss+xml";
    static final String ATOM = "http://www.w3.org/2005/Atom";
    static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private RssWriter() {
    }

    public static byte[] write(Feed feed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeNamespace("atom", ATOM);
            xml.writeNamespace("content", CONTENT);
            xml.writeNamespace("dc", DC);
            xml.writeStartElement("channel");
            element(xml, "title", asHtml(feed.title()));
            element(xml, "link", feed.homePageUrl());
            element(xml, "description", asHtml(feed.description()));
            if (feed.language() != null) {
                element(xml, "language", feed.language());
            }
            feed.lastChange().ifPresent(at -> element(xml, "lastBuildDate", rfc822(at)));
            element(xml, "generator", "Byline");
            xml.writeEmptyElement("atom", "link", ATOM);
            xml.writeAttribute("href", text(feed.feedUrl()));
            xml.writeAttribute("rel", "self");
            xml.writeAttribute("type", MEDIA_TYPE);
            for (FeedEntry entry : feed.items()) {
                item(xml, entry);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the RSS feed", e);
        }
        return out.toByteArray();
    }

    private static void item(XMLStreamWriter xml, FeedEntry entry) throws XMLStreamException {
        xml.writeStartElement("item");
        element(xml, "title", asHtml(entry.title()));
        element(xml, "link", entry.url());
        xml.writeStartElement("guid");
        xml.writeAttribute("isPermaLink", "false");
        xml.writeCharacters(entry.guid());
        xml.writeEndElement();
        element(xml, "pubDate", rfc822(entry.publishedAt()));
        element(xml, "description", asHtml(entry.excerpt()));
        xml.writeStartElement("content", "encoded", CONTENT);
        xml.writeCharacters(text(entry.contentHtml()));
        xml.writeEndElement();
        if (entry.section() != null) {
            element(xml, "category", entry.section());
        }
        for (String author : entry.authors()) {
            xml.writeStartElement("dc", "creator", DC);
            xml.writeCharacters(text(asHtml(author)));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String value) {
        try {
            xml.writeStartElement(name);
            xml.writeCharacters(text(value));
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the RSS feed", e);
        }
    }

    /** Plain text as HTML that shows exactly that text ({@code <} becomes {@code &lt;}, and so on). */
    static String asHtml(String plain) {
        return plain == null ? null : Entities.escape(text(plain));
    }

    /** RFC 822 dates as RSS wants them, e.g. {@code Thu, 26 Nov 2026 20:45:33 GMT}. */
    static String rfc822(Instant at) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atZone(ZoneOffset.UTC));
    }

    /** The text without the characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/F). */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            int next = i + Character.charCount(c);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed && out == null) {
                out = new StringBuilder(value.length()).append(value, 0, i);
            } else if (allowed && out != null) {
                out.appendCodePoint(c);
            }
            i = next;
        }
        return out == null ? value : out.toString();
    }
}
