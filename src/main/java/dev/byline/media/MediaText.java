package dev.byline.media;

import jakarta.validation.constraints.Size;

/** The editorial text sent with an upload (the multipart parts alt, caption and credit). */
public record MediaText(@Size(max = 300) String alt, @Size(max = 500) String caption, @Size(max = 200) String credit) {

    public static final MediaText NONE = new MediaText(null, null, null);
}
