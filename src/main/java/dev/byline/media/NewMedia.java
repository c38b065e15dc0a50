package dev.byline.media;

import dev.byline.media.image.Dimensions;
import dev.byline.media.image.ImageFormat;

/** A checked upload, ready to store: the file as it will be served and what describes it. */
record NewMedia(String uploadSha256, byte[] bytes, ImageFormat format, Dimensions size, String fileName,
        MediaText text) {
}
