#!/usr/bin/env bash
# Side by side (DESIGN.md section 7): the engine against one SQL query on PostgreSQL and on DuckDB over the same
# seeded rows. Usage: bench/compare.sh [enterprises=50000] [warmup=5] [iterations=9]
# PostgreSQL: PG_TEST_HOST/PG_TEST_PORT (localhost:5432), PG_TEST_USER/PG_TEST_PASSWORD (postgres, no password);
# creates and drops the scratch database industrypulse_bench. JVM options: BENCH_JAVA_OPTS (default: a fixed 4 GiB
# heap, its pages touched at start, as a server runs; without that the first runs also pay the kernel's first touch
# of every young-generation page, which doubles the engine's time for its first dozen runs on this machine).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench test-compile
./mvnw -B -q -Pbench dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
# shellcheck disable=SC2086
exec java ${BENCH_JAVA_OPTS:--Xms4g -Xmx4g -XX:+AlwaysPreTouch} \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  io.industrypulse.bench.CompareSql "$@"
