#!/usr/bin/env bash
# End-to-end web benchmark (DESIGN.md section 7, issues 5 and 18): the ranking page, a county page and
# GET /api/v1/growth under 64 concurrent connections with wrk on loopback. Each run measures the application twice, as a
# baseline in the same run: with the rendered-answer cache (web.RenderedPageCache, the default) and without it
# (industrypulse.web.page-cache.enabled=false), so every request renders the page or the JSON anew.
# Both requests ride on one logged-in session (form login); HTTP Basic would add a password hash per request. The
# API's rate limit (20 requests a second per user by default) is lifted for the run.
#
#   bench/web.sh                      # demo city (about 1,500 enterprises), in-memory H2, 20 s per URL
#   ENTERPRISES=50000 bench/web.sh    # the demo city scaled to about 50,000 enterprises (province size), loaded
#                                     # through `import --kind package` into a scratch H2 file database
#   DURATION=60s bench/web.sh         # longer runs
#   WARMUP=10s bench/web.sh           # a shorter warm-up per URL (30 s at 4 connections, then 5 s at 64)
#   ONLY=after-change bench/web.sh    # only the changes below, without the wrk runs
#   APP_JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/app.jfr,settings=profile bench/web.sh   # JVM options
#   APP_JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java bench/web.sh   # the application on another JDK
# With the cache off it also changes a county's target twice, then imports the latest month again twice (a B204-1
# workbook of the package's rows, through the import page), each time timing the ranking page at once and 5 s later.
# Needs: java 17, curl, wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18080}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-30s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
ENTERPRISES=${ENTERPRISES:-}
JAR=target/industrypulse.jar
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
APP=

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests

stop_app() {
  if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; APP=; fi
}
trap 'stop_app; rm -rf "$WORK"' EXIT

# the demo city times ceil(ENTERPRISES / 1525) (1 without ENTERPRISES: the demo city itself), written as a canonical
# package; its latest month also as a B204-1 workbook, re-imported through the import page by after_change
FACTOR=$(( (${ENTERPRISES:-1} + 1524) / 1525 ))
./mvnw -B -q -Pbench test-compile
./mvnw -B -q -Pbench dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
BENCH_CP="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
java -cp "$BENCH_CP" io.industrypulse.demo.ScaledDemo "$FACTOR" "$WORK/package"
java -Xmx2g -cp "$BENCH_CP" io.industrypulse.demo.MonthWorkbook "$WORK/package" latest "$WORK/month.xlsx"
if [ -n "$ENTERPRISES" ]; then
  # imported into an H2 file database
  DB_URL="jdbc:h2:file:$WORK/db/industrypulse;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
  START=$(date +%s)
  ADMIN_PASSWORD=Pulse-Admin-2026 java -Xmx4g -jar "$JAR" import --kind package "$WORK/package" \
    "--spring.datasource.url=$DB_URL" --industrypulse.demo.enabled=false --logging.level.root=WARN
  echo "== package imported in $(( $(date +%s) - START )) s"
  USER_NAME=admin PASSWORD=Pulse-Admin-2026 DEMO=false HEAP=-Xmx4g
else
  DB_URL="jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
  USER_NAME=analyst PASSWORD=Demo-City-2026 DEMO=true HEAP=-Xmx1g
fi

