package dev.byline.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Lossless restore of an export's records: exact ids, versions and dates, which no service path
 * may set (a service write is always "now", a new version, a new revision). Only used on an
 * empty database (see {@link BylineRestore}); each record in the transaction of its unit.
 */
@ApplicationScoped
public class RestoreRepository {

    private static final String FROM = " FROM (SELECT cast(:data AS jsonb) AS d) x";

    @Inject
    EntityManager em;

    public boolean isEmpty() {
        return em.createNativeQuery("SELECT 1 FROM content_items UNION ALL SELECT 1 FROM sections UNION ALL "
                + "SELECT 1 FROM tags UNION ALL SELECT 1 FROM authors UNION ALL SELECT 1 FROM comments "
                + "UNION ALL SELECT 1 FROM media LIMIT 1")
                .getResultList().isEmpty();
    }

    public void author(String data) {
        run("INSERT INTO authors (id, slug, name, bio, avatar_url, links, created_at, updated_at) "
                + "SELECT (d->>'id')::uuid, d->>'slug', d->>'name', d->>'bio', d->>'avatarUrl', "
                + "coalesce(nullif(d->'links', 'null'::jsonb), '{}'::jsonb), (d->>'createdAt')::timestamptz, "
                + "(d->>'updatedAt')::timestamptz" + FROM, data);
    }

    public void section(String data) {
        run("INSERT INTO sections (id, slug, name, description, parent_id, created_at, updated_at) "
                + "SELECT (d->>'id')::uuid, d->>'slug', d->>'name', d->>'description', (d->>'parentId')::uuid, "
                + "(d->>'createdAt')::timestamptz, (d->>'updatedAt')::timestamptz" + FROM, data);
    }

    public void tag(String data) {
        run("INSERT INTO tags (id, slug, name, description, created_at, updated_at) "
                + "SELECT (d->>'id')::uuid, d->>'slug', d->>'name', d->>'description', "
                + "(d->>'createdAt')::timestamptz, (d->>'updatedAt')::timestamptz" + FROM, data);
    }

    /** A media record's row (its file is the caller's: {@link BylineRestore}); the uploader is not exported. */
    public void media(String data) {
        run("INSERT INTO media (id, file_name, mime_type, width, height, bytes, sha256, upload_sha256, alt, caption, "
                + "credit, created_at, created_by, updated_at, version) "
                + "SELECT (d->>'id')::uuid, d->>'fileName', d->>'mimeType', (d->>'width')::int, (d->>'height')::int, "
                + "(d->>'bytes')::bigint, d->>'sha256', d->>'uploadSha256', d->>'alt', d->>'caption', d->>'credit', "
                + "(d->>'createdAt')::timestamptz, NULL, (d->>'updatedAt')::timestamptz, (d->>'version')::int" + FROM,
                data);
    }

