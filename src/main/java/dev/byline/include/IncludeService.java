package dev.byline.include;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.byline.common.security.AuthenticatedUser;
import dev.byline.author.AuthorService;
import dev.byline.author.AuthorView;
import dev.byline.comment.CommentService;
import dev.byline.comment.CommentView;
import dev.byline.common.web.PageParams;
import dev.byline.common.web.PageView;
import dev.byline.common.web.SurrogateKeys;
import dev.byline.content.ContentCacheKeys;
import dev.byline.content.list.ContentListService;
import dev.byline.content.ContentView;
import dev.byline.content.ItemIncludes;
import dev.byline.content.web.RecentItemView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Answers content's {@link ItemIncludes} with the data of the features that own it: authors
 * (the authors and their counts, two statements for any number), the first page of approved
 * comments (the item's visibility, the count and the page) and the Recent posts sidebar (one).
 */
@ApplicationScoped
public class IncludeService implements ItemIncludes {

    /** As many entries as the sample page's sidebar shows. */
    static final int RECENT = 6;

    @Inject
    AuthorService authors;

    @Inject
    CommentService comments;

    @Inject
    ContentListService lists;

    @Inject
    ObjectMapper mapper;

    @Override
    public void addTo(ObjectNode item, ContentView view, Set<Include> includes, Optional<AuthenticatedUser> caller,
            SurrogateKeys keys) {
        if (includes.contains(Include.AUTHORS)) {
            addAuthorsTo(List.of(item), keys);
        }
        if (includes.contains(Include.COMMENTS)) {
            PageView<CommentView> first = comments.list(view.type(), view.id(), PageParams.of(1, null), caller);
            item.set("comments", mapper.valueToTree(first));
            keys.add("comments:" + view.id());
        }
        if (includes.contains(Include.RECENT)) {
            List<RecentItemView> recent = lists.recent(RECENT).view();
            item.set("recent", mapper.valueToTree(recent));
            keys.add(ContentCacheKeys.RECENT);
        }
    }

    @Override
    public void addAuthorsTo(List<ObjectNode> items, SurrogateKeys keys) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (ObjectNode item : items) {
            item.withArray("authors").forEach(ref -> ids.add(UUID.fromString(ref.get("id").asText())));
        }
        Map<UUID, AuthorView> found = authors.byIds(ids).stream()
                .collect(Collectors.toMap(AuthorView::id, Function.identity()));
        for (ObjectNode item : items) {
            ArrayNode full = mapper.createArrayNode();
            for (JsonNode ref : item.withArray("authors")) {
                AuthorView author = found.get(UUID.fromString(ref.get("id").asText()));
                if (author != null) {
                    full.add(mapper.<JsonNode>valueToTree(author));
                    keys.add("author", author.slug());
                }
            }
            item.set("authors", full);
        }
    }
}
