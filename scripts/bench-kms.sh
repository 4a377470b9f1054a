#!/usr/bin/env bash
# Whole-process timings for `cu kms`: one `encrypt` of a short text per process (median of
# many runs), and `--stream` encrypt/decrypt of a large file compared with
# `openssl speed -evp aes-256-gcm -bytes 16384` measured in the same run.
#
# usage: [CU=path/to/cu] [WORK=dir] scripts/bench-kms.sh [RUNS] [STREAM_MIB]   (defaults: 200 and 1024)
# WORK defaults to a temporary directory; point it at tmpfs (/dev/shm) to leave the disk out.
# needs: a release build (cargo build --release), python3, openssl.
set -euo pipefail
runs=${1:-200}
mib=${2:-1024}
root=$(cd "$(dirname "$0")/.." && pwd)
cu="${CU:-$root/target/release/cu}"
[ -x "$cu" ] || { echo "build first: cargo build --release" >&2; exit 2; }
work=$(mktemp -d "${WORK:-${TMPDIR:-/tmp}}/cu-bench-kms.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
unset CU_KMS_STORE
"$cu" -q kms init >/dev/null
"$cu" -q kms key create bench --type aes-256-gcm >/dev/null
printf 'a short secret' > msg

python3 - "$runs" "$cu" <<'PY'
import statistics, subprocess, sys, time
runs, cu = int(sys.argv[1]), sys.argv[2]
def timed(args, stdin=None):
    start = time.perf_counter()
    subprocess.run(args, stdin=stdin, stdout=subprocess.DEVNULL, check=True)
    return (time.perf_counter() - start) * 1000
for _ in range(10):
    timed([cu, "kms", "encrypt", "bench", "--in", "msg"])
enc = sorted(timed([cu, "kms", "encrypt", "bench", "--in", "msg"]) for _ in range(runs))
subprocess.run([cu, "kms", "encrypt", "bench", "--in", "msg"], stdout=open("msg.jwe", "w"), check=True)
dec = sorted(timed([cu, "kms", "decrypt", "--in", "msg.jwe"]) for _ in range(runs))
true = sorted(timed(["true"]) for _ in range(runs))
for name, t in [("kms encrypt (one process)", enc), ("kms decrypt (one process)", dec), ("/bin/true", true)]:
    print(f"{name:<28} median {statistics.median(t):6.2f} ms   p90 {t[int(len(t)*0.9)]:6.2f} ms   ({len(t)} processes)")
PY

head -c $((mib * 1048576)) /dev/urandom > big
python3 - "$cu" "$mib" <<'PY'
import re, subprocess, sys, time
cu, mib = sys.argv[1], int(sys.argv[2])
def best(args, n=3):
    times = []
    for _ in range(n):
        start = time.perf_counter()
        subprocess.run(args, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return min(times)
enc = best([cu, "kms", "encrypt", "bench", "--stream", "--in", "big", "--out", "big.enc", "--force"])
dec = best([cu, "kms", "decrypt", "--stream", "--in", "big.enc", "--out", "big.dec", "--force"])
subprocess.run(["cmp", "big", "big.dec"], check=True)
to_null = best([cu, "kms", "encrypt", "bench", "--stream", "--in", "big"])
out = subprocess.run(["openssl", "speed", "-evp", "aes-256-gcm", "-bytes", "16384", "-seconds", "3"], capture_output=True, text=True).stdout
kb = float(re.findall(r"AES-256-GCM\s+([\d.]+)k", out)[-1])
ossl = kb * 1000 / 1e9
size = mib * 1048576 / 1e9
for name, t in [("stream encrypt file->file", enc), ("stream decrypt file->file", dec), ("stream encrypt file->stdout", to_null)]:
    gbs = size / t
    print(f"{name:<28} {mib} MiB in {t:5.2f} s = {gbs:5.2f} GB/s = {100*gbs/ossl:4.0f}% of openssl speed")
print(f"openssl speed -evp aes-256-gcm -bytes 16384: {ossl:.2f} GB/s")
PY
