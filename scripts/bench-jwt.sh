#!/usr/bin/env bash
# Whole-process timings for `cu jose jwt verify`: one EdDSA token per process (median of
# many runs), and `--batch` over many EdDSA tokens (tokens per second).
#
# usage: [CU=path/to/cu] scripts/bench-jwt.sh [RUNS] [BATCH_TOKENS]   (defaults: 300 and 100000)
# needs: a release build (cargo build --release), python3 with `cryptography` to mint tokens.
set -euo pipefail
runs=${1:-300}
count=${2:-100000}
root=$(cd "$(dirname "$0")/.." && pwd)
cu="${CU:-$root/target/release/cu}"
[ -x "$cu" ] || { echo "build first: cargo build --release" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

"$cu" -q jose jwk generate --kty okp --out ed.jwk --public-out ed.pub.jwk
"$cu" jose jwt sign --key ed.jwk --sub bench --aud api --exp +1h > one.jwt

python3 - "$runs" "$cu" <<'PY'
import statistics, subprocess, sys, time
runs, cu = int(sys.argv[1]), sys.argv[2]
args = [cu, "jose", "jwt", "verify", "--key", "ed.pub.jwk", "--aud", "api", "--in", "one.jwt"]
for _ in range(20):
    subprocess.run(args, stdout=subprocess.DEVNULL, check=True)
times = []
for _ in range(runs):
    start = time.perf_counter()
    subprocess.run(args, stdout=subprocess.DEVNULL, check=True)
    times.append((time.perf_counter() - start) * 1000)
base = []
for _ in range(runs):
    start = time.perf_counter()
    subprocess.run(["true"], check=True)
    base.append((time.perf_counter() - start) * 1000)
times.sort()
print(f"one-shot verify (EdDSA), {runs} processes: median {statistics.median(times):.2f} ms, "
      f"p90 {times[int(runs*0.9)]:.2f} ms; /bin/true median {statistics.median(base):.2f} ms")
PY

python3 - "$count" <<'PY'
import base64, json, sys
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
count = int(sys.argv[1])
jwk = json.load(open("ed.jwk"))
pad = lambda s: s + "=" * (-len(s) % 4)
key = Ed25519PrivateKey.from_private_bytes(base64.urlsafe_b64decode(pad(jwk["d"])))
b64 = lambda b: base64.urlsafe_b64encode(b).rstrip(b"=").decode()
header = b64(json.dumps({"alg": "EdDSA", "kid": jwk["kid"], "typ": "JWT"}, separators=(",", ":")).encode())
with open("many.jwt", "w") as out:
    for i in range(count):
        claims = b64(json.dumps({"sub": f"user{i}", "aud": "api", "iat": 1700000000, "exp": 4102444800}, separators=(",", ":")).encode())
        signing_input = f"{header}.{claims}"
        out.write(f"{signing_input}.{b64(key.sign(signing_input.encode()))}\n")
PY

python3 - "$count" "$cu" <<'PY'
import subprocess, sys, time
count, cu = int(sys.argv[1]), sys.argv[2]
best = None
for _ in range(3):
    start = time.perf_counter()
    with open("many.jwt", "rb") as stdin:
        result = subprocess.run([cu, "jose", "jwt", "verify", "--key", "ed.pub.jwk", "--aud", "api", "--batch"],
                                stdin=stdin, stdout=subprocess.PIPE, check=True)
    elapsed = time.perf_counter() - start
    assert result.stdout.count(b"valid\n") == count, "not every token verified"
    best = elapsed if best is None else min(best, elapsed)
print(f"batch verify (EdDSA), {count} tokens: {best:.3f} s, {count / best:,.0f} tokens/s (best of 3)")
PY
