#!/usr/bin/env bash
# WordPress import benchmark (not a test). Generates a WXR file with BENCH_POSTS posts (10,000),
# each with a body of about 2 KB, 3 tags, a category and 2 comments, starts the packaged app
# on loopback against a fresh database of its own, imports the file and reports records per
# second (authors, terms, posts and comments) and the app's peak heap, sampled every second
# with jstat while the job runs.
#
#   ./mvnw -B -q package -DskipTests        # once: builds target/quarkus-app
#   src/test/bench/import-bench.sh          # from the repository root
#
# Settings (environment): BENCH_DB (byline_import_bench, dropped first), BENCH_PORT (18092),
# BENCH_POSTS (10000), BENCH_XMX (512m). Needs curl, jq, python3, jstat.
set -euo pipefail

cd "$(dirname "$0")/../../.."
DB=${BENCH_DB:-byline_import_bench}
PORT=${BENCH_PORT:-18092}
POSTS=${BENCH_POSTS:-10000}
XMX=${BENCH_XMX:-512m}
JAR=target/quarkus-app/quarkus-run.jar
MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-18093}
BASE="http://127.0.0.1:${PORT}"
# Health lives on the management port in the packaged app.
OPS="http://127.0.0.1:${MANAGEMENT_PORT}"
TOKEN="byl_bench-$(date +%s)-0123456789abcdefghijklmnop"

[[ -f "$JAR" ]] || { echo "No $JAR: build it first with ./mvnw -B -q package -DskipTests" >&2; exit 1; }
if curl -s -o /dev/null "$BASE/" || curl -s -o /dev/null "$OPS/q/health/live"; then
  echo "Port $PORT or $MANAGEMENT_PORT is taken; set BENCH_PORT and BENCH_MANAGEMENT_PORT" >&2; exit 1
fi
psql -h localhost -U postgres -qAt -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)"

WXR=$(mktemp -t byline-bench.XXXXXX.xml)
LOG=$(mktemp -t byline-bench.XXXXXX.log)
python3 - "$WXR" "$POSTS" <<'PY'
import sys, random
path, posts = sys.argv[1], int(sys.argv[2])
random.seed(7)
words = ("the government minister said on tuesday that talks with the opposition would resume "
         "after the budget vote while farmers asked for help with wheat prices and the river rose").split()
def text(n):
    return " ".join(random.choice(words) for _ in range(n))
with open(path, "w", encoding="utf-8") as f:
    f.write('<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" '
            'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">\n'
            '<channel><title>Bench</title><wp:wxr_version>1.2</wp:wxr_version>'
            '<wp:base_site_url>http://bench.local</wp:base_site_url>\n')
    for a in range(5):
        f.write(f'<wp:author><wp:author_id>{a+1}</wp:author_id><wp:author_login><![CDATA[writer{a}]]></wp:author_login>'
                f'<wp:author_display_name><![CDATA[Writer {a}]]></wp:author_display_name></wp:author>\n')
    for c in range(10):
        f.write(f'<wp:category><wp:term_id>{c+1}</wp:term_id><wp:category_nicename><![CDATA[cat{c}]]></wp:category_nicename>'
                f'<wp:category_parent><![CDATA[]]></wp:category_parent><wp:cat_name><![CDATA[Category {c}]]></wp:cat_name></wp:category>\n')
    for t in range(50):
        f.write(f'<wp:tag><wp:term_id>{100+t}</wp:term_id><wp:tag_slug><![CDATA[tag{t}]]></wp:tag_slug>'
                f'<wp:tag_name><![CDATA[Tag {t}]]></wp:tag_name></wp:tag>\n')
    cid = 0
    for p in range(1, posts + 1):
        body = "\n\n".join(f"<!-- wp:paragraph -->\n<p>{text(60)}</p>\n<!-- /wp:paragraph -->" for _ in range(5))
        tags = "".join(f'<category domain="post_tag" nicename="tag{(p*7+k)%50}"><![CDATA[Tag]]></category>' for k in range(3))
        comments = ""
        for k in range(2):
            cid += 1
            parent = cid - 1 if k == 1 else 0
            comments += (f'<wp:comment><wp:comment_id>{cid}</wp:comment_id><wp:comment_author><![CDATA[Reader {k}]]></wp:comment_author>'
                         f'<wp:comment_author_email><![CDATA[reader{k}@example.com]]></wp:comment_author_email>'
                         f'<wp:comment_date_gmt><![CDATA[2025-02-01 10:00:00]]></wp:comment_date_gmt>'
                         f'<wp:comment_content><![CDATA[{text(20)}]]></wp:comment_content>'
                         f'<wp:comment_approved><![CDATA[1]]></wp:comment_approved><wp:comment_parent>{parent}</wp:comment_parent></wp:comment>')
        f.write(f'<item><title><![CDATA[Bench post {p}]]></title><link>http://bench.local/2025/01/bench-post-{p}/</link>'
                f'<dc:creator><![CDATA[writer{p%5}]]></dc:creator><guid isPermaLink="false">http://bench.local/?p={p}</guid>'
                f'<content:encoded><![CDATA[{body}]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>'
                f'<wp:post_id>{p}</wp:post_id><wp:post_date_gmt><![CDATA[2025-01-{1+p%28:02d} 08:00:00]]></wp:post_date_gmt>'
                f'<wp:post_name><![CDATA[bench-post-{p}]]></wp:post_name><wp:status><![CDATA[publish]]></wp:status>'
                f'<wp:post_type><![CDATA[post]]></wp:post_type>'
                f'<category domain="category" nicename="cat{p%10}"><![CDATA[Category]]></category>{tags}{comments}</item>\n')
    f.write('</channel></rss>\n')
