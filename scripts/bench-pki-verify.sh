#!/usr/bin/env bash
# One-shot `cu pki verify` of a 3-certificate chain (leaf, issuing and policy CAs under a
# root; ec-p256) against `openssl verify` on the same files, in the same run: whole-process
# CPU time (user + system, from the kernel's accounting of each child), median of RUNS
# processes each, the runs interleaved so both share the machine's noise. Also with the
# chain's CRLs, and under --profile rfc5280.
#
# usage: [CU=path/to/cu] scripts/bench-pki-verify.sh [RUNS]   (default 40)
# needs: a release build (cargo build --release), openssl, python3.
set -euo pipefail
runs=${1:-40}
root=$(cd "$(dirname "$0")/.." && pwd)
cu="${CU:-$root/target/release/cu}"
[ -x "$cu" ] || { echo "build first: cargo build --release" >&2; exit 2; }
command -v openssl >/dev/null || { echo "install openssl" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
"$cu" -q pki ca create --out-dir ca > /dev/null
"$cu" -q pki cert issue --ca ca --cn api.example.test --out-dir . > /dev/null
crl() { "$cu" -q pki crl create --ca-cert "ca/$1.pem" --ca-key "ca/$1.key" --out "$1.crl" > /dev/null; }
crl root; crl policy; crl issuing
cat root.crl policy.crl issuing.crl > all.crl

python3 - "$runs" "$cu" <<'PY'
import os, statistics, subprocess, sys
runs, cu = int(sys.argv[1]), sys.argv[2]

def cpu(args):
    # wait4's rusage: this child's own user + system time, in microseconds.
    child = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        sys.exit(f"{args[0]} failed: {' '.join(args)}")
    return (usage.ru_utime + usage.ru_stime) * 1000

cases = {
    "chain": (
        [cu, "pki", "verify", "--roots", "ca/root.pem", "--chain", "ca/intermediates.pem",
         "--hostname", "api.example.test", "api.example.test.pem"],
        ["openssl", "verify", "-CAfile", "ca/root.pem", "-untrusted", "ca/intermediates.pem",
         "-purpose", "sslserver", "-verify_hostname", "api.example.test", "api.example.test.pem"],
    ),
    "chain + CRLs": (
        [cu, "pki", "verify", "--roots", "ca/root.pem", "--chain", "ca/intermediates.pem",
         "--crl", "all.crl", "api.example.test.pem"],
        ["openssl", "verify", "-CAfile", "ca/root.pem", "-untrusted", "ca/intermediates.pem",
         "-crl_check_all", "-CRLfile", "all.crl", "api.example.test.pem"],
    ),
    "chain, --profile rfc5280": (
        [cu, "pki", "verify", "--profile", "rfc5280", "--roots", "ca/root.pem", "--chain",
         "ca/intermediates.pem", "api.example.test.pem"],
        ["openssl", "verify", "-CAfile", "ca/root.pem", "-untrusted", "ca/intermediates.pem",
         "-policy_check", "api.example.test.pem"],
    ),
}
for name, (mine, theirs) in cases.items():
    a, b = [], []
    for _ in range(runs):
        a.append(cpu(mine))
        b.append(cpu(theirs))
    ma, mb = statistics.median(a), statistics.median(b)
    print(f"{name:<26} cu {ma:6.2f} ms   openssl verify {mb:6.2f} ms   cu/openssl {ma / mb:5.2f}   ({runs} runs each, CPU per process)")
PY
