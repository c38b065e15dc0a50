package dev.byline.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Makes token secrets ({@code byl_} + 32 random bytes, base64url) and their SHA-256 hashes. */
public final class TokenSecrets {

    public static final String PREFIX = "byl_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** At least as long as a generated secret's random part would be short of strong (32 characters). */
    public static final int MIN_CONFIGURED_LENGTH = PREFIX.length() + 32;

    /** Fewest different characters a configured secret's random part may have (hex has 16). */
    static final int MIN_DISTINCT_CHARACTERS = 12;

    /** Example values printed in documentation: anyone who read it knows them. */
    private static final java.util.Set<String> PUBLISHED_EXAMPLES = java.util.Set.of(
            "byl_change-me-to-a-long-random-secret-0123456789");

    /**
     * A configured secret (BYLINE_ADMIN_TOKEN) must look random: long enough, many different
     * characters, not a short pattern repeated, and not an example from documentation.
     */
    public static boolean isStrongEnough(String secret) {
        if (!looksLikeToken(secret) || secret.length() < MIN_CONFIGURED_LENGTH || PUBLISHED_EXAMPLES.contains(secret)
                || secret.contains("change-me")) {
            return false;
        }
        String random = secret.substring(PREFIX.length());
        return random.chars().distinct().count() >= MIN_DISTINCT_CHARACTERS && !isRepetition(random);
    }

    /** True when the text is a shorter unit repeated (e.g. {@code abcabcabc}). */
    private static boolean isRepetition(String text) {
        return (text + text).indexOf(text, 1) < text.length();
    }

    public static boolean looksLikeToken(String secret) {
        return secret != null && secret.startsWith(PREFIX) && secret.length() > PREFIX.length()
                && secret.length() <= 200;
    }

    public static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
