#!/usr/bin/env bash
# Import benchmark (DESIGN.md section 7, issue 4 item 7): a ROWS-row B204-1 .xlsx (default 100,000) imported through
# the command line (`java -jar target/industrypulse.jar import --kind monthly ...`) with -Xmx512m, on a fresh H2 file
# database and on a scratch PostgreSQL database (industrypulse_bench_import, dropped at the end), each holding only
# the regions and a registry of the ROWS enterprises. Prints the import's own time (parse, review, store; printed by
# the command), the whole process's wall time (JVM and Spring start included) and the peak heap from the GC log,
# and fails when the import takes 10 s or more.
#
#   bench/import.sh              # 100,000 rows
#   bench/import.sh 20000        # fewer rows
# Needs: java 17, bc, GNU time (/usr/bin/time); PostgreSQL on PG_TEST_HOST:PG_TEST_PORT (default localhost:5432) as PG_TEST_USER/PG_TEST_PASSWORD
# (default postgres, no password); SKIP_POSTGRES=1 runs H2 only; IMPORT_JAVA_OPTS adds JVM options to the import (e.g. a
# flight recording); JAR=... imports with another build (an A/B comparison: alternate the two builds, run after run, as
# single runs on this VM vary by up to a third). Rebuilds the default jar when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${1:-100000}
PERIOD=2026-11
LIMIT_SECONDS=10
WORK=target/bench-import
JAR=${JAR:-target/industrypulse.jar}
export PG_TEST_USER=${PG_TEST_USER:-postgres} PG_TEST_PASSWORD=${PG_TEST_PASSWORD:-}

[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
./mvnw -B -q test-compile
[ -f target/test-classpath.txt ] || ./mvnw -B -q dependency:build-classpath \
  -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
status=0
run() {
  local db=$1
  rm -rf "$WORK/$db"
  mkdir -p "$WORK/$db"
  local url
  url=$(java -Xmx1g -cp "$CP" io.industrypulse.ingest.ImportBenchSetup "$db" "$WORK/$db" "$ROWS" 2>"$WORK/$db/setup.log" \
    | tail -1) || { cat "$WORK/$db/setup.log" >&2; return 1; }
  local file="$WORK/$db/b204-1-$ROWS.xlsx"
  local start end
  start=$(date +%s.%N)
  local profile=default user=sa password=
  if [ "$db" = postgres ]; then profile=postgres user=$PG_TEST_USER password=$PG_TEST_PASSWORD; fi
  # as in production: the postgres profile (DB_URL, DB_USER, DB_PASSWORD); H2 with the demo city switched off
  SPRING_PROFILES_ACTIVE=$profile DB_URL="$url" DB_USER="$user" DB_PASSWORD="$password" ADMIN_PASSWORD=Bench@2026-import \
    /usr/bin/time -f "cpu %U %S" -o "$WORK/$db/cpu.txt" java -Xmx512m -Xlog:gc:file="$WORK/$db/gc.log" ${IMPORT_JAVA_OPTS:-} \
    -jar "$JAR" import --kind monthly --period "$PERIOD" "$file" \
    "--spring.datasource.url=$url" "--spring.datasource.username=$user" "--spring.datasource.password=$password" \
    --industrypulse.demo.enabled=false --logging.level.root=WARN --logging.level.io.industrypulse.ingest=INFO \
    >"$WORK/$db/out.log" 2>&1 || true
  end=$(date +%s.%N)
  local summary
  summary=$(grep -E "已导入|导入被拒绝" "$WORK/$db/out.log" || true)
  if [ -z "$summary" ]; then
    echo "== $db: the import did not run:" >&2; tail -30 "$WORK/$db/out.log" >&2; status=1; return
  fi
  local seconds peak live
  seconds=$(sed -n 's/.*用时 \([0-9.]*\) 秒.*/\1/p' <<<"$summary")
  # heap from the GC log: peak = the most ever occupied (just before a collection), live = the most left after one
  peak=$(grep -oE '[0-9]+M->[0-9]+M' "$WORK/$db/gc.log" | sed -E 's/M->.*//' | sort -n | tail -1)
  live=$(grep -oE '[0-9]+M->[0-9]+M' "$WORK/$db/gc.log" | sed -E 's/.*->([0-9]+)M/\1/' | sort -n | tail -1)
  printf '== %s: %s\n   import %s s; whole process %.1f s (JVM and Spring start included); heap of 512 MB: peak %s MB, live after GC at most %s MB\n' \
    "$db" "$summary" "${seconds:-?}" "$(echo "$end - $start" | bc)" "${peak:-?}" "${live:-?}"
  grep -o 'Imported .*' "$WORK/$db/out.log" | sed 's/^/   /' || true
  awk '{ printf "   CPU of the whole process (all threads, JVM start included): %.1f s user + %.1f s system\n", $2, $3 }' \
    "$WORK/$db/cpu.txt"
  if [ -z "$seconds" ] || [ "$(echo "$seconds >= $LIMIT_SECONDS" | bc)" = 1 ]; then
    echo "   FAIL: the import took ${seconds:-?} s (limit $LIMIT_SECONDS s)"; status=1
  fi
}
run h2
if [ "${SKIP_POSTGRES:-0}" != 1 ]; then
  trap 'java -cp "$CP" io.industrypulse.ingest.ImportBenchSetup drop-postgres >/dev/null 2>&1 || true' EXIT
  run postgres
fi
exit $status
