#!/usr/bin/env python3
"""Netflix BetterTLS (nameconstraints, pathbuilding) through a verifier's command line.

usage: scripts/bettertls.py EXPORT.json [--verifier cu|openssl] [--cu PATH]
                            [--profile web|rfc5280] [--suite NAME] [--jobs N] [--json OUT]

EXPORT.json is written by BetterTLS itself (https://github.com/Netflix/bettertls, Apache-2.0):
`go run ./cmd/bettertls export-tests --out tests.json` in its test-suites directory, or
`go install github.com/Netflix/bettertls/test-suites/cmd/bettertls@latest` and `bettertls
export-tests --out tests.json` (its README, "Exporting tests to run outside of the BetterTLS
executor"). The export is generated, with a fresh root unless --rootCa is
given, and is not vendored here; testdata/x509/README.md says how it was made and what cu
scored on it.

Each case is mapped as x509-limbo maps BetterTLS (limbo/testcases/bettertls.py): the leaf is
certificates[0], the intermediates are the rest minus the trust root, the trusted root is
trustRoot, the validation is for a TLS server named hostname (an IP if it parses as one), at
the leaf's notBefore + 1 s, or at its notAfter + 1 s for a REJECT case that requires
INVALID_REASON_EXPIRED. ACCEPT must verify and REJECT must fail; a case with failureIsWarning
answered the other way is a soft failure, reported but not failing the run.

cu:      cu --output json pki verify --roots ROOT [--chain INTS] --hostname H | --ip IP
         --purpose server --at T [--profile P] LEAF   (exit 0 accepted, 2 rejected)
openssl: openssl verify -x509_strict -purpose sslserver -verify_hostname H | -verify_ip IP
         -attime T -CAfile ROOT [-untrusted INTS] LEAF

Prints, per suite, the cases passed, false positives (a REJECT accepted), false negatives (an
ACCEPT rejected), soft failures and errors (cu exited neither 0 nor 2), with the ids of every
case not passed. --json OUT writes every case's answer, for comparing two runs.
Exit 0 when there is no hard failure (false positive, false negative or error), 1 otherwise,
2 when the export cannot be read.
"""
import argparse, base64, collections, concurrent.futures, datetime, ipaddress, json, os
import subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXPIRED = "INVALID_REASON_EXPIRED"


class BadInput(Exception):
    pass


def pem(der):
    b = base64.b64encode(der).decode()
    lines = [b[i:i + 64] for i in range(0, len(b), 64)]
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(lines) + "\n-----END CERTIFICATE-----\n"


def tlv(data, pos):
    """One DER element at pos: (tag, start of contents, end of contents)."""
    if pos + 2 > len(data):
        raise BadInput("truncated DER")
    tag, n = data[pos], data[pos + 1]
    pos += 2
    if n & 0x80:
        k = n & 0x7F
        if k == 0 or k > 4 or pos + k > len(data):
            raise BadInput("bad DER length")
        n = int.from_bytes(data[pos:pos + k], "big")
        pos += k
    if pos + n > len(data):
        raise BadInput("truncated DER")
    return tag, pos, pos + n


def validity(der):
    """The (notBefore, notAfter) of a DER certificate, as aware datetimes."""
    _, pos, _ = tlv(der, 0)              # Certificate
    tag, pos, end = tlv(der, pos)        # tbsCertificate
    tag, start, stop = tlv(der, pos)
    if tag == 0xA0:                      # [0] version
        pos = stop
    for _ in range(3):                   # serialNumber, signature, issuer
        _, _, pos = tlv(der, pos)
    tag, pos, _ = tlv(der, pos)          # validity
    times = []
    for _ in range(2):
        tag, start, stop = tlv(der, pos)
        text = der[start:stop].decode("ascii")
        if tag == 0x17:                  # UTCTime YYMMDDHHMMSSZ
            t = datetime.datetime.strptime(text, "%y%m%d%H%M%SZ")
            if t.year >= 2050:
                t = t.replace(year=t.year - 100)
        elif tag == 0x18:                # GeneralizedTime YYYYMMDDHHMMSSZ
            t = datetime.datetime.strptime(text, "%Y%m%d%H%M%SZ")
        else:
            raise BadInput(f"bad validity time tag {tag:#x}")
        times.append(t.replace(tzinfo=datetime.timezone.utc))
        pos = stop
    return times[0], times[1]


