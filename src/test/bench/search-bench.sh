#!/usr/bin/env bash
# Search latency benchmark (not a test). Starts the packaged app on loopback against its own
# database, seeds 10,000 published articles with one bulk SQL insert (the V5 trigger indexes
# them as the app would), then times a set of searches and prints p50/p95/p99 per query.
#
#   ./mvnw -B -q package -DskipTests        # once: builds target/quarkus-app
#   src/test/bench/search-bench.sh          # from the repository root
#
# Settings (environment): BENCH_DB (byline_bench), BENCH_PORT (18091), BENCH_REQUESTS (200
# timed requests per query, after 20 warm-up ones), BENCH_ARTICLES (10000), BENCH_RESET=1 to
# drop and re-seed the database. PostgreSQL is reached as the app's default (localhost:5432,
# user postgres; PGPASSWORD if your server wants one). Everything stays on localhost.
set -euo pipefail

cd "$(dirname "$0")/../../.."
DB=${BENCH_DB:-byline_bench}
PORT=${BENCH_PORT:-18091}
REQUESTS=${BENCH_REQUESTS:-200}
WARMUP=20
ARTICLES=${BENCH_ARTICLES:-10000}
JAR=target/quarkus-app/quarkus-run.jar
MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-18092}
BASE="http://127.0.0.1:${PORT}"
# Health and metrics live on the management port in the packaged app.
OPS="http://127.0.0.1:${MANAGEMENT_PORT}"
PSQL=(psql -h localhost -U postgres -v ON_ERROR_STOP=1 -qAt)

[[ -f "$JAR" ]] || { echo "No $JAR: build it first with ./mvnw -B -q package -DskipTests" >&2; exit 1; }
if curl -s -o /dev/null "$BASE/" || curl -s -o /dev/null "$OPS/q/health/live"; then
  echo "Port $PORT or $MANAGEMENT_PORT is taken; set BENCH_PORT and BENCH_MANAGEMENT_PORT" >&2; exit 1
fi
if [[ "${BENCH_RESET:-0}" == 1 ]]; then
  "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB"
fi

LOG=$(mktemp -t byline-bench.XXXXXX.log)
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:5432/$DB" QUARKUS_HTTP_PORT="$PORT" \
  QUARKUS_MANAGEMENT_PORT="$MANAGEMENT_PORT" QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_HTTP_HOST=127.0.0.1 BYLINE_ADMIN_TOKEN="byl_bench-$(date +%s)-0123456789abcdefghijklmnop" \
  java -Xmx512m -jar "$JAR" >"$LOG" 2>&1 &
APP_PID=$!
trap 'kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "$OPS/q/health/ready" && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "The app did not start; see $LOG" >&2; exit 1; }
  sleep 0.5
done
curl -sf -o /dev/null "$OPS/q/health/ready" || { echo "The app is not ready; see $LOG" >&2; exit 1; }

have=$("${PSQL[@]}" -d "$DB" -c "SELECT count(*) FROM content_items WHERE slug LIKE 'bench-%'")
if (( have < ARTICLES )); then
  echo "Seeding $ARTICLES articles into $DB …"
  start=$(date +%s)
  "${PSQL[@]}" -d "$DB" <<SQL
