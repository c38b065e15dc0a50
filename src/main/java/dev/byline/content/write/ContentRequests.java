package dev.byline.content.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.byline.common.error.ApiException;
import dev.byline.common.error.FieldError;
import dev.byline.common.error.JsonProblems;
import dev.byline.common.web.MergePatcher;
import dev.byline.content.ContentInput;
import dev.byline.content.ContentItem;
import dev.byline.content.ContentRequest;
import dev.byline.content.ContentShape;
import dev.byline.content.ContentType;
import dev.byline.content.Seo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * Reads content bodies through the type's own request and patch records (which fields a type
 * has is theirs to say), the one-body rule, and JSON Merge Patch over the current state.
 */
@ApplicationScoped
public class ContentRequests {

    @Inject
    ObjectMapper mapper;

    @Inject
    MergePatcher patcher;

    @Inject
    Instance<ContentShape> shapes;

    /** A create body of the type, read as the type's own request record (see {@link ContentShape}). */
    public ContentRequest forCreate(ContentType type, JsonNode body) {
        return forCreate(body, shape(type).request());
    }

    /** A create body read as the given request record, validated, as one command. */
    private ContentRequest forCreate(JsonNode body, Class<? extends ContentInput> shape) {
        ContentInput input = read(requireObject(body), shape);
        patcher.validate(input);
        ContentRequest request = input.toCommand();
        requireOneBody(request.bodyMarkdown(), request.bodyHtml(), true);
        return request;
    }

    /**
     * Checks a merge patch against the type's own patch model: a field the type does not have
     * (a dateline on a post), or a value of the wrong kind, is a 400 naming the field.
     */
    private void checkPatch(JsonNode body, Class<?> shape) {
        read(requireObject(body), shape);
    }

    /** {@link #checkPatch(JsonNode, Class)} against the type's own patch model. */
    public void checkPatch(ContentType type, JsonNode body) {
        checkPatch(body, shape(type).patch());
    }

    /** The item's state after the merge patch, validated as the type's own create request. */
    public ContentRequest forPatch(ContentItem item, JsonNode body) {
        ObjectNode patch = requireObject(body);
        boolean markdownGiven = patch.hasNonNull("bodyMarkdown");
        boolean htmlGiven = patch.hasNonNull("bodyHtml");
        requireOneBody(markdownGiven ? "" : null, htmlGiven ? "" : null, false);
        ContentRequest current = current(item, markdownGiven, htmlGiven);
        ContentRequest merged = patcher.merged(current, patch, ContentRequest.class);
        patcher.validate(asRequest(item.type, merged));
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

    /**
     * The merged state read as the type's own request record (only the fields that record has),
     * so that its constraints judge a patched item exactly as they judge a create.
     */
    private ContentInput asRequest(ContentType type, ContentRequest merged) {
        Class<? extends ContentInput> request = shape(type).request();
        ObjectNode state = mapper.valueToTree(merged);
        state.retain(Arrays.stream(request.getRecordComponents()).map(RecordComponent::getName).toList());
        return read(state, request);
    }

    private ContentShape shape(ContentType type) {
        return shapes.stream().filter(shape -> shape.type() == type).findFirst()
                .orElseThrow(() -> new IllegalStateException("No records declared for " + type.displayName()));
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

    private <T> T read(ObjectNode body, Class<T> shape) {
        try {
            return mapper.treeToValue(body, shape);
        } catch (JsonProcessingException e) {
            throw JsonProblems.toApiException(e);
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
