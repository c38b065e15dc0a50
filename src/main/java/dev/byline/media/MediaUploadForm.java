package dev.byline.media;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Schema-only type: the multipart/form-data body of an upload, as a generated client sends it. */
@Schema(name = "MediaUpload", requiredProperties = "file")
public record MediaUploadForm(
        @Schema(type = SchemaType.STRING, format = "binary", description = "The image: JPEG, PNG, WebP or GIF, "
                + "told by its bytes. Its file name (from the part's Content-Disposition) names the served file.")
        String file,
        @Schema(maxLength = 300, description = "Alternative text", examples = "Delegates at the Moscow talks") String alt,
        @Schema(maxLength = 500) String caption,
        @Schema(maxLength = 200, description = "Credit line; taken from the image's EXIF Artist or Copyright when "
                + "not sent", examples = "Reuters") String credit) {
}
