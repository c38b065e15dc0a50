package dev.byline.content.body;

import dev.byline.common.config.BylineConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Turns a body, given as Markdown (CommonMark + GFM tables, strikethrough, autolinks) or
 * HTML, into allow-list-sanitized HTML, and derives its plain text. Raw HTML inside Markdown
 * goes through the same sanitizer, so nothing reaches {@code bodyHtml} unchecked.
 */
@ApplicationScoped
public class BodyRenderer {

    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create());

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
                    "em", "strong", "b", "i", "u", "s", "del", "ins", "sub", "sup", "mark", "small", "abbr",
                    "cite", "q", "ul", "ol", "li", "dl", "dt", "dd", "a", "img", "figure", "figcaption",
                    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "span", "div")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .allowAttributes("title").globally()
            .allowAttributes("src").matching(ImageAttributes.SRC).onElements("img")
            .allowAttributes("srcset").matching(ImageAttributes.SRCSET).onElements("img")
            .allowAttributes("sizes").matching(ImageAttributes.SIZES_POLICY).onElements("img")
            .allowAttributes("loading").matching(true, "lazy", "eager").onElements("img")
            .allowAttributes("width", "height").matching(ImageAttributes.DIMENSION).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("align").matching(true, "left", "right", "center").onElements("th", "td")
            .allowAttributes("colspan", "rowspan").matching(java.util.regex.Pattern.compile("[0-9]{1,3}"))
                    .onElements("th", "td")
            .allowAttributes("start").matching(java.util.regex.Pattern.compile("[0-9]{1,6}")).onElements("ol")
            .allowAttributes("cite").onElements("blockquote", "q")
            .allowAttributes("class").matching(java.util.regex.Pattern.compile("language-[A-Za-z0-9_+-]{1,40}"))
                    .onElements("code")
            .allowAttributes("rel").matching(true, "noopener", "nofollow", "noreferrer", "ugc", "noopener nofollow")
                    .onElements("a")
            .toFactory();

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    @Inject
    BylineConfig config;

    public RenderedBody fromMarkdown(String markdown) {
        return fromHtml(renderer.render(parser.parse(markdown)));
    }

    public RenderedBody fromHtml(String html) {
        String safe = POLICY.sanitize(html);
        Document document = Jsoup.parseBodyFragment(safe);
        document.outputSettings().prettyPrint(false);
        // An image whose source the policy refused shows nothing: drop it rather than keep an empty tag.
        org.jsoup.select.Elements sourceless = document.select("img:not([src])");
        if (!sourceless.isEmpty()) {
            sourceless.remove();
            safe = document.body().html();
        }
        if (config.content().nofollowExternalLinks()) {
            markExternalLinks(document);
            safe = document.body().html();
        }
        return new RenderedBody(safe.strip(), plainText(document));
    }

    private void markExternalLinks(Document document) {
        String siteHost = URI.create(config.site().baseUrl()).getHost();
        for (Element link : document.select("a[href]")) {
            String host = hostOf(link.attr("href"));
            if (host != null && !host.equalsIgnoreCase(siteHost)) {
                link.attr("rel", "noopener nofollow");
            }
        }
    }

    private static String hostOf(String href) {
        try {
            URI uri = URI.create(href.strip());
            return uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String plainText(Document document) {
        return document.body().text().replaceAll("\\s+", " ").strip();
    }
}
