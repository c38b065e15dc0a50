package dev.byline.common.persistence;

import dev.byline.common.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The one slug allocator of every slugged type (articles, posts, sections, tags, authors). An
 * explicit slug must be free (409 otherwise); a derived one takes the first free of
 * {@code base}, {@code base-2}, {@code base-3}…
 *
 * <p>Race-free: before looking, the transaction takes a PostgreSQL advisory lock named after
 * the scope and the slug's stem (the slug without a numeric suffix), held until it commits.
 * Concurrent writes that could pick the same slug take turns, and each looks only after the
 * one before has committed its row, so a derived slug never collides and never gets a 409.
 * Call it before changing the entity: the lock is a query, and queries flush.
 */
@ApplicationScoped
public class SlugAllocator {

    private static final Pattern NUMERIC_SUFFIX = Pattern.compile("-\\d+$");

    @Inject
    EntityManager em;

    /**
     * The slug to store.
     *
     * @param scope    the set the slug is unique in, e.g. {@code sections} or {@code articles}
     * @param explicit the slug the client asked for, or null to keep or derive one
     * @param current  the slug the entity has now, kept when no slug is asked for; null to derive
     * @param source   what a derived slug comes from (a title or a name)
     * @param fallback the base when the source has no letter or digit
     * @param taken    whether another entity of the scope holds a slug
     */
    public String allocate(String scope, String explicit, String current, String source, String fallback,
            Predicate<String> taken) {
        if (explicit != null) {
            String slug = Slugs.normalize(explicit);
            if (slug.equals(current)) {
                return slug;
            }
            lock(scope, slug);
            if (taken.test(slug)) {
                throw ApiException.conflict("The slug '" + slug + "' is already taken").with("field", "slug");
            }
            return slug;
        }
        if (current != null) {
            return current;
        }
        String base = Slugs.fromTitle(source);
        if (base.isEmpty()) {
            base = fallback;
        }
        lock(scope, base);
        String slug = base;
        for (int n = 2; taken.test(slug); n++) {
            slug = Slugs.withSuffix(base, n);
        }
        return slug;
    }

    /** Serialises, until commit, the writers of slugs that share this one's stem in the scope. */
    public void lock(String scope, String slug) {
        String stem = NUMERIC_SUFFIX.matcher(slug).replaceFirst("");
        em.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))) l")
                .setParameter("key", "slug:" + scope + ":" + stem)
                .getSingleResult();
    }
}
