#!/usr/bin/env bash
# Load on `cu kms serve`: small-payload encrypt over keep-alive HTTPS (TLS 1.3) with wrk,
# Basic auth with a real 600,000-iteration PBKDF2 hash (verified once, then cached).
# Runs the offered load at C connections, then at 4×C, and counts statuses by class.
#
# usage: [CU=path/to/cu] [WORK=dir] [AUTH=basic|bearer] scripts/bench-kms-serve.sh [SECONDS] [CONNECTIONS]
#        (defaults: 10 and 16; AUTH=bearer starts `cu identity serve` too and sends its JWT access
#        token, checked against the cached JWKS, instead of Basic credentials)
#        START_AT=<unix seconds>: start the load then (for two runs side by side, below).
#        MEASURE=instructions [REQUESTS=2000]: instead of wrk, run the server under callgrind and
#        count the instructions it executes per request over REQUESTS requests (after a warm-up)
#        on 4 keep-alive connections: the same on a quiet machine and a loaded one, so builds can
#        be compared where requests/s swings with the neighbours. User-space instructions only
#        (system calls and waiting are not in it). KEEP_DUMP=FILE keeps the callgrind dump
#        (compare two with callgrind_annotate).
# needs: a release build (cargo build --release), wrk (Debian package `wrk`); for
#        MEASURE=instructions valgrind and python3 instead of wrk.
set -euo pipefail
secs=${1:-10}
conns=${2:-16}
root=$(cd "$(dirname "$0")/.." && pwd)
cu="${CU:-$root/target/release/cu}"
[ -x "$cu" ] || { echo "build first: cargo build --release" >&2; exit 2; }
measure=${MEASURE:-throughput}
if [ "$measure" = instructions ]; then
  command -v valgrind >/dev/null || { echo "install valgrind (apt-get install valgrind)" >&2; exit 2; }
else
  command -v wrk >/dev/null || { echo "install wrk (apt-get install wrk)" >&2; exit 2; }
fi
work=$(mktemp -d "${WORK:-${TMPDIR:-/tmp}}/cu-bench-kms-serve.XXXXXX")
cd "$work"
head -c 32 /dev/urandom > unseal.key
"$cu" -q kms init --store kms.db --unseal-file unseal.key > /dev/null
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
cat > cu-kms.yaml <<YAML
store: {path: kms.db, unseal_file: unseal.key}
listen: {public: "127.0.0.1:0", admin: "127.0.0.1:0"}
tls: {cert: certs/localhost.chain.pem, key: certs/localhost.key}
realm: realm.yml
limits: {rate_per_second: 1000000, burst: 1000000, max_concurrent: 256}
shutdown: {drain_ms: 0, grace_ms: 1000}
YAML
identity=
if [ "${AUTH:-basic}" = bearer ]; then
  "$cu" -q identity client create bench-svc --state identity.db \
    --tenant 00000000-0000-4000-8000-000000000000 --scope 'kms:*' --secret-out bench.secret > /dev/null
  cat > cu-identity.yaml <<YAML
state: identity.db
listen: {public: "127.0.0.1:0", admin: "127.0.0.1:0"}
tls: {cert: certs/localhost.chain.pem, key: certs/localhost.key}
YAML
  "$cu" --output json identity serve --config cu-identity.yaml 2> identity.log > /dev/null &
  identity=$!
  for _ in $(seq 50); do grep -q listening identity.log 2>/dev/null && break; sleep 0.1; done
  issuer=$(sed -n 's/.*"public":"\([^"]*\)".*/\1/p' identity.log | head -1)
  echo "federation: {issuer: \"$issuer\", ca: ca/root.pem}" >> cu-kms.yaml
fi
wrapper=()
# SERVER_CPUS / LOAD_CPUS (taskset lists): pin the server and wrk, e.g. both servers of a
# side-by-side run on one core, so that they split it by the CPU each request costs them.
pin_load=()
[ -n "${SERVER_CPUS:-}" ] && wrapper=(taskset -c "$SERVER_CPUS")
[ -n "${LOAD_CPUS:-}" ] && pin_load=(taskset -c "$LOAD_CPUS")
[ "$measure" = instructions ] && wrapper=("${wrapper[@]}" valgrind -q --tool=callgrind --callgrind-out-file="$work/callgrind.out")
"${wrapper[@]}" "$cu" --output json kms serve --config cu-kms.yaml 2> server.log > /dev/null &
server=$!
trap 'kill $server $identity 2>/dev/null; wait $server $identity 2>/dev/null; rm -rf "$work"' EXIT
# Until the whole line naming both addresses is written (slow under valgrind).
for _ in $(seq 1200); do grep -q "\"admin\":\"[^\"]*\"" server.log 2>/dev/null && break; sleep 0.1; done
url=$(sed -n 's/.*"public":"\([^"]*\)".*/\1/p' server.log | head -1)
curl -sS --fail --cacert ca/root.pem -u bench:bench-pw -H 'content-type: application/json' \
  -d '{"name":"bench","type":"aes-256-gcm"}' "$url/service/api/v1/keys" > /dev/null
if [ -n "$identity" ]; then
  authorization="Bearer $("$cu" identity token --server "$issuer" --ca ca/root.pem \
    --client-id bench-svc --client-secret-file bench.secret)"
else
  authorization="Basic $(printf 'bench:bench-pw' | base64)"
