#!/usr/bin/env bash
# Generates a register of the demo's shape at any scale straight into PostgreSQL.
#   bench/generate.sh --scale county|city|province --url jdbc:postgresql://127.0.0.1:5432/anju_bench
#   bench/generate.sh --houses 1000000 --url jdbc:postgresql://127.0.0.1:5432/anju_bench [--user postgres] [--seed 1]
# The database must exist (createdb); the application's Flyway migrations run first. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=$(ls target/anju-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [[ -z "$jar" || -n "$(find src pom.xml -newer "$jar" -type f -print -quit)" ]]; then
  mvn -q -B -DskipTests package
  jar=$(ls target/anju-*.jar | grep -v original | head -1)
fi
java ${BENCH_JAVA_OPTS:--Xmx4g} -Dloader.main=org.anju.demo.Generate -cp "$jar" \
  org.springframework.boot.loader.launch.PropertiesLauncher "$@"
# After a bulk COPY nothing is vacuumed yet: set the visibility map and the planner statistics as a
# database in service would have them, so that benchmarks measure index-only scans and real plans.
url="" user=postgres
while [[ $# -gt 0 ]]; do case "$1" in --url) url="$2"; shift 2 ;; --user) user="$2"; shift 2 ;; *) shift ;; esac; done
if [[ "$url" =~ ^jdbc:postgresql://([^:/]+)(:([0-9]+))?/([^?]+) ]] && command -v psql >/dev/null; then
  echo "vacuum analyze ${BASH_REMATCH[4]}"
  psql -q -h "${BASH_REMATCH[1]}" -p "${BASH_REMATCH[3]:-5432}" -U "$user" -d "${BASH_REMATCH[4]}" -c "vacuum analyze"
fi
