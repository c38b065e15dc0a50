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

    public static boolean isStrongEnough(String secret) {
        return looksLikeToken(secret) && secret.length() >= MIN_CONFIGURED_LENGTH;
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
