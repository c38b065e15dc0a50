package dev.byline.content.body;

/** A sanitized HTML body and its plain text (whitespace collapsed). */
public record RenderedBody(String html, String text) {
}
