#!/usr/bin/env bash
# End-to-end web benchmark (DESIGN.md section 7, issue 5 item 7): the ranking page and GET /api/v1/growth under
# 64 concurrent connections with wrk on loopback, on the demo city (in-memory H2, so the run leaves nothing behind).
# Both requests ride on one logged-in session (form login); HTTP Basic would add a password hash per request.
#
#   bench/web.sh                 # builds the jar if missing, 20 s per URL
#   DURATION=60s bench/web.sh    # longer runs
# Needs: java 17, curl, wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18080}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
JAR=target/industrypulse.jar
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
[ -f "$JAR" ] || ./mvnw -B -q -o package -DskipTests

ADMIN_PASSWORD=Admin@2026 java -Xmx1g -jar "$JAR" --server.port="$PORT" \
  "--spring.datasource.url=jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" \
  --logging.level.root=WARN >"$WORK/app.log" 2>&1 &
APP=$!
trap 'kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; rm -rf "$WORK"' EXIT

for _ in $(seq 1 120); do
  curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "$BASE/actuator/health" >/dev/null || { echo "the application did not start:" >&2; tail -40 "$WORK/app.log" >&2; exit 1; }

# log in as the analyst through the form (CSRF token from the login page)
JAR_FILE="$WORK/cookies"
TOKEN=$(curl -fs -c "$JAR_FILE" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -fs -b "$JAR_FILE" -c "$JAR_FILE" -o /dev/null \
  --data-urlencode "username=analyst" --data-urlencode "password=Demo@2026" --data-urlencode "_csrf=$TOKEN" "$BASE/login"
SESSION=$(awk '$6 == "JSESSIONID" { print $7 }' "$JAR_FILE" | tail -1)
[ -n "$SESSION" ] || { echo "login failed" >&2; exit 1; }
PERIOD=$(curl -fs -b "JSESSIONID=$SESSION" "$BASE/monitor/ranking" | sed -n 's/.*<option value="\([0-9-]*\)" selected.*/\1/p' | head -1)

run() {
  local name=$1 path=$2
  # warm up (snapshot, JIT), then measure
  curl -fs -b "JSESSIONID=$SESSION" -o /dev/null "$BASE$path"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -H "Cookie: JSESSIONID=$SESSION" "$BASE$path" >/dev/null
  echo "== $name: GET $path ($CONNECTIONS connections, $DURATION)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: JSESSIONID=$SESSION" "$BASE$path" \
    | sed -n '/Latency Distribution/,/Requests\/sec/p;/Non-2xx/p'
}

run "ranking page" "/monitor/ranking?period=$PERIOD"
run "growth API" "/api/v1/growth?period=$PERIOD&group=county"