def prepare(export):
    """The cases of the export, each with its inputs decoded and its validation time."""
    try:
        root = base64.b64decode(export["trustRoot"])
        cases = []
        for name, suite in export["suites"].items():
            for tc in suite["testCases"]:
                certs = [base64.b64decode(c) for c in tc["certificates"]]
                if not certs or tc["expected"] not in ("ACCEPT", "REJECT"):
                    raise BadInput(f"{name} case {tc.get('id')}: no certificate or bad expected")
                not_before, not_after = validity(certs[0])
                if EXPIRED in tc["requiredFeatures"] and tc["expected"] == "REJECT":
                    at = not_after + datetime.timedelta(seconds=1)
                else:
                    at = not_before + datetime.timedelta(seconds=1)
                cases.append({
                    "suite": tc.get("suite", name), "id": int(tc["id"]),
                    "leaf": certs[0], "intermediates": [c for c in certs[1:] if c != root],
                    "hostname": tc["hostname"], "expected": tc["expected"],
                    "soft": bool(tc["failureIsWarning"]), "at": at,
                    "features": list(tc["requiredFeatures"]),
                })
        if not cases:
            raise BadInput("no test cases")
        return root, cases
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise BadInput(f"not a BetterTLS export: {type(e).__name__}: {e}") from e


def is_ip(name):
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        return False


