package dev.byline.media;

import dev.byline.common.persistence.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An uploaded image: what it is, who sent it, and the editorial text that goes with it. */
@Entity
@Table(name = "media")
public class Media {
    @Id
    public UUID id = Ids.newId();

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(name = "mime_type", nullable = false)
    public String mimeType;

    @Column(nullable = false)
    public int width;

    @Column(nullable = false)
    public int height;

    @Column(nullable = false)
    public long bytes;

    @Column(nullable = false)
    public String sha256;

    @Column(name = "upload_sha256", nullable = false)
    public String uploadSha256;

    public String alt;

    public String caption;

    public String credit;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(nullable = false)
    public int version = 1;
}
