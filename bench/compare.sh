#!/usr/bin/env bash
# Side by side (DESIGN.md section 7): the engine against one SQL query on PostgreSQL and on DuckDB over the same
# seeded rows. Usage: bench/compare.sh [enterprises=50000] [warmup=5] [iterations=9]
# PostgreSQL: PG_TEST_HOST/PG_TEST_PORT (localhost:5432), PG_TEST_USER/PG_TEST_PASSWORD (postgres, no password);
# creates and drops the scratch database industrypulse_bench. JVM options: BENCH_JAVA_OPTS (default -Xmx4g).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench test-compile
./mvnw -B -q -Pbench dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
# shellcheck disable=SC2086
exec java ${BENCH_JAVA_OPTS:--Xmx4g} \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  io.industrypulse.bench.CompareSql "$@"
