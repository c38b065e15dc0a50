package dev.byline.comment;

import dev.byline.common.persistence.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A reader's comment on an article or post. The item and the parent are kept as ids: a
 * comment never needs either loaded, and the database enforces both (a reply shares its
 * parent's item; deleting a comment or an item deletes what hangs below it).
 */
@Entity
@Table(name = "comments")
public class Comment {

    /** Replies nest at most this deep; a top-level comment has depth 0. */
    public static final int MAX_DEPTH = 5;

    @Id
    public UUID id = Ids.newId();

    @Column(name = "content_id", nullable = false, updatable = false)
    public UUID contentId;

    @Column(name = "parent_id", updatable = false)
    public UUID parentId;

    @Column(nullable = false, updatable = false)
    public int depth;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    @Column(name = "author_email", nullable = false)
    public String authorEmail;

    /** The plain text as submitted. */
    @Column(nullable = false)
    public String body;

    @Column(name = "body_html", nullable = false)
    public String bodyHtml;

    @Column(nullable = false)
    public CommentStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
