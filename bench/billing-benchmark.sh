#!/usr/bin/env bash
# A month of property-fee bills for every house of a generated database (issue 12), run twice (the second
# run must create nothing: the batch is idempotent).
#   bench/generate.sh --houses 1000000 --url jdbc:postgresql://127.0.0.1:5432/anju_bench_bil
#   bench/billing-benchmark.sh --url jdbc:postgresql://127.0.0.1:5432/anju_bench_bil [--month 2026-12]
# Gives estates without a project one (so every house is billed) and every project a fee per m², then times
# Bills.runMonth over all estates (one insert ... select per estate, in one transaction). See docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/anju-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [[ -z "$jar" || -n "$(find src pom.xml -newer "$jar" -type f -print -quit)" ]]; then
  mvn -q -B -DskipTests package
  jar=$(ls target/anju-*.jar | grep -v original | head -1)
fi
java ${BENCH_JAVA_OPTS:--Xmx2g} -Dloader.main=org.anju.demo.BillMonth -cp "$jar" \
  org.springframework.boot.loader.launch.PropertiesLauncher "$@" 2>&1 | grep -E "BENCH|projects started|ERROR"
