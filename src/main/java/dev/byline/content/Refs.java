package dev.byline.content;

import dev.byline.author.Author;
import dev.byline.taxonomy.Section;
import dev.byline.taxonomy.Tag;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The short forms in which content names its authors, section and tags. */
public final class Refs {

    private Refs() {
    }

    @Schema(name = "AuthorRef")
    public record AuthorRef(UUID id, @Schema(examples = "tahir-khan") String slug,
            @Schema(examples = "Tahir Khan") String name) {
        public static AuthorRef of(Author author) {
            return new AuthorRef(author.id, author.slug, author.name);
        }
    }

    @Schema(name = "SectionRef")
    public record SectionRef(UUID id, @Schema(examples = "world") String slug,
            @Schema(examples = "World") String name) {
        public static SectionRef of(Section section) {
            return section == null ? null : new SectionRef(section.id, section.slug, section.name);
        }
    }

    @Schema(name = "TagRef")
    public record TagRef(UUID id, @Schema(examples = "afghanistan") String slug,
            @Schema(examples = "Afghanistan") String name) {
        public static TagRef of(Tag tag) {
            return new TagRef(tag.id, tag.slug, tag.name);
        }
    }
}
