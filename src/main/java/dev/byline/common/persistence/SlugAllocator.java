package dev.byline.common.persistence;

import dev.byline.common.error.ApiException;
import java.util.function.Predicate;

/**
 * Chooses a slug: an explicit one must be free (409 otherwise); a derived one takes the
 * first free of {@code base}, {@code base-2}, {@code base-3}…
 */
public final class SlugAllocator {

    private SlugAllocator() {
    }

    public static String allocate(String explicit, String current, String source, String fallback,
            Predicate<String> taken) {
        if (explicit != null) {
            String slug = Slugs.normalize(explicit);
            if (!slug.equals(current) && taken.test(slug)) {
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
        String slug = base;
        for (int n = 2; taken.test(slug); n++) {
            slug = Slugs.withSuffix(base, n);
        }
        return slug;
    }
}
