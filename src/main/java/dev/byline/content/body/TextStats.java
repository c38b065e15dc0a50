package dev.byline.content.body;

/** What is derived from a body's plain text: the excerpt, the word count and the reading time. */
public final class TextStats {

    public static final int EXCERPT_LENGTH = 160;
    public static final int WORDS_PER_MINUTE = 230;
    private static final String ELLIPSIS = "…";

    private TextStats() {
    }

    /**
     * The text cut at a word boundary so that, with the ellipsis, it has at most 160
     * characters; unchanged when it is short enough.
     */
    public static String excerpt(String text) {
        String collapsed = text.replaceAll("\\s+", " ").strip();
        if (collapsed.codePointCount(0, collapsed.length()) <= EXCERPT_LENGTH) {
            return collapsed;
        }
        int limit = collapsed.offsetByCodePoints(0, EXCERPT_LENGTH - ELLIPSIS.length());
        int cut = limit;
        if (!Character.isWhitespace(collapsed.charAt(limit))) {
            int space = collapsed.lastIndexOf(' ', limit);
            cut = space > 0 ? space : limit;
        }
        String head = collapsed.substring(0, cut).stripTrailing();
        while (!head.isEmpty() && ",;:-–—".indexOf(head.charAt(head.length() - 1)) >= 0) {
            head = head.substring(0, head.length() - 1).stripTrailing();
        }
        return head + ELLIPSIS;
    }

    public static int wordCount(String text) {
        int words = 0;
        for (String token : text.split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words++;
            }
        }
        return words;
    }

    public static int readingTimeMinutes(int words) {
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }
}
