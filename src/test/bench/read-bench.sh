#!/usr/bin/env bash
# Read (and edit) throughput benchmark (not a test), the figures of issue #15. Starts the packaged
# app on loopback against a fresh database of its own, seeds through the API 1,000 published
# articles of about 6 KB (5 authors, 8 sections, 30 tags) and 500 approved comments (on 50
# articles), makes the README's training start (it writes app-start.jsa, the class-data archive of
# a start, and stops by itself), restarts the app to time its start on the migrated database
# (launch → /q/health/ready 200), then runs wrk -t2 -c32 (5 s warm-up, then 20 s measured) per
# scenario and prints one table with requests per second, p50/p99 latency, errors and the
# server's PSS (the highest /proc/<pid>/smaps_rollup reading, sampled every second while the
# scenario runs).
#
#   ./mvnw -B -q package -DskipTests        # once: builds target/quarkus-app
#   src/test/bench/read-bench.sh            # from the repository root
#
# Settings (environment): BENCH_DB (byline_read_bench, dropped first), BENCH_PORT (18201),
# BENCH_MANAGEMENT_PORT (18202, where the packaged app serves its health checks),
# BENCH_DURATION (20s), BENCH_WARMUP (5s), BENCH_JVM_OPTS and BENCH_TRAIN_OPTS (the options of the
# README's run and training commands; the app runs from its folder, as the README's commands do),
# BENCH_APP (target/quarkus-app), BENCH_ONLY (a regular expression: run only matching scenarios).
# The seeding posts comments faster than the comment rate limit allows one client: the app runs
# with BYLINE_COMMENTS_RATE_LIMIT=1000000. Needs curl, wrk, python3, psql. The 1-minute load average
# before each scenario is printed with it (it includes the benchmark itself, mostly the previous
# scenario); the app, PostgreSQL and wrk share the cores, so compare runs made on a quiet machine.
# When a scenario has errors, the app's log and wrk's output are kept in a folder the script names.
# A copy of target/quarkus-app must keep its files' times (cp -a): the JVM refuses a class-data
# archive whose jars look changed, and the start is then timed without it.
set -euo pipefail

cd "$(dirname "$0")/../../.."
DB=${BENCH_DB:-byline_read_bench}
PORT=${BENCH_PORT:-18201}
DURATION=${BENCH_DURATION:-20s}
WARMUP=${BENCH_WARMUP:-5s}
APP=${BENCH_APP:-target/quarkus-app}
JVM_OPTS=${BENCH_JVM_OPTS--XX:+UseSerialGC -Xms32m -Xmx72m -Xmn16m -Xss512k -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:ReservedCodeCacheSize=16m -XX:SharedArchiveFile=app-start.jsa}
TRAIN_OPTS=${BENCH_TRAIN_OPTS--XX:+UseSerialGC -Xms32m -Xmx72m -Xmn16m -Xss512k -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:ReservedCodeCacheSize=16m -XX:ArchiveClassesAtExit=app-start.jsa -Dbyline.exit-when-started=true}
ONLY=${BENCH_ONLY:-.}
JAR=$APP/quarkus-run.jar
MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-18202}
BASE="http://127.0.0.1:${PORT}"
# Health lives on the management port in the packaged app.
OPS="http://127.0.0.1:${MANAGEMENT_PORT}"
TOKEN="byl_bench-$(date +%s)-0123456789abcdefghijklmnop"
WORK=$(mktemp -d -t byline-read-bench.XXXXXX)
LOG=$WORK/app.log

[[ -f "$JAR" ]] || { echo "No $JAR: build it first with ./mvnw -B -q package -DskipTests" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }
if curl -s -o /dev/null "$BASE/" || curl -s -o /dev/null "$OPS/q/health/live"; then
  echo "Port $PORT or $MANAGEMENT_PORT is taken; set BENCH_PORT and BENCH_MANAGEMENT_PORT" >&2; exit 1
fi
psql -h localhost -U postgres -qAt -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null

APP_PID=
stop_app() {
  if [[ -n "$APP_PID" ]]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  APP_PID=
}
trap 'stop_app; rm -rf "$WORK"' EXIT