PY
echo "WXR: $(du -h "$WXR" | cut -f1), $POSTS posts"

QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:5432/$DB" QUARKUS_HTTP_PORT="$PORT" \
  QUARKUS_MANAGEMENT_PORT="$MANAGEMENT_PORT" QUARKUS_MANAGEMENT_HOST=127.0.0.1 \
  QUARKUS_HTTP_HOST=127.0.0.1 BYLINE_ADMIN_TOKEN="$TOKEN" \
  java -Xmx"$XMX" -jar "$JAR" >"$LOG" 2>&1 &
APP_PID=$!
trap 'kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; rm -f "$WXR"' EXIT
for _ in $(seq 1 600); do
  curl -sf -o /dev/null "$OPS/q/health/ready" && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "The app did not start; see $LOG" >&2; exit 1; }
  sleep 0.5
done
curl -sf -o /dev/null "$OPS/q/health/ready" || { echo "The app is not ready; see $LOG" >&2; exit 1; }

heap_kb() { jstat -gc "$APP_PID" | awk 'NR==2 {printf "%d", $3+$4+$6+$8}'; }
peak=$(heap_kb)
location=$(curl -sf -D - -o /dev/null -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/xml' \
  --data-binary @"$WXR" "$BASE/api/v1/imports" | tr -d '\r' | awk -F': ' 'tolower($1)=="location" {print $2}')
[[ -n "$location" ]] || { echo "The upload was refused; see $LOG" >&2; exit 1; }
echo "Job: $location"
while :; do
  h=$(heap_kb); (( h > peak )) && peak=$h
  job=$(curl -sf -H "Authorization: Bearer $TOKEN" "$location")
  status=$(jq -r .status <<<"$job")
  printf '\r%s %s/%s eta %s   ' "$status" "$(jq -r .processed <<<"$job")" "$(jq -r '.total // "?"' <<<"$job")" \
    "$(jq -r '.eta // "-"' <<<"$job")"
  [[ $status == succeeded || $status == failed ]] && break
  sleep 1
done
echo
jq '{status, total, processed, created, updated, skipped, errors: (.errors | length), startedAt, finishedAt}' <<<"$job"
python3 - "$job" "$peak" <<'PY'
import json, sys
from datetime import datetime
job = json.loads(sys.argv[1]); peak = int(sys.argv[2])
start = datetime.fromisoformat(job["startedAt"].replace("Z", "+00:00"))
end = datetime.fromisoformat(job["finishedAt"].replace("Z", "+00:00"))
seconds = (end - start).total_seconds()
print(f"records: {job['processed']} in {seconds:.1f} s = {job['processed']/seconds:.0f} records/s; "
      f"posts: {job['created'] and (job['total'] - 65) // 3} ~ {((job['total'] - 65) // 3)/seconds:.0f} posts/s")
print(f"peak heap used (sampled every second): {peak/1024:.0f} MiB")
PY
