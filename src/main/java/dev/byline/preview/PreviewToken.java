package dev.byline.preview;

import dev.byline.content.ContentType;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A preview token: which item, until when, and the item's grant generation, signed with
 * HMAC-SHA256. The token is {@code <payload>.<signature>}, both base64url without padding; the
 * payload is 16 bytes of id, 1 of type, 8 of expiry (epoch seconds) and 4 of generation.
 */
public record PreviewToken(UUID itemId, ContentType type, Instant expiresAt, int generation) {

    private static final byte ARTICLE = 1;
    private static final byte POST = 2;
    private static final String ALGORITHM = "HmacSHA256";
    private static final int PAYLOAD_BYTES = 16 + 1 + 8 + 4;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public String sign(byte[] key) {
        ByteBuffer payload = ByteBuffer.allocate(PAYLOAD_BYTES)
                .putLong(itemId.getMostSignificantBits())
                .putLong(itemId.getLeastSignificantBits())
                .put((type == ContentType.ARTICLE) ? ARTICLE : POST)
                .putLong(expiresAt.getEpochSecond())
                .putInt(generation);
        byte[] bytes = payload.array();
        return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(key, bytes));
    }

    /** The token's content when its signature is right; empty for anything malformed or altered. */
    public static Optional<PreviewToken> verify(String token, byte[] key) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot < 0 || token.indexOf('.', dot + 1) >= 0) {
            return Optional.empty();
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODER.decode(token.substring(0, dot));
            signature = DECODER.decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (payload.length != PAYLOAD_BYTES || !MessageDigest.isEqual(mac(key, payload), signature)) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(payload);
        UUID id = new UUID(buffer.getLong(), buffer.getLong());
        byte typeCode = buffer.get();
        if (typeCode != ARTICLE && typeCode != POST) {
            return Optional.empty();
        }
        ContentType type = typeCode == ARTICLE ? ContentType.ARTICLE : ContentType.POST;
        return Optional.of(new PreviewToken(id, type, Instant.ofEpochSecond(buffer.getLong()), buffer.getInt()));
    }

    private static byte[] mac(byte[] key, byte[] payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }
}
