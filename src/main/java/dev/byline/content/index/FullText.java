package dev.byline.content.index;

/**
 * The full-text predicates and ranking in one place, so search and the {@code q=} of lists
 * agree. Both parse the query with the configured text search configuration, the one the
 * rows were indexed with. Parameters: {@code :searchConfig}, {@code :searchText}.
 *
 * <p>Rank is {@code ts_rank} with the default weights (A 1.0, B 0.4, C 0.2, D 0.1) and
 * normalisation 32 ({@code rank / (rank + 1)}, so 0 to 1). {@code ts_rank} damps repeated
 * occurrences, so one title hit outranks any number of body hits of the same word.
 */
public final class FullText {

    /** The parsed query in SQL. */
    public static final String QUERY_SQL = "websearch_to_tsquery(cast(:searchConfig as regconfig), :searchText)";

    /** SQL: the row aliased {@code c} matches. */
    public static final String MATCH_SQL = "c.search_vector @@ " + QUERY_SQL;

    /** SQL: the row's rank. */
    public static final String RANK_SQL = "ts_rank(c.search_vector, " + QUERY_SQL + ", 32)";

    /**
     * HQL over {@code ContentItem c}: the item matches. The cast only types the fragment for
     * HQL; PostgreSQL drops a boolean-to-boolean cast, so the GIN index still serves.
     */
    public static final String MATCH_HQL = "cast(sql('(? @@ websearch_to_tsquery(cast(? as regconfig), ?))', "
            + "column(c.search_vector), :searchConfig, :searchText) as Boolean)";

    /** HQL over {@code ContentItem c}: the item's rank. */
    public static final String RANK_HQL = "sql('ts_rank(?, websearch_to_tsquery(cast(? as regconfig), ?), 32)', "
            + "column(c.search_vector), :searchConfig, :searchText)";

    private FullText() {
    }
}
