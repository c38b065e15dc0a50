package dev.byline.common.web;

import java.util.function.Function;

/**
 * The purge keys of a catalogue of slugged entries (sections, tags, authors): an entry hangs on
 * {@code <noun>:<slug>}, a page on {@code list:<plural>} and the key of each entry it shows.
 *
 * @param <V> the entry's view
 */
public record CatalogueKeys<V>(String noun, String plural, Function<V, String> slug) {

    public SurrogateKeys entry(V view) {
        return SurrogateKeys.of(noun + ":" + slug.apply(view));
    }

    public SurrogateKeys page(PageView<V> page) {
        SurrogateKeys keys = SurrogateKeys.of("list:" + plural);
        page.data().forEach(item -> keys.add(noun, slug.apply(item)));
        return keys;
    }
}
