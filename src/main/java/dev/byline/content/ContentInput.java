package dev.byline.content;

/** A type's own create body (articles' or posts'), turned into the one command content applies. */
public interface ContentInput {

    ContentRequest toCommand();
}
