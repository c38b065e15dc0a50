package dev.byline.common.web;

/**
 * The answer to a conditional GET: the representation's tag, and either the body with the
 * surrogate keys it depends on, or nothing when the client's copy is still current.
 */
public record Cacheable<T>(String etag, T body, SurrogateKeys keys) {

    public static <T> Cacheable<T> notModified(String etag) {
        return new Cacheable<>(etag, null, null);
    }

    public static <T> Cacheable<T> of(String etag, T body, SurrogateKeys keys) {
        return new Cacheable<>(etag, body, keys);
    }

    public boolean isNotModified() {
        return body == null;
    }
}
