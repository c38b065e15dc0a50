package dev.byline.imports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.byline.common.security.AuthenticatedUser;
import dev.byline.comment.Comment;
import dev.byline.comment.CommentStatus;
import dev.byline.common.error.ApiException;
import dev.byline.common.error.FieldError;
import dev.byline.common.persistence.Slugs;
import dev.byline.common.persistence.Times;
import dev.byline.content.ContentLimits;
import dev.byline.content.ContentType;
import dev.byline.imports.ImportJobRepository.ClaimedJob;
import dev.byline.imports.ImportJobRepository.Outcome;
import dev.byline.imports.wordpress.WordPressBody;
import dev.byline.imports.wordpress.WordPressMapping;
import dev.byline.imports.wordpress.WxrModel;
import dev.byline.imports.wordpress.WxrReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import org.jboss.logging.Logger;

/**
 * A WordPress export, record by record (README: "WordPress import"). Authors and terms come
 * first in a WXR file; they are gathered (they are few) and written before the first item,
 * categories parents first. Every record is one unit of work (an item together with its comments);
 * a resumed job skips the records an earlier run committed.
 */
@ApplicationScoped
public class WordPressImport {

    private static final Logger LOG = Logger.getLogger(WordPressImport.class);

    @Inject
    ImportUnits units;

    @Inject
    ImportWriter writer;

    @Inject
    ImportRefRepository refs;

