package dev.byline.common.web;

/**
 * What a service answers a public read with: the view, its version stamp (the strong ETag of
 * this representation) and the surrogate keys it depends on. Whether the client gets it, or a
 * {@code 304}, is the web layer's decision ({@link HttpCaching}).
 */
public record Versioned<T>(String etag, T view, SurrogateKeys keys) {
}
