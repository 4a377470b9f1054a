#!/usr/bin/env python3
"""NIST PKITS (RFC 5280 path validation conformance) through a verifier's command line.

usage: scripts/pkits.py [--verifier cu|openssl] [--cu PATH] [--no-crls] [--show all|wrong]

Runs every case of testdata/x509/pkits/cases.json: the trust anchor, the intermediates and
the end entity of the case, its CRLs (all of them, checked for every certificate, unless
--no-crls, which also skips the revocation sections 4.4, 4.14 and 4.15), and its policy
inputs (initial policy set, explicit policy, policy mapping inhibit, any-policy inhibit).
Prints one line per case answered differently from PKITS (--show all: every case) and a
score per section. Exit 0 when every case is as PKITS expects, 1 otherwise.

cu:      cu pki verify --profile rfc5280 --roots TA --chain CA... --crl CRL... --policy OID...
openssl: openssl verify -x509_strict is not used (RFC 5280 §6 only); -policy_check,
         -crl_check_all -extended_crl -use_deltas when CRLs are given.
"""
import argparse, base64, collections, json, os, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "testdata", "x509", "pkits")
REVOCATION = ("4.4.", "4.14.", "4.15.")


def pem(kind, der):
    b = base64.encodebytes(der).decode().replace("\n", "")
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----\n"


def write(dir, name, kind, files):
    path = os.path.join(dir, name)
    with open(path, "w") as f:
        for file in files:
            with open(file, "rb") as g:
                f.write(pem(kind, g.read()))
    return path


def run_case(case, args, tmp):
    certs = [os.path.join(DATA, "certs", c + ".crt") for c in case["certs"]]
    crls = [os.path.join(DATA, "crls", c + ".crl") for c in case["crls"]] if args.crls else []
    anchor = write(tmp, "anchor.pem", "CERTIFICATE", certs[:1])
    chain = write(tmp, "chain.pem", "CERTIFICATE", certs[1:-1]) if len(certs) > 2 else None
    leaf = write(tmp, "leaf.pem", "CERTIFICATE", certs[-1:])
    crl = write(tmp, "crls.pem", "X509 CRL", crls) if crls else None
    policies = case["initial_policy_set"]
    if args.verifier == "cu":
        cmd = [args.cu, "--output", "json", "pki", "verify", "--profile", "rfc5280",
               "--roots", anchor, leaf]
        if chain:
            cmd += ["--chain", chain]
        if crl:
            cmd += ["--crl", crl]
        for p in policies:
            cmd += ["--policy", p]
        flags = {"initial_explicit_policy": "--require-explicit-policy",
                 "initial_policy_mapping_inhibit": "--inhibit-policy-mapping",
                 "initial_inhibit_any_policy": "--inhibit-any-policy"}
    else:
        cmd = ["openssl", "verify", "-CAfile", anchor, "-policy_check"]
        if chain:
            cmd += ["-untrusted", chain]
        if crl:
            cmd += ["-CRLfile", crl, "-crl_check_all", "-extended_crl", "-use_deltas"]
        for p in policies:
            cmd += ["-policy", p]
        flags = {"initial_explicit_policy": "-explicit_policy",
                 "initial_policy_mapping_inhibit": "-inhibit_map",
                 "initial_inhibit_any_policy": "-inhibit_any"}
        cmd += [leaf]
    for key, flag in flags.items():
        if case[key]:
            cmd.insert(-1 if args.verifier == "openssl" else len(cmd), flag)
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    detail = (r.stderr or r.stdout).strip().splitlines()
    return r.returncode == 0, r.returncode, (detail[-1] if detail else "")[:160]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--verifier", choices=["cu", "openssl"], default="cu")
    ap.add_argument("--cu", default=os.path.join(ROOT, "target", "release", "cu"))
    ap.add_argument("--no-crls", dest="crls", action="store_false")
    ap.add_argument("--show", choices=["all", "wrong"], default="wrong")
    args = ap.parse_args()
    cases = json.load(open(os.path.join(DATA, "cases.json")))["cases"]
    if not args.crls:
        cases = [c for c in cases if not c["id"].startswith(REVOCATION)]
    score = collections.defaultdict(lambda: [0, 0])
    wrong = 0
    with tempfile.TemporaryDirectory() as tmp:
        for case in cases:
            ok, code, detail = run_case(case, args, tmp)
            right = ok == case["valid"]
            section = case["id"].rsplit(".", 1)[0]
            score[section][0] += right
            score[section][1] += 1
            wrong += not right
            if args.show == "all" or not right:
                want = "valid" if case["valid"] else "invalid"
                print(f"{'ok ' if right else 'BAD'} {case['id']:<9} {case['name']:<60} "
                      f"expected {want}, exit {code}: {detail}")
    total = sum(s[0] for s in score.values())
    print(" ".join(f"{k}: {v[0]}/{v[1]}" for k, v in sorted(
        score.items(), key=lambda kv: [int(x) for x in kv[0].split(".")])))
    print(f"{args.verifier}{'' if args.crls else ' (no CRLs)'}: {total}/{len(cases)} as PKITS expects")
    return 0 if wrong == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