    public void run(ClaimedJob job, Supplier<InputStream> file) throws XMLStreamException {
        if (job.total() == null) {
            int[] total = {0};
            try (InputStream in = file.get()) {
                WxrReader.read(in, new WxrReader.Handler() {
                    @Override
                    public void author(WxrModel.Author author) {
                        total[0]++;
                    }

                    @Override
                    public void term(WxrModel.Term term) {
                        total[0]++;
                    }

                    @Override
                    public void item(WxrModel.Item item) {
                        total[0] += 1 + item.comments.size();
                    }
                });
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            units.total(job, total[0]);
        }
        Run run = new Run(job);
        try (InputStream in = file.get()) {
            WxrReader.read(in, run);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        run.channelDone();
    }

    /** One pass over the file. */
    private final class Run implements WxrReader.Handler {
        private final ClaimedJob job;
        private final ContentType type;
        private String site = "";
        private final List<WxrModel.Author> authors = new ArrayList<>();
        private final List<WxrModel.Term> terms = new ArrayList<>();
        private boolean channelWritten;
        /** Records handled so far in this pass, committed or skipped as done by an earlier run. */
        private int position;
        private AuthenticatedUser caller;
        private final Map<String, UUID> ids = new HashMap<>();

        Run(ClaimedJob job) {
            this.job = job;
            this.type = job.options().as();
        }

        @Override
        public void site(String baseUrl) {
            site = baseUrl == null ? "" : baseUrl.strip();
        }

        @Override
        public void author(WxrModel.Author author) {
            authors.add(author);
        }

        @Override
        public void term(WxrModel.Term term) {
            terms.add(term);
        }

        @Override
        public void item(WxrModel.Item item) {
            channelDone();
            String ref = "post " + item.postId;
            unit(ref, 1 + item.comments.size(), () -> writeItem(item));
        }

        void channelDone() {
            if (channelWritten) {
                return;
            }
            channelWritten = true;
            for (WxrModel.Author author : authors) {
                unit("author " + author.login(), 1, () -> writeAuthor(author));
            }
            Set<String> seen = new HashSet<>();
            List<WxrModel.Term> categories = new ArrayList<>();
            List<WxrModel.Term> others = new ArrayList<>();
            for (WxrModel.Term term : terms) {
                boolean first = seen.add(term.taxonomy() + "/" + term.slug());
                if (first && "category".equals(term.taxonomy())) {
                    categories.add(term);
                } else {
                    others.add(term);
                }
            }
            for (WxrModel.Term category : parentsFirst(categories)) {
                unit("category " + category.slug(), 1, () -> writeCategory(category));
            }
            Set<String> tagsSeen = new HashSet<>();
            for (WxrModel.Term term : others) {
                boolean tag = "post_tag".equals(term.taxonomy()) && tagsSeen.add(term.slug());
                unit((tag ? "tag " : "term ") + term.slug(), 1, () -> tag ? writeTag(term) : Outcome.ofSkipped());
            }
        }

        private void unit(String ref, int records, Supplier<Outcome> work) {
            int start = position;
            position += records;
            if (start < job.processed()) {
                return; // committed by an earlier run of this job
            }
            try {
                units.apply(job, work);
            } catch (ImportUnits.ClaimLost e) {
                throw e;
            } catch (RuntimeException e) {
                if (dev.byline.common.error.DatabaseFailures.isUnavailable(e)) {
                    throw e;
                }
                String message = message(e);
                if (!(e instanceof ApiException)) {
                    LOG.debugf(e, "Import %s: %s failed", job.id(), ref);
                }
                units.failed(job, records, ref, message);
            }
        }

        private AuthenticatedUser caller() {
            if (caller == null) {
                caller = writer.actingAs(job.createdBy());
            }
            return caller;
        }

        private Optional<UUID> known(String kind, String ref) {
            UUID cached = ids.get(kind + "/" + ref);
            if (cached != null) {
                return Optional.of(cached);
            }
            Optional<UUID> stored = refs.find(site, kind, ref);
            stored.ifPresent(id -> ids.put(kind + "/" + ref, id));
            return stored;
        }

        private Outcome remember(String kind, String ref, ImportWriter.Written written) {
            refs.save(site, kind, ref, written.id());
            ids.put(kind + "/" + ref, written.id());
            return written.created() ? Outcome.ofCreated() : Outcome.ofUpdated();
        }

        private Outcome writeAuthor(WxrModel.Author author) {
            String name = firstNonBlank(author.displayName(), (author.firstName() + " " + author.lastName()).strip(),
                    author.login());
            String slug = WordPressMapping.slug(author.login()).orElse(Slugs.fromTitle(name));
            ImportWriter.Written written = writer.author(known("author", author.login()).orElse(null),
                    WordPressMapping.cut(name, 200), slug);
            return remember("author", author.login(), written);
        }

        private Outcome writeCategory(WxrModel.Term term) {
            UUID parent = term.parentSlug().isBlank() ? null : known("section", term.parentSlug()).orElse(null);
            String slug = WordPressMapping.slug(term.slug()).orElse(Slugs.fromTitle(term.name()));
            ImportWriter.Written written = writer.section(known("section", term.slug()).orElse(null),
                    WordPressMapping.cut(firstNonBlank(term.name(), term.slug()), 200), slug,
                    blankToNull(term.description()), parent);
            return remember("section", term.slug(), written);
        }

        private Outcome writeTag(WxrModel.Term term) {
            String slug = WordPressMapping.slug(term.slug()).orElse(Slugs.fromTitle(term.name()));
            ImportWriter.Written written = writer.tag(known("tag", term.slug()).orElse(null),
                    WordPressMapping.cut(firstNonBlank(term.name(), term.slug()), 200), slug,
                    blankToNull(term.description()));
            return remember("tag", term.slug(), written);
        }

        private Outcome writeItem(WxrModel.Item item) {
            int comments = item.comments.size();
            if (!"post".equals(item.postType) || "trash".equals(item.status) || "auto-draft".equals(item.status)) {
                return new Outcome(1 + comments, 0, 0, 1 + comments);
            }
            ObjectNode body = body(item);
            Outcome outcome = remember("item", item.postId, writer.item(known("item", item.postId).orElse(null), type,
                    body, caller()));
            UUID itemId = ids.get("item/" + item.postId);
            for (Map.Entry<String, String> meta : item.meta) {
                if ("_wp_old_slug".equals(meta.getKey())) {
                    WordPressMapping.slug(meta.getValue()).ifPresent(old -> writer.oldSlug(type, old, itemId));
                }
            }
            WordPressMapping.permalinkPath(item.link).ifPresent(path -> writer.oldPath(path, itemId));
            return outcome.plus(comments(item, itemId));
        }

        private ObjectNode body(WxrModel.Item item) {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            String title = WordPressMapping.cut(item.title.strip(), ContentLimits.TITLE);
            body.put("title", title.isEmpty() ? "(no title)" : title);
            WordPressMapping.slug(item.postName).filter(Slugs::isValid).ifPresent(slug -> body.put("slug", slug));
            body.put("bodyHtml", WordPressBody.toHtml(item.content));
            String excerpt = WordPressMapping.cut(item.excerpt.strip(), ContentLimits.EXCERPT);
            body.put("excerpt", excerpt.isEmpty() ? null : excerpt);
            Optional<Instant> date = WordPressMapping.gmt(item.postDateGmt);
            switch (item.status) {
                case "publish" -> {
                    body.put("status", "published");
                    date.ifPresent(at -> body.put("publishedAt", at.toString()));
                }
                case "future" -> {
                    if (date.isPresent() && date.get().isAfter(Times.now())) {
                        body.put("status", "scheduled");
                        body.put("publishAt", date.get().toString());
                    } else {
                        body.put("status", "published");
                        date.ifPresent(at -> body.put("publishedAt", at.toString()));
                    }
                }
                default -> body.put("status", "draft");
            }
            UUID author = known("author", item.creator).orElseThrow(() -> ApiException.invalid("authors",
                    "the author '" + item.creator + "' is not among the export's authors"));
            ArrayNode authorList = body.putArray("authors");
            authorList.add(author.toString());
            List<String> categories = item.terms.stream().filter(t -> "category".equals(t.domain()))
                    .map(WxrModel.TermRef::slug).toList();
            body.put("section", categories.stream().map(slug -> known("section", slug)).flatMap(Optional::stream)
                    .findFirst().map(UUID::toString).orElse(null));
            ArrayNode tags = body.putArray("tags");
            item.terms.stream().filter(t -> "post_tag".equals(t.domain())).map(WxrModel.TermRef::slug).distinct()
                    .map(slug -> known("tag", slug)).flatMap(Optional::stream)
                    .forEach(id -> tags.add(id.toString()));
            return body;
        }

        /** Parents before replies; replies deeper than Byline allows hang from the deepest allowed ancestor. */
        private Outcome comments(WxrModel.Item item, UUID itemId) {
            Outcome outcome = new Outcome(0, 0, 0, 0);
            Map<String, WxrModel.Comment> byId = new LinkedHashMap<>();
            item.comments.forEach(c -> byId.put(c.id(), c));
            Map<String, Comment> written = new HashMap<>();
            Set<String> done = new HashSet<>();
            boolean progress = true;
            while (done.size() < byId.size() && progress) {
                progress = false;
                for (WxrModel.Comment comment : byId.values()) {
                    if (done.contains(comment.id())) {
                        continue;
                    }
                    String parentId = comment.parentId() == null || comment.parentId().isBlank()
                            || "0".equals(comment.parentId()) ? null : comment.parentId();
                    if (parentId != null && byId.containsKey(parentId) && !done.contains(parentId)) {
                        continue; // after its parent
                    }
                    done.add(comment.id());
                    progress = true;
                    Optional<CommentStatus> status = WordPressMapping.commentStatus(comment.approved());
                    boolean ping = "pingback".equals(comment.type()) || "trackback".equals(comment.type());
                    if (status.isEmpty() || ping) {
                        outcome = outcome.plus(Outcome.ofSkipped());
                        continue;
                    }
                    Comment parent = parentId == null ? null : written.get(parentId);
                    while (parent != null && parent.depth >= Comment.MAX_DEPTH) {
                        Comment up = writer.findComment(parent.parentId).orElse(null);
                        parent = up;
                    }
                    ImportWriter.Written result = writer.comment(known("comment", comment.id()).orElse(null), itemId,
                            parent, WordPressMapping.cut(firstNonBlank(comment.author(), "Anonymous"), 100),
                            WordPressMapping.cut(comment.authorEmail().strip(), 320),
                            comment.content(), status.get(),
                            WordPressMapping.gmt(comment.dateGmt()).orElse(Times.now()));
                    written.put(comment.id(), writer.findComment(result.id()).orElseThrow());
                    outcome = outcome.plus(remember("comment", comment.id(), result));
                }
            }
            if (!byId.isEmpty()) {
                writer.recount(itemId);
            }
            return outcome;
        }
    }

    static List<WxrModel.Term> parentsFirst(List<WxrModel.Term> categories) {
        Map<String, WxrModel.Term> bySlug = categories.stream()
                .collect(Collectors.toMap(WxrModel.Term::slug, t -> t, (a, b) -> a, LinkedHashMap::new));
        List<WxrModel.Term> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (WxrModel.Term term : categories) {
            place(term, bySlug, placed, ordered, new HashSet<>());
        }
        return ordered;
    }

    private static void place(WxrModel.Term term, Map<String, WxrModel.Term> bySlug, Set<String> placed,
            List<WxrModel.Term> ordered, Set<String> path) {
        if (placed.contains(term.slug()) || !path.add(term.slug())) {
            return;
        }
        WxrModel.Term parent = bySlug.get(term.parentSlug());
        if (parent != null) {
            place(parent, bySlug, placed, ordered, path);
        }
        placed.add(term.slug());
        ordered.add(term);
    }

    private static String message(RuntimeException e) {
        if (e instanceof ApiException api) {
            List<FieldError> errors = api.errors();
            if (errors != null && !errors.isEmpty()) {
                return api.getMessage() + ": " + errors.stream().map(f -> f.field() + " " + f.message())
                        .collect(Collectors.joining("; "));
            }
            return api.getMessage();
        }
        if (e instanceof jakarta.validation.ConstraintViolationException violations) {
            return violations.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage()).collect(Collectors.joining("; "));
        }
        return "could not be imported (" + e.getClass().getSimpleName() + ")";
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return "";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
