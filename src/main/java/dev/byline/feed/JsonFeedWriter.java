package dev.byline.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1). Optional members are left out when empty. */
public final class JsonFeedWriter {

    public static final String MEDIA_TYPE = "application/feed+json";
    static final String VERSION = "https://jsonfeed.org/version/1.1";

    private JsonFeedWriter() {
    }

    public static byte[] write(Feed feed, ObjectMapper mapper) {
        List<Item> items = feed.items().stream().map(e -> new Item(e.guid(), e.url(), e.title(), e.contentHtml(),
                e.excerpt(), e.publishedAt().toString(), e.updatedAt().toString(),
                e.authors().isEmpty() ? null : e.authors().stream().map(Author::new).toList(),
                e.tags().isEmpty() ? null : e.tags())).toList();
        try {
            return mapper.writeValueAsBytes(new Document(VERSION, feed.title(), feed.homePageUrl(), feed.feedUrl(),
                    feed.description(), feed.language(), items));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the JSON feed", e);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Document(String version, String title, @JsonProperty("home_page_url") String homePageUrl,
            @JsonProperty("feed_url") String feedUrl, String description, String language, List<Item> items) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(String id, String url, String title, @JsonProperty("content_html") String contentHtml,
            String summary, @JsonProperty("date_published") String datePublished,
            @JsonProperty("date_modified") String dateModified, List<Author> authors, List<String> tags) {
    }

    record Author(String name) {
    }
}
