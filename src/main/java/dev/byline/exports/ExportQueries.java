package dev.byline.exports;

/**
 * The export's records, one JSON text per row, built by PostgreSQL so the output is exactly
 * reproducible: the same rows always give the same bytes (what the round trip compares). Every
 * record is {@code {"kind": …, "data": {…}}}; field names follow the API (camelCase); timestamps
 * are UTC with milliseconds and Z.
 */
final class ExportQueries {

    private ExportQueries() {
    }

    static String ts(String column) {
        return "to_char(" + column + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";
    }

    /** {@code {"kind": kind, "data": {fields…, createdAt, updatedAt}}} for each row {@code from} gives. */
    private static String records(String kind, String fields, String from) {
        return "SELECT json_build_object('kind', '" + kind + "', 'data', json_build_object(" + fields + ", "
                + "'createdAt', " + ts("created_at") + ", 'updatedAt', " + ts("updated_at") + "))::text " + from;
    }

    static final String AUTHORS = records("author", "'id', id, 'slug', slug, 'name', name, 'bio', bio, "
            + "'avatarUrl', avatar_url, 'links', links", "FROM authors ORDER BY id");

    /** Parents before children. */
    static final String SECTIONS = "WITH RECURSIVE tree AS ("
            + " SELECT s.*, 0 AS depth FROM sections s WHERE parent_id IS NULL"
            + " UNION ALL SELECT s.*, tree.depth + 1 FROM sections s JOIN tree ON s.parent_id = tree.id) "
            + records("section", "'id', id, 'slug', slug, 'name', name, 'description', description, "
            + "'parentId', parent_id", "FROM tree ORDER BY depth, id");

    static final String TAGS = records("tag", "'id', id, 'slug', slug, 'name', name, 'description', description",
            "FROM tags ORDER BY id");

    /**
     * Media records (metadata; the file is referenced by its storage key, and carried as base64 in
     * {@code file} only when the export is asked to embed it, see {@link ExportService}). Users are
     * not exported, so neither is the uploader.
     */
    static final String MEDIA = records("media", "'id', id, 'fileName', file_name, 'mimeType', mime_type, "
            + "'width', width, 'height', height, 'bytes', bytes, 'sha256', sha256, 'uploadSha256', upload_sha256, "
            + "'alt', alt, 'caption', caption, 'credit', credit, 'storageKey', id || '/original', 'version', version",
            "FROM media ORDER BY id");

    /** Articles, then posts; {@code ?} is whether to include revisions. */
    static final String ITEMS = "SELECT json_build_object('kind', c.type, 'data', json_build_object("
            + "'id', c.id, 'slug', c.slug, 'title', c.title, 'standfirst', c.standfirst, 'dateline', c.dateline, "
            + "'bodyMarkdown', c.body_markdown, 'bodyHtml', c.body_html, 'bodyText', c.body_text, "
            + "'excerpt', c.excerpt, 'excerptGiven', c.excerpt_given, 'status', c.status, "
            + "'publishedAt', " + ts("c.published_at") + ", 'publishAt', " + ts("c.publish_at") + ", "
            + "'sectionId', c.section_id, 'featuredImage', c.featured_image, 'seoTitle', c.seo_title, "
            + "'seoDescription', c.seo_description, 'seoCanonicalUrl', c.seo_canonical_url, "
            + "'wordCount', c.word_count, 'readingTimeMinutes', c.reading_time_minutes, "
            + "'commentsOpen', c.comments_open, 'commentCount', c.comment_count, "
            + "'createdAt', " + ts("c.created_at") + ", 'updatedAt', " + ts("c.updated_at") + ", "
            + "'version', c.version, 'featuredMediaId', c.featured_media_id, "
            + "'mediaIds', coalesce((SELECT json_agg(m.media_id ORDER BY m.media_id) FROM content_media m "
            + "WHERE m.content_id = c.id), '[]'::json), "
            + "'authors', coalesce((SELECT json_agg(a.author_id ORDER BY a.position) FROM content_authors a "
            + "WHERE a.content_id = c.id), '[]'::json), "
            + "'tags', coalesce((SELECT json_agg(t.tag_id ORDER BY t.tag_id) FROM content_tags t "
            + "WHERE t.content_id = c.id), '[]'::json), "
            + "'oldSlugs', coalesce((SELECT json_agg(json_build_object('slug', o.slug, 'createdAt', "
            + ts("o.created_at") + ") ORDER BY o.slug) FROM content_old_slugs o WHERE o.content_id = c.id), "
            + "'[]'::json), "
            + "'oldPaths', coalesce((SELECT json_agg(json_build_object('path', p.path, 'createdAt', "
            + ts("p.created_at") + ") ORDER BY p.path) FROM content_old_paths p WHERE p.content_id = c.id), "
            + "'[]'::json), "
            + "'revisions', CASE WHEN ? THEN coalesce((SELECT json_agg(json_build_object('id', r.id, "
            + "'version', r.version, 'action', r.action, 'userName', r.user_name, 'createdAt', "
            + ts("r.created_at") + ", 'title', r.title, 'status', r.status, 'snapshot', r.snapshot) "
            + "ORDER BY r.version) FROM content_revisions r WHERE r.content_id = c.id), '[]'::json) END"
            + "))::text FROM content_items c ORDER BY c.type, c.id";

    /** Parents before replies. */
    static final String COMMENTS = records("comment", "'id', id, 'itemId', content_id, 'parentId', parent_id, "
            + "'depth', depth, 'authorName', author_name, 'authorEmail', author_email, 'body', body, "
            + "'bodyHtml', body_html, 'status', status", "FROM comments ORDER BY depth, content_id, created_at, id");

    /**
     * Which record an import made from which record of another system (a WordPress post's GUID,
     * a category's slug): a WordPress file imported again after a move updates, not duplicates.
     */
    static final String IMPORT_REFS = "SELECT json_build_object('kind', 'importRef', 'data', json_build_object("
            + "'site', site, 'kind', kind, 'ref', ref, 'entityId', entity_id))::text "
            + "FROM import_refs ORDER BY site, kind, ref";
}
