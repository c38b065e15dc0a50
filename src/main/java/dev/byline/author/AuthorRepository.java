package dev.byline.author;

import dev.byline.common.persistence.SluggedRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AuthorRepository implements SluggedRepository<Author> {
}
