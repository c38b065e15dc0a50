package dev.byline.comment;

import java.util.function.Predicate;

/**
 * The status a new comment gets (API.md §5), checked in this order:
 * <ol>
 *   <li>posted with an editor (or admin) token: {@code approved};</li>
 *   <li>the honeypot {@code website} is filled, or the body has more than {@value #MAX_LINKS}
 *       links: {@code spam} (before the email rule, so a known email cannot vouch for a
 *       bot's or a link farm's comment);</li>
 *   <li>the email, in any case, already has an approved comment: {@code approved};</li>
 *   <li>else {@code pending}.</li>
 * </ol>
 */
public final class CommentStatusRules {

    public static final int MAX_LINKS = 3;

    private CommentStatusRules() {
    }

    /** {@code knownEmail} is asked only when the earlier rules leave it open. */
    public static CommentStatus statusFor(boolean editorToken, String honeypot, int links, String email,
            Predicate<String> knownEmail) {
        if (editorToken) {
            return CommentStatus.APPROVED;
        }
        if ((honeypot != null && !honeypot.isEmpty()) || links > MAX_LINKS) {
            return CommentStatus.SPAM;
        }
        if (knownEmail.test(email)) {
            return CommentStatus.APPROVED;
        }
        return CommentStatus.PENDING;
    }
}
