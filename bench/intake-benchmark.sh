#!/usr/bin/env bash
# Complaint intake under load (issue 7) beside the bare endpoint of the same application, in the same run.
#   createdb -h 127.0.0.1 -U postgres anju_bench_intake
#   bench/generate.sh --scale county --url jdbc:postgresql://127.0.0.1:5432/anju_bench_intake
#   bench/intake-benchmark.sh --url jdbc:postgresql://127.0.0.1:5432/anju_bench_intake [--threads 8] [--seconds 20]
# Starts the application on port 8098 (profile bench: PostgreSQL at --url, the bare endpoint on), signs in as the
# township clerk chengguan and runs bench/IntakeBench.java (a closed-loop Java load generator, no install needed).
set -euo pipefail
cd "$(dirname "$0")/.."
url="" threads=8 seconds=20 port=8098
while [[ $# -gt 0 ]]; do
  case "$1" in
    --url) url="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[[ -n "$url" ]] || { echo "--url is required" >&2; exit 2; }
jar=$(ls target/anju-*.jar 2>/dev/null | grep -v original | head -1 || true)
[[ -n "$jar" ]] || { mvn -q -B -DskipTests package; jar=$(ls target/anju-*.jar | grep -v original | head -1); }
# a previous run's application still shutting down would answer the health check and then vanish mid-run
if curl -s -o /dev/null "http://localhost:$port/actuator/health"; then
  echo "port $port is still answering: wait for the previous application to exit" >&2; exit 1
fi
log=$(mktemp)
java ${BENCH_JAVA_OPTS:--Xmx2g} -jar "$jar" --spring.profiles.active=bench --server.port=$port \
  --spring.datasource.url="$url" --spring.datasource.username=postgres --anju.security.rate-limit.login-per-minute=1000 \
  --anju.scheduling.enabled=false >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 120); do curl -sf "http://localhost:$port/actuator/health" >/dev/null && break; sleep 1; done
db="${url##*/}"
before=$(psql -qtA -h 127.0.0.1 -U postgres -d "$db" -c 'select count(*) from cas_case')
java bench/IntakeBench.java "http://localhost:$port" chengguan 'Anju@2026' "$threads" "$seconds"
after=$(psql -qtA -h 127.0.0.1 -U postgres -d "$db" -c 'select count(*) from cas_case')
echo "cas_case rows: $before before, $after after"
