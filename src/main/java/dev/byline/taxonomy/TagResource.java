package dev.byline.taxonomy;

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

@Path(Api.BASE + "/tags")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tags", description = "Free-form topics; deleting a tag detaches it",
        extensions = @Extension(name = CatalogueResource.DOCS, parseValue = true, value = """
                {"noun": "tag", "delete": "Delete a tag and detach it from its content"}"""))
public class TagResource extends CatalogueResource<TagView, TagRequest> {

    @Inject
    TagService tags;

    public TagResource() {
        super(new CatalogueKeys<>("tag", "tags"));
    }

    @Override
    protected SluggedCatalogue<?, TagView, TagRequest> catalogue() {
        return tags;
    }
}
