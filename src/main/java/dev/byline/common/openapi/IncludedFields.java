package dev.byline.common.openapi;

import static dev.byline.common.openapi.Schemas.components;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * What {@code include=} adds to item views (API.md §12), which the records cannot say: with
 * {@code include=authors} the author references become full authors, {@code include=comments}
 * adds the first page of comments and {@code include=recent} the sidebar. Both additions are
 * optional properties: absent unless asked for. Lists give the full view's body and SEO fields
 * only when {@code fields=} names them.
 */
final class IncludedFields {

    private IncludedFields() {
    }

    static void apply(OpenAPI api) {
        Map<String, Schema> schemas = components(api);
        for (String view : List.of("Content", "ContentSummary")) {
            Schema schema = schemas.get(view);
            if (schema == null || schema.getProperties() == null || !schema.getProperties().containsKey("authors")) {
                continue;
            }
            Schema authors = schema.getProperties().get("authors");
            authors.setItems(OASFactory.createSchema().anyOf(new ArrayList<>(List.of(
                    Schemas.ref("AuthorRef"), Schemas.ref("Author")))));
            authors.setDescription("Author references in byline order; full authors with include=authors");
        }
        Schema summary = schemas.get("ContentSummary");
        Schema full = schemas.get("Content");
        if (summary != null && full != null && summary.getProperties() != null) {
            for (String name : List.of("bodyMarkdown", "bodyHtml", "seo")) {
                Schema field = full.getProperties().get(name);
                if (field != null && !summary.getProperties().containsKey(name)) {
                    summary.addProperty(name, optional(Schemas.copy(field)).description(
                            "Only when asked for with fields=" + name));
                }
            }
        }
        Schema item = schemas.get("Content");
        if (item != null && item.getProperties() != null) {
            item.addProperty("comments", optional(Schemas.ref("CommentPage")
                    .description("With include=comments: the first page of approved comments")));
            item.addProperty("recent", optional(OASFactory.createSchema().addType(SchemaType.ARRAY)
                    .items(Schemas.ref("RecentItem"))
                    .description("With include=recent: the Recent posts sidebar, newest first")));
        }
    }

    private static Schema optional(Schema schema) {
        return schema.addExtension(ExactSchemas.OPTIONAL, "true");
    }
}
