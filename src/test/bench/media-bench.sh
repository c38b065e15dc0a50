#!/usr/bin/env bash
# Media rendition benchmark (not a test). Starts the packaged app on loopback against its own
# database and media directory, uploads 12-megapixel JPEGs (4000 × 3000, made here by a few
# lines of Java so nothing big is kept in the repository), then times the first request of a
# 1280-wide WebP rendition of each (decode, downscale, encode, store) and repeated requests of
# a rendition already made (read from storage and sent).
#
#   ./mvnw -B -q package -DskipTests        # once: builds target/quarkus-app
#   src/test/bench/media-bench.sh           # from the repository root
#
# Settings (environment): BENCH_DB (byline_bench_media), BENCH_PORT (18092), BENCH_IMAGES (5
# originals, one first request each), BENCH_REQUESTS (200 cached requests, after 20 warm-up
# ones). PostgreSQL as the app's default (localhost:5432, user postgres). Everything stays on
# localhost; the database and the media directory are removed at the end.
set -euo pipefail

cd "$(dirname "$0")/../../.."
DB=${BENCH_DB:-byline_bench_media}
PORT=${BENCH_PORT:-18092}
IMAGES=${BENCH_IMAGES:-5}
REQUESTS=${BENCH_REQUESTS:-200}
WARMUP=20
JAR=target/quarkus-app/quarkus-run.jar
MANAGEMENT_PORT=${BENCH_MANAGEMENT_PORT:-18093}
BASE="http://127.0.0.1:${PORT}"
# Health lives on the management port in the packaged app.
OPS="http://127.0.0.1:${MANAGEMENT_PORT}"
TOKEN="byl_bench-$(date +%s)-0123456789abcdefghijklmnopqrstuvwxyz"
PSQL=(psql -h localhost -U postgres -v ON_ERROR_STOP=1 -qAt)

[[ -f "$JAR" ]] || { echo "No $JAR: build it first with ./mvnw -B -q package -DskipTests" >&2; exit 1; }
if curl -s -o /dev/null "$BASE/" || curl -s -o /dev/null "$OPS/q/health/live"; then
  echo "Port $PORT or $MANAGEMENT_PORT is taken; set BENCH_PORT and BENCH_MANAGEMENT_PORT" >&2; exit 1
fi
WORK=$(mktemp -d -t byline-media-bench.XXXXXX)
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB"

# 12-megapixel JPEGs with gradients, shapes and noise (so they compress like photographs).
cat >"$WORK/MakePhoto.java" <<'JAVA'
import java.awt.*;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;
import javax.imageio.*;
import javax.imageio.stream.ImageOutputStream;

public class MakePhoto {
    public static void main(String[] args) throws Exception {
        int w = 4000, h = 3000;
        for (int n = 0; n < Integer.parseInt(args[1]); n++) {
            Random random = new Random(n);
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setPaint(new GradientPaint(0, 0, new Color(30, 80 + n * 20, 160), w, h, new Color(240, 200, 90)));
            g.fillRect(0, 0, w, h);
            for (int i = 0; i < 300; i++) {
                g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 90));
                g.fillOval(random.nextInt(w), random.nextInt(h), 50 + random.nextInt(600), 50 + random.nextInt(600));
            }
            g.dispose();
            int[] row = new int[w];
            for (int y = 0; y < h; y++) {
                image.getRGB(0, y, w, 1, row, 0, w);
                for (int x = 0; x < w; x++) {
                    int d = random.nextInt(17) - 8;
                    int r = Math.max(0, Math.min(255, ((row[x] >> 16) & 255) + d));
                    int gr = Math.max(0, Math.min(255, ((row[x] >> 8) & 255) + d));
                    int b = Math.max(0, Math.min(255, (row[x] & 255) + d));
                    row[x] = (r << 16) | (gr << 8) | b;
                }
                image.setRGB(0, y, w, 1, row, 0, w);
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            try (ImageOutputStream out = ImageIO.createImageOutputStream(new File(args[0] + "/photo-" + n + ".jpg"))) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, null), param);
            }
        }
    }
}
JAVA
echo "Making $IMAGES 4000×3000 JPEGs …"
java -Xmx1g "$WORK/MakePhoto.java" "$WORK" "$IMAGES"