    /** The item with its authors, media uses, tags, old slugs, old paths and (when exported) revisions. */
    public void item(String type, String data) {
        em.createNativeQuery("INSERT INTO content_items (id, type, slug, title, standfirst, dateline, "
                        + "body_markdown, body_html, body_text, excerpt, excerpt_given, status, published_at, "
                        + "publish_at, section_id, featured_image, seo_title, seo_description, seo_canonical_url, "
                        + "word_count, reading_time_minutes, comments_open, comment_count, created_by, created_at, "
                        + "updated_at, version, featured_media_id) "
                        + "SELECT (d->>'id')::uuid, :type, d->>'slug', d->>'title', d->>'standfirst', d->>'dateline', "
                        + "d->>'bodyMarkdown', d->>'bodyHtml', d->>'bodyText', d->>'excerpt', "
                        + "(d->>'excerptGiven')::boolean, d->>'status', (d->>'publishedAt')::timestamptz, "
                        + "(d->>'publishAt')::timestamptz, (d->>'sectionId')::uuid, "
                        + "nullif(d->'featuredImage', 'null'::jsonb), d->>'seoTitle', d->>'seoDescription', "
                        + "d->>'seoCanonicalUrl', (d->>'wordCount')::int, (d->>'readingTimeMinutes')::int, "
                        + "(d->>'commentsOpen')::boolean, (d->>'commentCount')::int, NULL, "
                        + "(d->>'createdAt')::timestamptz, (d->>'updatedAt')::timestamptz, (d->>'version')::int, "
                        + "(d->>'featuredMediaId')::uuid" + FROM)
                .setParameter("type", type).setParameter("data", data).executeUpdate();
        run("INSERT INTO content_authors (content_id, author_id, position) "
                + "SELECT (d->>'id')::uuid, a.value::uuid, (a.n - 1)::int"
                + FROM + " CROSS JOIN LATERAL jsonb_array_elements_text(d->'authors') WITH ORDINALITY AS a(value, n)",
                data);
        run("INSERT INTO content_media (content_id, media_id) SELECT (d->>'id')::uuid, m.value::uuid"
                + FROM + " CROSS JOIN LATERAL jsonb_array_elements_text(coalesce(d->'mediaIds', '[]'::jsonb)) AS m(value)",
                data);
        run("INSERT INTO content_tags (content_id, tag_id) SELECT (d->>'id')::uuid, t.value::uuid"
                + FROM + " CROSS JOIN LATERAL jsonb_array_elements_text(d->'tags') AS t(value)", data);
        run("INSERT INTO content_old_slugs (type, slug, content_id, created_at) "
                + "SELECT d->>'type', o->>'slug', (d->>'id')::uuid, (o->>'createdAt')::timestamptz"
                + " FROM (SELECT cast(:data AS jsonb) || jsonb_build_object('type', cast(:type AS text)) AS d) x"
                + " CROSS JOIN LATERAL jsonb_array_elements(coalesce(d->'oldSlugs', '[]'::jsonb)) AS o",
                data, type);
        run("INSERT INTO content_old_paths (path, content_id, created_at) "
                + "SELECT p->>'path', (d->>'id')::uuid, (p->>'createdAt')::timestamptz" + FROM
                + " CROSS JOIN LATERAL jsonb_array_elements(coalesce(d->'oldPaths', '[]'::jsonb)) AS p", data);
        run("INSERT INTO content_revisions (id, content_id, version, action, user_id, user_name, created_at, "
                + "title, status, snapshot) "
                + "SELECT (r->>'id')::uuid, (d->>'id')::uuid, (r->>'version')::int, r->>'action', NULL, "
                + "r->>'userName', (r->>'createdAt')::timestamptz, r->>'title', r->>'status', r->'snapshot'" + FROM
                + " CROSS JOIN LATERAL jsonb_array_elements(coalesce(nullif(d->'revisions', 'null'::jsonb), "
                + "'[]'::jsonb)) AS r", data);
    }

    public void comment(String data) {
        run("INSERT INTO comments (id, content_id, parent_id, depth, author_name, author_email, body, body_html, "
                + "status, created_at, updated_at) "
                + "SELECT (d->>'id')::uuid, (d->>'itemId')::uuid, (d->>'parentId')::uuid, (d->>'depth')::int, "
                + "d->>'authorName', d->>'authorEmail', d->>'body', d->>'bodyHtml', d->>'status', "
                + "(d->>'createdAt')::timestamptz, (d->>'updatedAt')::timestamptz" + FROM, data);
    }

    /** An import reference (no foreign key: the record it names may have been deleted since). */
    public void importRef(String data) {
        run("INSERT INTO import_refs (site, kind, ref, entity_id) "
                + "SELECT d->>'site', d->>'kind', d->>'ref', (d->>'entityId')::uuid" + FROM
                + " ON CONFLICT (site, kind, ref) DO UPDATE SET entity_id = excluded.entity_id", data);
    }

    private void run(String sql, String data) {
        em.createNativeQuery(sql).setParameter("data", data).executeUpdate();
    }

    private void run(String sql, String data, String type) {
        em.createNativeQuery(sql).setParameter("data", data).setParameter("type", type).executeUpdate();
    }
}
