package dev.byline.common.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a page sits in its list. {@code nextCursor} is null on the last page. */
@Schema(name = "PageMeta")
public record PageMeta(
        @Schema(nullable = true, examples = "1", description = "1-based page number; null when paging by cursor") Integer page,
        @Schema(examples = "20") int size,
        @Schema(examples = "1000") long total,
        @Schema(examples = "50") long totalPages,
        @Schema(nullable = true, description = "Opaque cursor for the next page (keyset paging), null on the last page")
        String nextCursor) {

    public static PageMeta of(Integer page, int size, long total, String nextCursor) {
        long totalPages = size == 0 ? 0 : (total + size - 1) / size;
        return new PageMeta(page, size, total, totalPages, nextCursor);
    }
}
