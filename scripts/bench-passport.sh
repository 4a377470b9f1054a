#!/usr/bin/env bash
# Whole-process timing of `cu passport verify --batch` over N passports from a file (the
# issue's target: 100,000 in ≤ 2 s), and of issuing them with `issue --batch`. The passports
# are signed by two key versions (a rotation half-way), so the batch has two kids.
#
# usage: [CU=path/to/cu] [WORK=dir] scripts/bench-passport.sh [N] [RUNS]   (defaults: 100000 and 5)
# needs: a release build (cargo build --release), python3.
set -euo pipefail
n=${1:-100000}
runs=${2:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
cu="${CU:-$root/target/release/cu}"
[ -x "$cu" ] || { echo "build first: cargo build --release" >&2; exit 2; }
work=$(mktemp -d "${WORK:-${TMPDIR:-/tmp}}/cu-bench-passport.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
unset CU_KMS_STORE
"$cu" -q kms init >/dev/null
"$cu" -q passport rotate >/dev/null
half=$((n / 2))
python3 - "$half" "$((n - half))" <<'PY'
import json, sys
for name, count in (("a.jsonl", int(sys.argv[1])), ("b.jsonl", int(sys.argv[2]))):
    with open(name, "w") as f:
        for i in range(count):
            f.write(json.dumps({"sub": f"user-{name[0]}{i}", "scopes": ["read", "write"], "ctx": {"n": i}}) + "\n")
PY
"$cu" passport issue --batch --aud api --in a.jsonl > passports.txt
"$cu" -q passport rotate >/dev/null
"$cu" passport issue --batch --aud api --in b.jsonl >> passports.txt
"$cu" passport keys > jwks.json
echo "$(wc -l < passports.txt) passports, $(wc -c < passports.txt) bytes, $(nproc) cores"

python3 - "$runs" "$cu" <<'PY'
import statistics, subprocess, sys, time
runs, cu = int(sys.argv[1]), sys.argv[2]
def timed(args, stdin=None):
    start = time.perf_counter()
    done = subprocess.run(args, stdin=stdin, stdout=subprocess.DEVNULL)
    assert done.returncode == 0, done.returncode
    return (time.perf_counter() - start) * 1000
cases = [
    ("verify --batch (store)", [cu, "passport", "verify", "--batch", "--aud", "api", "--in", "passports.txt"]),
    ("verify --batch (--jwks)", [cu, "passport", "verify", "--batch", "--aud", "api", "--jwks", "jwks.json", "--in", "passports.txt"]),
    ("issue --batch (half)", [cu, "passport", "issue", "--batch", "--aud", "api", "--in", "b.jsonl"]),
]
for name, args in cases:
    t = sorted(timed(args) for _ in range(runs))
    print(f"{name:<26} median {statistics.median(t):8.1f} ms   min {t[0]:8.1f} ms   ({runs} runs)")
PY
