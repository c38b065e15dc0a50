package dev.byline.content.body;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.owasp.html.AttributePolicy;

/**
 * What an {@code <img>} in a body may carry for responsive images: a {@code src} (and every
 * {@code srcset} candidate) on this site's media or on https, a well-formed {@code sizes},
 * {@code loading} lazy or eager, numeric {@code width} and {@code height}. Anything else makes
 * the sanitizer drop the attribute.
 */
final class ImageAttributes {

    static final String OWN_MEDIA = "/api/v1/media/";

    private static final Pattern DESCRIPTOR = Pattern.compile("[0-9]{1,5}w|[0-9]{1,2}(\\.[0-9]{1,2})?x");
    private static final String LENGTH = "[0-9]{1,5}(\\.[0-9]{1,3})?(px|em|rem|vw)";
    private static final String CONDITION = "\\((min|max)-width:\\s*[0-9]{1,5}(\\.[0-9]{1,3})?(px|em|rem)\\)";
    private static final String SIZE = "\\s*(" + CONDITION + "(\\s+and\\s+" + CONDITION + ")?\\s+)?" + LENGTH + "\\s*";
    private static final Pattern SIZES = Pattern.compile("(?i)" + SIZE + "(," + SIZE + "){0,9}");

    static final Pattern DIMENSION = Pattern.compile("[0-9]{1,5}");

    private ImageAttributes() {
    }

    static final AttributePolicy SRC = (element, attribute, value) -> isAllowedSource(value) ? value : null;

    static final AttributePolicy SRCSET = (element, attribute, value) -> {
        List<String> candidates = new ArrayList<>();
        for (String candidate : value.split(",")) {
            String[] parts = candidate.strip().split("\\s+");
            if (parts.length == 0 || parts.length > 2 || !isAllowedSource(parts[0])
                    || (parts.length == 2 && !DESCRIPTOR.matcher(parts[1]).matches())) {
                return null;
            }
            candidates.add(String.join(" ", parts));
        }
        return candidates.isEmpty() || candidates.size() > 20 ? null : String.join(", ", candidates);
    };

    static final AttributePolicy SIZES_POLICY = (element, attribute, value) ->
            value.length() <= 300 && SIZES.matcher(value).matches() ? value.strip() : null;

    private static boolean isAllowedSource(String url) {
        String u = url.strip();
        return (u.startsWith("https://") || u.startsWith(OWN_MEDIA)) && u.length() <= 2000
                && u.chars().noneMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>' || c == '\\');
    }
}
