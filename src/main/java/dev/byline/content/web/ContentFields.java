package dev.byline.content.web;

import dev.byline.common.web.FieldSelection;
import dev.byline.content.ArticleFields;
import dev.byline.content.ContentView;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What {@code fields=} may name on articles and posts: every member of the full view. */
public final class ContentFields {

    /** Members only the full view has: naming one makes a list send full views. */
    public static final Set<String> FULL_ONLY = Set.of("bodyMarkdown", "bodyHtml", "seo");

    static final Set<String> KNOWN = Stream.concat(
                    Arrays.stream(ContentView.class.getRecordComponents()).map(RecordComponent::getName),
                    Arrays.stream(ArticleFields.class.getRecordComponents()).map(RecordComponent::getName))
            .filter(name -> !name.equals("articleFields"))
            .collect(Collectors.toUnmodifiableSet());

    private ContentFields() {
    }

    /** The projection a request names, or null for the whole view; unknown members are a 400. */
    public static FieldSelection parse(String fields) {
        return FieldSelection.parse(fields, KNOWN);
    }
}
