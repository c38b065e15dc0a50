package dev.byline.common.web;

import java.util.UUID;

/** The view of an entry of a slugged catalogue (a section, a tag, an author): what its answers are keyed by. */
public interface CatalogueEntry {

    UUID id();

    String slug();
}