# Becomes the app, run from its folder with these JVM options: call it in a subshell, ( … ) or &,
# so that the subshell's PID is the app's.
launch() {
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:5432/$DB" QUARKUS_HTTP_PORT="$PORT" \
    QUARKUS_MANAGEMENT_PORT="$MANAGEMENT_PORT" QUARKUS_MANAGEMENT_HOST=127.0.0.1 \
    QUARKUS_HTTP_HOST=127.0.0.1 BYLINE_ADMIN_TOKEN="$TOKEN" BYLINE_COMMENTS_RATE_LIMIT=1000000 MALLOC_ARENA_MAX=2 \
    exec bash -c 'cd "$1" && shift && exec java "$@" -jar quarkus-run.jar' run "$APP" "$@" >>"$LOG" 2>&1
}

# Starts the app; READY_MS is the time from launch to the first /q/health/ready 200.
READY_MS=
start_app() {
  local t0 t1
  t0=$(date +%s%N)
  # shellcheck disable=SC2086 # JVM_OPTS is a list of options
  launch $JVM_OPTS &
  APP_PID=$!
  for _ in $(seq 1 3000); do
    if curl -sf -o /dev/null "$OPS/q/health/ready"; then
      t1=$(date +%s%N); READY_MS=$(( (t1 - t0) / 1000000 )); return 0
    fi
    kill -0 "$APP_PID" 2>/dev/null || { echo "The app did not start; see $LOG" >&2; cat "$LOG" >&2; exit 1; }
    sleep 0.02
  done
  echo "The app is not ready; see $LOG" >&2; exit 1
}

# The README's training start: it stops by itself once started, and the JVM writes app-start.jsa.
train_app() {
  rm -f "$APP/app-start.jsa"
  # shellcheck disable=SC2086 # TRAIN_OPTS is a list of options
  (launch $TRAIN_OPTS) || { echo "The training start failed; see $LOG" >&2; cat "$LOG" >&2; exit 1; }
}

echo "Creating and migrating $DB …"
start_app
echo "Seeding through the API …"
seed_start=$(date +%s)
python3 - "$BASE" "$TOKEN" "$WORK" <<'PY'
import http.client, json, random, sys, threading, urllib.parse
from concurrent.futures import ThreadPoolExecutor

base, token, work = sys.argv[1], sys.argv[2], sys.argv[3]
host = urllib.parse.urlparse(base)
local = threading.local()
random.seed(15)

def call(method, path, body=None):
    conn = getattr(local, "conn", None)
    if conn is None:
        conn = local.conn = http.client.HTTPConnection(host.hostname, host.port, timeout=60)
    headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
    conn.request(method, path, body=json.dumps(body).encode() if body is not None else None, headers=headers)
    response = conn.getresponse()
    data = response.read()
    if response.status >= 300:
        raise SystemExit(f"{method} {path}: {response.status} {data[:300]!r}")
    return json.loads(data) if data else None

words = ("the government minister said on tuesday that talks with the opposition would resume after the "
         "budget vote while farmers asked for help with wheat prices and the river rose above the old "
         "bridge where crowds gathered to watch engineers inspect the damage before the storm reached "
         "the coast and officials warned of more rain in the hills during the coming week").split()

def paragraph(n):
    return " ".join(random.choice(words) for _ in range(n)).capitalize() + "."

authors = [call("POST", "/api/v1/authors", {"name": f"Bench Author {i}", "bio": "Correspondent."})["slug"]
           for i in range(5)]
sections = [call("POST", "/api/v1/sections", {"name": f"Bench Section {i}"})["slug"] for i in range(8)]
tags = [call("POST", "/api/v1/tags", {"name": f"bench tag {i}"})["slug"] for i in range(30)]

