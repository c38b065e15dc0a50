package dev.byline.author;

import dev.byline.common.persistence.SluggedCatalogue;
import dev.byline.common.web.Api;
import dev.byline.common.web.CatalogueKeys;
import dev.byline.common.web.CatalogueResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path(Api.BASE + "/authors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authors", description = "Public bylines, managed by editors",
        extensions = @Extension(name = CatalogueResource.DOCS, parseValue = true, value = """
                {"noun": "author", "getBySlug": "Get an author by slug", "delete": "Delete an author without bylines",
                 "deleteConflict": "The author still has bylines"}"""))
public class AuthorResource extends CatalogueResource<AuthorView, AuthorRequest> {

    @Inject
    AuthorService authors;

    public AuthorResource() {
        super(new CatalogueKeys<>("author", "authors"));
    }

    @Override
    protected SluggedCatalogue<?, AuthorView, AuthorRequest> catalogue() {
        return authors;
    }
}
