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
exec java ${BENCH_JAVA_OPTS:--Xmx4g} -Dloader.main=org.anju.demo.Generate -cp "$jar" \
  org.springframework.boot.loader.launch.PropertiesLauncher "$@"
