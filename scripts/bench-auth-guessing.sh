#!/usr/bin/env bash
# A legitimate client's latency on `cu kms serve` without and during a password guessing
# attack (issue 14, medium finding 5). The client is already verified (its Basic credential
# is cached) and sends small encrypts, one at a time, over one keep-alive TLS connection (wrk
# -c1). The attack is GUESSERS separate processes (default 16), each guessing in a closed
# loop over its own keep-alive connection: every other guess aims at the client's own user
# name, the rest spray made-up names. The realm hash is the production one (600,000 PBKDF2
# iterations); the lockout runs with its defaults. Prints both medians, the ratio, and what
# the server counted (PBKDF2 runs, refusals before PBKDF2, statuses).
#
# usage: [CU=path/to/cu] [WORK=dir] [GUESSERS=16] [TOOL=python|wrk] scripts/bench-auth-guessing.sh [SECONDS]
#        (default 10 s per phase; TOOL=wrk runs each guesser as its own `wrk -c1` process,
#        a faster flood than the Python guessers)
# needs: a release build (cargo build --release), wrk (Debian package `wrk`), python3, curl.
set -euo pipefail
secs=${1:-10}
guessers=${GUESSERS:-16}
tool=${TOOL:-python}
root=$(cd "$(dirname "$0")/.." && pwd)
cu="${CU:-$root/target/release/cu}"
[ -x "$cu" ] || { echo "build first: cargo build --release" >&2; exit 2; }
command -v wrk >/dev/null || { echo "install wrk (apt-get install wrk)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "install python3" >&2; exit 2; }
work=$(mktemp -d "${WORK:-${TMPDIR:-/tmp}}/cu-bench-auth-guessing.XXXXXX")
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
"$cu" --output json kms serve --config cu-kms.yaml 2> server.log > /dev/null &
server=$!
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  kill $server 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 50); do grep -q listening server.log 2>/dev/null && break; sleep 0.1; done
url=$(sed -n 's/.*"public":"\([^"]*\)".*/\1/p' server.log | head -1)
admin=$(sed -n 's/.*"admin":"\([^"]*\)".*/\1/p' server.log | head -1)
curl -sS --fail --cacert ca/root.pem -u bench:bench-pw -H 'content-type: application/json' \
  -d '{"name":"bench","type":"aes-256-gcm"}' "$url/service/api/v1/keys" > /dev/null
cat > legit.lua <<LUA
wrk.method = "POST"
wrk.body = '{"plaintext":"YSBzbWFsbCBzZWNyZXQsIDMyIGJ5dGVzIGxvbmcuLi4"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic $(printf 'bench:bench-pw' | base64)"
function done(summary, latency, requests)
  io.write(string.format("p50_ms %.3f p99_ms %.3f requests %d non2xx %d\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.requests,
    summary.errors.status))
end
LUA
cat > guess.py <<'PY'
import base64, http.client, os, ssl, sys, time
host, port, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
ctx = ssl.create_default_context(cafile="ca/root.pem")
connect = lambda: http.client.HTTPSConnection(host, port, context=ctx, timeout=30)
conn, n, counts, end = connect(), 0, {}, time.time() + seconds
while time.time() < end:
    name = "bench" if n % 2 == 0 else f"user-{os.getpid()}-{n}"
    auth = base64.b64encode(f"{name}:guess-{os.getpid()}-{n}".encode()).decode()
    try:
        conn.request("GET", "/service/api/v1/keys", headers={"Authorization": "Basic " + auth})
        r = conn.getresponse()
        r.read()
        counts[r.status] = counts.get(r.status, 0) + 1
        if r.will_close:
            conn.close()
            conn = connect()
    except Exception:
        counts["error"] = counts.get("error", 0) + 1
        conn.close()
        conn = connect()
    n += 1
print(" ".join(f"{k}:{v}" for k, v in sorted(counts.items(), key=str)), flush=True)
PY
cat > guess.lua <<'LUA'
local n = 0
math.randomseed(os.time() + os.clock() * 1e6)
request = function()
  n = n + 1
  local name = (n % 2 == 0) and "bench" or string.format("user-%d-%d", math.random(1e9), n)
  local auth = string.format("%s:guess-%d-%d", name, math.random(1e9), n)
  -- base64 by hand (wrk's Lua has no library for it)
  local b = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  local enc = ((auth:gsub('.', function(x)
    local r, byte = '', x:byte()
    for i = 8, 1, -1 do r = r .. (byte % 2 ^ i - byte % 2 ^ (i - 1) > 0 and '1' or '0') end
    return r
  end) .. '0000'):gsub('%d%d%d?%d?%d?%d?', function(x)
    if #x < 6 then return '' end
    local c = 0
    for i = 1, 6 do c = c + (x:sub(i, i) == '1' and 2 ^ (6 - i) or 0) end
    return b:sub(c + 1, c + 1)
  end) .. ({ '', '==', '=' })[#auth % 3 + 1])
  return wrk.format("GET", "/service/api/v1/keys", { ["Authorization"] = "Basic " .. enc })
end
LUA
metric() { curl -s "$admin/metrics" | grep "^$1" || true; }
p50() { sed -n 's/.*p50_ms \([0-9.]*\).*/\1/p' "$1"; }

echo "== warm-up (the client's credential verified once and cached)"
wrk -t1 -c1 -d2s -s legit.lua "$url/service/api/v1/keys/bench/encrypt" > /dev/null
echo "== without attack: 1 client, 1 connection, ${secs}s"
wrk -t1 -c1 -d"${secs}s" -s legit.lua "$url/service/api/v1/keys/bench/encrypt" | tail -1 | tee quiet.txt
hashes_before=$(metric cu_kms_auth_pbkdf2_total | awk '{print $2}')
echo "== during $guessers guessers ($tool, separate processes, closed loop): the same client, ${secs}s"
port=${url##*:}
for i in $(seq "$guessers"); do
  if [ "$tool" = wrk ]; then
    wrk -t1 -c1 -d"$((secs + 3))s" -s guess.lua "$url/service/api/v1/keys" > "guesser-$i.txt" 2>&1 &
  else
    python3 guess.py 127.0.0.1 "$port" "$((secs + 3))" > "guesser-$i.txt" 2>&1 &
  fi
  pids+=($!)
done
sleep 2
wrk -t1 -c1 -d"${secs}s" -s legit.lua "$url/service/api/v1/keys/bench/encrypt" | tail -1 | tee attacked.txt
wait "${pids[@]}" 2>/dev/null || true
pids=()
if [ "$tool" = wrk ]; then
  echo "guesses sent: $(grep -h 'requests in' guesser-*.txt | awk '{s+=$1} END {print s}')"
else
  echo "guesser answers (status:count): $(cat guesser-*.txt | tr '\n' ' ')"
fi
echo "server: PBKDF2 runs during the attack: $(( $(metric cu_kms_auth_pbkdf2_total | awk '{print $2}') - hashes_before ))"
metric cu_kms_auth_throttled_total
metric 'cu_kms_http_requests_total{method="GET",route="/service/api/v1/keys"'
q=$(p50 quiet.txt)
a=$(p50 attacked.txt)
python3 -c "print(f'legitimate client median: {float(\"$q\"):.3f} ms without attack, {float(\"$a\"):.3f} ms during the attack: {float(\"$a\")/float(\"$q\"):.2f}x (target: within 2x)')"
