package dev.byline.content.body;

/** What is derived from a body's plain text: the excerpt, the word count and the reading time. */
public final class TextStats {

    public static final int EXCERPT_LENGTH = 160;
    public static final int WORDS_PER_MINUTE = 230;
    private static final String ELLIPSIS = "…";

    private TextStats() {
    }

    /**
     * The text, its runs of whitespace collapsed to single spaces and trimmed, cut at a word
     * boundary so that, with the ellipsis, it has at most 160 characters; unchanged when it is
     * short enough. Only the head that can reach the excerpt is collapsed: the body's remaining
     * kilobytes are not rewritten on every save.
     */
    public static String excerpt(String text) {
        String collapsed = collapsedHead(text).strip();
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

    /**
     * The text without leading whitespace and with each run of ASCII whitespace (regex
     * {@code \s}) as one space, up to the first character that is not whitespace past the
     * excerpt's length: what follows cannot change the excerpt (the whole text when it is short).
     */
    private static String collapsedHead(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        StringBuilder head = new StringBuilder(EXCERPT_LENGTH + 16);
        int codePoints = 0;
        boolean inRun = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isAsciiSpace(c)) {
                if (!inRun) {
                    head.append(' ');
                    codePoints++;
                    inRun = true;
                }
                continue;
            }
            inRun = false;
            head.append(c);
            if (!Character.isLowSurrogate(c) || i == start || !Character.isHighSurrogate(text.charAt(i - 1))) {
                codePoints++;
            }
            if (codePoints > EXCERPT_LENGTH && !Character.isHighSurrogate(c) && !Character.isWhitespace(c)) {
                break;
            }
        }
        return head.toString();
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
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
