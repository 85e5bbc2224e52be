#!/usr/bin/env bash
# Start benchmark (DESIGN.md section 7, issue 18 item 4): from `java -jar` on a fresh folder (a new H2 file database) to
# readiness, which is up once the demo city is loaded and the first growth snapshot computed; then one page, and the
# resident memory. Each run starts the application twice, alternating, as its own baseline:
#   plain  java -jar on the extracted jar (java -Djarmode=tools ... extract: the layout Spring Boot recommends for CDS)
#   cds    the same with a Class Data Sharing archive (-XX:SharedArchiveFile) made by a training run that stops after
#          the context refreshed (-Dspring.context.exit=onRefresh), as Spring Boot documents it
# and prints where the time went, from the application's log: JVM to Spring (the launcher, class loading), the Spring
# context (Flyway included), the demo city, and readiness.
#
#   bench/start.sh          # 3 runs of each
#   bench/start.sh 5        # 5 runs of each
#   JAVA_OPTS=-Xmx512m bench/start.sh
# Needs: java 17, curl. Rebuilds the jar when it is missing; the extracted jar and the archive go to target/start.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-3}
PORT=${PORT:-18097}
BASE="http://127.0.0.1:$PORT"
JAR=target/industrypulse.jar
OUT=$PWD/target/start
read -r -a OPTS <<<"${JAVA_OPTS:-}"
APP=
FOLDER=

[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests

stop_app() {
  if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=; fi
  if [ -n "$FOLDER" ]; then rm -rf "$FOLDER"; FOLDER=; fi
}
trap stop_app EXIT

# the archive is valid only for the same class path, to the byte: extract and train again for every build
rm -rf "$OUT"
mkdir -p "$OUT"
java -Djarmode=tools -jar "$JAR" extract --destination "$OUT/app" >/dev/null
FOLDER=$(mktemp -d)
started=$(date +%s%N)
(cd "$FOLDER" && ADMIN_PASSWORD=Pulse-Admin-2026 java "${OPTS[@]}" -XX:ArchiveClassesAtExit="$OUT/app.jsa" \
  -Dspring.context.exit=onRefresh -jar "$OUT/app/industrypulse.jar" --server.port="$PORT" \
  >"$OUT/training.log" 2>&1) || { echo "the training run failed:" >&2; tail -30 "$OUT/training.log" >&2; exit 1; }
rm -rf "$FOLDER"; FOLDER=
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
echo "CDS archive: $(du -m "$OUT/app.jsa" | cut -f1) MB, training run $(( ($(date +%s%N) - started) / 1000000 )) ms"

# one start: prints "<ready ms> <jvm to spring s> <spring context s> <demo ms> <rss MB> <page ms>"
start() {
  FOLDER=$(mktemp -d)
  local t0 ready
  t0=$(date +%s%N)
  (cd "$FOLDER" && exec env ADMIN_PASSWORD=Pulse-Admin-2026 java "${OPTS[@]}" "$@" -jar "$OUT/app/industrypulse.jar" \
    --server.port="$PORT" >"$FOLDER/app.log" 2>&1) &
  APP=$!
  for _ in $(seq 1 1200); do
    curl -fs "$BASE/actuator/health/readiness" >/dev/null 2>&1 && break
    sleep 0.05
  done
  curl -fs "$BASE/actuator/health/readiness" >/dev/null || { echo "not ready:" >&2; tail -40 "$FOLDER/app.log" >&2; exit 1; }
  ready=$(( ($(date +%s%N) - t0) / 1000000 ))
  # the first requests: sign in and open the ranking page
  local cookies="$FOLDER/cookies" token page
  token=$(curl -fs -c "$cookies" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -b "$cookies" -c "$cookies" -o /dev/null --data-urlencode username=analyst \
    --data-urlencode password=Demo-City-2026 --data-urlencode "_csrf=$token" "$BASE/login"
  page=$(curl -fs -b "$cookies" -o /dev/null -w '%{time_total}' "$BASE/monitor/ranking")
  local log="$FOLDER/app.log" spring running demo rss
  spring=$(sed -n 's/.*Started CommandLineMain in \([0-9.]*\) seconds (process running for \([0-9.]*\)).*/\1/p' "$log")
  running=$(sed -n 's/.*Started CommandLineMain in \([0-9.]*\) seconds (process running for \([0-9.]*\)).*/\2/p' "$log")
  demo=$(sed -n 's/.*示例数据已载入.*（\([0-9]*\) ms）.*/\1/p' "$log")
  rss=$(( $(ps -o rss= -p "$APP") / 1024 ))
  stop_app
  awk -v r="$ready" -v s="$spring" -v p="$running" -v d="${demo:-0}" -v m="$rss" -v g="$page" \
    'BEGIN { printf "%d %.2f %.2f %d %d %d\n", r, p - s, s, d, m, g * 1000 }'
}

printf '%-6s %9s %12s %15s %10s %8s %9s\n' build "ready ms" "JVM->Spring s" "Spring context s" "demo ms" "RSS MB" "page ms"
declare -A READY
for i in $(seq 1 "$RUNS"); do
  for build in plain cds; do
    if [ "$build" = cds ]; then line=$(start -XX:SharedArchiveFile="$OUT/app.jsa"); else line=$(start); fi
    read -r ready jvm spring demo rss page <<<"$line"
    printf '%-6s %9d %12s %15s %10d %8d %9d\n' "$build" "$ready" "$jvm" "$spring" "$demo" "$rss" "$page"
    READY[$build]="${READY[$build]:-} $ready"
  done
done
median() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
plain=$(median "${READY[plain]}")
cds=$(median "${READY[cds]}")
awk -v p="$plain" -v c="$cds" 'BEGIN { printf "median ready: plain %d ms, cds %d ms, cds / plain %.2f\n", p, c, c / p }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