start_app() {
  # shellcheck disable=SC2086 # APP_JAVA_OPTS: more JVM options, e.g. a flight recording
  ADMIN_PASSWORD=Pulse-Admin-2026 "${APP_JAVA:-java}" "$HEAP" ${APP_JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" "--spring.datasource.url=$DB_URL" \
    --industrypulse.demo.enabled="$DEMO" --logging.level.root=WARN \
    --logging.level.io.industrypulse.monitor.MonitorService=INFO --logging.level.io.industrypulse.planning.WarningService=INFO \
    --industrypulse.api.rate-limit.per-second=1000000 --industrypulse.api.rate-limit.burst=1000000 \
    "$@" >"$WORK/app.log" 2>&1 &
  APP=$!
  local started=$(date +%s%N)
  for _ in $(seq 1 600); do
    curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && break
    sleep 0.2
  done
  curl -fs "$BASE/actuator/health" >/dev/null || { echo "the application did not start:" >&2; tail -40 "$WORK/app.log" >&2; exit 1; }
  echo "   started in $(( ($(date +%s%N) - started) / 1000000 )) ms"
  # log in through the form (CSRF token from the login page)
  local cookies="$WORK/cookies"
  rm -f "$cookies"
  local token
  token=$(curl -fs -c "$cookies" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -fs -b "$cookies" -c "$cookies" -o /dev/null \
    --data-urlencode "username=$USER_NAME" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" \
    "$BASE/login"
  SESSION=$(awk '$6 == "SESSION" { print $7 }' "$cookies" | tail -1)
  [ -n "$SESSION" ] || { echo "login failed" >&2; exit 1; }
  PERIOD=$(curl -fs -b "SESSION=$SESSION" "$BASE/monitor/ranking" \
    | sed -n 's/.*<option value="\([0-9-]*\)" selected.*/\1/p' | head -1)
  # the first county of the ranking (the largest at province size is as good as any: every county page reads only
  # its own view of the snapshot)
  COUNTY=$(curl -fs -b "SESSION=$SESSION" "$BASE/monitor/ranking?period=$PERIOD" \
    | sed -n 's/.*<tr data-code="\([0-9]*\)".*/\1/p' | head -1)
}

warm() {
  local name=$1 path=$2
  # the first request computes the snapshot (and renders); report it, then warm up the JIT. The warm-up starts
  # gently: under 64 connections at once the JIT's compiler threads get little of the 2 cores, and a cold path stayed
  # half-compiled for the whole run (92 req/s after a 5 s warm-up at 64 connections, 307 after 10 s at 4). The compiled
  # pages reach their steady state after about half a minute of load (the ranking page: 1,730 req/s after 15 s, 3,270
  # after 35 s), hence WARMUP; and every URL is warmed before the first is measured, as they share most of their code
  # (the first URL measured came out slowest when each was warmed just before its own run)
  echo "-- $name: first request $(curl -fs -b "SESSION=$SESSION" -o /dev/null -w '%{time_total}' "$BASE$path")s"
  wrk -t1 -c4 -d"$WARMUP" -H "Cookie: SESSION=$SESSION" "$BASE$path" >/dev/null
}

run() {
  local name=$1 path=$2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -H "Cookie: SESSION=$SESSION" "$BASE$path" >/dev/null
  echo "-- $name: GET $path ($CONNECTIONS connections, $DURATION)"
  # the server's CPU time per request: its user + system time (/proc/<pid>/stat, clock ticks) over the measured run,
  # divided by the requests. On a shared machine this varies far less than req/s, which depends on what else runs
  local before after out requests
  before=$(cpu_ticks)
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: SESSION=$SESSION" "$BASE$path")
  after=$(cpu_ticks)
  grep -E '^ +(50|90|99)%|Requests/sec|Non-2xx|Socket errors' <<<"$out"
  requests=$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' <<<"$out")
  awk -v t=$((after - before)) -v hz="$(getconf CLK_TCK)" -v n="$requests" \
    'BEGIN { printf "  server CPU per request: %.2f ms (%d requests)\n", (n > 0 ? t * 1000 / hz / n : 0), n }'
}

cpu_ticks() {
  # fields 14 and 15 of /proc/<pid>/stat, counted after the command name (which may hold spaces)
  awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$APP/stat"
}

measure() {
  warm "ranking page" "/monitor/ranking?period=$PERIOD"
  warm "county page" "/monitor/counties/$COUNTY?period=$PERIOD"
  warm "growth API" "/api/v1/growth?period=$PERIOD&group=county"
  run "ranking page" "/monitor/ranking?period=$PERIOD"
  run "county page" "/monitor/counties/$COUNTY?period=$PERIOD"
  run "growth API" "/api/v1/growth?period=$PERIOD&group=county"
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); application on $("${APP_JAVA:-java}" -version 2>&1 | head -1)"
if [ "${ONLY:-}" != after-change ]; then
  echo "== with the rendered-answer cache (default)"
  start_app
  measure
  stop_app
fi
# the first page after a change (issue 18 item 2): a county target changed through the form, then the ranking page at
# once (it waits for the snapshot's recomputation) and 5 s later
after_change() {
  local value token
  LOGGED=$(wc -l <"$WORK/app.log")
  for value in 9.1 9.3; do
    token=$(curl -fs -b "SESSION=$SESSION" "$BASE/targets" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
    curl -fs -b "SESSION=$SESSION" -o /dev/null --data-urlencode "year=${PERIOD%%-*}" \
      --data-urlencode "region=$COUNTY" --data-urlencode "value=$value" --data-urlencode confirmed=true \
      --data-urlencode "_csrf=$token" "$BASE/targets"
    echo -n "-- target of $COUNTY set to $value: "
    ranking_after
  done
  # the latest month again, as the bureau sends a corrected B204-1: the snapshot reads that month's rows only
  for round in 1 2; do
    token=$(curl -fs -b "SESSION=$SESSION" "$BASE/imports" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
    local took
    took=$(curl -fs -b "SESSION=$SESSION" -H "X-CSRF-TOKEN: $token" -F "period=$PERIOD" -F "file=@$WORK/month.xlsx" \
      -o "$WORK/import.html" -w '%{time_total}' "$BASE/imports")
    grep -q "的数据已导入为第" "$WORK/import.html" || { echo "the import of $PERIOD failed" >&2; exit 1; }
    echo -n "-- $PERIOD re-imported ($round) through the import page in ${took}s: "
    ranking_after
  done
}

ranking_after() {
  # the page, then the header's warning count its menu asks for once shown (WarningController#count), as a browser does
  echo "ranking page at once" \
    "$(curl -fs -b "SESSION=$SESSION" -o /dev/null -w '%{time_total}' "$BASE/monitor/ranking?period=$PERIOD")s" \
    "(then its warning count $(curl -fs -b "SESSION=$SESSION" -o /dev/null -w '%{time_total}' "$BASE/planning/warnings/count")s)," \
    "5 s later $(sleep 5; curl -fs -b "SESSION=$SESSION" -o /dev/null -w '%{time_total}' "$BASE/monitor/ranking?period=$PERIOD")s"
  # what the server recomputed meanwhile (the rows read, the snapshot, the warnings), from its log
  local lines
  lines=$(wc -l <"$WORK/app.log")
  sed -n "$(( LOGGED + 1 )),${lines}p" "$WORK/app.log" | grep -E 'read|computed' | sed 's/^.*Service *: /     /'
  LOGGED=$lines
}

echo "== baseline: cache off (industrypulse.web.page-cache.enabled=false)"
start_app --industrypulse.web.page-cache.enabled=false
[ "${ONLY:-}" = after-change ] || measure
after_change
stop_app
uptime
