"""Interop peer for cu's tests: Python jwcrypto and PyJWT, driven from tests/interop.rs.

usage: peer.py COMMAND ARGS...  (files for keys and tokens; results on stdout)
"""
import json
import sys


def read(path):
    with open(path, "rb") as f:
        return f.read()


def main(argv):
    command, args = argv[0], argv[1:]
    if command == "check":
        import jwcrypto  # noqa: F401
        import jwt  # noqa: F401
        return
    if command == "jwcrypto-verify":
        from jwcrypto import jwk, jwt as jjwt
        key = jwk.JWK.from_json(read(args[0]))
        token = jjwt.JWT(jwt=read(args[1]).decode().strip(), key=key, algs=[args[2]])
        print(token.claims)
    elif command == "jwcrypto-sign":
        from jwcrypto import jwk, jwt as jjwt
        key = jwk.JWK.from_json(read(args[0]))
        token = jjwt.JWT(header={"alg": args[1], "kid": key.get("kid")},
                         claims={"sub": "from-jwcrypto", "aud": "api", "iat": 1700000000, "exp": 4102444800})
        token.make_signed_token(key)
        print(token.serialize())
    elif command == "jwcrypto-decrypt":  # KEY JWE [ALG]: the alg comes from the token
        from jwcrypto import jwe, jwk
        key = jwk.JWK.from_json(read(args[0]))
        token = jwe.JWE()
        token.deserialize(read(args[1]).decode().strip(), key=key)
        sys.stdout.write(token.payload.decode())
    elif command == "jwcrypto-encrypt":
        from jwcrypto import jwe, jwk
        key = jwk.JWK.from_json(read(args[0]))
        token = jwe.JWE(args[3].encode(), json.dumps({"alg": args[1], "enc": args[2]}))
        token.add_recipient(key)
        print(token.serialize(compact=True))
    elif command == "pyjwt-verify":
        import jwt
        claims = jwt.decode(read(args[1]).decode().strip(), key=read(args[0]), algorithms=[args[2]], audience="api")
        print(json.dumps(claims))
    elif command == "pyjwt-sign":
        import jwt
        print(jwt.encode({"sub": "from-pyjwt", "aud": "api", "iat": 1700000000, "exp": 4102444800},
                         key=read(args[0]), algorithm=args[1]))
    else:
        raise SystemExit(f"unknown command {command}")


if __name__ == "__main__":
    main(sys.argv[1:])
