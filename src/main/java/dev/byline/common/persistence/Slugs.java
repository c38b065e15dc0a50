package dev.byline.common.persistence;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * URL slugs: lower case, accents stripped, letters of other scripts kept (an Urdu title
 * keeps its letters), runs of anything else become one {@code -}, at most 120 characters.
 */
public final class Slugs {

    public static final int MAX_LENGTH = 120;
    public static final String PATTERN = "^[\\p{Ll}\\p{Lo}\\p{N}]+(-[\\p{Ll}\\p{Lo}\\p{N}]+)*$";
    private static final Pattern VALID = Pattern.compile(PATTERN);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{Ll}\\p{Lo}\\p{N}]+");

    private Slugs() {
    }

    /** The slug a title derives; empty when the title has no letter or digit at all. */
    public static String fromTitle(String title) {
        String decomposed = Normalizer.normalize(title, Normalizer.Form.NFKD);
        String lower = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        String slug = SEPARATORS.matcher(lower).replaceAll("-");
        slug = trimDashes(slug);
        if (slug.length() > MAX_LENGTH) {
            slug = trimDashes(cut(slug, MAX_LENGTH));
        }
        return Normalizer.normalize(slug, Normalizer.Form.NFC);
    }

    /** A slug as a client sent it, in the normal form slugs are stored in. */
    public static String normalize(String slug) {
        return slug == null ? null : Normalizer.normalize(slug.strip(), Normalizer.Form.NFC);
    }

    public static boolean isValid(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }

    /** The slug with a numeric suffix, kept within the maximum length. */
    public static String withSuffix(String slug, int n) {
        String suffix = "-" + n;
        String base = slug.length() + suffix.length() > MAX_LENGTH
                ? trimDashes(cut(slug, MAX_LENGTH - suffix.length()))
                : slug;
        return base + suffix;
    }

    /** The first {@code length} chars, one fewer when that would split a surrogate pair. */
    private static String cut(String s, int length) {
        int end = Character.isHighSurrogate(s.charAt(length - 1)) ? length - 1 : length;
        return s.substring(0, end);
    }

    private static String trimDashes(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
