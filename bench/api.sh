#!/usr/bin/env bash
# The API for programs (issue 17): GET /api/v1/growth with a personal Bearer token against the same request with
# HTTP Basic, in one run, 64 connections with wrk on loopback. HTTP Basic checks the password's BCrypt hash on every
# request (tens of milliseconds of CPU); a token is checked by the SHA-256 of a 256-bit random value, one indexed read.
# The run prints both figures and their ratio; issue 17 asks for the token path at 20 times the Basic path or more.
# The API's rate limit (20 requests a second per token or user by default) is lifted for the run.
#
#   bench/api.sh                  # demo city, in-memory H2, 20 s per path
#   DURATION=60s bench/api.sh
# Needs: java 17, curl, wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18081}
DURATION=${DURATION:-20s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
JAR=target/industrypulse.jar
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
USER_NAME=analyst
PASSWORD=Demo-City-2026
APP=

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests

trap 'if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; fi; rm -rf "$WORK"' EXIT

ADMIN_PASSWORD=Pulse-Admin-2026 java -Xmx1g -jar "$JAR" --server.port="$PORT" \
  "--spring.datasource.url=jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" \
  --logging.level.root=WARN \
  --industrypulse.api.rate-limit.per-second=1000000 --industrypulse.api.rate-limit.burst=1000000 \
  >"$WORK/app.log" 2>&1 &
APP=$!
for _ in $(seq 1 600); do
  curl -fs "$BASE/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 0.2
done
curl -fs "$BASE/actuator/health/readiness" >/dev/null || { echo "the application did not start:" >&2; tail -40 "$WORK/app.log" >&2; exit 1; }

# a token made on the account page, as a user makes one (form login, then the form; CSRF tokens from the pages)
cookies="$WORK/cookies"
csrf() { curl -fs -b "$cookies" -c "$cookies" "$BASE$1" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
curl -fs -b "$cookies" -c "$cookies" -o /dev/null --data-urlencode "username=$USER_NAME" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$(csrf /login)" "$BASE/login"
TOKEN=$(curl -fs -b "$cookies" -c "$cookies" --data-urlencode "name=bench" --data-urlencode "readOnly=true" \
  --data-urlencode "_csrf=$(csrf /account)" "$BASE/account/tokens" | grep -o 'ipt_[A-Za-z0-9_-]\{43\}' | head -1)
[ -n "$TOKEN" ] || { echo "no token was made" >&2; exit 1; }
BASIC=$(printf '%s:%s' "$USER_NAME" "$PASSWORD" | base64 -w0)
PERIOD=$(curl -fs -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/growth?period=2026-10" >/dev/null && echo 2026-10)
URL="$BASE/api/v1/growth?period=$PERIOD&group=county"

measure() {
  local name=$1 header=$2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d5s -H "$header" "$URL" >/dev/null
  echo "-- $name: GET /api/v1/growth ($CONNECTIONS connections, $DURATION)" >&2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "$header" "$URL" | tee "$WORK/$name.txt" \
    | grep -E '^ +(50|90|99)%|Requests/sec|Non-2xx|Socket errors' >&2
  awk '/Requests\/sec/ { print $2 }' "$WORK/$name.txt"
}

BASIC_RPS=$(measure basic "Authorization: Basic $BASIC")
BEARER_RPS=$(measure bearer "Authorization: Bearer $TOKEN")
awk -v b="$BASIC_RPS" -v t="$BEARER_RPS" \
  'BEGIN { printf "== Bearer %.1f req/s, Basic %.1f req/s: the token path is %.1fx the Basic path\n", t, b, t / b }'
uptime
