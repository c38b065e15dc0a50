package dev.byline.media.image;

/** An image's size in pixels, as its header declares it. */
public record Dimensions(int width, int height) {

    public long pixels() {
        return (long) width * height;
    }

    public Dimensions swapped() {
        return new Dimensions(height, width);
    }
}
