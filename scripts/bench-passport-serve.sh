#!/usr/bin/env bash
# `cu passport serve` measured with wrk over keep-alive TLS, beside `cu kms serve` on the same
# store in the same run, in rounds that take turns (so the machine's drift falls on every
# configuration alike). Every server logs errors only and keeps no audit trail.
#   kms       small-payload encrypt on `cu kms serve` at CONNECTIONS (the reference)
#   on        single-passport verify requests at CONNECTIONS, coalescing on (the defaults, or
#             COALESCE="workers: 1, max_wait_us: 200" and so on)
#   off       the same with `coalesce: {enabled: false}`
#   batch     verify_batch of 256 passports a request, at BATCH_CONNECTIONS (8) connections
#             (figure: passports/s)
#   p99       single verify requests at 16 connections, coalescing on (figure: p99 latency)
# Prints each round, then medians and the median of each round's ratio to that round's `kms`
# and `off` (paired: the figures to quote on a noisy machine). With OUT=file also writes them
# as JSON, which scripts/perf-gate.sh compares with benches/baseline/passport-serve.json.
#
# usage: [CU=path/to/cu] [WORK=dir] [OUT=file] scripts/bench-passport-serve.sh [SECONDS] [CONNECTIONS] [ROUNDS]
#        (defaults: 10, 64, 3)
# needs: a release build (cargo build --release), wrk, python3, curl.
set -euo pipefail
secs=${1:-10}
conns=${2:-64}
rounds=${3:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
cu="${CU:-$root/target/release/cu}"
[ -x "$cu" ] || { echo "build first: cargo build --release" >&2; exit 2; }
command -v wrk >/dev/null || { echo "install wrk (apt-get install wrk)" >&2; exit 2; }
out_file=${OUT:+$(realpath -m "$OUT")}
work=$(mktemp -d "${WORK:-${TMPDIR:-/tmp}}/cu-bench-passport-serve.XXXXXX")
cd "$work"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

head -c 32 /dev/urandom > unseal.key
chmod 600 unseal.key
"$cu" -q pki ca create --out-dir ca > /dev/null
"$cu" -q pki cert issue --ca ca --cn localhost --san ip:127.0.0.1 --server --out-dir certs > /dev/null
hash=$(printf 'bench-pw' | "$cu" kms realm hash-password)
cat > realm.yml <<YAML
principals:
  - name: bench
    kind: service
    tenant: 00000000-0000-4000-8000-000000000000
    password: "$hash"
    scopes: ["kms:*", "passport:*"]
YAML
authorization="Basic $(printf 'bench:bench-pw' | base64)"
"$cu" -q kms init --store kms.db --unseal-file unseal.key > /dev/null

base='store: {path: kms.db, unseal_file: unseal.key}
listen: {public: "127.0.0.1:0", admin: "127.0.0.1:0"}
tls: {cert: certs/localhost.chain.pem, key: certs/localhost.key}
realm: realm.yml
limits: {rate_per_second: 1000000, burst: 1000000, max_concurrent: 256}
shutdown: {drain_ms: 0, grace_ms: 1000}
log: {level: error}'
printf '%s\n' "$base" > kms.yaml
printf '%s\npassport: {coalesce: {%s}}\n' "$base" "${COALESCE:-}" > on.yaml
printf '%s\npassport: {coalesce: {enabled: false}}\n' "$base" > off.yaml

# start NAME SERVICE: the server of NAME.yaml; its public URL goes to $URL.
start() {
  "$cu" --output json "$2" serve --config "$1.yaml" 2> "$1.err" > /dev/null &
  pids+=($!)
  for _ in $(seq 100); do grep -q '"admin":"' "$1.err" 2>/dev/null && break; sleep 0.1; done
  URL=$(sed -n 's/.*"public":"\([^"]*\)".*/\1/p' "$1.err" | head -1)
  ADMIN=$(sed -n 's/.*"admin":"\([^"]*\)".*/\1/p' "$1.err" | head -1)
  [ -n "$URL" ] || { echo "$1 did not start:" >&2; cat "$1.err" >&2; exit 2; }
}
call() {
  curl -sS --fail --cacert ca/root.pem -u bench:bench-pw -H 'content-type: application/json' "$@"
}

declare -A url pid
start kms kms
url[kms]=$URL; pid[kms]=${pids[-1]}
start on passport
url[on]=$URL; pid[on]=${pids[-1]}
admin_on=$ADMIN
start off passport
url[off]=$URL; pid[off]=${pids[-1]}
pid[batch]=${pid[on]}; pid[p99]=${pid[on]}
call -d '{"name":"bench","type":"aes-256-gcm"}' "${url[kms]}/service/api/v1/keys" > /dev/null
call -d '{}' "${url[on]}/v1/admin/rotate" > /dev/null
# 256 passports, issued over one keep-alive connection.
python3 - "${url[on]}" <<'PY' > passports.json
import base64, http.client, json, ssl, sys, urllib.parse
u = urllib.parse.urlparse(sys.argv[1])
ctx = ssl.create_default_context(cafile="ca/root.pem")
c = http.client.HTTPSConnection(u.hostname, u.port, context=ctx)
auth = "Basic " + base64.b64encode(b"bench:bench-pw").decode()
out = []
for i in range(256):
    body = json.dumps({"sub": f"user-{i}", "aud": "api", "scopes": ["read", "write"], "ctx": {"n": i}})
    c.request("POST", "/v1/passport/issue", body, {"content-type": "application/json", "authorization": auth})
    r = c.getresponse()
    doc = json.loads(r.read())
    assert r.status == 200, doc
    out.append(doc["compact"])
json.dump(out, sys.stdout)
PY
lua_done='function done(summary, latency, requests)
  io.write(string.format("%.0f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    + summary.errors.status))
end'
lua() { # NAME BODY
  printf 'wrk.method = "POST"\nwrk.body = %s\nwrk.headers["Content-Type"] = "application/json"\nwrk.headers["Authorization"] = "%s"\n%s\n' \
    "$2" "$authorization" "$lua_done" > "$1.lua"
}
lua encrypt "'{\"plaintext\":\"YSBzbWFsbCBzZWNyZXQsIDMyIGJ5dGVzIGxvbmcuLi4\"}'"
one=$(python3 -c 'import json; print(json.dumps({"passport": json.load(open("passports.json"))[0], "aud": "api", "scopes": ["read"]}))')
lua verify "'$one'"
python3 -c 'import json; print(json.dumps({"passports": json.load(open("passports.json")), "aud": "api"}))' > batch.json
lua batch 'io.open("batch.json"):read("*a")'

# The answers are right before they are fast.
call -d "$one" "${url[on]}/v1/passport/verify" | grep -q '"ok":true' || { echo "verify failed" >&2; exit 2; }
call -d @batch.json "${url[on]}/v1/passport/verify_batch" | grep -q '"ok":256' || { echo "verify_batch failed" >&2; exit 2; }

# cpu PID: the process's user+system CPU so far, in clock ticks.
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
ticks=$(getconf CLK_TCK)
# bench NAME: one wrk run of configuration NAME; prints "req/s p50 p99 errors".
bench() {
  local s=$1 d=$2
  case $1 in
    kms) wrk -t2 -c"$conns" -d"$d" -s encrypt.lua "${url[kms]}/service/api/v1/keys/bench/encrypt" ;;
    on|off) wrk -t2 -c"$conns" -d"$d" -s verify.lua "${url[$s]}/v1/passport/verify" ;;
    batch) wrk -t2 -c"${BATCH_CONNECTIONS:-8}" -d"$d" -s batch.lua "${url[on]}/v1/passport/verify_batch" ;;
    p99) wrk -t2 -c16 -d"$d" -s verify.lua "${url[on]}/v1/passport/verify" ;;
  esac | tail -1
}
configs=(kms on off batch p99)
for name in "${configs[@]}"; do bench "$name" 2s > /dev/null; done # warm

