package dev.byline.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.byline.common.web.HttpCaching;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * RSS 2.0 and JSON Feed 1.1 at the site root (API.md §7), not under {@code /api/v1}: the 20
 * newest published articles and posts. Links point at {@code byline.site.base-url}. Cached
 * like every public read: the ETag is a hash of the exact bytes sent.
 */
@Path("/")
@Tag(name = "Feeds", description = "RSS and JSON Feed of the newest published articles and posts")
public class FeedResource {

    private static final String RSS = RssWriter.MEDIA_TYPE + ";charset=UTF-8";
    private static final String JSON_FEED = JsonFeedWriter.MEDIA_TYPE + ";charset=UTF-8";
    /** Feed tags hash the exact bytes sent. */
    private static final String FEED_TAG = "f";

    @Inject
    FeedService feeds;

    @Inject
    ObjectMapper mapper;

    @Inject
    HttpCaching http;

    @GET
    @Path("feed.xml")
    @PermitAll
    @Produces({RssWriter.MEDIA_TYPE, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Extension(name = HttpCaching.CONDITIONAL, value = "true")
    @Operation(operationId = "getRssFeed", summary = "RSS 2.0 feed of the 20 newest published articles and posts")
    @APIResponse(responseCode = "200", description = "The feed, with ETag and public Cache-Control",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = RssWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = MediaType.TEXT_XML, schema = @Schema(type = SchemaType.STRING))})
    public Response rss() {
        FeedService.Built built = feeds.site("/feed.xml");
        return http.bytes(RssWriter.write(built.feed()), FEED_TAG, RSS, built.keys()).build();
    }

    @GET
    @Path("feed.json")
    @PermitAll
    @Produces({JsonFeedWriter.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Extension(name = HttpCaching.CONDITIONAL, value = "true")
    @Operation(operationId = "getJsonFeed", summary = "JSON Feed 1.1 of the 20 newest published articles and posts")
    @APIResponse(responseCode = "200", description = "The feed, with ETag and public Cache-Control",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = JsonFeedWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.OBJECT,
                    description = "A JSON Feed 1.1 document: version, title, home_page_url, feed_url, "
                            + "description, language, items[id, url, title, content_html, summary, "
                            + "date_published, date_modified, authors[name], tags]")))
    public Response json() {
        FeedService.Built built = feeds.site("/feed.json");
        return http.bytes(JsonFeedWriter.write(built.feed(), mapper), FEED_TAG, JSON_FEED, built.keys())
                .build();
    }

    @GET
    @Path("sections/{slug}/feed.xml")
    @PermitAll
    @Produces({RssWriter.MEDIA_TYPE, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Extension(name = HttpCaching.CONDITIONAL, value = "true")
    @Operation(operationId = "getSectionRssFeed",
            summary = "RSS 2.0 feed of the 20 newest published items of a section and its subsections")
    @APIResponse(responseCode = "200", description = "The feed, with ETag and public Cache-Control",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = {@Content(mediaType = RssWriter.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = MediaType.TEXT_XML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "No section with this slug")
    public Response sectionRss(@Parameter(description = "The section's slug", example = "world")
            @PathParam("slug") String slug) {
        FeedService.Built built = feeds.section(slug);
        return http.bytes(RssWriter.write(built.feed()), FEED_TAG, RSS, built.keys()).build();
    }
}
