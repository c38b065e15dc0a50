package dev.byline.content.web;

import dev.byline.common.persistence.Slugs;
import dev.byline.common.web.CommaSeparated;
import dev.byline.content.list.ContentListService.ListParams;
import dev.byline.content.list.ContentSort;
import dev.byline.content.list.StatusFilter;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query parameters of an article or post list, typed where they arrive: timestamps and the
 * sort by their converters ({@code InstantParams}, {@code ListSortParams}), comma lists split
 * here; bad values are a 400 naming the parameter.
 */
public class ContentListParams {

    @Parameter(description = "Page number, from 1")
    @QueryParam("page")
    Integer page;

    @Parameter(description = "Items per page, 1 to 100 (default 20)")
    @QueryParam("size")
    Integer size;

    @Parameter(description = "Keyset cursor from meta.nextCursor; not with page")
    @QueryParam("cursor")
    String cursor;

    @Parameter(description = "Section slug (includes its subsections)")
    @QueryParam("section")
    String section;

    @Parameter(description = "Tag slug; repeat for any of several")
    @QueryParam("tag")
    List<String> tag;

    @Parameter(description = "Author slug")
    @QueryParam("author")
    String author;

    @Parameter(description = "Token holders: draft, scheduled, published, archived or any; repeatable")
    @QueryParam("status")
    List<String> status;

    @Parameter(description = "Only items published after this instant", schema = @Schema(type = SchemaType.STRING))
    @QueryParam("publishedAfter")
    Instant publishedAfter;

    @Parameter(description = "Only items published before this instant", schema = @Schema(type = SchemaType.STRING))
    @QueryParam("publishedBefore")
    Instant publishedBefore;

    @Parameter(description = "Full-text search (as GET /api/v1/search: quoted phrases, or, -word); "
            + "1 to 200 characters")
    @QueryParam("q")
    String q;

    @Parameter(description = "-publishedAt (default), publishedAt, -updatedAt, updatedAt, title, -title, "
            + "or relevance (only with q; pages by page number, not cursor)",
            schema = @Schema(type = SchemaType.STRING))
    @QueryParam("sort")
    ContentSort sort;

    @Parameter(description = "Comma list of fields to return (id always kept), e.g. title,slug,bodyHtml")
    @QueryParam("fields")
    String fields;

    /** What the list service works from: typed values, comma lists split, tag slugs normalised. */
    ListParams typed() {
        List<String> tags = CommaSeparated.parts(tag).stream().filter(t -> !t.isEmpty()).map(Slugs::normalize)
                .distinct().toList();
        return new ListParams(page, size, cursor, section, tags, author, StatusFilter.of(status), publishedAfter,
                publishedBefore, q, sort == null ? ContentSort.PUBLISHED_DESC : sort);
    }

    String fields() {
        return fields;
    }
}
