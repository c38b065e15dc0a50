package dev.byline.content;

/**
 * The records a content type reads its bodies as, declared by the type's own package (content
 * names neither articles nor posts): a create is read as {@link #request()}, and so is the state
 * after a merge patch when it is validated; a patch body is checked against {@link #patch()}.
 */
public abstract class ContentShape {

    private final ContentType type;
    private final Class<? extends ContentInput> request;
    private final Class<?> patch;

    protected ContentShape(ContentType type, Class<? extends ContentInput> request, Class<?> patch) {
        this.type = type;
        this.request = request;
        this.patch = patch;
    }

    public ContentType type() {
        return type;
    }

    public Class<? extends ContentInput> request() {
        return request;
    }

    public Class<?> patch() {
        return patch;
    }
}
