package dev.byline.media;

import dev.byline.common.web.Api;
import dev.byline.common.web.EntityTags;
import dev.byline.common.web.HttpCaching;
import dev.byline.media.storage.MediaStorage;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Serves media files: the original (without its metadata) or a rendition. The URL names the
 * bytes for good (a new upload is a new id), so answers are cacheable for a year and immutable.
 */
@Path(Api.BASE + "/media/{id}/{fileName}")
@Tag(name = "Media")
public class MediaFileResource {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    @Inject
    MediaService media;

    @Inject
    RenditionService renditions;

    @Inject
    MediaStorage storage;

    @GET
    @PermitAll
    @Operation(operationId = "getMediaFile", summary = "The image file, or a rendition of it",
            description = "Honours If-None-Match (304) and single byte ranges (Range, If-Range; 206, 416). A "
                    + "rendition is made on first request and stored.")
    @APIResponse(responseCode = "200", description = "The file",
            content = {
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/gif", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "206", description = "The requested byte range", content = {
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/gif", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "416", description = "The range lies outside the file")
    public Response get(@PathParam("id") UUID id, @PathParam("fileName") String fileName,
            @Parameter(description = "Width in pixels, one of byline.media.widths (default 320, 640, 960, 1280, "
                    + "1920); never wider than the original") @QueryParam("w") Integer width,
            @Parameter(description = "Output format", schema = @Schema(enumeration = {"jpeg", "png", "webp"}))
            @QueryParam("format") String format,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Parameter(description = "One byte range, e.g. bytes=0-1023") @HeaderParam("Range") String range,
            @HeaderParam("If-Range") String ifRange) {
        ServedFile file = renditions.resolve(media.file(id, fileName), width, format);
        EntityTags.Condition condition = EntityTags.parse(ifNoneMatch);
        if (condition != null && condition.matchesWeakly(file.etag())) {
            return headers(Response.notModified(), file, id).build();
        }
        ByteRange requested = ifRange == null || ifRange.strip().equals(file.etag())
                ? ByteRange.parse(range, file.size()) : ByteRange.WHOLE;
        if (requested == null) {
            throw ByteRange.unsatisfiable(file.size());
        }
        long offset = requested.isWhole() ? 0 : requested.first();
        long length = requested.isWhole() ? file.size() : requested.length();
        StreamingOutput body = out -> {
            try (InputStream in = storage.open(file.key(), offset, length)) {
                in.transferTo(out);
            }
        };
        Response.ResponseBuilder builder = requested.isWhole() ? Response.ok(body)
                : Response.status(Response.Status.PARTIAL_CONTENT).entity(body)
                        .header("Content-Range", "bytes " + requested.first() + "-" + requested.last() + "/" + file.size());
        return headers(builder, file, id)
                .type(file.mimeType())
                .header(HttpHeaders.CONTENT_LENGTH, length)
                .header("Content-Disposition", "inline; filename=\"" + fileName.replace("\"", "") + "\"")
                .build();
    }

    private static Response.ResponseBuilder headers(Response.ResponseBuilder builder, ServedFile file, UUID id) {
        String keys = "media:" + id;
        return builder.header(HttpHeaders.ETAG, file.etag())
                .header(HttpHeaders.CACHE_CONTROL, IMMUTABLE)
                .header("Accept-Ranges", "bytes")
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpCaching.SURROGATE_KEY, keys)
                .header(HttpCaching.CACHE_TAG, keys);
    }
}
