#!/usr/bin/env bash
# One quarter's interest allocated to every house account of a generated database (issue 8), against a single SQL
# UPDATE of the same rows' stored balances (the issue's target: within 2x).
#   bench/generate.sh --houses 1000000 --url jdbc:postgresql://127.0.0.1:5432/anju_bench_fnd
#   bench/fund-interest-benchmark.sh --url jdbc:postgresql://127.0.0.1:5432/anju_bench_fnd [--user postgres]
# Writes a first deposit for every house (as the demo; once), then times the county batch for the quarter after the
# last one allocated (each run the next quarter), the baseline UPDATE and the invariant check. See docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
url=""
source bench/lib.sh
java ${BENCH_JAVA_OPTS:--Xmx2g} -Dloader.main=org.anju.demo.InterestBench -cp "$(fresh_jar)" \
  org.springframework.boot.loader.launch.PropertiesLauncher "$@" 2>&1 | grep -E "BENCH|ERROR|Interest batch"