def article(n):
    # ~6 KB of Markdown: a heading, paragraphs, a list; a rare word in every 200th article.
    parts = [f"## Part {n}", *(paragraph(95) for _ in range(9)), "- first point\n- second point\n- third point"]
    if n % 200 == 7:
        parts.append("A zeppelin was seen over the harbour.")
    body = {"title": f"Bench story {n}: " + " ".join(random.choice(words) for _ in range(6)),
            "dateline": "KABUL", "authors": random.sample(authors, 1 + n % 2),
            "section": sections[n % len(sections)], "tags": random.sample(tags, 3),
            "bodyMarkdown": "\n\n".join(parts), "status": "published",
            "publishedAt": f"2026-{1 + n % 11:02d}-{1 + n % 28:02d}T{n % 24:02d}:{n % 60:02d}:00Z"}
    created = call("POST", "/api/v1/articles", body)
    return created["id"], created["slug"]

with ThreadPoolExecutor(max_workers=6) as pool:
    items = list(pool.map(article, range(1000)))

def comment(i):
    item_id = items[i % 50][0]
    call("POST", f"/api/v1/articles/{item_id}/comments",
         {"authorName": f"Reader {i}", "authorEmail": f"reader{i}@example.org", "body": paragraph(40)})

with ThreadPoolExecutor(max_workers=6) as pool:
    list(pool.map(comment, range(500)))

with open(f"{work}/slugs.txt", "w") as f:
    f.writelines(f"/api/v1/articles/slug/{slug}\n" for _, slug in items)
with open(f"{work}/comments.txt", "w") as f:
    f.writelines(f"/api/v1/articles/{item_id}/comments\n" for item_id, _ in items[:50])
with open(f"{work}/edit-ids.txt", "w") as f:
    f.writelines(f"{item_id}\n" for item_id, _ in items[900:908])
PY
echo "Seeded in $(( $(date +%s) - seed_start )) s"
psql -h localhost -U postgres -qAt -d "$DB" -c "VACUUM ANALYZE" >/dev/null

stop_app
train_app
start_app
echo "Ready ${READY_MS} ms after launch (migrated database, after a training start)"