LOG="$WORK/app.log"
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://localhost:5432/$DB" QUARKUS_HTTP_PORT="$PORT" \
  QUARKUS_MANAGEMENT_PORT="$MANAGEMENT_PORT" QUARKUS_MANAGEMENT_HOST=127.0.0.1 \
  QUARKUS_HTTP_HOST=127.0.0.1 BYLINE_ADMIN_TOKEN="$TOKEN" BYLINE_MEDIA_DIRECTORY="$WORK/media" \
  java -Xmx1g -jar "$JAR" >"$LOG" 2>&1 &
APP_PID=$!
cleanup() {
  kill "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" || true
  rm -rf "$WORK"
}
trap cleanup EXIT
for _ in $(seq 1 120); do
  curl -sf -o /dev/null "$OPS/q/health/ready" && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "The app did not start; see $LOG" >&2; exit 1; }
  sleep 0.5
done
curl -sf -o /dev/null "$OPS/q/health/ready" || { echo "The app is not ready; see $LOG" >&2; exit 1; }

percentile() { # sorted file, p (0-100) → value (nearest rank)
  local n; n=$(wc -l <"$1")
  local rank=$(( (n * $2 + 99) / 100 )); (( rank < 1 )) && rank=1
  sed -n "${rank}p" "$1"
}
ms() { awk '{ printf "%.1f\n", $1 * 1000 }'; }

urls=()
upload_ms=$(mktemp -p "$WORK")
for n in $(seq 0 $((IMAGES - 1))); do
  out=$(curl -sS -w '\n%{time_total}' -H "Authorization: Bearer $TOKEN" \
    -F "file=@$WORK/photo-$n.jpg;type=image/jpeg" "$BASE/api/v1/media")
  echo "$out" | tail -1 | ms >>"$upload_ms"
  urls+=("$(echo "$out" | head -1 | sed -E 's/.*"url":"([^"]+)".*/\1/')")
done
size=$(stat -c %s "$WORK/photo-0.jpg")

first=$(mktemp -p "$WORK")
for url in "${urls[@]}"; do
  curl -sS -o "$WORK/first.webp" -w '%{time_total}\n' "$BASE$url?w=1280&format=webp" | ms >>"$first"
done
sort -n -o "$first" "$first"
sort -n -o "$upload_ms" "$upload_ms"

cached=$(mktemp -p "$WORK")
url="$BASE${urls[0]}?w=1280&format=webp"
for _ in $(seq 1 $WARMUP); do curl -s -o /dev/null "$url"; done
# One curl process, one keep-alive connection, every request timed.
args=()
for _ in $(seq 1 "$REQUESTS"); do args+=(-o /dev/null -w '%{time_total}\n' "$url"); done
curl -s "${args[@]}" | ms | sort -n >"$cached"
webp=$(stat -c %s "$WORK/first.webp")

echo
echo "Original: 4000×3000 JPEG, $((size / 1024)) KiB; rendition: 1280 wide WebP, $((webp / 1024)) KiB"
printf '%-34s %9s %9s %9s\n' "" "p50 ms" "p95 ms" "max ms"
printf '%-34s %9s %9s %9s\n' "upload (checks, strip, store)" "$(percentile "$upload_ms" 50)" \
  "$(percentile "$upload_ms" 95)" "$(tail -1 "$upload_ms")"
printf '%-34s %9s %9s %9s\n' "first request (make + store)" "$(percentile "$first" 50)" \
  "$(percentile "$first" 95)" "$(tail -1 "$first")"
printf '%-34s %9s %9s %9s\n' "cached request" "$(percentile "$cached" 50)" \
  "$(percentile "$cached" 95)" "$(tail -1 "$cached")"
echo
echo "$IMAGES first requests (one per original) and $REQUESTS cached ones over one keep-alive connection (curl)."
