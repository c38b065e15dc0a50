package dev.byline.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.byline.common.error.ApiException;
import dev.byline.common.error.FieldError;
import dev.byline.common.error.JsonProblems;
import dev.byline.common.error.ProblemType;
import dev.byline.common.web.MergePatcher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Reads content bodies: the type-specific field rules (posts have no standfirst or dateline),
 * the one-body rule, and JSON Merge Patch over the current state.
 */
@ApplicationScoped
public class ContentRequests {

    private static final List<String> ARTICLE_ONLY = List.of("standfirst", "dateline");

    @Inject
    ObjectMapper mapper;

    @Inject
    MergePatcher patcher;

    public ContentRequest forCreate(ContentType type, JsonNode body) {
        ObjectNode object = requireObject(body);
        rejectForeignFields(type, object);
        ContentRequest request;
        try {
            request = mapper.treeToValue(object, ContentRequest.class);
        } catch (JsonProcessingException e) {
            throw JsonProblems.toApiException(e);
        }
        patcher.validate(request);
        requireOneBody(request.bodyMarkdown(), request.bodyHtml(), true);
        return request;
    }

    /** The item's state after the merge patch, validated like a create request. */
    public ContentRequest forPatch(ContentItem item, JsonNode body) {
        ObjectNode patch = requireObject(body);
        rejectForeignFields(item.type, patch);
        boolean markdownGiven = patch.hasNonNull("bodyMarkdown");
        boolean htmlGiven = patch.hasNonNull("bodyHtml");
        requireOneBody(markdownGiven ? "" : null, htmlGiven ? "" : null, false);
        ContentRequest current = current(item, markdownGiven, htmlGiven);
        ContentRequest merged = patcher.apply(current, patch, ContentRequest.class);
        requireOneBody(merged.bodyMarkdown(), merged.bodyHtml(), true);
        return merged;
    }

    private static ContentRequest current(ContentItem item, boolean markdownGiven, boolean htmlGiven) {
        String markdown = htmlGiven ? null : item.bodyMarkdown;
        String html = markdownGiven || item.bodyMarkdown != null ? null : item.bodyHtml;
        return new ContentRequest(item.title, item.slug, item.standfirst, item.dateline, markdown, html,
                item.excerptGiven ? item.excerpt : null, item.status, item.publishedAt, item.publishAt,
                item.authors.stream().map(a -> a.id.toString()).toList(),
                item.section == null ? null : item.section.id.toString(),
                item.tags.stream().map(t -> t.id.toString()).sorted().toList(), item.featuredImage,
                new Seo(item.seoTitle, item.seoDescription, item.seoCanonicalUrl), item.commentsOpen, null);
    }

    private static ObjectNode requireObject(JsonNode body) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            throw ApiException.invalid("body", "must not be empty");
        }
        if (!body.isObject()) {
            throw ApiException.badRequest("The body must be a JSON object");
        }
        return (ObjectNode) body;
    }

    private static void rejectForeignFields(ContentType type, ObjectNode body) {
        if (type.isArticle()) {
            return;
        }
        for (String field : ARTICLE_ONLY) {
            if (body.has(field)) {
                throw new ApiException(ProblemType.VALIDATION, "Unknown field '" + field + "': posts have no " + field,
                        List.of(new FieldError(field, "unknown field")));
            }
        }
    }

    private static void requireOneBody(String markdown, String html, boolean atLeastOne) {
        if (markdown != null && html != null) {
            throw ApiException.invalid(List.of(
                    new FieldError("bodyHtml", "give either bodyMarkdown or bodyHtml, not both"),
                    new FieldError("bodyMarkdown", "give either bodyMarkdown or bodyHtml, not both")));
        }
        if (atLeastOne && markdown == null && html == null) {
            throw ApiException.invalid("bodyMarkdown", "give bodyMarkdown or bodyHtml");
        }
    }
}
