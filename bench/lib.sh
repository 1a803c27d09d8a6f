# Shared by the benchmark scripts: source it after setting url and port.
#   province_account   adds `province` (河南省, county's password) to the database if missing
#   start_app          starts the jar in the bench profile against $url on $port and waits for it
#   session USER       signs in with Anju@2026 and prints the SESSION cookie

db="${url##*/}"

province_account() {
  psql -q -h 127.0.0.1 -U postgres -d "$db" -c "insert into idn_account (username, password_hash, display_name, role, region_id)
    select 'province', password_hash, '河南省住建厅 (基准测试)', 'COUNTY_AUTHORITY', 1 from idn_account where username = 'county'
    on conflict (username) do nothing" >/dev/null
}

start_app() {
  local jar
  jar=$(ls target/anju-*.jar 2>/dev/null | grep -v original | head -1 || true)
  [[ -n "$jar" ]] || { mvn -q -B -DskipTests package; jar=$(ls target/anju-*.jar | grep -v original | head -1); }
  app_log=$(mktemp)
  java ${BENCH_JAVA_OPTS:--Xmx2g} -jar "$jar" --spring.profiles.active=bench --server.port="$port" \
    --spring.datasource.url="$url" --spring.datasource.username=postgres \
    --anju.security.rate-limit.login-per-minute=1000 >"$app_log" 2>&1 &
  app=$!
  trap 'kill $app 2>/dev/null || true; rm -f "$app_log" /tmp/anju-bench-*.txt' EXIT
  for _ in $(seq 1 180); do curl -sf "http://localhost:$port/actuator/health" >/dev/null && return 0; sleep 1; done
  echo "the application did not start; its log:" >&2; tail -30 "$app_log" >&2; exit 1
}

session() {
  local jar token
  jar=$(mktemp /tmp/anju-bench-XXXX.txt)
  token=$(curl -s -c "$jar" -b "$jar" "http://localhost:$port/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=$1&password=Anju@2026&_csrf=$token" "http://localhost:$port/login"
  awk '$6 == "SESSION" {print $7}' "$jar"
}
