package dev.byline.imports.wordpress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a WordPress eXtended RSS (WXR 1.x) file holds, as read; raw strings, nothing interpreted yet. */
public final class WxrModel {

    private WxrModel() {
    }

    public record Author(String id, String login, String email, String displayName, String firstName,
            String lastName) {
    }

    /** A category ({@code taxonomy} "category"), a tag ("post_tag"), or another term. */
    public record Term(String taxonomy, String slug, String name, String parentSlug, String description) {
    }

    /** A post's category or tag reference: {@code <category domain="post_tag" nicename="x">Name</category>}. */
    public record TermRef(String domain, String slug, String name) {
    }

    public record Comment(String id, String author, String authorEmail, String authorUrl, String dateGmt,
            String content, String approved, String type, String parentId) {
    }

    public static final class Item {
        public String title = "";
        public String link = "";
        public String guid = "";
        public String creator = "";
        public String content = "";
        public String excerpt = "";
        public String postId = "";
        public String postDateGmt = "";
        public String postName = "";
        public String status = "";
        public String postType = "";
        public final List<TermRef> terms = new ArrayList<>();
        public final List<Map.Entry<String, String>> meta = new ArrayList<>();
        public final List<Comment> comments = new ArrayList<>();
    }
}
