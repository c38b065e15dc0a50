package dev.byline.content;

import java.util.UUID;

/** An item's id and version: what a list's ETag is made of. */
public record ItemVersion(UUID id, int version) {
}
