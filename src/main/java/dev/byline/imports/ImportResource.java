package dev.byline.imports;

import dev.byline.common.error.ApiException;
import dev.byline.common.security.CurrentUser;
import dev.byline.common.security.Roles;
import dev.byline.common.web.Api;
import dev.byline.common.web.PageMeta;
import dev.byline.common.web.PageParams;
import dev.byline.common.web.PageView;
import dev.byline.content.ContentType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path(Api.BASE + "/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Moving in and out: WordPress (WXR) imports and Byline exports, run as jobs any instance may take")
public class ImportResource {

    static final String RSS_XML = "application/rss+xml";
    static final String NDJSON = "application/x-ndjson";

    @Inject
    ImportService imports;

    @Inject
    CurrentUser currentUser;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes({MediaType.APPLICATION_XML, RSS_XML, MediaType.TEXT_XML})
    @Operation(operationId = "createImport", summary = "Import a WordPress export (WXR) as a job",
            description = "The file is stored as it arrives (up to byline.imports.max-bytes) and imported in the "
                    + "background; poll the job at Location. Importing the same site again updates what an earlier "
                    + "import made instead of duplicating it.")
    @RequestBody(content = {@Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(type =
            org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "413", description = "Larger than byline.imports.max-bytes")
    public Response create(@BeanParam ImportParams params, InputStream body, @Context UriInfo uri) {
        return accepted(imports.accept("wordpress", params.options(), body, currentUser.require()), uri);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "createImportFromForm", summary = "Import a WordPress export sent as the form part file",
            description = "As the XML upload, for clients that send files as forms.")
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "413", description = "Larger than byline.imports.max-bytes")
    public Response createFromForm(@BeanParam ImportParams params,
            @RestForm("file") @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    format = "binary") FileUpload file,
            @Context UriInfo uri) {
        if (file == null) {
            throw ApiException.invalid("file", "send the WXR file as the form part named file");
        }
        ImportOptions options = params.options();
        try (InputStream in = java.nio.file.Files.newInputStream(file.uploadedFile())) {
            return accepted(imports.accept("wordpress", options, in, currentUser.require()), uri);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Consumes(NDJSON)
    @Operation(operationId = "restoreExport", summary = "Restore a Byline export (GET /export) as a job",
            description = "Into an empty database only: every record keeps its id, slug, old slugs, version and "
                    + "dates. The job fails without writing anything when the database already has content.")
    @RequestBody(content = {@Content(mediaType = NDJSON, schema = @Schema(type =
            org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "413", description = "Larger than byline.imports.max-bytes")
    public Response restore(InputStream body, @Context UriInfo uri) {
        ImportOptions options = new ImportOptions(ContentType.ARTICLE, false);
        return accepted(imports.accept("byline", options, body, currentUser.require()), uri);
    }

    /** Any other media type: refused after the role check, so callers learn nothing before it. */
    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(hidden = true)
    public Response unsupported(@jakarta.ws.rs.HeaderParam("Content-Type") String contentType) {
        throw new ApiException(dev.byline.common.error.ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "Send a WordPress export as application/xml, application/rss+xml or the form part file "
                        + "(multipart/form-data), or a Byline export as application/x-ndjson");
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listImports", summary = "Import jobs, newest first")
    @APIResponse(responseCode = "200", description = "A page of jobs",
            content = @Content(schema = @Schema(implementation = ImportJobPage.class)))
    public PageView<ImportJobView> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return imports.list(PageParams.of(page, size));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "getImport", summary = "An import job and its progress")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(schema = @Schema(implementation = ImportJobView.class)))
    public ImportJobView get(@PathParam("id") UUID id) {
        return imports.get(id);
    }

    private static Response accepted(ImportJobView job, UriInfo uri) {
        return Response.accepted(job)
                .location(uri.getBaseUriBuilder().path(Api.BASE).path("imports").path(job.id().toString()).build())
                .build();
    }

    /** Schema-only type: a page of import jobs. */
    @Schema(name = "ImportJobPage")
    public record ImportJobPage(List<ImportJobView> data, PageMeta meta) {
    }
}
