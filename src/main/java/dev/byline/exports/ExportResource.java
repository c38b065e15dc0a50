package dev.byline.exports;

import dev.byline.common.error.ApiException;
import dev.byline.common.security.Roles;
import dev.byline.common.web.Api;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(Api.BASE + "/export")
@Tag(name = "Imports", description = "Moving in and out: WordPress (WXR) imports and Byline exports, run as jobs any instance may take")
public class ExportResource {

    public static final String NDJSON = "application/x-ndjson";

    @Inject
    ExportService exports;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Produces(NDJSON)
    @Operation(operationId = "exportSite", summary = "The whole site as NDJSON, for a backup or a move",
            description = "One record a line, {kind, data}, in dependency order after a header line: authors, "
                    + "sections, tags, media, articles, posts, comments, importRef (what an earlier import made of which "
                    + "source record). POST it to /imports (application/x-ndjson) "
                    + "on an empty Byline to restore it with the same ids, slugs, old slugs, versions and dates. "
                    + "Media records name their file by storageKey; with media=embed they carry it (base64 in "
                    + "file), for a move to another storage. Users and tokens are not exported.")
    @APIResponse(responseCode = "200", description = "The export, streamed",
            content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING)))
    public Response export(@Parameter(description = "Include every item's revisions (default false)")
            @QueryParam("revisions") Boolean revisions,
            @Parameter(description = "reference (default): media records name their file by storageKey, for a "
                    + "restore on the same storage; embed: they carry the file, base64 in file",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"reference", "embed"}))
            @QueryParam("media") String media) {
        boolean embed = embedMedia(media);
        StreamingOutput body = out -> exports.write(Boolean.TRUE.equals(revisions), embed, out);
        return Response.ok(body, NDJSON)
                .header("Content-Disposition", "attachment; filename=\"byline-export.ndjson\"")
                .build();
    }

    private static boolean embedMedia(String media) {
        if (media == null || media.equals("reference")) {
            return false;
        }
        if (media.equals("embed")) {
            return true;
        }
        throw ApiException.invalid("media", "must be reference or embed");
    }
}
