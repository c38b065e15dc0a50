package dev.byline.common.security;

/**
 * Role names for {@code @RolesAllowed}. Because every role also holds the ones below it,
 * {@code @RolesAllowed(Roles.EDITOR)} means "editor or admin".
 */
public final class Roles {
    public static final String CONTRIBUTOR = "contributor";
    public static final String AUTHOR = "author";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
