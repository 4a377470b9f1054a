"""Verify a cu passport with Python's `cryptography`, from the JWKS and the canonical bytes.

usage: passport_verify.py JWKS_FILE PASSPORT_FILE
Accepts the compact form (<msg>.<sig>) or the envelope. Prints the payload as JSON and exits 0
when the signature verifies and the signed bytes are the RFC 8785 form of the payload that
this script computes itself; exits 1 otherwise. Uses no code from cu.
"""
import base64
import json
import sys

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey


def b64url(text):
    if "=" in text:
        raise ValueError("padded base64url")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def jcs(value):
    """RFC 8785 for the values a passport carries (no floats): keys by UTF-16 code units."""
    if isinstance(value, dict):
        items = sorted(value.items(), key=lambda kv: kv[0].encode("utf-16-be"))
        return "{" + ",".join(jcs(k) + ":" + jcs(v) for k, v in items) + "}"
    if isinstance(value, list):
        return "[" + ",".join(jcs(v) for v in value) + "]"
    if isinstance(value, float):
        raise ValueError("this checker does not canonicalize floats")
    # json.dumps escapes exactly what RFC 8785 escapes when ensure_ascii is off.
    return json.dumps(value, ensure_ascii=False)


def main(jwks_path, passport_path):
    with open(jwks_path) as f:
        jwks = json.load(f)
    with open(passport_path) as f:
        text = f.read().strip()
    if text.startswith("{"):
        envelope = json.loads(text)
        assert envelope["alg"] == "Ed25519", envelope["alg"]
        msg, sig, kid = b64url(envelope["msg"]), b64url(envelope["sig"]), envelope["kid"]
    else:
        m, s = text.split(".")
        msg, sig, kid = b64url(m), b64url(s), None
    payload = json.loads(msg)
    kid = kid or payload["kid"]
    assert payload["kid"] == kid
    keys = [k for k in jwks["keys"] if k.get("kid") == kid]
    if len(keys) != 1:
        print(f"no key {kid} in the JWKS", file=sys.stderr)
        return 1
    key = keys[0]
    assert key["kty"] == "OKP" and key["crv"] == "Ed25519"
    public = Ed25519PublicKey.from_public_bytes(b64url(key["x"]))
    try:
        public.verify(sig, msg)
    except InvalidSignature:
        print("bad signature", file=sys.stderr)
        return 1
    if jcs(payload).encode("utf-8") != msg:
        print("the signed bytes are not the RFC 8785 form of the payload", file=sys.stderr)
        return 1
    print(json.dumps(payload, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["check"]:
        import cryptography  # noqa: F401
        sys.exit(0)
    sys.exit(main(sys.argv[1], sys.argv[2]))
