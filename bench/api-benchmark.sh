#!/usr/bin/env bash
# Runs the register's read API and pages under load against a generated database (bench/generate.sh).
#   bench/api-benchmark.sh --url jdbc:postgresql://127.0.0.1:5432/anju_bench [--duration 20s] [--connections 8]
# Starts the application on port 8097 against that database (profile bench: no demo loader, no embedded database),
# signs in as `county` (台前县) and as `province` (河南省; created here with county's password if missing),
# and prints wrk's latency and throughput for each endpoint. Needs wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
url="" duration=20s connections=8 port=8097
while [[ $# -gt 0 ]]; do
  case "$1" in
    --url) url="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[[ -n "$url" ]] || { echo "--url is required" >&2; exit 2; }
source bench/lib.sh
province_account
start_app

echo "database $db; $(psql -qtA -h 127.0.0.1 -U postgres -d "$db" -c 'select count(*) from reg_house') houses; wrk -t2 -c$connections -d$duration"
for who in county province; do
  cookie=$(session "$who")
  for path in "/api/v1/estates?size=20" "/api/v1/estates?size=20&page=50" "/api/v1/houses?size=20" \
              "/api/v1/owners?size=20" "/api/v1/regions" "/console/estates" "/console"; do
    result=$(wrk -t2 -c"$connections" -d"$duration" -H "Cookie: SESSION=$cookie" --latency "http://localhost:$port$path")
    rps=$(grep "Requests/sec" <<<"$result" | awk '{print $2}')
    p50=$(grep -E "^ +50%" <<<"$result" | awk '{print $2}')
    p99=$(grep -E "^ +99%" <<<"$result" | awk '{print $2}')
    non2xx=$(grep -o "Non-2xx or 3xx responses: [0-9]*" <<<"$result" | awk '{print $5}' || true)
    printf '%-9s %-36s %8s req/s  p50 %8s  p99 %8s  errors %s\n' "$who" "$path" "$rps" "$p50" "$p99" "${non2xx:-0}"
  done
done
