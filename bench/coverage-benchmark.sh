#!/usr/bin/env bash
# The coverage dashboard at scale: GET /api/v1/stats/coverage (and its drill-down and trend) against the same
# figures computed by one hand-written SQL aggregate in psql, on a generated database (bench/generate.sh). An estate
# counts as covered when every one of its management areas is (decision 0027).
#   bench/coverage-benchmark.sh --url jdbc:postgresql://127.0.0.1:5432/anju_bench [--runs 30]
# Starts the application on port 8098 (profile bench), signs in as `province` (河南省; created with county's
# password if missing) and as `county` (台前县), times each call with curl (warm: 5 calls first) and the
# aggregate with psql's \timing, and prints median and 90th percentile of each, and the ratio of medians.
set -euo pipefail
cd "$(dirname "$0")/.."
url="" runs=30 port=8098
while [[ $# -gt 0 ]]; do
  case "$1" in
    --url) url="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[[ -n "$url" ]] || { echo "--url is required" >&2; exit 2; }
source bench/lib.sh
province_account
start_app

stats() { # reads milliseconds, one per line; prints "median p90"
  sort -n | awk '{a[NR]=$1} END {m=a[int((NR+1)/2)]; p=a[int(NR*0.9+0.5)]; printf "%.1f %.1f", m, p}'
}

api() { # who path → "median p90" in ms
  local cookie=$1 path=$2
  for _ in 1 2 3 4 5; do curl -sf -o /dev/null -H "Cookie: SESSION=$cookie" "http://localhost:$port$path"; done
  for _ in $(seq 1 "$runs"); do
    curl -sf -o /dev/null -w '%{time_total}\n' -H "Cookie: SESSION=$cookie" "http://localhost:$port$path"
  done | awk '{print $1 * 1000}' | stats
}

sql() { # prefix → "median p90" in ms of the hand-written aggregate over estates whose path starts with prefix
  local prefix=$1 query
  query="select t.id, t.name, count(*) as estates,
    count(*) filter (where not exists (select 1 from reg_management_area a where a.estate_id = e.id
                       and not exists (select 1 from gov_committee g where g.area_id = a.id and g.status = 'FILED'))),
    count(*) filter (where not exists (select 1 from reg_management_area a where a.estate_id = e.id
                       and not exists (select 1 from mkt_service_mode m where m.area_id = a.id and m.to_date is null
                                         and m.mode <> 'NONE'))),
    count(*) filter (where exists (select 1 from pty_organization_estate pe where pe.estate_id = e.id))
  from reg_estate e join reg_region c on c.id = e.community_id join reg_region t on t.id = c.parent_id
  where e.region_path like '$prefix%' group by t.id, t.name order by t.id;"
  { echo '\timing on'; for _ in $(seq 1 $((runs + 5))); do echo "$query"; done; } \
    | psql -q -h 127.0.0.1 -U postgres -d "$db" -o /dev/null 2>&1 | grep -o 'Time: [0-9.]*' | awk '{print $2}' \
    | tail -n "$runs" | stats
}

echo "database $db: $(psql -qtA -h 127.0.0.1 -U postgres -d "$db" -c 'select count(*) from reg_estate') estates, $(psql -qtA -h 127.0.0.1 -U postgres -d "$db" -c 'select count(*) from reg_house') houses, $(psql -qtA -h 127.0.0.1 -U postgres -d "$db" -c "select count(*) from gov_committee where status = 'FILED'") filed committees; $runs runs each"
printf '%-8s %-48s %10s %10s\n' who call "median ms" "p90 ms"
for who in province county; do
  cookie=$(session "$who")
  prefix=$([[ $who == province ]] && echo "/1/" || echo "/1/2/3/")
  read -r sm sp <<<"$(sql "$prefix")"
  read -r am ap <<<"$(api "$cookie" "/api/v1/stats/coverage")"
  printf '%-8s %-48s %10s %10s\n' "$who" "SQL aggregate in psql (path $prefix)" "$sm" "$sp"
  printf '%-8s %-48s %10s %10s   ratio of medians %.2f\n' "$who" "GET /api/v1/stats/coverage" "$am" "$ap" \
    "$(awk -v a="$am" -v s="$sm" 'BEGIN {print a / s}')"
  township=$(curl -sf -H "Cookie: SESSION=$cookie" "http://localhost:$port/api/v1/stats/coverage" \
    | grep -o '"townships":\[{"id":[0-9]*' | grep -o '[0-9]*$')
  for path in "/api/v1/stats/coverage/communities?townshipId=$township" "/api/v1/stats/coverage/trend?months=12" \
              "/console/stats/coverage"; do
    read -r m p <<<"$(api "$cookie" "$path")"
    printf '%-8s %-48s %10s %10s\n' "$who" "$path" "$m" "$p"
  done
done
