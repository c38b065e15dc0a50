package dev.byline.media;

import static io.restassured.RestAssured.given;

import dev.byline.media.image.ImageCodecs;
import dev.byline.media.image.ImageFormat;
import dev.byline.support.Fixtures;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.awt.image.BufferedImage;

/** Uploads and downloads through the HTTP API, as a client does. */
final class MediaApi {

    private MediaApi() {
    }

    static RequestSpecification as(String token) {
        RequestSpecification spec = given();
        return token == null ? spec : spec.header("Authorization", "Bearer " + token);
    }

    static Response upload(String token, byte[] bytes, String fileName, String mimeType) {
        return as(token).multiPart("file", fileName, bytes, mimeType).post("/api/v1/media");
    }

    static Response upload(byte[] bytes, String fileName, String mimeType) {
        return upload(Fixtures.ADMIN_TOKEN, bytes, fileName, mimeType);
    }

    /** Uploads and expects a new item; its id. */
    static String create(byte[] bytes, String fileName, String mimeType) {
        return upload(bytes, fileName, mimeType).then().statusCode(201).extract().path("id");
    }

    /** The file (anonymously, as a browser would) at the media item's url plus {@code query}. */
    static Response file(String url, String query) {
        return given().get(url + query);
    }

    static BufferedImage decode(byte[] bytes) {
        ImageFormat format = ImageFormat.detect(bytes).orElseThrow(() -> new AssertionError("Not an image"));
        return ImageCodecs.decode(bytes, format, true, 1);
    }
}
