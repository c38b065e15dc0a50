package dev.byline.content.revision;

import com.fasterxml.jackson.databind.JsonNode;
import dev.byline.common.persistence.Ids;
import dev.byline.content.ContentItem;
import dev.byline.content.ContentStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What an item was right after one write: who made it, when, and the full view as JSON. Written
 * once and never changed ({@code @Immutable}): Hibernate keeps no copy of a new revision's ~12 KB
 * snapshot to check it for changes at every later flush of the transaction.
 */
@Entity
@Immutable
@Table(name = "content_revisions")
public class ContentRevision {
    @Id
    public UUID id = Ids.newId();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "content_id", nullable = false, updatable = false)
    public ContentItem content;

    /** The item's version right after the write. */
    @Column(nullable = false, updatable = false)
    public int version;

    @Column(nullable = false, updatable = false)
    public RevisionAction action;

    /** Null for the scheduler, or once the user is deleted (the name stays). */
    @Column(name = "user_id")
    public UUID userId;

    @Column(name = "user_name", nullable = false, updatable = false)
    public String userName;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(nullable = false, updatable = false)
    public String title;

    @Column(nullable = false, updatable = false)
    public ContentStatus status;

    /** The full view of the item ({@code ContentView}) as the API showed it then. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public JsonNode snapshot;
}
