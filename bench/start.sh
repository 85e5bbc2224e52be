#!/usr/bin/env bash
# Start benchmark (DESIGN.md section 7, issue 18 item 4): from `java -jar` on a fresh folder (a new H2 file database) to
# readiness, which is up once the demo city is loaded and the first growth snapshot computed; then one page, and the
# resident memory. Each run starts the application three ways, alternating, the first as the baseline of the others:
#   plain  java -jar on the extracted jar (java -Djarmode=tools ... extract: the layout Spring Boot recommends for CDS),
#          with the default java (JDK 17, the project's release)
#   cds    the same with a Class Data Sharing archive (-XX:SharedArchiveFile) made by a training run that stops after
#          the context refreshed (-Dspring.context.exit=onRefresh), as Spring Boot documents it
#   aot    the same jar on JDK 25 or later with its AOT cache (JEP 483, 514, 515: classes loaded and linked ahead, and
#          method profiles), made by a training run that goes as far as a measured start: the demo city, readiness,
#          sign-in and the ranking page, then SIGTERM (the JVM writes the cache as it exits)
# and prints where the time went, from the application's log: JVM to Spring (the launcher, class loading), the Spring
# context (Flyway included), the demo city, and readiness.
#
#   bench/start.sh          # 3 runs of each
#   bench/start.sh 5        # 5 runs of each
#   JAVA_OPTS="-Xmx1g -Dspring.main.lazy-initialization=true" bench/start.sh
#   AOT_JAVA=/opt/jdk-25/bin/java bench/start.sh
# JAVA_OPTS (default -Xmx1g, the heap of docs/operations.md) goes to every start and training run. AOT_JAVA is the
# JDK 25+ java; by default the first one under /usr/lib/jvm. Without one the aot build is left out, and said so.
# Needs: java 17, curl. Rebuilds the jar when it is missing; the extracted jar, archive and cache go to target/start.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-3}
PORT=${PORT:-18097}
BASE="http://127.0.0.1:$PORT"
JAR=target/industrypulse.jar
OUT=$PWD/target/start
read -r -a OPTS <<<"${JAVA_OPTS:--Xmx1g}"
APP=
FOLDER=

[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests

major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'; }
AOT_JAVA=${AOT_JAVA:-}
if [ -z "$AOT_JAVA" ]; then
  for candidate in /usr/lib/jvm/*/bin/java; do
    if [ -x "$candidate" ] && [ "$(major "$candidate")" -ge 25 ] 2>/dev/null; then AOT_JAVA=$candidate; break; fi
  done
fi

stop_app() {
  if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=; fi
  if [ -n "$FOLDER" ]; then rm -rf "$FOLDER"; FOLDER=; fi
}
trap stop_app EXIT

# launches the extracted jar in a fresh folder: launch <java> [jvm options...]
launch() {
  local java=$1
  shift
  FOLDER=$(mktemp -d)
  (cd "$FOLDER" && exec env ADMIN_PASSWORD=Pulse-Admin-2026 "$java" "${OPTS[@]}" "$@" \
    -jar "$OUT/app/industrypulse.jar" --server.port="$PORT" >"$FOLDER/app.log" 2>&1) &
  APP=$!
}

await_ready() {
  for _ in $(seq 1 1200); do
    curl -fs "$BASE/actuator/health/readiness" >/dev/null 2>&1 && return 0
    sleep 0.05
  done
  echo "not ready:" >&2
  tail -40 "$FOLDER/app.log" >&2
  exit 1
}

# the first requests: sign in and open the ranking page; prints the page's time in seconds
first_page() {
  local cookies="$FOLDER/cookies" token
  token=$(curl -fs -c "$cookies" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -b "$cookies" -c "$cookies" -o /dev/null --data-urlencode username=analyst \
    --data-urlencode password=Demo-City-2026 --data-urlencode "_csrf=$token" "$BASE/login"
  curl -fs -b "$cookies" -o /dev/null -w '%{time_total}' "$BASE/monitor/ranking"
}

# the archive and the cache are valid only for the same class path, to the byte: extract and train for every build
rm -rf "$OUT"
mkdir -p "$OUT"
java -Djarmode=tools -jar "$JAR" extract --destination "$OUT/app" >/dev/null
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
echo "JVM options: ${OPTS[*]}"
started=$(date +%s%N)
FOLDER=$(mktemp -d)
(cd "$FOLDER" && ADMIN_PASSWORD=Pulse-Admin-2026 java "${OPTS[@]}" -XX:ArchiveClassesAtExit="$OUT/app.jsa" \
  -Dspring.context.exit=onRefresh -jar "$OUT/app/industrypulse.jar" --server.port="$PORT" \
  >"$OUT/training.log" 2>&1) || { echo "the training run failed:" >&2; tail -30 "$OUT/training.log" >&2; exit 1; }
rm -rf "$FOLDER"; FOLDER=
echo "CDS archive: $(du -m "$OUT/app.jsa" | cut -f1) MB, training run $(( ($(date +%s%N) - started) / 1000000 )) ms"
BUILDS=(plain cds)
if [ -n "$AOT_JAVA" ]; then
  started=$(date +%s%N)
  launch "$AOT_JAVA" -XX:AOTCacheOutput="$OUT/app.aot"
  await_ready
  first_page >/dev/null
  cp "$FOLDER/app.log" "$OUT/aot-training.log"
  stop_app
  [ -s "$OUT/app.aot" ] || { echo "the AOT training run wrote no cache" >&2; tail -30 "$OUT/aot-training.log" >&2; exit 1; }
  echo "AOT cache: $(du -m "$OUT/app.aot" | cut -f1) MB, training run $(( ($(date +%s%N) - started) / 1000000 )) ms," \
    "$("$AOT_JAVA" -version 2>&1 | head -1)"
  BUILDS+=(aot)
else
  echo "no JDK 25 or later under /usr/lib/jvm and no AOT_JAVA: the aot build is left out"
fi

# one start: prints "<ready ms> <jvm to spring s> <spring context s> <demo ms> <rss MB> <page ms>"
start() {
  local t0 ready page
  t0=$(date +%s%N)
  launch "$@"
  await_ready
  ready=$(( ($(date +%s%N) - t0) / 1000000 ))
  page=$(first_page)
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
  for build in "${BUILDS[@]}"; do
    case $build in
      plain) line=$(start java) ;;
      cds) line=$(start java -XX:SharedArchiveFile="$OUT/app.jsa") ;;
      aot) line=$(start "$AOT_JAVA" -XX:AOTCache="$OUT/app.aot") ;;
    esac
    read -r ready jvm spring demo rss page <<<"$line"
    printf '%-6s %9d %12s %15s %10d %8d %9d\n' "$build" "$ready" "$jvm" "$spring" "$demo" "$rss" "$page"
    READY[$build]="${READY[$build]:-} $ready"
  done
done
median() { tr ' ' '\n' <<<"$1" | grep -v '^$' | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
plain=$(median "${READY[plain]}")
summary="median ready: plain $plain ms"
for build in "${BUILDS[@]:1}"; do
  m=$(median "${READY[$build]}")
  summary+=$(awk -v b="$build" -v m="$m" -v p="$plain" 'BEGIN { printf ", %s %d ms (%s / plain %.2f)", b, m, b, m / p }')
done
echo "$summary"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
