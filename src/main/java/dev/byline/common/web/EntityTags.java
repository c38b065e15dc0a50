package dev.byline.common.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Entity tags (RFC 9110 §8.8.3) as Byline makes them, and the {@code If-Match} /
 * {@code If-None-Match} header values clients send. Tags are kept in their quoted form,
 * e.g. {@code "0192f0c4-…-v3"}.
 */
public final class EntityTags {

    private EntityTags() {
    }

    /** The strong tag of one content item at one version: {@code "<id>-v<version>"}. */
    public static String item(UUID id, int version) {
        return "\"" + id + "-v" + version + "\"";
    }

    /** A strong tag derived from everything a representation depends on. */
    public static String hashed(String prefix, String material) {
        return hashed(prefix, material.getBytes(StandardCharsets.UTF_8));
    }

    public static String hashed(String prefix, byte[] material) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(material);
            String hash = Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27);
            return "\"" + prefix + "-" + hash + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /**
     * A parsed {@code If-Match} or {@code If-None-Match} header: {@code *} or a list of tags.
     * Unquoted values are read as if quoted, so a sloppy client still gets a fair comparison.
     */
    public record Condition(boolean any, List<String> strong, List<String> weak) {

        /** Strong comparison (If-Match): weak tags never match. */
        public boolean matchesStrongly(String etag) {
            return any || strong.contains(etag);
        }

        /** Weak comparison (If-None-Match): {@code W/"x"} matches {@code "x"}. */
        public boolean matchesWeakly(String etag) {
            return any || strong.contains(etag) || weak.contains(etag);
        }
    }

    /** The header's condition, or null when the header is absent or blank. */
    public static Condition parse(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        List<String> strong = new ArrayList<>();
        List<String> weak = new ArrayList<>();
        boolean any = false;
        int i = 0;
        int n = header.length();
        while (i < n) {
            char c = header.charAt(i);
            if (c == ',' || Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '*') {
                any = true;
                i++;
                continue;
            }
            boolean isWeak = header.startsWith("W/", i);
            if (isWeak) {
                i += 2;
            }
            String tag;
            if (i < n && header.charAt(i) == '"') {
                int end = header.indexOf('"', i + 1);
                end = end < 0 ? n : end;
                tag = "\"" + header.substring(i + 1, end) + "\"";
                i = end + 1;
            } else {
                int end = header.indexOf(',', i);
                end = end < 0 ? n : end;
                tag = "\"" + header.substring(i, end).strip() + "\"";
                i = end;
            }
            (isWeak ? weak : strong).add(tag);
        }
        return new Condition(any, List.copyOf(strong), List.copyOf(weak));
    }
}
