package dev.byline.taxonomy;

import dev.byline.common.persistence.SluggedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class TagRepository implements SluggedRepository<Tag> {
}
