#!/usr/bin/env bash
# `cu kms serve` on SQLite and on PostgreSQL, measured in one run on one machine with wrk:
# small-payload encrypt (the key cached: encrypt writes nothing) and key creation, for one
# instance on SQLite, one on PostgreSQL, and two on one PostgreSQL database (load split over
# both); then how long a rotation through one instance takes to be in effect on another.
# Starts its own throwaway PostgreSQL cluster (Debian's postgresql: initdb, pg_ctl; as the
# `postgres` user when run as root), on a free port in a temporary directory, removed on exit.
#
# usage: [CU=path/to/cu] [WORK=dir] scripts/bench-kms-stores.sh [SECONDS] [CONNECTIONS]
#        (defaults: 10 and 64)
# needs: a release build (cargo build --release), wrk, postgresql, python3, curl.
set -euo pipefail
secs=${1:-10}
conns=${2:-64}
root=$(cd "$(dirname "$0")/.." && pwd)
cu="${CU:-$root/target/release/cu}"
[ -x "$cu" ] || { echo "build first: cargo build --release" >&2; exit 2; }
command -v wrk >/dev/null || { echo "install wrk (apt-get install wrk)" >&2; exit 2; }
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$pgbin/initdb" ] || { echo "install postgresql (apt-get install postgresql)" >&2; exit 2; }
work=$(mktemp -d "${WORK:-${TMPDIR:-/tmp}}/cu-bench-stores.XXXXXX")
chmod 755 "$work"
cd "$work"
as_pg=()
if [ "$(id -u)" = 0 ]; then as_pg=(runuser -u postgres --); fi
pgport=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mkdir pg && printf 'bench-db-pw' > pg/pw && printf 'bench-db-pw' > db.pw && chmod 600 db.pw
[ "$(id -u)" = 0 ] && chown -R postgres pg
"${as_pg[@]}" "$pgbin/initdb" -D "$work/pg/data" -U postgres --auth-local=trust \
  --auth-host=scram-sha-256 --pwfile="$work/pg/pw" --no-sync -E UTF8 --locale=C > pg/initdb.log
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/pg/data" -l "$work/pg/server.log" -w \
  -o "-p $pgport -c listen_addresses=127.0.0.1 -k $work/pg -c max_connections=300" start > /dev/null
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  "${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/pg/data" -m fast stop > /dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
psql_db() { PGPASSWORD=bench-db-pw psql -q -h 127.0.0.1 -p "$pgport" -U postgres -d postgres -c "$1" > /dev/null; }

head -c 32 /dev/urandom > unseal.key
"$cu" -q pki ca create --out-dir ca > /dev/null
"$cu" -q pki cert issue --ca ca --cn localhost --san ip:127.0.0.1 --server --out-dir certs > /dev/null
hash=$(printf 'bench-pw' | "$cu" kms realm hash-password)
cat > realm.yml <<YAML
principals:
  - name: bench
    kind: service
    tenant: 00000000-0000-4000-8000-000000000000
    password: "$hash"
    scopes: ["kms:*"]
