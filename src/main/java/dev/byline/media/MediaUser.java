package dev.byline.media;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A content item that shows a media item (named in the 409 to a DELETE of media in use). */
@Schema(name = "MediaUser")
public record MediaUser(@Schema(examples = "article") String type, UUID id, String title) {
}