: > rounds.txt
for r in $(seq "$rounds"); do
  for name in "${configs[@]}"; do
    before=$(cpu "${pid[$name]}")
    out=$(bench "$name" "${secs}s")
    after=$(cpu "${pid[$name]}")
    # The server's own CPU per request (wrk runs on the same cores): microseconds.
    per=$(awk -v t=$((after - before)) -v hz="$ticks" -v o="$out" -v d="$secs" \
      'BEGIN { split(o, f, " "); printf "%.1f", t / hz * 1e6 / (f[1] * d) }')
    echo "round $r $name $out $per" | tee -a rounds.txt
  done
done

# How large the coalesced flushes were (over every run of `on` and `p99`).
curl -sS --cacert ca/root.pem "$admin_on/metrics" > on-metrics.txt || true
python3 - <<'PY'
import re
text = open("on-metrics.txt").read()
get = lambda s: float((re.search(re.escape(s) + r" (\S+)", text) or [0, 0])[1])
n = get('cu_passport_passport_batch_len_count{path="coalesced"}')
items = get('cu_passport_passport_batch_len_sum{path="coalesced"}')
print(f"coalesced flushes: {n:.0f}, items {items:.0f}, mean {items / n if n else 0:.1f} a flush")
PY
python3 - "$out_file" "$conns" <<'PY'
import json, statistics, sys
rows = {}
for line in open("rounds.txt"):
    _, _, name, rps, p50, p99, errors, cpu = line.split()
    rows.setdefault(name, []).append((float(rps), float(p50), float(p99), int(errors), float(cpu)))
m = lambda name, i: statistics.median(r[i] for r in rows[name])
paired = lambda a, b: statistics.median(x[0] / y[0] for x, y in zip(rows[a], rows[b]))
print(f"{'config':<6} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'server CPU µs/req':>18}")
for name in rows:
    print(f"{name:<6} {m(name,0):>8.0f} {m(name,1):>8.2f} {m(name,2):>8.2f} {sum(r[3] for r in rows[name]):>7} {m(name,4):>18.1f}")
figures = {
    "connections": int(sys.argv[2]),
    "kms_encrypt_rps": round(m("kms", 0)),
    "verify_coalesced_rps": round(m("on", 0)),
    "verify_single_rps": round(m("off", 0)),
    "coalesced_over_single": round(paired("on", "off"), 3),
    "coalesced_over_kms_encrypt": round(paired("on", "kms"), 3),
    "batch256_passports_per_s": round(m("batch", 0) * 256),
    "batch256_passports_over_kms_encrypt": round(paired("batch", "kms") * 256, 3),
    "p99_ms_at_16": m("p99", 2),
    "server_cpu_us": {name: m(name, 4) for name in rows},
    "errors": sum(r[3] for rs in rows.values() for r in rs),
}
print(f"coalesced / uncoalesced (paired): {figures['coalesced_over_single']:.2f}x   (target >= 1.3)")
print(f"coalesced / KMS encrypt (paired): {figures['coalesced_over_kms_encrypt']:.2f}x   (target >= 0.8)")
print(f"verify_batch of 256: {figures['batch256_passports_per_s']} passports/s   (target >= 150000)")
print(f"p99 at 16 connections: {figures['p99_ms_at_16']:.2f} ms   (target <= 10)")
if sys.argv[1]:
    with open(sys.argv[1], "w") as f:
        json.dump(figures, f, indent=2)
        f.write("\n")
PY
