package dev.byline.media;

import com.fasterxml.jackson.databind.JsonNode;
import dev.byline.common.security.CurrentUser;
import dev.byline.common.security.Roles;
import dev.byline.common.config.BylineConfig;
import dev.byline.common.error.ApiException;
import dev.byline.common.error.ProblemType;
import dev.byline.common.web.Api;
import dev.byline.common.web.Created;
import dev.byline.common.web.EntityTags;
import dev.byline.common.web.HttpCaching;
import dev.byline.common.web.PageMeta;
import dev.byline.common.web.PageParams;
import dev.byline.common.web.PageResponses;
import dev.byline.common.web.SurrogateKeys;
import dev.byline.common.web.Versioned;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Encoding;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path(Api.BASE + "/media")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Media", description = "Image uploads (JPEG, PNG, WebP, GIF), their text, and who uses them")
public class MediaResource {

    @Inject
    MediaUploads uploads;

    @Inject
    MediaService media;

    @Inject
    CurrentUser currentUser;

    @Inject
    HttpCaching http;

    @Inject
    BylineConfig config;

    @POST
    @RolesAllowed(Roles.CONTRIBUTOR)
    @SecurityRequirement(name = "bearer", scopes = Roles.CONTRIBUTOR)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "uploadMedia", summary = "Upload an image",
            description = "Either multipart/form-data with the image in the part `file` (and optional `alt`, "
                    + "`caption`, `credit`), or the image itself as the body with its image/* Content-Type and "
                    + "`Content-Disposition: attachment; filename=\"…\"`. The type is told by the bytes: JPEG, "
                    + "PNG, WebP and GIF are accepted, anything else (SVG included) is 415. Camera and location "
                    + "metadata (EXIF, XMP, IPTC) are removed before the file is stored. The same bytes uploaded "
                    + "again answer 200 with the existing item.")
    @RequestBody(required = true, content = {
        @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = MediaUploadForm.class),
                encoding = @Encoding(name = "file", contentType = "image/jpeg, image/png, image/webp, image/gif")),
        @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "image/webp", schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "image/gif", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "201", description = "Stored",
            headers = @Header(name = "Location", description = "The new item", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = MediaView.class)))
    @APIResponse(responseCode = "200", description = "The same bytes were uploaded before: the existing item",
            content = @Content(schema = @Schema(implementation = MediaView.class)))
    @APIResponse(responseCode = "400", description = "Empty, damaged or truncated file, too many pixels, or no file name")
    @APIResponse(responseCode = "413", description = "More bytes than byline.media.max-bytes")
    @APIResponse(responseCode = "415", description = "Not a JPEG, PNG, WebP or GIF")
    public Response uploadForm(@RestForm("file") FileUpload file, @RestForm("alt") String alt,
            @RestForm("caption") String caption, @RestForm("credit") String credit, @Context UriInfo uri) {
        if (file == null || file.uploadedFile() == null) {
            throw ApiException.invalid("file", "is required: send the image in the multipart part named file");
        }
        byte[] bytes;
        try {
            if (Files.size(file.uploadedFile()) > config.media().maxBytes()) {
                throw MediaUploads.tooLarge(config.media().maxBytes());
            }
            bytes = Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return answer(uploads.upload(bytes, file.fileName(), new MediaText(alt, caption, credit),
                currentUser.require()), uri);
    }

    @POST
    @RolesAllowed(Roles.CONTRIBUTOR)
    @Consumes("image/*")
    @Operation(hidden = true)
    public Response uploadRaw(InputStream body,
            @HeaderParam("Content-Disposition") String disposition, @Context UriInfo uri) throws IOException {
        String fileName = ContentDispositions.fileName(disposition);
        if (fileName == null) {
            throw ApiException.invalid("Content-Disposition",
                    "must name the file, e.g. attachment; filename=\"photo.jpg\"");
        }
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.media().maxBytes() + 1));
        if (bytes.length > config.media().maxBytes()) {
            throw MediaUploads.tooLarge(config.media().maxBytes());
        }
        return answer(uploads.upload(bytes, fileName, MediaText.NONE, currentUser.require()), uri);
    }

    /** Any other body: authentication first (401/403 as everywhere), then a 415 that says what to send. */
    @POST
    @RolesAllowed(Roles.CONTRIBUTOR)
    @Consumes(MediaType.WILDCARD)
    @Operation(hidden = true)
    public Response uploadOther(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        throw new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Send the image as multipart/form-data (part "
                + "file) or as the body with its image/* Content-Type, not " + (contentType == null ? "no Content-Type"
                : contentType.split(";")[0].strip()));
    }

    @GET
    @RolesAllowed(Roles.CONTRIBUTOR)
    @SecurityRequirement(name = "bearer", scopes = Roles.CONTRIBUTOR)
    @Operation(operationId = "listMedia", summary = "List media items, newest first")
    @APIResponse(responseCode = "200", description = "A page of media items",
            content = @Content(schema = @Schema(implementation = MediaPage.class)))
    public Response list(
            @Parameter(description = "Page number, from 1") @QueryParam("page") Integer page,
            @Parameter(description = "Items per page, 1 to 100 (default 20)") @QueryParam("size") Integer size,
            @Parameter(description = "Words to find in the file name, alt text or caption") @QueryParam("q") String q,
            @Context UriInfo uri) {
        return PageResponses.ok(media.list(q, PageParams.of(page, size)), uri).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Extension(name = HttpCaching.CONDITIONAL, value = "true")
    @Operation(operationId = "getMedia", summary = "Get a media item",
            description = "Public for media that published content shows; otherwise a token (contributor or up) "
                    + "is needed, and anonymous callers get 404.")
    @APIResponse(responseCode = "200", description = "The media item",
            content = @Content(schema = @Schema(implementation = MediaView.class)))
    public Response get(@PathParam("id") UUID id) {
        MediaService.Versioned versioned = media.get(id, currentUser.get());
        if (http.matches(versioned.etag())) {
            return http.notModified(versioned.etag()).build();
        }
        return http.ok(new Versioned<>(versioned.etag(), versioned.view(), SurrogateKeys.of("media:" + id))).build();
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.CONTRIBUTOR)
    @SecurityRequirement(name = "bearer", scopes = Roles.CONTRIBUTOR)
    @Consumes({Api.MERGE_PATCH_JSON, MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateMedia", summary = "Change a media item's alt text, caption or credit (JSON Merge Patch)",
            description = "The uploader, or an editor.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = MediaPatch.class)))
    @APIResponse(responseCode = "200", description = "The changed item",
            content = @Content(schema = @Schema(implementation = MediaView.class)))
    @APIResponse(responseCode = "412", description = "If-Match names an older version; nothing was written")
    public Response patch(@PathParam("id") UUID id, JsonNode patch,
            @Parameter(description = "ETag the change is based on; * for any") @HeaderParam(HttpHeaders.IF_MATCH)
            String ifMatch) {
        MediaService.Versioned changed = media.patch(id, patch, EntityTags.parse(ifMatch), currentUser.require());
        return Response.ok(changed.view()).header(HttpHeaders.ETAG, changed.etag()).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.EDITOR)
    @SecurityRequirement(name = "bearer", scopes = Roles.EDITOR)
    @Operation(operationId = "deleteMedia", summary = "Delete a media item and its files")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Content still shows it; the problem's usedBy names the items")
    @APIResponse(responseCode = "412", description = "If-Match names an older version; nothing was deleted")
    public void delete(@PathParam("id") UUID id,
            @Parameter(description = "ETag the deletion is based on; * for any") @HeaderParam(HttpHeaders.IF_MATCH)
            String ifMatch) {
        media.delete(id, EntityTags.parse(ifMatch));
    }

    private static Response answer(Uploaded uploaded, UriInfo uri) {
        MediaView view = uploaded.media();
        return uploaded.created() ? Created.at(uri, view.id(), view) : Response.ok(view).build();
    }

    /** Schema-only type: a page of media items. */
    @Schema(name = "MediaPage")
    public record MediaPage(List<MediaView> data, PageMeta meta) {
    }
}
