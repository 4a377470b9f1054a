#compdef cu

autoload -U is-at-least

_cu() {
    typeset -A opt_args
    typeset -a _arguments_options
    local ret=1

    if is-at-least 5.2; then
        _arguments_options=(-s -S -C)
    else
        _arguments_options=(-s -C)
    fi

    local context curcontext="$curcontext" state line
    _arguments "${_arguments_options[@]}" : \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_cu_commands" \
"*::: :->cu" \
&& ret=0
    case $state in
    (cu)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-command-$line[1]:"
        case $line[1] in
            (jose)
_arguments "${_arguments_options[@]}" : \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_cu__subcmd__jose_commands" \
"*::: :->jose" \
&& ret=0

    case $state in
    (jose)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-jose-command-$line[1]:"
        case $line[1] in
            (jwk)
_arguments "${_arguments_options[@]}" : \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_cu__subcmd__jose__subcmd__jwk_commands" \
"*::: :->jwk" \
&& ret=0

    case $state in
    (jwk)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-jose-jwk-command-$line[1]:"
        case $line[1] in
            (generate)
_arguments "${_arguments_options[@]}" : \
'--kty=[Key type (inferred from --alg when omitted)]:KTY:(rsa ec okp oct)' \
'--bits=[RSA modulus or oct key size in bits]:BITS:_default' \
'--crv=[Curve\: P-256, P-384, P-521 (EC), Ed25519, X25519 (OKP)]:CRV:(P-256 P-384 P-521 secp256k1 Ed25519 X25519)' \
'--alg=[Algorithm the key is for (recorded as \`alg\`)]:ALG:_default' \
'--use=[Intended use (recorded as \`use\`)]:KEY_USE:(sig enc)' \
'--kid=[Key id (default\: the RFC 7638 thumbprint)]:KID:_default' \
'--public-out=[Also write the public JWK to FILE]:FILE:_files' \
'--out=[Write the result to FILE instead of stdout (private keys get mode 0600)]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--force[Replace existing output files]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(public)
_arguments "${_arguments_options[@]}" : \
'--in=[The key\: JWK, JWKS, PEM or DER (\`-\` for stdin)]:FILE:_files' \
'--password-file=[Password for an encrypted PKCS#8 key]:FILE:_files' \
'--out=[Write the result to FILE instead of stdout (private keys get mode 0600)]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--force[Replace existing output files]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(thumbprint)
_arguments "${_arguments_options[@]}" : \
'--in=[The key\: JWK, JWKS, PEM or DER (\`-\` for stdin)]:FILE:_files' \
'--password-file=[Password for an encrypted PKCS#8 key]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(convert)
_arguments "${_arguments_options[@]}" : \
'--in=[The key\: JWK, JWKS, PEM or DER (\`-\` for stdin)]:FILE:_files' \
'--to=[Output encoding]:TO:(pem der jwk)' \
'--kid=[Choose a key from a JWKS by kid]:KID:_default' \
'--password-file=[Password for an encrypted PKCS#8 key]:FILE:_files' \
'--out=[Write the result to FILE instead of stdout (private keys get mode 0600)]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--public[Write only the public key]' \
'--traditional[PEM/DER in the traditional layout\: PKCS#1 for RSA, SEC1 for EC private keys]' \
'--force[Replace existing output files]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__jose__subcmd__jwk__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-jose-jwk-help-command-$line[1]:"
        case $line[1] in
            (generate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(public)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(thumbprint)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(convert)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(jws)
_arguments "${_arguments_options[@]}" : \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_cu__subcmd__jose__subcmd__jws_commands" \
"*::: :->jws" \
&& ret=0

    case $state in
    (jws)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-jose-jws-command-$line[1]:"
        case $line[1] in
            (sign)
_arguments "${_arguments_options[@]}" : \
'*--key=[Signing key (repeat for several signatures; needs --json)]:FILE:_files' \
'--password-file=[Password for an encrypted PKCS#8 key]:FILE:_files' \
'--alg=[Algorithm (default\: the key'\''s alg, or the usual one for its type)]:ALG:_default' \
'--kid=[Key id for the header (default\: the key'\''s kid)]:KID:_default' \
'*--header=[Extra protected header member NAME=VALUE (VALUE may be JSON)]:NAME=VALUE:_default' \
'*--unprotected=[Unprotected header member NAME=VALUE, not covered by the signature (needs --json)]:NAME=VALUE:_default' \
'--in=[The payload (\`-\` for stdin)]:FILE:_files' \
'--out=[Write the result to FILE instead of stdout (private keys get mode 0600)]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--json[JSON serialization (flattened; general with several keys)]' \
'--detached[Leave the payload out of the output (verify with --payload)]' \
'--unencoded[Unencoded payload (RFC 7797, b64\: false)]' \
'--force[Replace existing output files]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(verify)
_arguments "${_arguments_options[@]}" : \
'--key=[Key file\: JWK, JWKS, PEM or DER (\`-\` for stdin)]:FILE:_files' \
'(--key)--jwks=[A JWKS file (same as --key; tokens pick their key by kid)]:FILE:_files' \
'(--key --jwks)--secret-file=[A raw HMAC secret in a file (bytes as they are)]:FILE:_files' \
'--password-file=[Password for an encrypted PKCS#8 key]:FILE:_files' \
'*--alg=[Allowed algorithm (repeatable; default\: from the key)]:ALG:_default' \
'--in=[The JWS (\`-\` for stdin)]:FILE:_files' \
'--payload=[The detached payload]:FILE:_files' \
'--max-size=[Largest accepted token in bytes]:BYTES:_default' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--require-all[With several signatures, require every one to verify (default\: at least one)]' \
'--allow-header-keys[Tolerate keys carried in the header (jwk, jku, x5u, x5c); they are never used]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__jose__subcmd__jws__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-jose-jws-help-command-$line[1]:"
        case $line[1] in
            (sign)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(verify)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(jwt)
_arguments "${_arguments_options[@]}" : \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_cu__subcmd__jose__subcmd__jwt_commands" \
"*::: :->jwt" \
&& ret=0

    case $state in
    (jwt)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-jose-jwt-command-$line[1]:"
        case $line[1] in
            (sign)
_arguments "${_arguments_options[@]}" : \
'--key=[Signing key\: JWK, PEM or DER]:FILE:_files' \
'(--key)--secret-file=[A raw HMAC secret in a file]:FILE:_files' \
'--password-file=[Password for an encrypted PKCS#8 key]:FILE:_files' \
'--alg=[Algorithm (default\: the key'\''s alg, or the usual one for its type)]:ALG:_default' \
'--claims=[Claims as a JSON object (\`-\` for stdin)]:FILE:_files' \
'*--claim=[A claim NAME=VALUE (VALUE may be JSON; repeatable)]:NAME=VALUE:_default' \
'--iss=[Issuer (\`iss\`)]:ISS:_default' \
'--sub=[Subject (\`sub\`)]:SUB:_default' \
'*--aud=[Audience (\`aud\`; repeat for several)]:AUD:_default' \
'--exp=[Expiry\: +1h, RFC 3339 or unix seconds]:TIME:_default' \
'--nbf=[Not before\: +5m, RFC 3339 or unix seconds]:TIME:_default' \
'--jti=[Token id (\`jti\`); \`auto\` makes a random one]:JTI:_default' \
'--kid=[Key id for the header (default\: the key'\''s kid)]:KID:_default' \
'*--header=[Extra protected header member NAME=VALUE]:NAME=VALUE:_default' \
'--encrypt-to=[Then encrypt the signed JWT to this key (nested JWT)]:FILE:_files' \
'--jwe-alg=[Key-management algorithm for --encrypt-to]:JWE_ALG:_default' \
'--jwe-enc=[Content encryption for --encrypt-to]:JWE_ENC:_default' \
'--out=[Write the result to FILE instead of stdout (private keys get mode 0600)]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-iat[Leave out \`iat\` (issued at, default now)]' \
'--force[Replace existing output files]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(verify)
_arguments "${_arguments_options[@]}" : \
'--key=[Key file\: JWK, JWKS, PEM or DER (\`-\` for stdin)]:FILE:_files' \
'(--key)--jwks=[A JWKS file (same as --key; tokens pick their key by kid)]:FILE:_files' \
'(--key --jwks)--secret-file=[A raw HMAC secret in a file (bytes as they are)]:FILE:_files' \
'--password-file=[Password for an encrypted PKCS#8 key]:FILE:_files' \
'*--alg=[Allowed algorithm (repeatable; default\: the key'\''s alg or its type'\''s)]:ALG:_default' \
'--iss=[Required issuer]:ISS:_default' \
'*--aud=[Accepted audience (repeatable); needed when the token has \`aud\`]:AUD:_default' \
'--leeway=[Clock skew allowed for exp, nbf and iat]:DURATION:_default' \
'*--require=[A claim that must be present (repeatable)]:CLAIM:_default' \
'--in=[The token (\`-\` for stdin)]:FILE:_files' \
'--decrypt-key=[Decrypt a nested JWT (JWE around the JWT) with this key first]:FILE:_files' \
'--max-size=[Largest accepted token in bytes]:BYTES:_default' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'(--aud)--no-audience-check[Accept any audience]' \
'--batch[One token per line in, one result per line out, in order]' \
'--allow-header-keys[Tolerate keys carried in the header (jwk, jku, x5u, x5c); they are never used]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(decode)
_arguments "${_arguments_options[@]}" : \
'--in=[The token (\`-\` for stdin)]:FILE:_files' \
'--max-size=[]:BYTES:_default' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--insecure[Acknowledge that nothing is verified]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__jose__subcmd__jwt__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-jose-jwt-help-command-$line[1]:"
        case $line[1] in
            (sign)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(verify)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(decode)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(jwe)
_arguments "${_arguments_options[@]}" : \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_cu__subcmd__jose__subcmd__jwe_commands" \
"*::: :->jwe" \
&& ret=0

    case $state in
    (jwe)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-jose-jwe-command-$line[1]:"
        case $line[1] in
            (encrypt)
_arguments "${_arguments_options[@]}" : \
'*--key=[Recipient key\: JWK, JWKS, PEM or DER (public keys are enough for RSA and ECDH); repeat, or pass a JWKS, for several recipients (needs --json)]:FILE:_files' \
'--password-file=[A password for PBES2, from a file (\`-\` for stdin)]:FILE:_files' \
'--alg=[Key-management algorithm (default\: from the key)]:ALG:_default' \
'--enc=[Content encryption]:ENC:_default' \
'--cty=[Content type header (\`cty\`)]:CTY:_default' \
'*--header=[Extra protected header member NAME=VALUE]:NAME=VALUE:_default' \
'--p2c=[PBES2 iteration count]:P2C:_default' \
'--aad=[Additional authenticated data from FILE (JSON serialization)]:FILE:_files' \
'--in=[The plaintext (\`-\` for stdin)]:FILE:_files' \
'--out=[Write the result to FILE instead of stdout (private keys get mode 0600)]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--zip[Compress before encrypting (zip\: DEF)]' \
'--json[JSON (flattened) serialization]' \
'--force[Replace existing output files]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(decrypt)
_arguments "${_arguments_options[@]}" : \
'--key=[Private key, oct key or JWKS]:FILE:_files' \
'--password-file=[A password for PBES2, from a file (\`-\` for stdin)]:FILE:_files' \
'--in=[The JWE (\`-\` for stdin)]:FILE:_files' \
'--max-p2c=[Largest PBES2 iteration count accepted]:MAX_P2C:_default' \
'--max-inflated=[Largest plaintext accepted after decompression, in bytes]:MAX_INFLATED:_default' \
'--max-size=[Largest accepted token in bytes]:BYTES:_default' \
'--out=[Write the result to FILE instead of stdout (private keys get mode 0600)]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--allow-header-keys[Tolerate keys carried in the header (jwk, jku, x5u, x5c); they are never used]' \
'--force[Replace existing output files]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__jose__subcmd__jwe__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-jose-jwe-help-command-$line[1]:"
        case $line[1] in
            (encrypt)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(decrypt)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__jose__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-jose-help-command-$line[1]:"
        case $line[1] in
            (jwk)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__jose__subcmd__help__subcmd__jwk_commands" \
"*::: :->jwk" \
&& ret=0

    case $state in
    (jwk)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-jose-help-jwk-command-$line[1]:"
        case $line[1] in
            (generate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(public)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(thumbprint)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(convert)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(jws)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__jose__subcmd__help__subcmd__jws_commands" \
"*::: :->jws" \
&& ret=0

    case $state in
    (jws)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-jose-help-jws-command-$line[1]:"
        case $line[1] in
            (sign)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(verify)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(jwt)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__jose__subcmd__help__subcmd__jwt_commands" \
"*::: :->jwt" \
&& ret=0

    case $state in
    (jwt)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-jose-help-jwt-command-$line[1]:"
        case $line[1] in
            (sign)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(verify)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(decode)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(jwe)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__jose__subcmd__help__subcmd__jwe_commands" \
"*::: :->jwe" \
&& ret=0

    case $state in
    (jwe)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-jose-help-jwe-command-$line[1]:"
        case $line[1] in
            (encrypt)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(decrypt)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(completions)
_arguments "${_arguments_options[@]}" : \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':shell -- The shell to complete for:(bash elvish fish powershell zsh)' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-help-command-$line[1]:"
        case $line[1] in
            (jose)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__help__subcmd__jose_commands" \
"*::: :->jose" \
&& ret=0

    case $state in
    (jose)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-help-jose-command-$line[1]:"
        case $line[1] in
            (jwk)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__help__subcmd__jose__subcmd__jwk_commands" \
"*::: :->jwk" \
&& ret=0

    case $state in
    (jwk)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-help-jose-jwk-command-$line[1]:"
        case $line[1] in
            (generate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(public)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(thumbprint)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(convert)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(jws)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__help__subcmd__jose__subcmd__jws_commands" \
"*::: :->jws" \
&& ret=0

    case $state in
    (jws)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-help-jose-jws-command-$line[1]:"
        case $line[1] in
            (sign)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(verify)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(jwt)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__help__subcmd__jose__subcmd__jwt_commands" \
"*::: :->jwt" \
&& ret=0

    case $state in
    (jwt)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-help-jose-jwt-command-$line[1]:"
        case $line[1] in
            (sign)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(verify)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(decode)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(jwe)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__help__subcmd__jose__subcmd__jwe_commands" \
"*::: :->jwe" \
&& ret=0

    case $state in
    (jwe)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-help-jose-jwe-command-$line[1]:"
        case $line[1] in
            (encrypt)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(decrypt)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
;;
(completions)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
        esac
    ;;
esac
}

(( $+functions[_cu_commands] )) ||
_cu_commands() {
    local commands; commands=(
'jose:JSON Web Keys, signatures, tokens and encryption (JWK, JWS, JWT, JWE)' \
'completions:Print a shell completion script' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu commands' commands "$@"
}
(( $+functions[_cu__subcmd__completions_commands] )) ||
_cu__subcmd__completions_commands() {
    local commands; commands=()
    _describe -t commands 'cu completions commands' commands "$@"
}
(( $+functions[_cu__subcmd__help_commands] )) ||
_cu__subcmd__help_commands() {
    local commands; commands=(
'jose:JSON Web Keys, signatures, tokens and encryption (JWK, JWS, JWT, JWE)' \
'completions:Print a shell completion script' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu help commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__completions_commands] )) ||
_cu__subcmd__help__subcmd__completions_commands() {
    local commands; commands=()
    _describe -t commands 'cu help completions commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__help_commands] )) ||
_cu__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'cu help help commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__jose_commands] )) ||
_cu__subcmd__help__subcmd__jose_commands() {
    local commands; commands=(
'jwk:Generate, inspect and convert JSON Web Keys' \
'jws:Sign and verify JWS (compact and JSON serialization)' \
'jwt:Sign, verify and decode JSON Web Tokens' \
'jwe:Encrypt and decrypt JWE (compact and JSON serialization)' \
    )
    _describe -t commands 'cu help jose commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__jose__subcmd__jwe_commands] )) ||
_cu__subcmd__help__subcmd__jose__subcmd__jwe_commands() {
    local commands; commands=(
'encrypt:Encrypt a payload as a JWE' \
'decrypt:Decrypt a JWE and print its plaintext' \
    )
    _describe -t commands 'cu help jose jwe commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__jose__subcmd__jwe__subcmd__decrypt_commands] )) ||
_cu__subcmd__help__subcmd__jose__subcmd__jwe__subcmd__decrypt_commands() {
    local commands; commands=()
    _describe -t commands 'cu help jose jwe decrypt commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__jose__subcmd__jwe__subcmd__encrypt_commands] )) ||
_cu__subcmd__help__subcmd__jose__subcmd__jwe__subcmd__encrypt_commands() {
    local commands; commands=()
    _describe -t commands 'cu help jose jwe encrypt commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__jose__subcmd__jwk_commands] )) ||
_cu__subcmd__help__subcmd__jose__subcmd__jwk_commands() {
    local commands; commands=(
'generate:Generate a private JWK (kid defaults to its RFC 7638 thumbprint)' \
'public:Print the public part of a key as a JWK (or a JWKS for a key set)' \
'thumbprint:Print the RFC 7638 thumbprint (SHA-256, base64url) of a key' \
'convert:Convert a key between JWK, PEM and DER (PKCS#8 / SPKI)' \
    )
    _describe -t commands 'cu help jose jwk commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__jose__subcmd__jwk__subcmd__convert_commands] )) ||
_cu__subcmd__help__subcmd__jose__subcmd__jwk__subcmd__convert_commands() {
    local commands; commands=()
    _describe -t commands 'cu help jose jwk convert commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__jose__subcmd__jwk__subcmd__generate_commands] )) ||
_cu__subcmd__help__subcmd__jose__subcmd__jwk__subcmd__generate_commands() {
    local commands; commands=()
    _describe -t commands 'cu help jose jwk generate commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__jose__subcmd__jwk__subcmd__public_commands] )) ||
_cu__subcmd__help__subcmd__jose__subcmd__jwk__subcmd__public_commands() {
    local commands; commands=()
    _describe -t commands 'cu help jose jwk public commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__jose__subcmd__jwk__subcmd__thumbprint_commands] )) ||
_cu__subcmd__help__subcmd__jose__subcmd__jwk__subcmd__thumbprint_commands() {
    local commands; commands=()
    _describe -t commands 'cu help jose jwk thumbprint commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__jose__subcmd__jws_commands] )) ||
_cu__subcmd__help__subcmd__jose__subcmd__jws_commands() {
    local commands; commands=(
'sign:Sign a payload as a JWS' \
'verify:Verify a JWS and print its payload' \
    )
    _describe -t commands 'cu help jose jws commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__jose__subcmd__jws__subcmd__sign_commands] )) ||
_cu__subcmd__help__subcmd__jose__subcmd__jws__subcmd__sign_commands() {
    local commands; commands=()
    _describe -t commands 'cu help jose jws sign commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__jose__subcmd__jws__subcmd__verify_commands] )) ||
_cu__subcmd__help__subcmd__jose__subcmd__jws__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'cu help jose jws verify commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__jose__subcmd__jwt_commands] )) ||
_cu__subcmd__help__subcmd__jose__subcmd__jwt_commands() {
    local commands; commands=(
'sign:Sign claims as a JWT' \
'verify:Verify a JWT'\''s signature and claims, then print the claims' \
'decode:Show a JWT'\''s header and claims WITHOUT verifying it' \
    )
    _describe -t commands 'cu help jose jwt commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__jose__subcmd__jwt__subcmd__decode_commands] )) ||
_cu__subcmd__help__subcmd__jose__subcmd__jwt__subcmd__decode_commands() {
    local commands; commands=()
    _describe -t commands 'cu help jose jwt decode commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__jose__subcmd__jwt__subcmd__sign_commands] )) ||
_cu__subcmd__help__subcmd__jose__subcmd__jwt__subcmd__sign_commands() {
    local commands; commands=()
    _describe -t commands 'cu help jose jwt sign commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__jose__subcmd__jwt__subcmd__verify_commands] )) ||
_cu__subcmd__help__subcmd__jose__subcmd__jwt__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'cu help jose jwt verify commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose_commands] )) ||
_cu__subcmd__jose_commands() {
    local commands; commands=(
'jwk:Generate, inspect and convert JSON Web Keys' \
'jws:Sign and verify JWS (compact and JSON serialization)' \
'jwt:Sign, verify and decode JSON Web Tokens' \
'jwe:Encrypt and decrypt JWE (compact and JSON serialization)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu jose commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__help_commands] )) ||
_cu__subcmd__jose__subcmd__help_commands() {
    local commands; commands=(
'jwk:Generate, inspect and convert JSON Web Keys' \
'jws:Sign and verify JWS (compact and JSON serialization)' \
'jwt:Sign, verify and decode JSON Web Tokens' \
'jwe:Encrypt and decrypt JWE (compact and JSON serialization)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu jose help commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__help__subcmd__help_commands] )) ||
_cu__subcmd__jose__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose help help commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__help__subcmd__jwe_commands] )) ||
_cu__subcmd__jose__subcmd__help__subcmd__jwe_commands() {
    local commands; commands=(
'encrypt:Encrypt a payload as a JWE' \
'decrypt:Decrypt a JWE and print its plaintext' \
    )
    _describe -t commands 'cu jose help jwe commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__help__subcmd__jwe__subcmd__decrypt_commands] )) ||
_cu__subcmd__jose__subcmd__help__subcmd__jwe__subcmd__decrypt_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose help jwe decrypt commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__help__subcmd__jwe__subcmd__encrypt_commands] )) ||
_cu__subcmd__jose__subcmd__help__subcmd__jwe__subcmd__encrypt_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose help jwe encrypt commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__help__subcmd__jwk_commands] )) ||
_cu__subcmd__jose__subcmd__help__subcmd__jwk_commands() {
    local commands; commands=(
'generate:Generate a private JWK (kid defaults to its RFC 7638 thumbprint)' \
'public:Print the public part of a key as a JWK (or a JWKS for a key set)' \
'thumbprint:Print the RFC 7638 thumbprint (SHA-256, base64url) of a key' \
'convert:Convert a key between JWK, PEM and DER (PKCS#8 / SPKI)' \
    )
    _describe -t commands 'cu jose help jwk commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__help__subcmd__jwk__subcmd__convert_commands] )) ||
_cu__subcmd__jose__subcmd__help__subcmd__jwk__subcmd__convert_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose help jwk convert commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__help__subcmd__jwk__subcmd__generate_commands] )) ||
_cu__subcmd__jose__subcmd__help__subcmd__jwk__subcmd__generate_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose help jwk generate commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__help__subcmd__jwk__subcmd__public_commands] )) ||
_cu__subcmd__jose__subcmd__help__subcmd__jwk__subcmd__public_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose help jwk public commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__help__subcmd__jwk__subcmd__thumbprint_commands] )) ||
_cu__subcmd__jose__subcmd__help__subcmd__jwk__subcmd__thumbprint_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose help jwk thumbprint commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__help__subcmd__jws_commands] )) ||
_cu__subcmd__jose__subcmd__help__subcmd__jws_commands() {
    local commands; commands=(
'sign:Sign a payload as a JWS' \
'verify:Verify a JWS and print its payload' \
    )
    _describe -t commands 'cu jose help jws commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__help__subcmd__jws__subcmd__sign_commands] )) ||
_cu__subcmd__jose__subcmd__help__subcmd__jws__subcmd__sign_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose help jws sign commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__help__subcmd__jws__subcmd__verify_commands] )) ||
_cu__subcmd__jose__subcmd__help__subcmd__jws__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose help jws verify commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__help__subcmd__jwt_commands] )) ||
_cu__subcmd__jose__subcmd__help__subcmd__jwt_commands() {
    local commands; commands=(
'sign:Sign claims as a JWT' \
'verify:Verify a JWT'\''s signature and claims, then print the claims' \
'decode:Show a JWT'\''s header and claims WITHOUT verifying it' \
    )
    _describe -t commands 'cu jose help jwt commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__help__subcmd__jwt__subcmd__decode_commands] )) ||
_cu__subcmd__jose__subcmd__help__subcmd__jwt__subcmd__decode_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose help jwt decode commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__help__subcmd__jwt__subcmd__sign_commands] )) ||
_cu__subcmd__jose__subcmd__help__subcmd__jwt__subcmd__sign_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose help jwt sign commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__help__subcmd__jwt__subcmd__verify_commands] )) ||
_cu__subcmd__jose__subcmd__help__subcmd__jwt__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose help jwt verify commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jwe_commands] )) ||
_cu__subcmd__jose__subcmd__jwe_commands() {
    local commands; commands=(
'encrypt:Encrypt a payload as a JWE' \
'decrypt:Decrypt a JWE and print its plaintext' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu jose jwe commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jwe__subcmd__decrypt_commands] )) ||
_cu__subcmd__jose__subcmd__jwe__subcmd__decrypt_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose jwe decrypt commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jwe__subcmd__encrypt_commands] )) ||
_cu__subcmd__jose__subcmd__jwe__subcmd__encrypt_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose jwe encrypt commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jwe__subcmd__help_commands] )) ||
_cu__subcmd__jose__subcmd__jwe__subcmd__help_commands() {
    local commands; commands=(
'encrypt:Encrypt a payload as a JWE' \
'decrypt:Decrypt a JWE and print its plaintext' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu jose jwe help commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jwe__subcmd__help__subcmd__decrypt_commands] )) ||
_cu__subcmd__jose__subcmd__jwe__subcmd__help__subcmd__decrypt_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose jwe help decrypt commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jwe__subcmd__help__subcmd__encrypt_commands] )) ||
_cu__subcmd__jose__subcmd__jwe__subcmd__help__subcmd__encrypt_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose jwe help encrypt commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jwe__subcmd__help__subcmd__help_commands] )) ||
_cu__subcmd__jose__subcmd__jwe__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose jwe help help commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jwk_commands] )) ||
_cu__subcmd__jose__subcmd__jwk_commands() {
    local commands; commands=(
'generate:Generate a private JWK (kid defaults to its RFC 7638 thumbprint)' \
'public:Print the public part of a key as a JWK (or a JWKS for a key set)' \
'thumbprint:Print the RFC 7638 thumbprint (SHA-256, base64url) of a key' \
'convert:Convert a key between JWK, PEM and DER (PKCS#8 / SPKI)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu jose jwk commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jwk__subcmd__convert_commands] )) ||
_cu__subcmd__jose__subcmd__jwk__subcmd__convert_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose jwk convert commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jwk__subcmd__generate_commands] )) ||
_cu__subcmd__jose__subcmd__jwk__subcmd__generate_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose jwk generate commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jwk__subcmd__help_commands] )) ||
_cu__subcmd__jose__subcmd__jwk__subcmd__help_commands() {
    local commands; commands=(
'generate:Generate a private JWK (kid defaults to its RFC 7638 thumbprint)' \
'public:Print the public part of a key as a JWK (or a JWKS for a key set)' \
'thumbprint:Print the RFC 7638 thumbprint (SHA-256, base64url) of a key' \
'convert:Convert a key between JWK, PEM and DER (PKCS#8 / SPKI)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu jose jwk help commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jwk__subcmd__help__subcmd__convert_commands] )) ||
_cu__subcmd__jose__subcmd__jwk__subcmd__help__subcmd__convert_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose jwk help convert commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jwk__subcmd__help__subcmd__generate_commands] )) ||
_cu__subcmd__jose__subcmd__jwk__subcmd__help__subcmd__generate_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose jwk help generate commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jwk__subcmd__help__subcmd__help_commands] )) ||
_cu__subcmd__jose__subcmd__jwk__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose jwk help help commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jwk__subcmd__help__subcmd__public_commands] )) ||
_cu__subcmd__jose__subcmd__jwk__subcmd__help__subcmd__public_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose jwk help public commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jwk__subcmd__help__subcmd__thumbprint_commands] )) ||
_cu__subcmd__jose__subcmd__jwk__subcmd__help__subcmd__thumbprint_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose jwk help thumbprint commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jwk__subcmd__public_commands] )) ||
_cu__subcmd__jose__subcmd__jwk__subcmd__public_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose jwk public commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jwk__subcmd__thumbprint_commands] )) ||
_cu__subcmd__jose__subcmd__jwk__subcmd__thumbprint_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose jwk thumbprint commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jws_commands] )) ||
_cu__subcmd__jose__subcmd__jws_commands() {
    local commands; commands=(
'sign:Sign a payload as a JWS' \
'verify:Verify a JWS and print its payload' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu jose jws commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jws__subcmd__help_commands] )) ||
_cu__subcmd__jose__subcmd__jws__subcmd__help_commands() {
    local commands; commands=(
'sign:Sign a payload as a JWS' \
'verify:Verify a JWS and print its payload' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu jose jws help commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jws__subcmd__help__subcmd__help_commands] )) ||
_cu__subcmd__jose__subcmd__jws__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose jws help help commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jws__subcmd__help__subcmd__sign_commands] )) ||
_cu__subcmd__jose__subcmd__jws__subcmd__help__subcmd__sign_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose jws help sign commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jws__subcmd__help__subcmd__verify_commands] )) ||
_cu__subcmd__jose__subcmd__jws__subcmd__help__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose jws help verify commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jws__subcmd__sign_commands] )) ||
_cu__subcmd__jose__subcmd__jws__subcmd__sign_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose jws sign commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jws__subcmd__verify_commands] )) ||
_cu__subcmd__jose__subcmd__jws__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose jws verify commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jwt_commands] )) ||
_cu__subcmd__jose__subcmd__jwt_commands() {
    local commands; commands=(
'sign:Sign claims as a JWT' \
'verify:Verify a JWT'\''s signature and claims, then print the claims' \
'decode:Show a JWT'\''s header and claims WITHOUT verifying it' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu jose jwt commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jwt__subcmd__decode_commands] )) ||
_cu__subcmd__jose__subcmd__jwt__subcmd__decode_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose jwt decode commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jwt__subcmd__help_commands] )) ||
_cu__subcmd__jose__subcmd__jwt__subcmd__help_commands() {
    local commands; commands=(
'sign:Sign claims as a JWT' \
'verify:Verify a JWT'\''s signature and claims, then print the claims' \
'decode:Show a JWT'\''s header and claims WITHOUT verifying it' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu jose jwt help commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jwt__subcmd__help__subcmd__decode_commands] )) ||
_cu__subcmd__jose__subcmd__jwt__subcmd__help__subcmd__decode_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose jwt help decode commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jwt__subcmd__help__subcmd__help_commands] )) ||
_cu__subcmd__jose__subcmd__jwt__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose jwt help help commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jwt__subcmd__help__subcmd__sign_commands] )) ||
_cu__subcmd__jose__subcmd__jwt__subcmd__help__subcmd__sign_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose jwt help sign commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jwt__subcmd__help__subcmd__verify_commands] )) ||
_cu__subcmd__jose__subcmd__jwt__subcmd__help__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose jwt help verify commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jwt__subcmd__sign_commands] )) ||
_cu__subcmd__jose__subcmd__jwt__subcmd__sign_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose jwt sign commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jwt__subcmd__verify_commands] )) ||
_cu__subcmd__jose__subcmd__jwt__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'cu jose jwt verify commands' commands "$@"
}

if [ "$funcstack[1]" = "_cu" ]; then
    _cu "$@"
else
    compdef _cu cu
fi
