package dev.byline.common.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/** What sections, tags and authors share: an id, a unique slug, a name and two timestamps. */
@MappedSuperclass
public abstract class SluggedEntity {
    @Id
    public UUID id = Ids.newId();

    @Column(nullable = false)
    public String slug;

    @Column(nullable = false)
    public String name;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
