package dev.byline.common.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.byline.common.error.ApiException;
import dev.byline.common.error.JsonProblems;
import dev.byline.common.error.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * JSON Merge Patch (RFC 7396) over a request record: the current state is written as the
 * record's JSON, the patch merged in ({@code null} clears, an absent key keeps), and the
 * result read back and validated exactly like a create request. Unknown keys fail as in
 * any other body.
 */
@ApplicationScoped
public class MergePatcher {

    @Inject
    ObjectMapper mapper;

    @Inject
    Validator validator;

    public <T> T apply(T current, JsonNode patch, Class<T> type) {
        T merged = merged(current, patch, type);
        validate(merged);
        return merged;
    }

    /** The merge alone, for a caller that validates the result in another shape. */
    public <T> T merged(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw ApiException.badRequest("A merge patch must be a JSON object");
        }
        ObjectNode target = mapper.valueToTree(current);
        merge(target, (ObjectNode) patch);
        T merged;
        try {
            merged = mapper.treeToValue(target, type);
        } catch (JsonProcessingException e) {
            throw JsonProblems.toApiException(e);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("The patch cannot be applied: " + e.getMessage());
        }
        return merged;
    }

    public <T> void validate(T value) {
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw Violations.toApiException(violations.stream().toList());
        }
    }

    static void merge(ObjectNode target, ObjectNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                target.remove(field.getKey());
            } else if (value.isObject() && target.get(field.getKey()) instanceof ObjectNode nested) {
                merge(nested, (ObjectNode) value);
            } else {
                target.set(field.getKey(), value);
            }
        }
    }
}
