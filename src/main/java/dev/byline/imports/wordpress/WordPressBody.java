package dev.byline.imports.wordpress;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * A WordPress post body as HTML Byline's sanitizer can take: block-editor comments
 * ({@code <!-- wp:paragraph -->}) removed, {@code [caption]} shortcodes turned into
 * {@code <figure>}, and classic-editor text (paragraphs split by blank lines, no {@code <p>})
 * put into paragraphs as WordPress's own wpautop does on display. The sanitizer runs after this.
 */
public final class WordPressBody {

    private static final String[] BLOCK_STARTS = {"<p", "<h1", "<h2", "<h3", "<h4", "<h5", "<h6", "<ul", "<ol",
        "<li", "<blockquote", "<figure", "<div", "<pre", "<table", "<iframe", "<script", "<hr", "<dl", "<!--",
        "<section", "<img", "<video", "<audio"};

    private WordPressBody() {
    }

    public static String toHtml(String content) {
        if (content == null || content.isBlank()) {
            return "";
        }
        String text = content.replace("\r\n", "\n").replace('\r', '\n');
        boolean blockEditor = text.contains("<!-- wp:");
        String html = blockEditor ? text : paragraphs(text);
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        removeComments(document.body());
        captionsToFigures(document.body());
        return document.body().html();
    }

    /** wpautop, roughly: blank-line separated chunks that are not blocks become paragraphs. */
    private static String paragraphs(String text) {
        StringBuilder out = new StringBuilder();
        for (String chunk : text.split("\n\\s*\n")) {
            String trimmed = chunk.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (startsWithBlock(trimmed)) {
                out.append(trimmed).append('\n');
            } else {
                out.append("<p>").append(trimmed.replace("\n", "<br>\n")).append("</p>\n");
            }
        }
        return out.toString();
    }

    private static boolean startsWithBlock(String chunk) {
        String lower = chunk.toLowerCase(java.util.Locale.ROOT);
        for (String start : BLOCK_STARTS) {
            if (lower.startsWith(start) || lower.startsWith("[caption")) {
                return true;
            }
        }
        return false;
    }

    private static void removeComments(Element root) {
        java.util.List<Node> comments = new java.util.ArrayList<>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof Comment) {
                comments.add(node);
            }
        }, root);
        comments.forEach(Node::remove);
    }

    /**
     * {@code [caption id="attachment_1" align="alignnone" width="300"]<img …> The caption[/caption]}:
     * the shortcode's opening and closing marks are text around the image. The image (or the link
     * around it) becomes the figure's content, the text after it its figcaption.
     */
    private static void captionsToFigures(Element root) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (TextNode text : allTextNodes(root)) {
                int open = text.getWholeText().indexOf("[caption");
                if (open < 0) {
                    continue;
                }
                int close = text.getWholeText().indexOf(']', open);
                if (close < 0) {
                    continue;
                }
                if (wrapCaption(text, open, close)) {
                    changed = true;
                    break;
                }
            }
        }
    }

    private static boolean wrapCaption(TextNode start, int open, int close) {
        String whole = start.getWholeText();
        String attributes = whole.substring(open + "[caption".length(), close);
        TextNode before = new TextNode(whole.substring(0, open));
        TextNode after = new TextNode(whole.substring(close + 1));
        start.before(before);
        start.replaceWith(after);
        // Collect siblings up to the text node holding [/caption].
        Element figure = new Element("figure");
        Element caption = new Element("figcaption");
        Node node = after;
        boolean media = false;
        while (node != null) {
            Node next = node.nextSibling();
            if (node instanceof TextNode textNode && textNode.getWholeText().contains("[/caption]")) {
                String value = textNode.getWholeText();
                int end = value.indexOf("[/caption]");
                caption.appendText(value.substring(0, end));
                textNode.text(value.substring(end + "[/caption]".length()));
                break;
            }
            node.remove();
            if (!media && node instanceof Element element && (element.is("img") || element.is("a"))) {
                figure.appendChild(element);
                media = true;
            } else if (node instanceof TextNode textNode) {
                caption.appendText(textNode.getWholeText());
            } else if (node instanceof Element element) {
                caption.appendChild(element);
            }
            node = next;
        }
        if (caption.text().isBlank()) {
            String attributeCaption = attribute(attributes, "caption");
            if (attributeCaption != null) {
                caption.text(attributeCaption);
            }
        }
        if (!caption.text().isBlank()) {
            caption.text(caption.text().strip());
            figure.appendChild(caption);
        }
        before.after(figure);
        return true;
    }

    private static String attribute(String attributes, String name) {
        int at = attributes.indexOf(name + "=\"");
        if (at < 0) {
            return null;
        }
        int start = at + name.length() + 2;
        int end = attributes.indexOf('"', start);
        return end < 0 ? null : attributes.substring(start, end);
    }

    private static java.util.List<TextNode> allTextNodes(Element root) {
        java.util.List<TextNode> nodes = new java.util.ArrayList<>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof TextNode text) {
                nodes.add(text);
            }
        }, root);
        return nodes;
    }
}