YAML
authorization="Basic $(printf 'bench:bench-pw' | base64)"
cat > encrypt.lua <<LUA
wrk.method = "POST"
wrk.body = '{"plaintext":"YSBzbWFsbCBzZWNyZXQsIDMyIGJ5dGVzIGxvbmcuLi4"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "$authorization"
function done(summary, latency, requests)
  io.write(string.format("%.0f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    + summary.errors.status))
end
LUA
cat > create.lua <<LUA
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
function init(args)
  tag = args[1] or "a"
  counter = 0
end
function request()
  counter = counter + 1
  local body = string.format('{"name":"k-%s-%d-%d","type":"aes-256-gcm"}', tag, tid, counter)
  return wrk.format("POST", nil, {["Content-Type"] = "application/json",
    ["Authorization"] = "$authorization"}, body)
end
function done(summary, latency, requests)
  io.write(string.format("%.0f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    + summary.errors.status))
end
LUA

# start NAME STORE-LINE: a server; its public URL goes to $URL (not a subshell: $pids).
start() {
  local name=$1 store=$2
  cat > "$name.yaml" <<YAML
$store
listen: {public: "127.0.0.1:0", admin: "127.0.0.1:0"}
tls: {cert: certs/localhost.chain.pem, key: certs/localhost.key}
realm: realm.yml
limits: {rate_per_second: 1000000, burst: 1000000, max_concurrent: 256}
shutdown: {drain_ms: 0, grace_ms: 1000}
YAML
  "$cu" --output json kms serve --config "$name.yaml" 2> "$name.log" > /dev/null &
  pids+=($!)
  for _ in $(seq 100); do grep -q '"admin":"' "$name.log" 2>/dev/null && break; sleep 0.1; done
  URL=$(sed -n 's/.*"public":"\([^"]*\)".*/\1/p' "$name.log" | head -1)
}

# load SCRIPT PATH URL...: wrk on every URL at once, the connections split between them;
# prints "requests/s p50 p99 errors" (sum of requests/s, worst p50 and p99).
load() {
  local script=$1 path=$2
  shift 2
  local n=$# i=0 outs=() loads=()
  for url in "$@"; do
    i=$((i + 1))
    wrk -t2 -c$((conns / n)) -d"${secs}s" -s "$script" "$url/service/api/v1$path" -- "i$i" \
      > "wrk.$i" &
    loads+=($!)
    outs+=("wrk.$i")
  done
  wait "${loads[@]}"
  for o in "${outs[@]}"; do tail -1 "$o"; done | awk '{rps += $1; if ($2 > p50) p50 = $2; if ($3 > p99) p99 = $3; e += $4}
    END {printf "%.0f %.2f %.2f %d\n", rps, p50, p99, e}'
}

key() {
  curl -sS --fail --cacert ca/root.pem -u bench:bench-pw -H 'content-type: application/json' \
    -d '{"name":"bench","type":"aes-256-gcm"}' "$1/service/api/v1/keys" > /dev/null
}

# statuses: the non-2xx answers every running server counted (from its /metrics).
statuses() {
  for log in "$@"; do
    admin=$(sed -n 's/.*"admin":"\([^"]*\)".*/\1/p' "$log" | head -1)
    curl -s "$admin/metrics" | grep '^cu_kms_http_requests_total' | grep -v 'status="2' \
      | sed 's/.*route="\([^"]*\)".*status="\([0-9]*\)"} \([0-9]*\)/\1 \2: \3/' || true
  done | sort | uniq
}

results=()
run() {
  local label=$1
  shift
  key "$1"
  local e c
  e=$(load encrypt.lua /keys/bench/encrypt "$@")
  c=$(load create.lua /keys "$@")
  results+=("$label|$e|$c")
  local other
  other=$(statuses "${LOGS[@]}" | tr '\n' ';')
  [ -n "$other" ] && echo "$label: non-2xx answers: $other" >> statuses.txt
  true
}

# 1. one instance on SQLite
"$cu" -q kms init --store kms.db --unseal-file unseal.key > /dev/null
start sqlite "store: {path: kms.db, unseal_file: unseal.key}"
LOGS=(sqlite.log)
run "SQLite, 1 instance" "$URL"
kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true

# 2. one instance on PostgreSQL, 3. two instances on one PostgreSQL database
for n in 1 2; do
  psql_db "CREATE DATABASE kms$n"
  url="postgres://postgres@127.0.0.1:$pgport/kms$n"
  "$cu" -q kms init --store "$url" --store-password-file db.pw --unseal-file unseal.key > /dev/null
  urls=()
  LOGS=()
  for i in $(seq "$n"); do
    LOGS+=("pg$n-$i.log")
    start "pg$n-$i" "store: {path: \"$url\", unseal_file: unseal.key, password_file: db.pw${PG_STORE_EXTRA:-}}"
    urls+=("$URL")
  done
  run "PostgreSQL, $n instance(s)" "${urls[@]}"
  if [ "$n" = 2 ]; then
    # How long a rotation through instance 1 takes to be in effect on instance 2: rotate,
    # then encrypt on 2 until its kid names the new version (20 rounds).
    cat > visible.py <<'PY'
import http.client, json, ssl, statistics, sys, time, urllib.parse
a, b, ca = sys.argv[1], sys.argv[2], sys.argv[3]
ctx = ssl.create_default_context(cafile=ca)
hdr = {"Content-Type": "application/json", "Authorization": sys.argv[4]}
def conn(url):
    u = urllib.parse.urlsplit(url)
    return http.client.HTTPSConnection(u.hostname, u.port, context=ctx)
ca_, cb = conn(a), conn(b)
def post(c, path, body):
    c.request("POST", "/service/api/v1" + path, body=json.dumps(body), headers=hdr)
    r = c.getresponse()
    return json.loads(r.read())
seen = []
for _ in range(20):
    v = post(ca_, "/keys/bench/rotate", {})["primary_version"]
    t0 = time.perf_counter()
    tries = 0
    while True:
        tries += 1
        kid = post(cb, "/keys/bench/encrypt", {"plaintext": "eA"})["kid"]
        if kid == f"bench/v{v}":
            break
    seen.append(((time.perf_counter() - t0) * 1000, tries))
ms = [s[0] for s in seen]
print(f"{statistics.median(ms):.2f} {max(ms):.2f} {max(s[1] for s in seen)}")
PY
    vis=$(python3 visible.py "${urls[0]}" "${urls[1]}" ca/root.pem "$authorization")
  fi
  for _ in $(seq "$n"); do kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true; unset 'pids[-1]'; done
done

echo "${secs}s per load, $conns connections in all (split evenly over the instances), wrk -t2 per instance"
printf '| store | encrypt req/s | p50 ms | p99 ms | errors | key create/s | p50 ms | p99 ms | errors |\n'
printf '| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n'
base=
for r in "${results[@]}"; do
  IFS='|' read -r label e c <<< "$r"
  read -r er ep50 ep99 ee <<< "$e"
  read -r cr cp50 cp99 ce <<< "$c"
  [ -z "$base" ] && base=$er
  printf '| %s | %s (%.2f×) | %s | %s | %s | %s | %s | %s | %s |\n' "$label" "$er" \
    "$(echo "$er / $base" | bc -l)" "$ep50" "$ep99" "$ee" "$cr" "$cp50" "$cp99" "$ce"
done
[ -f statuses.txt ] && cat statuses.txt
read -r vmed vmax vtries <<< "$vis"
echo "rotation through instance 1 in effect on instance 2: median ${vmed} ms, max ${vmax} ms (the first encrypt after the rotation; at most $vtries request(s))"
