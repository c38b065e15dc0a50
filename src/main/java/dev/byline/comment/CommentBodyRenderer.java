package dev.byline.comment;

import java.util.EnumSet;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;
import org.nibor.autolink.Span;

/**
 * Turns a comment's plain text into HTML: a blank line starts a new paragraph, a line break
 * becomes {@code <br>}, and bare http(s) URLs become {@code rel="nofollow ugc noopener"}
 * links. The HTML is built as a jsoup tree and serialized by jsoup, so every character of the
 * text is escaped for where it lands (text or attribute); nothing the reader typed is ever
 * markup.
 */
public final class CommentBodyRenderer {

    public static final String LINK_REL = "nofollow ugc noopener";

    private static final LinkExtractor URLS = LinkExtractor.builder().linkTypes(EnumSet.of(LinkType.URL)).build();

    private CommentBodyRenderer() {
    }

    /** The HTML of a comment body and the number of links in it. */
    public record Rendered(String html, int links) {
    }

    public static Rendered render(String text) {
        Document document = Document.createShell("");
        document.outputSettings().prettyPrint(false);
        Element body = document.body();
        Element paragraph = null;
        int links = 0;
        for (String line : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            if (line.isBlank()) {
                paragraph = null;
                continue;
            }
            if (paragraph == null) {
                paragraph = body.appendElement("p");
            } else {
                paragraph.appendElement("br");
            }
            links += appendLine(paragraph, line.strip());
        }
        return new Rendered(body.html(), links);
    }

    private static int appendLine(Element paragraph, String line) {
        int links = 0;
        for (Span span : URLS.extractSpans(line)) {
            String part = line.substring(span.getBeginIndex(), span.getEndIndex());
            if (span instanceof LinkSpan && isWebUrl(part)) {
                paragraph.appendElement("a").attr("href", part).attr("rel", LINK_REL).appendText(part);
                links++;
            } else {
                paragraph.appendText(part);
            }
        }
        return links;
    }

    private static boolean isWebUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
