package dev.byline.common.openapi;

import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * What a shared resource's inherited operations leave for the filter to finish: a mark on each
 * operation (an extension whose value says which one it is) and, on each subclass's {@code @Tag},
 * a JSON object of what differs per subclass. Hands each marked operation to the filter step
 * with its tag's object, and takes marks and objects out of the document.
 */
final class TagMarks {

    /** One marked operation: its mark's value, and its first tag's object (null when it has none). */
    @FunctionalInterface
    interface Step {
        void finish(Operation op, String mark, Map<?, ?> tagValue);
    }

    private TagMarks() {
    }

    static void apply(OpenAPI api, String tagExtension, String operationMark, Step step) {
        Map<String, Map<?, ?>> byTag = new HashMap<>();
        if (api.getTags() != null) {
            for (Tag tag : api.getTags()) {
                if (tag.getExtensions() != null && tag.getExtensions().get(tagExtension) instanceof Map<?, ?> value) {
                    byTag.put(tag.getName(), value);
                    tag.removeExtension(tagExtension);
                }
            }
        }
        api.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            Object mark = op.getExtensions() == null ? null : op.getExtensions().get(operationMark);
            if (mark != null) {
                unmark(op, operationMark);
                step.finish(op, String.valueOf(mark), op.getTags() == null ? null : byTag.get(op.getTags().get(0)));
            }
        }));
    }

    /** The scan copies a method's extension to its body and responses too: it leaves them all. */
    private static void unmark(Operation op, String mark) {
        op.removeExtension(mark);
        if (op.getRequestBody() != null) {
            op.getRequestBody().removeExtension(mark);
        }
        op.getResponses().removeExtension(mark);
        op.getResponses().getAPIResponses().values().forEach(r -> r.removeExtension(mark));
    }
}
