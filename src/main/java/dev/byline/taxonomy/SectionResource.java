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

@Path(Api.BASE + "/sections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sections", description = "The site's sections, a tree",
        extensions = @Extension(name = CatalogueResource.DOCS, parseValue = true, value = """
                {"noun": "section", "delete": "Delete an empty section",
                 "deleteConflict": "The section still has content or subsections"}"""))
public class SectionResource extends CatalogueResource<SectionView, SectionRequest> {

    @Inject
    SectionService sections;

    public SectionResource() {
        super(new CatalogueKeys<>("section", "sections"));
    }

    @Override
    protected SluggedCatalogue<?, SectionView, SectionRequest> catalogue() {
        return sections;
    }
}
