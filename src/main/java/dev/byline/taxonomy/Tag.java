package dev.byline.taxonomy;

import dev.byline.common.persistence.SluggedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "tags")
public class Tag extends SluggedEntity {
    public String description;
}
