package dev.byline.common.web;

/**
 * The purge keys of a catalogue of slugged entries (sections, tags, authors): an entry hangs on
 * {@code <noun>:<slug>}, a page on {@code list:<plural>} and the key of each entry it shows.
 *
 * @param <V> the entry's view
 */
public record CatalogueKeys<V extends CatalogueEntry>(String noun, String plural) {

    public SurrogateKeys entry(V view) {
        return SurrogateKeys.of(noun + ":" + view.slug());
    }

    public SurrogateKeys page(PageView<V> page) {
        SurrogateKeys keys = SurrogateKeys.of("list:" + plural);
        page.data().forEach(item -> keys.add(noun, item.slug()));
        return keys;
    }
}
