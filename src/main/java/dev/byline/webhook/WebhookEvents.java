package dev.byline.webhook;

import java.util.List;

/** The event names a webhook may subscribe to (API.md §8), in the order the API lists them. */
public final class WebhookEvents {

    public static final List<String> NAMES = List.of(
            "article.published", "article.updated", "article.unpublished", "article.deleted",
            "post.published", "post.updated", "post.unpublished", "post.deleted",
            "comment.created", "comment.approved", "media.created", "media.deleted");

    private WebhookEvents() {
    }

    public static boolean isKnown(String name) {
        return NAMES.contains(name);
    }
}
