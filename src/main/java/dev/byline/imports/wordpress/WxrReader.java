package dev.byline.imports.wordpress;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.InputStream;
import java.util.AbstractMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a WXR file with StAX: one author, term or item (with its comments) at a time, so memory
 * stays flat whatever the file's size. Hostile input fails with {@link XMLStreamException}: a
 * DOCTYPE is refused (no DTD, so no entity expansion and no external entities, hence no billion
 * laughs and no file reads), and the parser caps text length, nesting and attribute size.
 */
public final class WxrReader {

    /** Longest text of one element (a post body); WordPress bodies are far below this. */
    public static final int MAX_TEXT_CHARS = 8 * 1024 * 1024;

    private static final XMLInputFactory FACTORY = factory();

    /** Receives what the reader finds, in document order. */
    public interface Handler {
        default void site(String baseUrl) {
        }

        void author(WxrModel.Author author);

        void term(WxrModel.Term term);

        void item(WxrModel.Item item);
    }

    private final XMLStreamReader xml;

    private WxrReader(XMLStreamReader xml) {
        this.xml = xml;
    }

    public static void read(InputStream in, Handler handler) throws XMLStreamException {
        XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
        try {
            new WxrReader(xml).document(handler);
        } finally {
            xml.close();
        }
    }

    private void document(Handler handler) throws XMLStreamException {
        boolean sawRss = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new XMLStreamException("A WXR file has no DOCTYPE; refusing one (entities are not expanded)");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (!"rss".equals(xml.getLocalName())) {
                    throw new XMLStreamException("Not a WordPress export: the root element is <" + xml.getLocalName()
                            + ">, not <rss>");
                }
                sawRss = true;
                rss(handler);
            }
        }
        if (!sawRss) {
            throw new XMLStreamException("Not a WordPress export: no <rss> element");
        }
    }

    private void rss(Handler handler) throws XMLStreamException {
        while (nextChild()) {
            if ("channel".equals(xml.getLocalName())) {
                channel(handler);
            } else {
                skip();
            }
        }
    }

    private void channel(Handler handler) throws XMLStreamException {
        while (nextChild()) {
            String name = xml.getLocalName();
            Ns ns = Ns.of(xml.getNamespaceURI());
            if (ns == Ns.WP && "base_site_url".equals(name)) {
                handler.site(text());
            } else if (ns == Ns.WP && "author".equals(name)) {
                handler.author(author());
            } else if (ns == Ns.WP && ("category".equals(name) || "tag".equals(name) || "term".equals(name))) {
                handler.term(term(name));
            } else if (ns == Ns.NONE && "item".equals(name)) {
                handler.item(item());
            } else {
                skip();
            }
        }
    }

    private WxrModel.Author author() throws XMLStreamException {
        String id = "", login = "", email = "", display = "", first = "", last = "";
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "author_id" -> id = text();
                case "author_login" -> login = text();
                case "author_email" -> email = text();
                case "author_display_name" -> display = text();
                case "author_first_name" -> first = text();
                case "author_last_name" -> last = text();
                default -> skip();
            }
        }
        return new WxrModel.Author(id, login, email, display, first, last);
    }

    private WxrModel.Term term(String element) throws XMLStreamException {
        String taxonomy = "category".equals(element) ? "category" : "tag".equals(element) ? "post_tag" : "";
        String slug = "", name = "", parent = "", description = "";
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "term_taxonomy" -> taxonomy = text();
                case "category_nicename", "tag_slug", "term_slug" -> slug = text();
                case "cat_name", "tag_name", "term_name" -> name = text();
                case "category_parent", "term_parent" -> parent = text();
                case "category_description", "tag_description", "term_description" -> description = text();
                default -> skip();
            }
        }
        return new WxrModel.Term(taxonomy, slug, name, parent, description);
    }

    private WxrModel.Item item() throws XMLStreamException {
        WxrModel.Item item = new WxrModel.Item();
        while (nextChild()) {
            String name = xml.getLocalName();
            Ns ns = Ns.of(xml.getNamespaceURI());
            switch (ns) {
                case NONE -> {
                    switch (name) {
                        case "title" -> item.title = text();
                        case "link" -> item.link = text();
                        case "guid" -> item.guid = text();
                        case "category" -> {
                            String domain = attribute("domain");
                            String slug = attribute("nicename");
                            item.terms.add(new WxrModel.TermRef(domain, slug, text()));
                        }
                        default -> skip();
                    }
                }
                case DC -> {
                    if ("creator".equals(name)) {
                        item.creator = text();
                    } else {
                        skip();
                    }
                }
                case CONTENT -> {
                    if ("encoded".equals(name)) {
                        item.content = text();
                    } else {
                        skip();
                    }
                }
                case EXCERPT -> {
                    if ("encoded".equals(name)) {
                        item.excerpt = text();
                    } else {
                        skip();
                    }
                }
                case WP -> {
                    switch (name) {
                        case "post_id" -> item.postId = text();
                        case "post_date_gmt" -> item.postDateGmt = text();
                        case "post_name" -> item.postName = text();
                        case "status" -> item.status = text();
                        case "post_type" -> item.postType = text();
                        case "postmeta" -> item.meta.add(meta());
                        case "comment" -> item.comments.add(comment());
                        default -> skip();
                    }
                }
                default -> skip();
            }
        }
        return item;
    }

    private java.util.Map.Entry<String, String> meta() throws XMLStreamException {
        String key = "", value = "";
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "meta_key" -> key = text();
                case "meta_value" -> value = text();
                default -> skip();
            }
        }
        return new AbstractMap.SimpleImmutableEntry<>(key, value);
    }

    private WxrModel.Comment comment() throws XMLStreamException {
        String id = "", author = "", email = "", url = "", date = "", content = "", approved = "", type = "",
                parent = "";
        while (nextChild()) {
            switch (xml.getLocalName()) {
                case "comment_id" -> id = text();
                case "comment_author" -> author = text();
                case "comment_author_email" -> email = text();
                case "comment_author_url" -> url = text();
                case "comment_date_gmt" -> date = text();
                case "comment_content" -> content = text();
                case "comment_approved" -> approved = text();
                case "comment_type" -> type = text();
                case "comment_parent" -> parent = text();
                default -> skip();
            }
        }
        return new WxrModel.Comment(id, author, email, url, date, content, approved, type, parent);
    }

    /** Moves to the next child element of the current one; false at the current one's end. */
    private boolean nextChild() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                return false;
            }
        }
        throw new XMLStreamException("The file ends in the middle of an element");
    }

    /** The text of the current element (children's text included); leaves it at its end. */
    private String text() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            if (!xml.hasNext()) {
                throw new XMLStreamException("The file ends in the middle of an element");
            }
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (text.length() + xml.getTextLength() > MAX_TEXT_CHARS) {
                        throw new XMLStreamException("An element's text is longer than " + MAX_TEXT_CHARS
                                + " characters", xml.getLocation());
                    }
                    text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new XMLStreamException(
                        "Undeclared entity &" + xml.getLocalName() + ";", xml.getLocation());
                default -> {
                }
            }
        }
        return text.toString().strip();
    }

    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            if (!xml.hasNext()) {
                throw new XMLStreamException("The file ends in the middle of an element");
            }
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private String attribute(String name) {
        String value = xml.getAttributeValue(null, name);
        return value == null ? "" : value;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        // The parser's own caps: one text segment, nesting, attributes.
        factory.setProperty(WstxInputProperties.P_MAX_TEXT_LENGTH, MAX_TEXT_CHARS);
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, 64);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTE_SIZE, 65_536);
        factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 64);
        return factory;
    }

    private enum Ns {
        NONE, WP, EXCERPT, CONTENT, DC, OTHER;

        static Ns of(String uri) {
            if (uri == null || uri.isEmpty()) {
                return NONE;
            }
            if (uri.startsWith("http://wordpress.org/export/")) {
                return uri.endsWith("/excerpt/") ? EXCERPT : WP;
            }
            if (uri.equals("http://purl.org/rss/1.0/modules/content/")) {
                return CONTENT;
            }
            if (uri.equals("http://purl.org/dc/elements/1.1/")) {
                return DC;
            }
            return OTHER;
        }
    }
}
