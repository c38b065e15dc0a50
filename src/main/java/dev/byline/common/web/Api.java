package dev.byline.common.web;

/** Paths and media types shared by every resource. */
public final class Api {
    public static final String BASE = "/api/v1";
    public static final String MERGE_PATCH_JSON = "application/merge-patch+json";
    public static final String PROBLEM_JSON = "application/problem+json";

    private Api() {
    }
}