# The ETags for the 304 scenario: "path<TAB>etag" per line.
while read -r path; do
  etag=$(curl -sf -D - -o /dev/null "$BASE$path" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
  printf '%s\t%s\n' "$path" "$etag"
done <"$WORK/slugs.txt" >"$WORK/etags.txt"

cat >"$WORK/paths.lua" <<'LUA'
-- Cycles through the lines of BENCH_FILE: "path" or "path<TAB>If-None-Match".
local lines = {}
for line in io.lines(os.getenv("BENCH_FILE")) do lines[#lines + 1] = line end
local i = 0
request = function()
  i = i % #lines + 1
  local path, etag = lines[i]:match("^([^\t]+)\t?(.*)$")
  if etag ~= "" then return wrk.format("GET", path, { ["If-None-Match"] = etag }) end
  return wrk.format("GET", path)
end
LUA

cat >"$WORK/patch.lua" <<'LUA'
-- One editor per thread (wrk -t8 -c8), each on an item of its own: a JSON Merge Patch of the
-- standfirst with If-Match set to the ETag of the editor's last answer (no 412 expected).
local ids = {}
for line in io.lines(os.getenv("BENCH_FILE")) do ids[#ids + 1] = line end
local next_id = 1
setup = function(thread)
  thread:set("item", ids[next_id]); next_id = next_id + 1
end
local etag, n = "*", 0
request = function()
  n = n + 1
  return wrk.format("PATCH", "/api/v1/articles/" .. item, {
    ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN"),
    ["Content-Type"] = "application/merge-patch+json", ["If-Match"] = etag },
    '{"standfirst":"Edition ' .. n .. ' of the story"}')
end
response = function(status, headers, body)
  if headers["ETag"] then etag = headers["ETag"] end
end
LUA

pss_mib() { awk '/^Pss:/ {printf "%d", $2 / 1024}' "/proc/$APP_PID/smaps_rollup" 2>/dev/null || echo 0; }

ROWS=()
PEAK=0
# run <name> <threads> <connections> <lua> <file> <path>
run() {
  local name=$1 threads=$2 conns=$3 lua=$4 file=$5 path=$6 out peak sampler load
  [[ $name =~ $ONLY ]] || return 0
  load=$(cut -d' ' -f1 /proc/loadavg)
  BENCH_FILE=$file BENCH_TOKEN=$TOKEN wrk -t"$threads" -c"$conns" -d"$WARMUP" -s "$lua" "$BASE$path" >/dev/null
  echo 0 >"$WORK/pss"
  ( p=0; while kill -0 "$APP_PID" 2>/dev/null; do
      v=$(pss_mib); if (( v > p )); then p=$v; echo "$p" >"$WORK/pss"; fi; sleep 1
    done ) &
  sampler=$!
  out=$(BENCH_FILE=$file BENCH_TOKEN=$TOKEN wrk -t"$threads" -c"$conns" -d"$DURATION" --latency -s "$lua" "$BASE$path")
  kill "$sampler" 2>/dev/null || true; wait "$sampler" 2>/dev/null || true
  peak=$(cat "$WORK/pss"); (( peak > PEAK )) && PEAK=$peak
  local rps p50 p99 errors
  rps=$(awk '/^Requests\/sec:/ {printf "%d", $2}' <<<"$out")
  p50=$(awk '$1=="50%" {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx or 3xx/ {n+=$NF} /Socket errors/ {gsub(",",""); n+=$4+$6+$8+$10} END {print n+0}' <<<"$out")
  ROWS+=("$(printf '| %-34s | %9s | %8s | %8s | %6s | %8s | %5s |' "$name" "$rps" "$p50" "$p99" "$errors" "$peak" "$load")")
  echo "${ROWS[-1]}"
  if (( errors > 0 )); then
    # Errors are rare and worth a look: keep what the app said and what wrk saw (the work folder goes).
    local kept="${TMPDIR:-/tmp}/byline-read-bench-errors-$(date +%s)"
    mkdir -p "$kept" && cp "$LOG" "$kept/app.log" && printf '%s\n' "$out" >"$kept/wrk.txt"
    echo "  ($errors errors in \"$name\": the app's log and wrk's output are kept in $kept)" >&2
  fi
}

F=$WORK/paths.lua
one() { echo "$1" >"$WORK/$2"; echo "$WORK/$2"; }
echo
run "one article by slug"            2 32 "$F" "$WORK/slugs.txt" /
run "by slug, revalidated (304)"     2 32 "$F" "$WORK/etags.txt" /
run "list of 20 with bodies"         2 32 "$F" "$(one '/api/v1/articles?fields=id,slug,title,excerpt,authors,section,publishedAt,bodyHtml' list-bodies.txt)" /
run "list page without bodies"       2 32 "$F" "$(one '/api/v1/articles' list.txt)" /
run "comments of an article"         2 32 "$F" "$WORK/comments.txt" /
run "recent (/recent)"               2 32 "$F" "$(one '/api/v1/recent' recent.txt)" /
run "feeds (feed.xml, feed.json)"    2 32 "$F" "$(printf '/feed.xml\n/feed.json\n' >"$WORK/feeds.txt"; echo "$WORK/feeds.txt")" /
run "search, rare word"              2 32 "$F" "$(one '/api/v1/search?q=zeppelin' search.txt)" /
run "PATCH, 8 editors"               8 8 "$WORK/patch.lua" "$WORK/edit-ids.txt" /

echo
echo "Byline read benchmark: 1,000 articles (~6 KB), 500 comments; wrk -c32 ($WARMUP warm-up, $DURATION measured)"
echo "JVM options: $JVM_OPTS"
echo "Training start: $TRAIN_OPTS"
echo
printf '| %-34s | %9s | %8s | %8s | %6s | %8s | %5s |\n' "scenario" "req/s" "p50" "p99" "errors" "PSS MiB" "load"
echo "|------------------------------------|-----------|----------|----------|--------|----------|-------|"
printf '%s\n' "${ROWS[@]}"
printf '| %-34s | %9s | %8s | %8s | %6s | %8s | %5s |\n' "ready after launch (migrated db)" "${READY_MS} ms" "" "" "" "" ""
printf '| %-34s | %9s | %8s | %8s | %6s | %8s | %5s |\n' "server PSS, highest of the run" "" "" "" "" "$PEAK" ""
