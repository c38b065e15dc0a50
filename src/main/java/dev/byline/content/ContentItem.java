package dev.byline.content;

import dev.byline.author.Author;
import dev.byline.common.persistence.Ids;
import dev.byline.content.index.SearchConfigListener;
import dev.byline.taxonomy.Section;
import dev.byline.taxonomy.Tag;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An article or a post: one model, one table, one set of rules. Updates write only the columns
 * that changed: an edit of the standfirst does not send, compress and store again the body's
 * kilobytes (PostgreSQL keeps the stored value of a column an update leaves out).
 */
@Entity
@DynamicUpdate
@Table(name = "content_items")
@EntityListeners(SearchConfigListener.class)
public class ContentItem {
    @Id
    public UUID id = Ids.newId();

    @Column(nullable = false, updatable = false)
    public ContentType type;

    @Column(nullable = false)
    public String slug;

    @Column(nullable = false)
    public String title;

    public String standfirst;

    public String dateline;

    @Column(name = "body_markdown")
    public String bodyMarkdown;

    @Column(name = "body_html", nullable = false)
    public String bodyHtml;

    /** Plain text of the body, for excerpts, counts and search. */
    @Column(name = "body_text", nullable = false)
    public String bodyText;

    @Column(nullable = false)
    public String excerpt;

    /**
     * The text search configuration this row is indexed with ({@code byline.search.config}, set
     * on every write by {@link SearchConfigListener}); a database trigger derives the unmapped
     * {@code search_vector} from it (see V5__search.sql).
     */
    @Column(name = "search_config", nullable = false)
    @ColumnTransformer(write = "cast(? as regconfig)")
    public String searchConfig;

    /** True when the editor wrote the excerpt; false when it is derived from the body. */
    @Column(name = "excerpt_given", nullable = false)
    public boolean excerptGiven;

    @Column(nullable = false)
    public ContentStatus status;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "publish_at")
    public Instant publishAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "section_id")
    public Section section;

    @ManyToMany
    @JoinTable(name = "content_authors",
            joinColumns = @JoinColumn(name = "content_id"),
            inverseJoinColumns = @JoinColumn(name = "author_id"))
    @OrderColumn(name = "position")
    public List<Author> authors = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "content_tags",
            joinColumns = @JoinColumn(name = "content_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    public Set<Tag> tags = new LinkedHashSet<>();

    /** As written: an external url, or a mediaId with optional alt/caption/credit overrides. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "featured_image")
    public FeaturedImage featuredImage;

    /** The uploaded image {@link #featuredImage} names, if it names one (fetched with the item). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "featured_media_id")
    public dev.byline.media.Media featuredMedia;

    @Column(name = "seo_title")
    public String seoTitle;

    @Column(name = "seo_description")
    public String seoDescription;

    @Column(name = "seo_canonical_url")
    public String seoCanonicalUrl;

    @Column(name = "word_count", nullable = false)
    public int wordCount;

    @Column(name = "reading_time_minutes", nullable = false)
    public int readingTimeMinutes;

    @Column(name = "comments_open", nullable = false)
    public boolean commentsOpen = true;

    /**
     * Approved comments; kept by the comment feature with single-statement updates, never written
     * back from here (a stale copy would undo them). A change bumps {@code version} (V3 trigger).
     */
    @Column(name = "comment_count", nullable = false, updatable = false)
    public int commentCount;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int version = 1;

    /** Visible to anonymous readers now. */
    public boolean isPublic(Instant now) {
        return status == ContentStatus.PUBLISHED && publishedAt != null && !publishedAt.isAfter(now);
    }
}
