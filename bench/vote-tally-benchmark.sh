#!/usr/bin/env bash
# The tally of a 10 000-house estate (issue 5, target <= 50 ms): see bench/VoteTallyBenchmark.java.
# Usage: bench/vote-tally-benchmark.sh [--url jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres]
# Without --url only the in-memory roll and count are timed. Needs the compiled classes (mvn compile).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d target/classes/org/anju/voting ]; then
  mvn -q -o compile || mvn -q compile
fi
driver=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)
exec java ${BENCH_JAVA_OPTS:--Xmx512m} -cp "target/classes:${driver}" bench/VoteTallyBenchmark.java "$@"
