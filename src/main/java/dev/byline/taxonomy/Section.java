package dev.byline.taxonomy;

import dev.byline.common.persistence.SluggedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;

/** A section of the site; sections form a tree (World › Asia) through {@code parentId}. */
@Entity
@Table(name = "sections")
public class Section extends SluggedEntity {
    public String description;

    @Column(name = "parent_id")
    public UUID parentId;
}
