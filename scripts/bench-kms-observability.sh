#!/usr/bin/env bash
# What seeing inside `cu kms serve` costs, measured in one run on one machine with wrk:
# small-payload encrypt on one SQLite instance, in rounds that take turns (A B C A B C …, so
# the machine's drift falls on every configuration alike):
#   off      the access log at `error` (no request lines) and no audit trail
#   on       the access log (JSON, to a file) and the audit trail (file sink, batched fsync)
#   live     as `on`, and traces exported over OTLP to a receiver that answers at once
#   stopped  as `live`, to a receiver stopped with SIGSTOP (it accepts connections and never
#            answers: every export waits for its time limit); compare it with `live`
#   log, audit  (with CONFIGS="off log audit on live stopped") each of `on`'s halves alone
#   audit-bg, on-bg  as audit and on, with `fsync: background` (answers wait for the write,
#            not the fsync)
# Prints each round, then the medians and their ratios to `off`, and the median of each
# round's ratio to that round's `off` (paired: the figure to quote on a noisy machine).
#
# usage: [CU=path/to/cu] [WORK=dir] scripts/bench-kms-observability.sh [SECONDS] [CONNECTIONS] [ROUNDS]
#        (defaults: 10, 64, 3)
# needs: a release build (cargo build --release), wrk, python3 with opentelemetry-proto, curl.
set -euo pipefail
secs=${1:-10}
conns=${2:-64}
rounds=${3:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
cu="${CU:-$root/target/release/cu}"
[ -x "$cu" ] || { echo "build first: cargo build --release" >&2; exit 2; }
command -v wrk >/dev/null || { echo "install wrk (apt-get install wrk)" >&2; exit 2; }
python3 -c 'import opentelemetry.proto' 2>/dev/null \
  || { echo "install opentelemetry-proto (pip install opentelemetry-proto)" >&2; exit 2; }
work=$(mktemp -d "${WORK:-${TMPDIR:-/tmp}}/cu-bench-obs.XXXXXX")
cd "$work"
pids=()
receiver=
cleanup() {
  [ -n "$receiver" ] && kill -CONT "$receiver" 2>/dev/null || true
  for p in "${pids[@]}" $receiver; do kill "$p" 2>/dev/null || true; done
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
"$cu" -q kms init --store kms.db --unseal-file unseal.key > /dev/null

# The live receiver: answers every export, decodes nothing.
python3 "$root/tests/interop/otlp_receiver.py" - > live-receiver.out &
pids+=($!)
for _ in $(seq 50); do [ -s live-receiver.out ] && break; sleep 0.1; done
live_port=$(sed -n 's/.*"port": \([0-9]*\).*/\1/p' live-receiver.out)

# The stopped receiver: started, its port read, then SIGSTOP.
python3 "$root/tests/interop/otlp_receiver.py" spans.jsonl > receiver.out &
receiver=$!
for _ in $(seq 50); do [ -s receiver.out ] && break; sleep 0.1; done
otlp_port=$(sed -n 's/.*"port": \([0-9]*\).*/\1/p' receiver.out)
kill -STOP "$receiver"

base='store: {path: kms.db, unseal_file: unseal.key}
listen: {public: "127.0.0.1:0", admin: "127.0.0.1:0"}
tls: {cert: certs/localhost.chain.pem, key: certs/localhost.key}
realm: realm.yml
limits: {rate_per_second: 1000000, burst: 1000000, max_concurrent: 256}
shutdown: {drain_ms: 0, grace_ms: 1000}'
configs=(${CONFIGS:-off on live stopped})
mkdir -p audit-on audit-live audit-stopped audit-audit audit-audit-bg audit-on-bg
printf '%s\nlog: {level: error}\n' "$base" > off.yaml
printf '%s\nlog: {file: log.log}\n' "$base" > log.yaml
printf '%s\nlog: {level: error}\naudit: {file: audit-audit/audit.log}\n' "$base" > audit.yaml
printf '%s\nlog: {file: on.log}\naudit: {file: audit-on/audit.log}\n' "$base" > on.yaml
printf '%s\nlog: {level: error}\naudit: {file: audit-audit-bg/audit.log, fsync: background}\n' "$base" > audit-bg.yaml
printf '%s\nlog: {file: on-bg.log}\naudit: {file: audit-on-bg/audit.log, fsync: background}\n' "$base" > on-bg.yaml
printf '%s\nlog: {file: live.log}\naudit: {file: audit-live/audit.log}\ntelemetry: {otlp: {endpoint: "http://127.0.0.1:%s", timeout_ms: 2000}}\n' \
  "$base" "$live_port" > live.yaml
printf '%s\nlog: {file: stopped.log}\naudit: {file: audit-stopped/audit.log}\ntelemetry: {otlp: {endpoint: "http://127.0.0.1:%s", timeout_ms: 2000}}\n' \
  "$base" "$otlp_port" > stopped.yaml

# start NAME: the server of NAME.yaml; its public URL goes to $URL.
start() {
  "$cu" --output json kms serve --config "$1.yaml" 2> "$1.err" > /dev/null &
  pids+=($!)
  for _ in $(seq 100); do grep -q '"admin":"' "$1.err" 2>/dev/null && break; sleep 0.1; done
  URL=$(sed -n 's/.*"public":"\([^"]*\)".*/\1/p' "$1.err" | head -1)
  [ -n "$URL" ] || { echo "$1 did not start:" >&2; cat "$1.err" >&2; exit 2; }
}

declare -A url
for name in "${configs[@]}"; do
  start "$name"
  url[$name]=$URL
  curl -sS --fail --cacert ca/root.pem -u bench:bench-pw -H 'content-type: application/json' \
    -d '{"name":"bench-'"$name"'","type":"aes-256-gcm"}' "$URL/service/api/v1/keys" > /dev/null
  # Warm: the store pool, the key cache, the TLS session path.
  wrk -t2 -c"$conns" -d2s -s encrypt.lua "$URL/service/api/v1/keys/bench-$name/encrypt" > /dev/null
done

: > rounds.txt
for r in $(seq "$rounds"); do
  for name in "${configs[@]}"; do
    # What the last configuration left dirty is written back now, not during this one.
    sync
    out=$(wrk -t2 -c"$conns" -d"${secs}s" -s encrypt.lua \
      "${url[$name]}/service/api/v1/keys/bench-$name/encrypt" | tail -1)
    echo "round $r $name $out" | tee -a rounds.txt
  done
done

python3 - <<'PY'
import statistics
rows = {}
for line in open("rounds.txt"):
    _, _, name, rps, p50, p99, errors = line.split()
    rows.setdefault(name, []).append((float(rps), float(p50), float(p99), int(errors)))
off = rows["off"]
m = lambda rs, i: statistics.median(r[i] for r in rs)
# Paired: each round's req/s against `off` of the same round (the machine drifts between
# rounds more than configurations differ), then the median of those.
paired = lambda rs: statistics.median(r[0] / o[0] for r, o in zip(rs, off))
print(f"{'config':<8} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}  "
      "ratio to off (req/s, p99; req/s paired by round)")
for name in rows:
    rs = rows[name]
    print(f"{name:<8} {m(rs,0):>8.0f} {m(rs,1):>8.2f} {m(rs,2):>8.2f} {sum(r[3] for r in rs):>7}  "
          f"{m(rs,0)/m(off,0):.2f}x, {m(rs,2)/m(off,2):.2f}x; {paired(rs):.2f}x")
if "live" in rows and "stopped" in rows:
    live, stopped = rows["live"], rows["stopped"]
    print(f"stopped against live: req/s {m(stopped,0)/m(live,0):.2f}x, p99 {m(stopped,2)/m(live,2):.2f}x")
PY
lines=$(cat audit-on/audit.log* 2>/dev/null | wc -l)
echo "audit records written by 'on' (its rotated files too): $lines"
