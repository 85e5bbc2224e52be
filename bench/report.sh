#!/usr/bin/env bash
# Report benchmark (issue 16: "generating the report for the demo city takes under 3 s"). Loads the demo city's
# package into a fresh H2 file database with `import --kind package`, then writes the monthly analysis report and the
# meeting brief, as .docx and .pdf, each with `report` in a fresh JVM: the time printed is the command's own (the
# engine snapshot computed on first use, the sections composed from the services, the file written), so every figure
# is a cold first generation. Baseline of the same run: the wall time of `compute` over the same package (JVM start
# and the engine over every group). Fails when a document takes 3 s or more.
#
#   bench/report.sh            # period 2026-10 (the demo city's latest)
#   bench/report.sh 2026-09
# Needs: java 17, bc. Rebuilds the jar when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

PERIOD=${1:-2026-10}
LIMIT_SECONDS=3
WORK=target/bench-report
JAR=target/industrypulse.jar

[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests
rm -rf "$WORK" && mkdir -p "$WORK"
DB="--spring.datasource.url=jdbc:h2:file:$(pwd)/$WORK/db;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
java -jar "$JAR" demo-data --out "$WORK/package" >/dev/null
java -jar "$JAR" import --kind package "$WORK/package" "$DB" >/dev/null

start=$(date +%s.%N)
java -jar "$JAR" compute --package "$WORK/package" --out "$WORK/results.json" >/dev/null
baseline=$(echo "$(date +%s.%N) - $start" | bc)
printf 'baseline: compute over the package, wall %.1f s\n' "$baseline"

status=0
for kind in analysis brief; do
  for format in docx pdf; do
    out="$WORK/$kind.$format"
    start=$(date +%s.%N)
    line=$(java -jar "$JAR" report --period "$PERIOD" --kind "$kind" --format "$format" --out "$out" "$DB" | tail -1)
    wall=$(echo "$(date +%s.%N) - $start" | bc)
    # "已生成《…》：FILE（N 字节，用时 S 秒）"
    seconds=$(echo "$line" | sed -E 's/.*用时 ([0-9.]+) 秒.*/\1/')
    printf '%-8s %-4s %6s s (wall %.1f s, %.2fx the baseline), %s bytes\n' "$kind" "$format" "$seconds" "$wall" \
      "$(echo "$wall / $baseline" | bc -l)" "$(stat -c %s "$out")"
    if [ "$(echo "$seconds >= $LIMIT_SECONDS" | bc)" = 1 ]; then
      echo "  over the target of $LIMIT_SECONDS s" >&2
      status=1
    fi
  done
done
exit $status
