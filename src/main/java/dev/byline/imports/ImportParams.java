package dev.byline.imports;

import dev.byline.common.error.ApiException;
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
        if (as != null && !as.equals("article") && !as.equals("post")) {
            throw ApiException.invalid("as", "must be article or post");
        }
        return new ImportOptions(as == null ? "article" : as, Boolean.TRUE.equals(notify));
    }
}
