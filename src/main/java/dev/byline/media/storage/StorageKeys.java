package dev.byline.media.storage;

import java.util.UUID;
import java.util.regex.Pattern;

/** The keys Byline stores under, and the check that a key can never leave its store. */
public final class StorageKeys {

    private static final Pattern SAFE = Pattern.compile("[0-9a-f-]{36}/[a-z0-9.]{1,40}");

    private StorageKeys() {
    }

    public static String prefix(UUID mediaId) {
        return mediaId + "/";
    }

    public static String original(UUID mediaId) {
        return mediaId + "/original";
    }

    public static String rendition(UUID mediaId, int width, String extension) {
        return mediaId + "/w" + width + "." + extension;
    }

    /** The media id a key belongs to, or null for a key Byline did not write. */
    public static UUID mediaIdOf(String key) {
        int slash = key.indexOf('/');
        if (slash != 36) {
            return null;
        }
        try {
            return UUID.fromString(key.substring(0, slash));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String checked(String key) {
        if (!SAFE.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a media storage key: " + key);
        }
        return key;
    }

    static String checkedPrefix(String prefix) {
        if (!prefix.matches("[0-9a-f-]{36}/")) {
            throw new IllegalArgumentException("Not a media storage prefix: " + prefix);
        }
        return prefix;
    }
}
