package dev.byline.search;

import dev.byline.common.error.ApiException;
import dev.byline.common.web.Api;
import dev.byline.common.web.CommaSeparated;
import dev.byline.common.web.HttpCaching;
import dev.byline.common.web.PageMeta;
import dev.byline.common.web.PageParams;
import dev.byline.common.web.PageView;
import dev.byline.content.ContentType;
import dev.byline.content.index.SearchText;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(Api.BASE + "/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Full-text search over published articles and posts")
public class SearchResource {

    @Inject
    SearchService search;

    @Inject
    HttpCaching http;

    @GET
    @PermitAll
    @Extension(name = HttpCaching.CONDITIONAL, value = "true")
    @Operation(operationId = "search", summary = "Search published articles and posts, best match first",
            description = "PostgreSQL full-text search with websearch_to_tsquery syntax: words are all required, "
                    + "\"quoted phrases\" match as phrases, `or` between words accepts either, `-word` excludes. "
                    + "Words are stemmed (talks finds talk) and stop words ignored, by the text search "
                    + "configuration byline.search.config. A query of only stop words or punctuation finds nothing.")
    @APIResponse(responseCode = "200", description = "A page of hits, best first",
            headers = {@Header(name = "X-Total-Count", description = "Number of hits",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER)),
                    @Header(name = "Link", description = "RFC 8288 first, prev, next, last",
                            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = SearchPage.class)))
    @APIResponse(responseCode = "304", description = "The hits are unchanged since the ETag in If-None-Match")
    public Response search(
            @Parameter(description = "The search, 1 to 200 characters", required = true, example = "taliban talks")
            @QueryParam("q") String q,
            @Parameter(description = "article, post or both (comma list or repeated); both when absent")
            @QueryParam("type") List<String> type,
            @Parameter(description = "Page number, from 1") @QueryParam("page") Integer page,
            @Parameter(description = "Hits per page, 1 to 100 (default 20)") @QueryParam("size") Integer size) {
        SearchText text = SearchText.of(q);
        Set<ContentType> types = types(type);
        PageView<SearchHitView> hits = search.search(text, types, PageParams.of(page, size));
        return http.jsonPage(hits, SearchService.keys(hits)).build();
    }

    /** Schema-only type: a page of hits, for the OpenAPI document. */
    @Schema(name = "SearchPage")
    public record SearchPage(List<SearchHitView> data, PageMeta meta) {
    }

    /** {@code type=article,post} (or repeated); both when absent. */
    static Set<ContentType> types(List<String> values) {
        Set<ContentType> types = EnumSet.noneOf(ContentType.class);
        for (String value : CommaSeparated.parts(values)) {
            if (value.isEmpty()) {
                continue;
            }
            try {
                types.add(ContentType.of(value));
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("type", "must be article, post or both (article,post)");
            }
        }
        return types.isEmpty() ? EnumSet.allOf(ContentType.class) : types;
    }
}
