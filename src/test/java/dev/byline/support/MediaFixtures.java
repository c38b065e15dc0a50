package dev.byline.support;

import static io.restassured.RestAssured.given;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;

/** Media uploaded through the API, each a picture no earlier upload had (so never deduplicated). */
public final class MediaFixtures {

    private MediaFixtures() {
    }

    /** A small PNG of random colours: different bytes on every call. */
    public static byte[] uniquePng(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)).getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Uploads a new picture as admin with an alt text; returns its id. */
    public static String upload(String fileName, String alt) {
        return given().header("Authorization", "Bearer " + Fixtures.ADMIN_TOKEN).multiPart("file", fileName, uniquePng(24, 16), "image/png")
                .multiPart("alt", alt).post("/api/v1/media").then().statusCode(201).extract().path("id");
    }
}
