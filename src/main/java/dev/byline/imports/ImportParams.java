package dev.byline.imports;

import dev.byline.common.error.ApiException;
import dev.byline.content.ContentType;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of a WordPress import, however the file is sent. */
public class ImportParams {

    @Parameter(description = "What WordPress posts become: article (default) or post")
    @QueryParam("as")
    String as;

    @Parameter(description = "Fire webhooks for imported items (default false)")
    @QueryParam("notify")
    Boolean notify;

    /** The options they ask for; an unknown {@code as} is a 400. */
    ImportOptions options() {
        ContentType type;
        try {
            type = as == null ? ContentType.ARTICLE : ContentType.of(as);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("as", "must be article or post");
        }
        return new ImportOptions(type, Boolean.TRUE.equals(notify));
    }
}