DELETE FROM content_items WHERE slug LIKE 'bench-%';
-- The vocabulary: stop words, then about 400 news words, then 20,000 made-up ones, then five
-- rare real words. Words are drawn with P(rank r) ~ 1/r (Zipf), as in real text, so early
-- words are in most articles and the last ones in a few dozen.
CREATE TEMP TABLE wordlist AS SELECT regexp_split_to_array(trim(
 'the of and to in a that is for on said with as was by at it from his be has have are an
  government minister year people police president country officials week city state
  talks peace election party court report military security economy market money bank prices
  inflation workers health hospital school children families water energy oil gas climate
  weather storm flood fire border refugees aid united nations council europe asia africa
  america china russia india pakistan afghanistan taliban kabul islamabad moscow beijing delhi
  washington london paris berlin tokyo ministry parliament senate congress vote voters
  campaign candidate leader opposition coalition budget tax taxes trade tariffs exports
  imports growth recession jobs unemployment wages strike union protest protesters crowd
  rally arrest arrested charged trial judge verdict sentence prison appeal lawyers rights
  freedom press media journalist newspaper television radio internet technology company
  companies shares investors profit loss deal merger startup software data privacy
  artificial intelligence research scientists study university students teachers exam
  vaccine virus disease outbreak doctors patients treatment drug drugs cancer heart
  football cricket match team players coach season league final championship goal score
  olympics tournament stadium fans music film festival art museum book author novel
  history heritage temple church mosque religion holiday travel tourism airport
  flight airline train railway road traffic accident crash bridge construction housing
  rent property farmers crops harvest drought famine food hunger rice wheat fishing
  ocean island coast mountain river forest wildlife species conservation pollution plastic
  carbon emissions solar wind nuclear power plant electricity grid blackout fuel shortage
  diplomat diplomats embassy ambassador summit treaty agreement negotiations ceasefire
  troops soldiers army navy attack attacks bombing explosion killed wounded victims
  investigation evidence witness corruption scandal resignation resigned appointed
  referendum constitution reform reforms policy policies regulation regulators'), '\s+')
  || (SELECT array_agg(translate(substr(md5('w' || i), 1, 5 + i % 5), '0123456789abcdef', 'bcdfghjklmnprstv')
                       ORDER BY i) FROM generate_series(1, 20000) AS i)
  || '{zeppelin,quokka,marzipan,tessellation,bagpipes}'::text[] AS w;
CREATE TEMP TABLE vocab AS SELECT r AS rank, w[r] AS word FROM wordlist, generate_subscripts(w, 1) AS r;
CREATE TEMP TABLE sizes AS SELECT n, 250 + (n * 7919) % 700 AS words FROM generate_series(1, $ARTICLES) AS n;
-- One row per word of every title (part 0) and body (part 1), then a hash join to the words.
CREATE TEMP TABLE tokens AS
SELECT n, part, pos, floor(exp(random() * ln((SELECT count(*) FROM vocab))))::int AS rank
FROM sizes, LATERAL (SELECT 0 AS part, g AS pos FROM generate_series(1, 6 + n % 6) AS g
                     UNION ALL SELECT 1, g FROM generate_series(1, words) AS g) AS t;
CREATE TEMP TABLE texts AS
SELECT n, initcap(string_agg(word, ' ' ORDER BY pos) FILTER (WHERE part = 0)) AS title,
       string_agg(word, ' ' ORDER BY pos) FILTER (WHERE part = 1) AS body,
       count(*) FILTER (WHERE part = 1) AS words
FROM tokens JOIN vocab USING (rank) GROUP BY n;
INSERT INTO sections (id, slug, name, created_at, updated_at)
VALUES ('00000000-0000-7000-8000-00000000be01', 'bench', 'Bench', now(), now())
ON CONFLICT (slug) DO NOTHING;
INSERT INTO content_items (id, type, slug, title, body_markdown, body_html, body_text, excerpt,
    status, published_at, section_id, word_count, reading_time_minutes, created_at, updated_at)
SELECT gen_random_uuid(), 'article', 'bench-' || n, title, body, '<p>' || body || '</p>', body,
       left(body, 157) || '…', 'published', now() - n * interval '37 minutes',
       '00000000-0000-7000-8000-00000000be01', words, greatest(1, ceil(words / 230.0)::int), now(), now()
FROM texts;
SQL
  # What autovacuum would do soon after a bulk load: statistics and the visibility map.
  "${PSQL[@]}" -d "$DB" -c "VACUUM ANALYZE content_items"

  echo "Seeded in $(( $(date +%s) - start )) s"
fi
echo "Database $DB: $("${PSQL[@]}" -d "$DB" -c "SELECT count(*) FROM content_items WHERE status = 'published'") published items, $("${PSQL[@]}" -d "$DB" -c "SELECT pg_size_pretty(pg_relation_size('content_search_idx'))") GIN index"

# name | path and query (already URL-encoded)
QUERIES=(
  "very common word|/api/v1/search?q=government"
  "common word|/api/v1/search?q=election"
  "less common word|/api/v1/search?q=museum"
  "two words|/api/v1/search?q=minister%20talks"
  "phrase|/api/v1/search?q=%22peace%20talks%22"
  "or|/api/v1/search?q=election%20or%20referendum"
  "exclusion|/api/v1/search?q=economy%20-inflation"
  "rare word|/api/v1/search?q=zeppelin"
  "no match|/api/v1/search?q=xylophonist"
  "stop words only|/api/v1/search?q=the%20of%20and"
  "page 5, size 100|/api/v1/search?q=government&page=5&size=100"
  "list q, relevance|/api/v1/articles?q=election&sort=relevance"
  "list q, newest|/api/v1/articles?q=minister%20talks"
)

percentile() { # sorted file, p (0-100) → value (nearest rank)
  local n; n=$(wc -l <"$1")
  local rank=$(( (n * $2 + 99) / 100 )); (( rank < 1 )) && rank=1
  sed -n "${rank}p" "$1"
}

printf '\n%-20s %8s %9s %9s %9s %9s\n' "query" "hits" "p50 ms" "p95 ms" "p99 ms" "max ms"
for entry in "${QUERIES[@]}"; do
  name=${entry%%|*}; path=${entry#*|}
  hits=$(curl -sf -D - -o /dev/null "$BASE$path" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-total-count"{print $2}')
  args=(); for _ in $(seq 1 "$WARMUP"); do args+=(-o /dev/null "$BASE$path"); done
  curl -sf "${args[@]}"
  args=(); for _ in $(seq 1 "$REQUESTS"); do args+=(-o /dev/null "$BASE$path"); done
  times=$(mktemp)
  curl -sf -w '%{time_total}\n' "${args[@]}" | awk '{printf "%.2f\n", $1 * 1000}' | sort -n >"$times"
  printf '%-20s %8s %9s %9s %9s %9s\n' "$name" "${hits:-?}" "$(percentile "$times" 50)" \
    "$(percentile "$times" 95)" "$(percentile "$times" 99)" "$(tail -1 "$times")"
  rm -f "$times"
done
echo
echo "$REQUESTS sequential requests per query over one keep-alive connection (curl), after $WARMUP warm-up ones."
echo "Plans of the counts for a rare word (GIN index) and a less common one (a scan may be cheaper):"
for word in zeppelin museum; do
  "${PSQL[@]}" -d "$DB" -c "EXPLAIN SELECT count(*) FROM content_items c WHERE c.search_vector @@ websearch_to_tsquery('english', '$word') AND c.status = 'published' AND c.published_at <= now() AND c.type IN ('article', 'post')" | sed 's/^/  /'
done
