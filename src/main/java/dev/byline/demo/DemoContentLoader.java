package dev.byline.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.byline.common.security.AuthenticatedUser;
import dev.byline.common.security.Role;
import dev.byline.auth.UserRepository;
import dev.byline.author.AuthorRequest;
import dev.byline.author.AuthorService;
import dev.byline.common.config.BylineConfig;
import dev.byline.common.persistence.Times;
import dev.byline.content.ContentItemRepository;
import dev.byline.content.ContentService;
import dev.byline.content.ContentType;
import dev.byline.media.MediaText;
import dev.byline.media.MediaUploads;
import dev.byline.media.MediaView;
import dev.byline.taxonomy.SectionRequest;
import dev.byline.taxonomy.SectionService;
import dev.byline.taxonomy.TagRequest;
import dev.byline.taxonomy.TagService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Demo mode ({@code byline.demo.enabled}, on in dev mode): fills an empty database with the
 * sample newsroom (the Taliban-talks article, its author and sections, and the six "Recent
 * posts"), so {@code GET /api/v1/recent} shows the sample page's sidebar on first start. The
 * article's lead image is drawn at start ({@link LeadImage}) and uploaded like any other.
 */
@ApplicationScoped
public class DemoContentLoader {

    private static final Logger LOG = Logger.getLogger(DemoContentLoader.class);

    @Inject
    BylineConfig config;

    @Inject
    ObjectMapper mapper;

    @Inject
    ContentItemRepository content;

    @Inject
    UserRepository users;

    @Inject
    AuthorService authors;

    @Inject
    SectionService sections;

    @Inject
    TagService tags;

    @Inject
    ContentService contentService;

    @Inject
    MediaUploads uploads;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 20) StartupEvent event) {
        if (config.demo().enabled()) {
            QuarkusTransaction.requiringNew().run(this::loadIfEmpty);
        }
    }

    void loadIfEmpty() {
        if (content.count() > 0) {
            return;
        }
        var admin = users.find("role", Role.ADMIN).firstResult();
        if (admin == null) {
            return;
        }
        try {
            load(new AuthenticatedUser(admin.id, admin.name, admin.role, null, null));
        } catch (IOException e) {
            throw new IllegalStateException("The demo content in the application is unreadable", e);
        }
        LOG.info("Demo mode: loaded the sample article and recent posts");
    }

    private void load(AuthenticatedUser admin) throws IOException {
        for (JsonNode author : read("authors.json")) {
            authors.create(mapper.treeToValue(author, AuthorRequest.class));
        }
        for (JsonNode section : read("sections.json")) {
            sections.create(mapper.treeToValue(section, SectionRequest.class));
        }
        ObjectNode article = (ObjectNode) read("seed-article.json");
        for (JsonNode tag : article.withArray("tags")) {
            String slug = tag.asText();
            tags.create(new TagRequest(Character.toUpperCase(slug.charAt(0)) + slug.substring(1), slug, null));
        }
        Instant now = Times.now();
        article.put("publishedAt", now.minus(Duration.ofHours(1)).toString());
        MediaView lead = uploads.upload(LeadImage.jpeg(), "moscow-talks-skyline.jpg",
                new MediaText("A city skyline at dusk over a river", "Dusk over the city that offers to host the talks",
                        "Byline demo"), admin).media();
        article.putObject("featuredImage").put("mediaId", lead.id().toString());
        contentService.create(ContentType.ARTICLE, article, admin);
        String authorSlug = read("authors.json").get(0).get("slug").asText();
        JsonNode posts = read("recent-posts.json");
        for (int i = posts.size() - 1; i >= 0; i--) {
            ObjectNode post = (ObjectNode) posts.get(i);
            post.putArray("authors").add(authorSlug);
            post.put("publishedAt", now.minus(Duration.ofMinutes(14 + i)).toString());
            contentService.create(ContentType.POST, post, admin);
        }
    }

    private JsonNode read(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/demo/" + name)) {
            if (in == null) {
                throw new IOException("missing /demo/" + name);
            }
            return mapper.readTree(in);
        }
    }
}
