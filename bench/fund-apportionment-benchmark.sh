#!/usr/bin/env bash
# One usage apportioned over 10 000 houses (issue 8, target <= 100 ms): see bench/ApportionmentBenchmark.java.
# Usage: bench/fund-apportionment-benchmark.sh [houses]. Needs the compiled classes (mvn compile).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d target/classes/org/anju/fund ]; then
  mvn -q -o compile || mvn -q compile
fi
exec java ${BENCH_JAVA_OPTS:--Xmx512m} -cp target/classes bench/ApportionmentBenchmark.java "$@"