fi
if [ "$measure" = instructions ]; then
  requests=${REQUESTS:-2000}
  cat > drive.py <<'PY'
# drive.py URL AUTHORIZATION N CA: N encrypt requests over 4 keep-alive TLS connections.
import http.client, ssl, sys, threading, urllib.parse
url, authorization, n, ca = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
u = urllib.parse.urlsplit(url)
context = ssl.create_default_context(cafile=ca)
body = b'{"plaintext":"YSBzbWFsbCBzZWNyZXQsIDMyIGJ5dGVzIGxvbmcuLi4"}'
failed = []
def run(k):
    c = http.client.HTTPSConnection(u.hostname, u.port, context=context, timeout=600)
    for _ in range(k):
        c.request("POST", u.path, body=body,
                  headers={"Content-Type": "application/json", "Authorization": authorization})
        r = c.getresponse()
        r.read()
        if r.status != 200:
            failed.append(r.status)
    c.close()
threads = [threading.Thread(target=run, args=(n // 4,)) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
if failed:
    sys.exit(f"{len(failed)} requests failed, first statuses {failed[:3]}")
PY
  target="$url/service/api/v1/keys/bench/encrypt"
  python3 drive.py "$target" "$authorization" 200 ca/root.pem
  callgrind_control -z "$server" > /dev/null 2>&1
  python3 drive.py "$target" "$authorization" "$requests" ca/root.pem
  callgrind_control -d "$server" > /dev/null 2>&1
  # The dump just written is the newest callgrind.out.<pid>.<n>; its totals line counts Ir.
  dump=$(ls -t "$work"/callgrind.out* | head -1)
  [ -n "${KEEP_DUMP:-}" ] && cp "$dump" "$KEEP_DUMP"
  awk -v n="$((requests / 4 * 4))" '/^(summary|totals):/ {ir = $2} END {
    printf "instructions per request: %.0f (%d requests)\n", ir / n, n}' "$dump"
  exit 0
fi
cat > post.lua <<LUA
wrk.method = "POST"
wrk.body = '{"plaintext":"YSBzbWFsbCBzZWNyZXQsIDMyIGJ5dGVzIGxvbmcuLi4"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "$authorization"
local counts = {}
function response(status, headers, body)
  local class = tostring(status)
  counts[class] = (counts[class] or 0) + 1
end
function done(summary, latency, requests)
  io.write(string.format("requests/s %.0f   p50 %.2f ms   p99 %.2f ms   max %.2f ms\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("socket errors: connect %d, read %d, write %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
LUA
# Per-thread response() counters are not visible in done(); statuses come from the metrics.
admin=$(sed -n 's/.*"admin":"\([^"]*\)".*/\1/p' server.log | head -1)
statuses() {
  curl -s "$admin/metrics" | grep '^cu_kms_http_requests_total' | grep 'encrypt' \
    | sed 's/.*status="\([0-9]*\)"} \([0-9]*\)/\1: \2/' | tr '\n' ' '
}
# START_AT (Unix seconds): wait for it, so that two runs started together (a build and its
# reference, CU=… each) measure over the same seconds and share the machine's noise; compare
# their requests/s as a ratio.
if [ -n "${START_AT:-}" ]; then
  while [ "$(date +%s)" -lt "$START_AT" ]; do sleep 0.05; done
fi
echo "== warm-up"; "${pin_load[@]}" wrk -t1 -c"$conns" -d2s -s post.lua "$url/service/api/v1/keys/bench/encrypt" > /dev/null
# The server's own CPU time (user + system, from /proc) per request: steadier than requests/s
# on a machine whose neighbours come and go, since time the server is not running is not in it.
cpu_ticks() { awk '{print $14, $15}' "/proc/$server/stat"; }
served() { curl -s "$admin/metrics" | grep '^cu_kms_http_requests_total' | grep encrypt \
  | awk '{n += $NF} END {print n + 0}'; }
echo "== ${AUTH:-basic} auth, $conns connections, ${secs}s (wrk -t1 on the same 2-core machine)"
read -r user0 sys0 < <(cpu_ticks); served0=$(served)
"${pin_load[@]}" /usr/bin/time -o wrk.cpu -f "%U %S" \
  wrk -t1 -c"$conns" -d"${secs}s" -s post.lua "$url/service/api/v1/keys/bench/encrypt" | tail -2
read -r user1 sys1 < <(cpu_ticks); served1=$(served)
# wrk's CPU too: side by side on one load core, a load that costs more per response (larger
# headers to decrypt and parse) falls behind for reasons that are not the server's.
awk -v n="$((served1 - served0))" '{printf "load CPU per request: %.1f us\n", ($1 + $2) * 1e6 / n}' wrk.cpu
awk -v u="$((user1 - user0))" -v s="$((sys1 - sys0))" -v n="$((served1 - served0))" -v hz="$(getconf CLK_TCK)" \
  'BEGIN {printf "server CPU per request: %.1f us (user %.1f, system %.1f; %d requests)\n",
    (u + s) / hz * 1e6 / n, u / hz * 1e6 / n, s / hz * 1e6 / n, n}'
echo "statuses so far: $(statuses)"
echo "== $((conns * 4)) connections (4x), ${secs}s"
"${pin_load[@]}" wrk -t1 -c"$((conns * 4))" -d"${secs}s" -s post.lua "$url/service/api/v1/keys/bench/encrypt" | tail -2
echo "statuses in all: $(statuses)"
