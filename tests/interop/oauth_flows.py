"""Drive cu's identity server with a real OAuth client library (authlib) and verify its
tokens with PyJWT, as tests/identity_server.rs asks. Prints one JSON object of findings.

usage: oauth_flows.py ISSUER CA_FILE CLIENT_ID REDIRECT_URI USER PASSWORD
"""
import json
import re
import ssl
import sys

import jwt
import requests
from authlib.common.security import generate_token
from authlib.integrations.requests_client import OAuth2Session
from authlib.oauth2.rfc7636 import create_s256_code_challenge


def hidden(html, name):
    m = re.search(r'name="%s" value="([^"]*)"' % name, html)
    if not m:
        raise SystemExit("no hidden field %s in:\n%s" % (name, html))
    return m.group(1)


def main(issuer, ca, client_id, redirect_uri, user, password):
    found = {}
    meta = requests.get(issuer + "/.well-known/openid-configuration", verify=ca).json()
    client = OAuth2Session(client_id, redirect_uri=redirect_uri,
                           scope="openid kms:encrypt kms:decrypt",
                           code_challenge_method="S256", token_endpoint_auth_method="none")
    client.verify = ca
    verifier = generate_token(64)
    nonce = generate_token(16)
    url, state = client.create_authorization_url(meta["authorization_endpoint"],
                                                 code_verifier=verifier, nonce=nonce)
    # requests 2.32 ignores Session.verify on some paths: every call passes verify=ca.
    browser = requests.Session()
    login = browser.get(url, verify=ca)
    assert login.status_code == 200 and "Sign in" in login.text, login.text
    # A wrong password first: the same page again, with a message that names neither part.
    wrong = browser.post(issuer + "/oauth2/v1/login", verify=ca, data={
        "request": hidden(login.text, "request"), "csrf": hidden(login.text, "csrf"),
        "username": user, "password": password + "x"})
    found["wrong_password_message"] = "user name or password is wrong" in wrong.text
    consent = browser.post(issuer + "/oauth2/v1/login", verify=ca, data={
        "request": hidden(wrong.text, "request"), "csrf": hidden(wrong.text, "csrf"),
        "username": user, "password": password})
    assert "Allow access" in consent.text, consent.text
    cookie = consent.headers.get("set-cookie", "")
    found["cookie_flags"] = all(f in cookie for f in ("Secure", "HttpOnly", "SameSite=Lax"))
    back = browser.post(issuer + "/oauth2/v1/consent", allow_redirects=False, verify=ca, data={
        "request": hidden(consent.text, "request"), "csrf": hidden(consent.text, "csrf"),
        "decision": "approve"})
    assert back.status_code == 303, back.text
    location = back.headers["location"]
    found["redirect_starts_with_registered_uri"] = location.startswith(redirect_uri + "?")
    token = client.fetch_token(meta["token_endpoint"], authorization_response=location,
                               code_verifier=verifier, state=state, verify=ca)
    keys = jwt.PyJWKClient(meta["jwks_uri"], ssl_context=ssl.create_default_context(cafile=ca))
    access = jwt.decode(token["access_token"],
                        keys.get_signing_key_from_jwt(token["access_token"]).key,
                        algorithms=["EdDSA"], audience="cu-kms", issuer=issuer)
    found["access_sub"] = access["sub"]
    found["access_scope"] = access["scope"]
    id_token = jwt.decode(token["id_token"], keys.get_signing_key_from_jwt(token["id_token"]).key,
                          algorithms=["EdDSA"], audience=client_id, issuer=issuer)
    found["id_token_nonce_matches"] = id_token["nonce"] == nonce
    userinfo = requests.get(meta["userinfo_endpoint"], verify=ca,
                            headers={"Authorization": "Bearer " + token["access_token"]}).json()
    found["userinfo_sub"] = userinfo["sub"]
    found["access_token"] = token["access_token"]
    # Refresh with rotation, then replay the old refresh token: reuse is detected and the
    # whole family, the new token included, is revoked.
    first_refresh = token["refresh_token"]
    rotated = client.refresh_token(meta["token_endpoint"], refresh_token=first_refresh, verify=ca)
    found["refresh_rotated"] = rotated["refresh_token"] != first_refresh
    replay = requests.post(meta["token_endpoint"], verify=ca, data={
        "grant_type": "refresh_token", "refresh_token": first_refresh, "client_id": client_id})
    found["replay_error"] = replay.json().get("error")
    after = requests.post(meta["token_endpoint"], verify=ca, data={
        "grant_type": "refresh_token", "refresh_token": rotated["refresh_token"],
        "client_id": client_id})
    found["family_revoked_error"] = after.json().get("error")
    print(json.dumps(found))


if __name__ == "__main__":
    main(*sys.argv[1:7])
