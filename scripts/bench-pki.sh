#!/usr/bin/env bash
# Whole-process timings for `cu pki ca create` (3 levels) and `cu pki cert issue`, per key type:
# median and p90 over many runs, each run a fresh process writing fresh files (keys fsynced).
#
# usage: [CU=path/to/cu] scripts/bench-pki.sh [RUNS] [KEY_TYPES...]   (defaults: 100; ec-p256 rsa-2048)
# needs: a release build (cargo build --release), python3.
set -euo pipefail
runs=${1:-100}
shift || true
types=("$@")
[ ${#types[@]} -gt 0 ] || types=(ec-p256 rsa-2048)
root=$(cd "$(dirname "$0")/.." && pwd)
cu="${CU:-$root/target/release/cu}"
[ -x "$cu" ] || { echo "build first: cargo build --release" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

python3 - "$runs" "$cu" "${types[@]}" <<'PY'
import shutil, statistics, subprocess, sys, time
runs, cu, types = int(sys.argv[1]), sys.argv[2], sys.argv[3:]

def timed(args):
    start = time.perf_counter()
    subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return (time.perf_counter() - start) * 1000

def report(label, times):
    times.sort()
    print(f"{label:<34} median {statistics.median(times):7.2f} ms   p90 {times[int(len(times)*0.9)]:7.2f} ms   ({len(times)} processes)")

base = [timed(["true"]) for _ in range(runs)]
report("/bin/true", base)
for kt in types:
    n = runs if kt.startswith("ec") or kt == "ed25519" else max(10, runs // 5)
    ca, leaf = [], []
    for i in range(n):
        ca.append(timed([cu, "-q", "pki", "ca", "create", "--out-dir", f"ca-{kt}-{i}", "--key-type", kt]))
    for i in range(n):
        leaf.append(timed([cu, "-q", "pki", "cert", "issue", "--ca", f"ca-{kt}-0", "--cn", f"host{i}.test", "--key-type", kt, "--out-dir", f"leaf-{kt}"]))
    report(f"ca create --key-type {kt}", ca)
    report(f"cert issue --key-type {kt}", leaf)
    for i in range(n):
        shutil.rmtree(f"ca-{kt}-{i}", ignore_errors=True)
PY