def run_case(case, args, root_path, tmp):
    d = tempfile.mkdtemp(prefix=f"{case['suite']}-{case['id']}-", dir=tmp)
    leaf = os.path.join(d, "leaf.pem")
    with open(leaf, "w") as f:
        f.write(pem(case["leaf"]))
    chain = None
    if case["intermediates"]:
        chain = os.path.join(d, "chain.pem")
        with open(chain, "w") as f:
            f.write("".join(pem(c) for c in case["intermediates"]))
    host, ip = case["hostname"], is_ip(case["hostname"])
    if args.verifier == "cu":
        cmd = [args.cu, "--output", "json", "pki", "verify", "--roots", root_path]
        if chain:
            cmd += ["--chain", chain]
        if host:
            cmd += ["--ip" if ip else "--hostname", host]
        cmd += ["--purpose", "server", "--at", case["at"].strftime("%Y-%m-%dT%H:%M:%SZ")]
        if args.profile:
            cmd += ["--profile", args.profile]
        cmd += [leaf]
    else:
        cmd = ["openssl", "verify", "-x509_strict", "-purpose", "sslserver"]
        if host:
            cmd += ["-verify_ip" if ip else "-verify_hostname", host]
        cmd += ["-attime", str(int(case["at"].timestamp())), "-CAfile", root_path]
        if chain:
            cmd += ["-untrusted", chain]
        cmd += [leaf]
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    except subprocess.TimeoutExpired:
        return "error", None, "timeout"
    finally:
        for path in (leaf, chain):
            if path:
                os.unlink(path)
        os.rmdir(d)
    r.stdout, r.stderr = (s.replace(d + os.sep, "") for s in (r.stdout, r.stderr))
    if args.verifier == "cu":
        got = {0: "ACCEPT", 2: "REJECT"}.get(r.returncode, "error")
        detail = ""
        if r.returncode == 2:
            try:
                err = json.loads(r.stderr)["error"]
                detail = f"{err.get('code', '')}: {err.get('message', '')}"
            except (ValueError, KeyError, TypeError):
                got, detail = "error", "stderr is not JSON: " + r.stderr.strip()[:200]
        elif r.returncode != 0:
            detail = (r.stderr or r.stdout).strip()[:200]
    else:
        got = "ACCEPT" if r.returncode == 0 else "REJECT"
        lines = [l for l in (r.stdout + r.stderr).splitlines() if "error" in l]
        detail = lines[0].strip()[:200] if lines else ""
    return got, r.returncode, detail


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("export", help="the JSON written by `bettertls export-tests`")
    ap.add_argument("--verifier", choices=["cu", "openssl"], default="cu")
    ap.add_argument("--cu", default=os.path.join(ROOT, "target", "release", "cu"))
    ap.add_argument("--profile", choices=["web", "rfc5280"],
                    help="cu's --profile (not passed when omitted: cu's default, web)")
    ap.add_argument("--suite", help="run only this suite (nameconstraints, pathbuilding)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--json", metavar="OUT", help="write every case's answer to OUT")
    args = ap.parse_args()
    if args.verifier == "openssl" and args.profile:
        ap.error("--profile is for --verifier cu")
    try:
        with open(args.export) as f:
            export = json.load(f)
        root, cases = prepare(export)
    except (OSError, ValueError, BadInput) as e:
        print(f"bettertls: {args.export}: {e}", file=sys.stderr)
        return 2
    if args.suite:
        cases = [c for c in cases if c["suite"] == args.suite]
        if not cases:
            print(f"bettertls: no suite {args.suite!r} in {args.export}", file=sys.stderr)
            return 2
    if args.verifier == "cu" and not os.access(args.cu, os.X_OK):
        print(f"bettertls: {args.cu} is not an executable (build it or pass --cu)",
              file=sys.stderr)
        return 2

    label = args.verifier + (f" --profile {args.profile}" if args.profile else "")
    print(f"BetterTLS {export.get('betterTlsRevision', '?')}, {len(cases)} cases, {label}")
    results = []
    with tempfile.TemporaryDirectory(prefix="bettertls-") as tmp:
        root_path = os.path.join(tmp, "root.pem")
        with open(root_path, "w") as f:
            f.write(pem(root))
        with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
            answers = pool.map(lambda c: run_case(c, args, root_path, tmp), cases)
            for case, (got, code, detail) in zip(cases, answers):
                results.append((case, got, code, detail))

    by_suite = collections.defaultdict(lambda: collections.defaultdict(list))
    for case, got, code, detail in results:
        if got == case["expected"]:
            kind = "passed"
        elif got == "error":
            kind = "errors"
        elif case["soft"]:
            kind = "soft failures"
        elif got == "ACCEPT":
            kind = "false positives"
        else:
            kind = "false negatives"
        by_suite[case["suite"]][kind].append((case, got, code, detail))

    hard = 0
    kinds = ["false positives", "false negatives", "soft failures", "errors"]
    for suite in sorted(by_suite):
        s = by_suite[suite]
        total = sum(len(v) for v in s.values())
        print(f"{suite}: {len(s['passed'])}/{total} passed, "
              + ", ".join(f"{len(s[k])} {k}" for k in kinds))
        for k in kinds:
            if s[k]:
                ids = ",".join(str(c["id"]) for c, *_ in sorted(s[k], key=lambda r: r[0]["id"]))
                print(f"  {k}: {ids}")
        hard += len(s["false positives"]) + len(s["false negatives"]) + len(s["errors"])
        for c, got, code, detail in s["errors"][:5]:
            print(f"  error {c['id']}: exit {code}: {detail}")

    if args.json:
        out = {
            "betterTlsRevision": export.get("betterTlsRevision"), "verifier": label,
            "cases": [{
                "suite": c["suite"], "id": c["id"], "hostname": c["hostname"],
                "features": c["features"], "expected": c["expected"], "soft": c["soft"],
                "at": c["at"].strftime("%Y-%m-%dT%H:%M:%SZ"), "got": got, "exit": code,
                "detail": detail,
            } for c, got, code, detail in results],
        }
        with open(args.json, "w") as f:
            json.dump(out, f, indent=1)
    return 0 if hard == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
