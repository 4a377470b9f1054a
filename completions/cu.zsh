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
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
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
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
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
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
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
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
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
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
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
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
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
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
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
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
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
'--detached[Leave the payload out of the output (verify with --payload); streamed, any size]' \
'--unencoded[Unencoded payload (RFC 7797, b64\: false)]' \
'--force[Replace existing output files]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
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
'--payload=[The detached payload (streamed, any size; \`-\` for stdin)]:FILE:_files' \
'--max-size=[Largest accepted token in bytes]:BYTES:_default' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--require-all[With several signatures, require every one to verify (default\: at least one)]' \
'--allow-header-keys[Tolerate keys carried in the header (jwk, jku, x5u, x5c); they are never used]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
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
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
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
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
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
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
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
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
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
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
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
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
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
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
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
(pki)
_arguments "${_arguments_options[@]}" : \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_cu__subcmd__pki_commands" \
"*::: :->pki" \
&& ret=0

    case $state in
    (pki)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-pki-command-$line[1]:"
        case $line[1] in
            (ca)
_arguments "${_arguments_options[@]}" : \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_cu__subcmd__pki__subcmd__ca_commands" \
"*::: :->ca" \
&& ret=0

    case $state in
    (ca)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-pki-ca-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'--out-dir=[Directory to write the chain into\: created whole, or an existing empty one filled]:DIR:_files' \
'(--spec)--levels=[Number of CAs in the chain, root included (1–8)]:LEVELS:_default' \
'--key-type=[]:KEY_TYPE:((ec-p256\:"ECDSA on P-256 with SHA-256 (fast, widely supported; the default)"
ec-p384\:"ECDSA on P-384 with SHA-384"
rsa-2048\:"RSA 2048-bit, PKCS#1 v1.5 signatures with SHA-256"
rsa-3072\:"RSA 3072-bit"
rsa-4096\:"RSA 4096-bit"
ed25519\:"Ed25519 (RFC 8410)"))' \
'(--spec)--name-prefix=[Prefix of the CA names ("Acme" gives "Acme Root CA") and their O attribute]:NAME_PREFIX:_default' \
'--validity=[Lifetime of each CA certificate (e.g. 10y, 5y, 90d)]:VALIDITY:_default' \
'--spec=[YAML or JSON spec with the levels, subjects and name constraints]:FILE:_files' \
'--format=[]:FORMAT:((pem\:"Base64 text with BEGIN/END lines"
der\:"Binary ASN.1 (certificates \`.crt\`, keys PKCS#8)"))' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--force[Replace a CA already in the directory (refused if it holds other files)]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__pki__subcmd__ca__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-pki-ca-help-command-$line[1]:"
        case $line[1] in
            (create)
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
(cert)
_arguments "${_arguments_options[@]}" : \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_cu__subcmd__pki__subcmd__cert_commands" \
"*::: :->cert" \
&& ret=0

    case $state in
    (cert)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-pki-cert-command-$line[1]:"
        case $line[1] in
            (issue)
_arguments "${_arguments_options[@]}" : \
'(--ca-cert --ca-key)--ca=[CA directory made by \`cu pki ca create\` (its issuing CA signs)]:DIR:_files' \
'--ca-cert=[CA certificate (optionally followed by its parents) when not using --ca]:FILE:_files' \
'--ca-key=[CA private key when not using --ca]:FILE:_files' \
'--cn=[Subject common name]:NAME:_default' \
'*--san=[Subject alternative names\: dns\:NAME, ip\:ADDR, uri\:URI, email\:ADDR (repeat or comma-separate)]:SAN:_default' \
'--validity=[Lifetime (capped by the issuing CA'\''s own expiry)]:VALIDITY:_default' \
'--key-type=[]:KEY_TYPE:((ec-p256\:"ECDSA on P-256 with SHA-256 (fast, widely supported; the default)"
ec-p384\:"ECDSA on P-384 with SHA-384"
rsa-2048\:"RSA 2048-bit, PKCS#1 v1.5 signatures with SHA-256"
rsa-3072\:"RSA 3072-bit"
rsa-4096\:"RSA 4096-bit"
ed25519\:"Ed25519 (RFC 8410)"))' \
'--out-dir=[Directory for the files]:DIR:_files' \
'--name=[File name stem (default\: derived from the CN)]:STEM:_default' \
'--format=[]:FORMAT:((pem\:"Base64 text with BEGIN/END lines"
der\:"Binary ASN.1 (certificates \`.crt\`, keys PKCS#8)"))' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--server[For TLS servers (extendedKeyUsage serverAuth); the default]' \
'--client[For TLS clients (extendedKeyUsage clientAuth)]' \
'--force[]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__pki__subcmd__cert__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-pki-cert-help-command-$line[1]:"
        case $line[1] in
            (issue)
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
(csr)
_arguments "${_arguments_options[@]}" : \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_cu__subcmd__pki__subcmd__csr_commands" \
"*::: :->csr" \
&& ret=0

    case $state in
    (csr)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-pki-csr-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'--cn=[]:NAME:_default' \
'*--san=[Requested SANs\: dns\:NAME, ip\:ADDR, uri\:URI, email\:ADDR]:SAN:_default' \
'(--key)--key-type=[]:KEY_TYPE:((ec-p256\:"ECDSA on P-256 with SHA-256 (fast, widely supported; the default)"
ec-p384\:"ECDSA on P-384 with SHA-384"
rsa-2048\:"RSA 2048-bit, PKCS#1 v1.5 signatures with SHA-256"
rsa-3072\:"RSA 3072-bit"
rsa-4096\:"RSA 4096-bit"
ed25519\:"Ed25519 (RFC 8410)"))' \
'--key=[Use this existing private key instead of generating one]:FILE:_files' \
'--out-dir=[]:DIR:_files' \
'--name=[]:STEM:_default' \
'--format=[]:FORMAT:((pem\:"Base64 text with BEGIN/END lines"
der\:"Binary ASN.1 (certificates \`.crt\`, keys PKCS#8)"))' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--force[]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(sign)
_arguments "${_arguments_options[@]}" : \
'(--ca-cert --ca-key)--ca=[CA directory made by \`cu pki ca create\` (its issuing CA signs)]:DIR:_files' \
'--ca-cert=[CA certificate (optionally followed by its parents) when not using --ca]:FILE:_files' \
'--ca-key=[CA private key when not using --ca]:FILE:_files' \
'--cn=[Subject CN of the certificate (default\: the CSR'\''s CN)]:NAME:_default' \
'*--san=[Subject alternative names\: dns\:NAME, ip\:ADDR, uri\:URI, email\:ADDR (repeat or comma-separate)]:SAN:_default' \
'--validity=[Lifetime (capped by the issuing CA'\''s own expiry)]:VALIDITY:_default' \
'--out=[Write the certificate here instead of standard output]:FILE:_files' \
'--format=[]:FORMAT:((pem\:"Base64 text with BEGIN/END lines"
der\:"Binary ASN.1 (certificates \`.crt\`, keys PKCS#8)"))' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--copy-sans[Copy the SANs the CSR requests (otherwise only --san values are used)]' \
'--server[For TLS servers (extendedKeyUsage serverAuth); the default]' \
'--client[For TLS clients (extendedKeyUsage clientAuth)]' \
'--bundle[Append the intermediates after the certificate]' \
'--force[]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':csr -- The CSR (PEM or DER), or `-` for standard input:_files' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__pki__subcmd__csr__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-pki-csr-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(sign)
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
(crl)
_arguments "${_arguments_options[@]}" : \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_cu__subcmd__pki__subcmd__crl_commands" \
"*::: :->crl" \
&& ret=0

    case $state in
    (crl)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-pki-crl-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'(--ca-cert --ca-key)--ca=[CA directory made by \`cu pki ca create\` (its issuing CA signs)]:DIR:_files' \
'--ca-cert=[CA certificate (optionally followed by its parents) when not using --ca]:FILE:_files' \
'--ca-key=[CA private key when not using --ca]:FILE:_files' \
'*--revoke=[Serial number to revoke, hex (colons allowed)]:HEX:_default' \
'*--revoke-cert=[Certificate file to revoke (its serial is listed)]:FILE:_files' \
'--number=[CRL number (increase it with every new CRL)]:NUMBER:_default' \
'--next-update=[When the next CRL will be published]:NEXT_UPDATE:_default' \
'--out=[]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--force[]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__pki__subcmd__crl__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-pki-crl-help-command-$line[1]:"
        case $line[1] in
            (create)
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
(inspect)
_arguments "${_arguments_options[@]}" : \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
'::file -- File to inspect, or `-` for standard input:_files' \
&& ret=0
;;
(verify)
_arguments "${_arguments_options[@]}" : \
'--roots=[Trusted root certificate(s)]:FILE:_files' \
'*--chain=[Untrusted intermediate certificates]:FILE:_files' \
'(--ip)--hostname=[Host name the certificate must be valid for]:NAME:_default' \
'--ip=[IP address the certificate must be valid for]:IP:_default' \
'--purpose=[What the leaf must be good for \[default\: server under --profile web, any under rfc5280\]]:PURPOSE:((server\:"TLS server authentication (id-kp-serverAuth)"
client\:"TLS client authentication (id-kp-clientAuth)"
any\:"No particular use (RFC 5280 names none); only with --profile rfc5280"))' \
'--profile=[Rules to validate by\: web (RFC 5280 plus the CA/Browser Forum and browser rules, the Public Suffix List among them) or rfc5280 (RFC 5280 §6, as conformance suites expect). Neither accepts an MD5 or SHA-1 signature]:PROFILE:((web\:"RFC 5280 plus the CA/Browser Forum and browser rules (rustls-webpki and \`profile\`)"
rfc5280\:"Exactly RFC 5280 §6 (OpenSSL'\''s validator, every failed rule reported)"))' \
'*--policy=[Acceptable certificate policy, a dotted OID (repeatable; the user-initial-policy-set of RFC 5280 §6.1.1; default anyPolicy). Needs --profile rfc5280]:OID:_default' \
'--crl-policy=[With --crl\: require a CRL for every certificate of the path, for the leaf only, or check what the given CRLs cover]:CRL_POLICY:((require\:"Every certificate of the path needs a CRL that covers it (status unknown fails)"
leaf\:"Only the leaf'\''s status must be settled; CAs above are not checked"
best-effort\:"Check what the given CRLs cover; a certificate no CRL covers passes"))' \
'--at=[Validate at this time instead of now (RFC 3339)]:RFC3339:_default' \
'*--crl=[CRL to check revocation against (repeatable)]:FILE:_files' \
'--max-intermediates=[Most intermediate certificates allowed between leaf and root]:N:_default' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--require-explicit-policy[The path must be valid for at least one acceptable policy (initial-explicit-policy)]' \
'--inhibit-policy-mapping[Policy mappings are not followed (initial-policy-mapping-inhibit)]' \
'--inhibit-any-policy[anyPolicy in a CA certificate matches no policy (initial-any-policy-inhibit)]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':leaf -- The certificate to validate (a bundle'\''s first certificate; the rest count as --chain):_files' \
&& ret=0
;;
(p12)
_arguments "${_arguments_options[@]}" : \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_cu__subcmd__pki__subcmd__p12_commands" \
"*::: :->p12" \
&& ret=0

    case $state in
    (p12)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-pki-p12-command-$line[1]:"
        case $line[1] in
            (export)
_arguments "${_arguments_options[@]}" : \
'--cert=[]:FILE:_files' \
'--key=[]:FILE:_files' \
'--chain=[Intermediate certificates to include]:FILE:_files' \
'--password-file=[File holding the password (\`-\` for standard input)]:FILE:_files' \
'--name=[Friendly name stored in the file (default\: the certificate'\''s CN)]:NAME:_default' \
'--out=[]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--force[]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(import)
_arguments "${_arguments_options[@]}" : \
'--password-file=[]:FILE:_files' \
'--out-dir=[]:DIR:_files' \
'--name=[File name stem (default\: the certificate'\''s CN)]:STEM:_default' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--force[]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':input -- The PKCS#12 file, or `-` for standard input:_files' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__pki__subcmd__p12__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-pki-p12-help-command-$line[1]:"
        case $line[1] in
            (export)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(import)
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
":: :_cu__subcmd__pki__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-pki-help-command-$line[1]:"
        case $line[1] in
            (ca)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__pki__subcmd__help__subcmd__ca_commands" \
"*::: :->ca" \
&& ret=0

    case $state in
    (ca)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-pki-help-ca-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(cert)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__pki__subcmd__help__subcmd__cert_commands" \
"*::: :->cert" \
&& ret=0

    case $state in
    (cert)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-pki-help-cert-command-$line[1]:"
        case $line[1] in
            (issue)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(csr)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__pki__subcmd__help__subcmd__csr_commands" \
"*::: :->csr" \
&& ret=0

    case $state in
    (csr)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-pki-help-csr-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(sign)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(crl)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__pki__subcmd__help__subcmd__crl_commands" \
"*::: :->crl" \
&& ret=0

    case $state in
    (crl)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-pki-help-crl-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(inspect)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(verify)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(p12)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__pki__subcmd__help__subcmd__p12_commands" \
"*::: :->p12" \
&& ret=0

    case $state in
    (p12)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-pki-help-p12-command-$line[1]:"
        case $line[1] in
            (export)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(import)
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
(kms)
_arguments "${_arguments_options[@]}" : \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_cu__subcmd__kms_commands" \
"*::: :->kms" \
&& ret=0

    case $state in
    (kms)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-kms-command-$line[1]:"
        case $line[1] in
            (init)
_arguments "${_arguments_options[@]}" : \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(migrate)
_arguments "${_arguments_options[@]}" : \
'--from=[What to copy (PATH, sqlite\:PATH or postgres\://…)]:PATH|URL:_files' \
'--to=[Where to copy it (a new file, or an empty PostgreSQL database)]:PATH|URL:_files' \
'--from-password-file=[PostgreSQL password of --from (default\: \$PGPASSFILE / ~/.pgpass)]:FILE:_files' \
'--to-password-file=[PostgreSQL password of --to (default\: \$PGPASSFILE / ~/.pgpass)]:FILE:_files' \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(rotate-root)
_arguments "${_arguments_options[@]}" : \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(rotate-intermediate)
_arguments "${_arguments_options[@]}" : \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(key)
_arguments "${_arguments_options[@]}" : \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_cu__subcmd__kms__subcmd__key_commands" \
"*::: :->key" \
&& ret=0

    case $state in
    (key)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-kms-key-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'--type=[]:KEY_TYPE:((aes-256-gcm\:"AES-256-GCM\: encrypt, decrypt, datakey, rewrap"
hmac-sha256\:"HMAC-SHA256\: mac, mac-verify"
hmac-sha512\:"HMAC-SHA512\: mac, mac-verify"
rsa-2048\:"RSA 2048, RS256 signatures"
rsa-3072\:""
rsa-4096\:""
ec-p256\:"ECDSA P-256, ES256 signatures"
ec-p384\:"ECDSA P-384, ES384 signatures"
ecdh-p256\:"ECDH P-256\: derive"
ed25519\:"Ed25519, EdDSA signatures"))' \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name:_default' \
&& ret=0
;;
(import)
_arguments "${_arguments_options[@]}" : \
'--type=[]:KEY_TYPE:((aes-256-gcm\:"AES-256-GCM\: encrypt, decrypt, datakey, rewrap"
hmac-sha256\:"HMAC-SHA256\: mac, mac-verify"
hmac-sha512\:"HMAC-SHA512\: mac, mac-verify"
rsa-2048\:"RSA 2048, RS256 signatures"
rsa-3072\:""
rsa-4096\:""
ec-p256\:"ECDSA P-256, ES256 signatures"
ec-p384\:"ECDSA P-384, ES384 signatures"
ecdh-p256\:"ECDH P-256\: derive"
ed25519\:"Ed25519, EdDSA signatures"))' \
'--in=[The key material, or \`-\` for standard input]:FILE:_files' \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name:_default' \
&& ret=0
;;
(rotate)
_arguments "${_arguments_options[@]}" : \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name:_default' \
&& ret=0
;;
(disable)
_arguments "${_arguments_options[@]}" : \
'--key-version=[The key version (as in NAME/vN)]:N:_default' \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name:_default' \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
'--key-version=[The key version (as in NAME/vN)]:N:_default' \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name:_default' \
&& ret=0
;;
(config)
_arguments "${_arguments_options[@]}" : \
'--min-decrypt-version=[]:N:_default' \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name:_default' \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--force[Confirm that the data encrypted under the key is lost]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name:_default' \
&& ret=0
;;
(public)
_arguments "${_arguments_options[@]}" : \
'--format=[]:FORMAT:((jwk\:"A JWKS with every usable version (kid NAME/vN)"
pem\:"SubjectPublicKeyInfo PEM of one version (--key-version, default primary)"))' \
'--key-version=[One version only (default\: every usable version)]:N:_default' \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__kms__subcmd__key__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-kms-key-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(import)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rotate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(disable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(config)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(public)
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
(encrypt)
_arguments "${_arguments_options[@]}" : \
'(--stream)--aad=[Additional authenticated data (bound to the ciphertext, not secret)]:TEXT:_default' \
'--in=[]:FILE:_files' \
'--out=[Write the output to a file instead of standard output]:FILE:_files' \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'(--batch)--stream[Chunked AES-256-GCM for large inputs, in constant memory (binary output)]' \
'--batch[JSON Lines in ({"plaintext"\: base64url} or {"text"\: …}), JSON Lines out, in order]' \
'--force[]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name:_default' \
&& ret=0
;;
(decrypt)
_arguments "${_arguments_options[@]}" : \
'(--stream)--aad=[]:TEXT:_default' \
'--in=[]:FILE:_files' \
'--out=[Write the plaintext to a file (mode 0600) instead of standard output]:FILE:_files' \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'(--batch)--stream[Decrypt a \`cu kms encrypt --stream\` file]' \
'--batch[JSON Lines in ({"ciphertext"\: …} or one JWE per line), JSON Lines out, in order]' \
'--force[]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(rewrap)
_arguments "${_arguments_options[@]}" : \
'--aad=[]:TEXT:_default' \
'--in=[]:FILE:_files' \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name:_default' \
&& ret=0
;;
(sign)
_arguments "${_arguments_options[@]}" : \
'--in=[]:FILE:_files' \
'--out=[]:FILE:_files' \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'(--batch)--raw[The bare signature bytes instead of a JWS]' \
'--batch[JSON Lines in ({"message"\: base64url} or {"text"\: …}), JSON Lines of JWS out]' \
'--force[]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name:_default' \
&& ret=0
;;
(verify)
_arguments "${_arguments_options[@]}" : \
'--in=[The JWS, or with --raw the signed message]:FILE:_files' \
'--signature=[]:FILE:_files' \
'--key-version=[With --raw\: the key version to check (default\: every usable version)]:N:_default' \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'(--batch)--raw[Verify a bare signature (given with --signature) over the message in --in]' \
'--batch[JSON Lines in ({"jws"\: …} or one JWS per line), JSON Lines out, in order]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name:_default' \
&& ret=0
;;
(mac)
_arguments "${_arguments_options[@]}" : \
'--in=[]:FILE:_files' \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name:_default' \
&& ret=0
;;
(mac-verify)
_arguments "${_arguments_options[@]}" : \
'--mac=[]:MAC:_default' \
'--in=[]:FILE:_files' \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name:_default' \
&& ret=0
;;
(datakey)
_arguments "${_arguments_options[@]}" : \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--wrapped-only[Print only the encrypted data key]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name:_default' \
&& ret=0
;;
(derive)
_arguments "${_arguments_options[@]}" : \
'--peer=[The peer'\''s P-256 public key (PEM or DER)]:FILE:_files' \
'--salt=[]:TEXT:_default' \
'--info=[]:TEXT:_default' \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name:_default' \
&& ret=0
;;
(serve)
_arguments "${_arguments_options[@]}" : \
'--config=[The server config (YAML)]:FILE:_files' \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--check-config[Check the config (schema, store, realm, TLS files) and exit without serving]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(realm)
_arguments "${_arguments_options[@]}" : \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_cu__subcmd__kms__subcmd__realm_commands" \
"*::: :->realm" \
&& ret=0

    case $state in
    (realm)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-kms-realm-command-$line[1]:"
        case $line[1] in
            (hash-password)
_arguments "${_arguments_options[@]}" : \
'--password-file=[File holding the password; \`-\` is standard input]:FILE:_files' \
'--iterations=[PBKDF2-HMAC-SHA256 iterations]:N:_default' \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(api-key)
_arguments "${_arguments_options[@]}" : \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_cu__subcmd__kms__subcmd__realm__subcmd__api-key_commands" \
"*::: :->api-key" \
&& ret=0

    case $state in
    (api-key)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-kms-realm-api-key-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'--name=[A label for people reading \`api-key list\`]:NAME:_default' \
'*--scope=[A scope the key grants, as in a realm file (repeat or comma-separate)]:SCOPE:_default' \
'--expires=[When the key stops working\: a duration from now (90d) or an RFC 3339 time]:WHEN:_default' \
'--secret-out=[Write the key to this file (0600) instead of standard output]:FILE:_files' \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(revoke)
_arguments "${_arguments_options[@]}" : \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The key'\''s id (the part after cu_, as `api-key list` shows it):_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__kms__subcmd__realm__subcmd__api-key__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-kms-realm-api-key-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(revoke)
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
(user)
_arguments "${_arguments_options[@]}" : \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_cu__subcmd__kms__subcmd__realm__subcmd__user_commands" \
"*::: :->user" \
&& ret=0

    case $state in
    (user)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-kms-realm-user-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
'*--scope=[A scope the user has, as in a realm file (repeat or comma-separate)]:SCOPE:_default' \
'--kind=[\`user\` (a person) or \`service\` (a program)]:KIND:(user service)' \
'--password-file=[File holding the password; \`-\` is standard input]:FILE:_files' \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name -- The user name (1 to 64 characters, no control characters or `\:`):_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name:_default' \
&& ret=0
;;
(passwd)
_arguments "${_arguments_options[@]}" : \
'--password-file=[File holding the new password; \`-\` is standard input]:FILE:_files' \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':name:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__kms__subcmd__realm__subcmd__user__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-kms-realm-user-help-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(passwd)
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
":: :_cu__subcmd__kms__subcmd__realm__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-kms-realm-help-command-$line[1]:"
        case $line[1] in
            (hash-password)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(api-key)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__kms__subcmd__realm__subcmd__help__subcmd__api-key_commands" \
"*::: :->api-key" \
&& ret=0

    case $state in
    (api-key)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-kms-realm-help-api-key-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(revoke)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(user)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__kms__subcmd__realm__subcmd__help__subcmd__user_commands" \
"*::: :->user" \
&& ret=0

    case $state in
    (user)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-kms-realm-help-user-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(passwd)
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
(audit)
_arguments "${_arguments_options[@]}" : \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_cu__subcmd__kms__subcmd__audit_commands" \
"*::: :->audit" \
&& ret=0

    case $state in
    (audit)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-kms-audit-command-$line[1]:"
        case $line[1] in
            (verify)
_arguments "${_arguments_options[@]}" : \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--continues[The oldest files were removed\: the first record may come after others]' \
'--in-store[Check the trail kept in the store (\`audit.store\: true\`) instead of a file]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
'::file -- The trail'\''s current file:_files' \
&& ret=0
;;
(hmac)
_arguments "${_arguments_options[@]}" : \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(search)
_arguments "${_arguments_options[@]}" : \
'--key=[]:NAME:_default' \
'--principal=[]:NAME:_default' \
'--op=[The operation\: encrypt, decrypt, create, rotate, console_sign_in, …]:OP:_default' \
'--since=[Records at or after this time (RFC 3339)]:RFC3339:_default' \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Talk to this \`cu kms serve\` (https\://HOST\:PORT) instead of a local store]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--in-store[Read the trail kept in the store instead of a file]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
'::file -- The trail'\''s current file (rotated files beside it are read too):_files' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__kms__subcmd__audit__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-kms-audit-help-command-$line[1]:"
        case $line[1] in
            (verify)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(hmac)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(search)
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
":: :_cu__subcmd__kms__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-kms-help-command-$line[1]:"
        case $line[1] in
            (init)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(migrate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rotate-root)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rotate-intermediate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(key)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__kms__subcmd__help__subcmd__key_commands" \
"*::: :->key" \
&& ret=0

    case $state in
    (key)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-kms-help-key-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(import)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rotate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(disable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(config)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(public)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(encrypt)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(decrypt)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rewrap)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(sign)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(verify)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(mac)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(mac-verify)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(datakey)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(derive)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(serve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(realm)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__kms__subcmd__help__subcmd__realm_commands" \
"*::: :->realm" \
&& ret=0

    case $state in
    (realm)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-kms-help-realm-command-$line[1]:"
        case $line[1] in
            (hash-password)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(api-key)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__kms__subcmd__help__subcmd__realm__subcmd__api-key_commands" \
"*::: :->api-key" \
&& ret=0

    case $state in
    (api-key)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-kms-help-realm-api-key-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(revoke)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(user)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__kms__subcmd__help__subcmd__realm__subcmd__user_commands" \
"*::: :->user" \
&& ret=0

    case $state in
    (user)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-kms-help-realm-user-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(passwd)
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
(audit)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__kms__subcmd__help__subcmd__audit_commands" \
"*::: :->audit" \
&& ret=0

    case $state in
    (audit)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-kms-help-audit-command-$line[1]:"
        case $line[1] in
            (verify)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(hmac)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(search)
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
(passport)
_arguments "${_arguments_options[@]}" : \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Use this \`cu passport serve\` (https\://HOST\:PORT) instead of the local store\: same output, reason codes and exit codes]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--keyring=[The keyring\: its key is the KMS key \`passport.<keyring>\`]:NAME:_default' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_cu__subcmd__passport_commands" \
"*::: :->passport" \
&& ret=0

    case $state in
    (passport)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-passport-command-$line[1]:"
        case $line[1] in
            (issue)
_arguments "${_arguments_options[@]}" : \
'--sub=[Subject\: who the passport is about]:SUBJECT:_default' \
'*--aud=[Audience (repeatable)\: who may accept the passport]:AUDIENCE:_default' \
'*--scope=[Scope granted (repeatable)]:SCOPE:_default' \
'--ttl=[Lifetime from now, e.g. 15m, 1h]:DURATION:_default' \
'--max-ttl=[The longest TTL this issuer allows]:DURATION:_default' \
'--nbf=[Not valid before\: +5m, RFC 3339, or Unix seconds]:TIME:_default' \
'--nonce=[A nonce\: \`auto\` for 128 random bits, or a value of your own]:auto|VALUE:_default' \
'*--ctx=[Context claim NAME=VALUE (repeatable; VALUE is JSON when it parses as JSON)]:NAME=VALUE:_default' \
'--iss=[Issuer]:ISSUER:_default' \
'--in=[The requests for --batch; \`-\` is standard input]:FILE:_files' \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Use this \`cu passport serve\` (https\://HOST\:PORT) instead of the local store\: same output, reason codes and exit codes]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--keyring=[The keyring\: its key is the KMS key \`passport.<keyring>\`]:NAME:_default' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--batch[Issue one passport per JSON Lines request ({"sub","aud","scopes","ttl","nbf","nonce","ctx"}; the flags give the defaults). All lines are issued, or none\: one bad request fails the run]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(verify)
_arguments "${_arguments_options[@]}" : \
'--in=[The passport (envelope or compact), or JSON Lines with --batch; \`-\` is standard input]:FILE:_files' \
'*--aud=[Accepted audience (repeatable; the passport must name one of them)]:AUDIENCE:_default' \
'*--require-scope=[A scope the passport must carry (repeatable)]:SCOPE:_default' \
'--skew=[Clock skew allowed on exp, nbf and iat]:DURATION:_default' \
'--jwks=[Verify with the keys of this JWKS file instead of the store]:FILE:_files' \
'--max-size=[Refuse passports larger than this many bytes (too_large)]:BYTES:_default' \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Use this \`cu passport serve\` (https\://HOST\:PORT) instead of the local store\: same output, reason codes and exit codes]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--keyring=[The keyring\: its key is the KMS key \`passport.<keyring>\`]:NAME:_default' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'(--aud)--no-audience-check[Accept any audience (the audience check is on unless this is given)]' \
'--batch[JSON Lines in (one passport per line), one JSON result per line out]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(keys)
_arguments "${_arguments_options[@]}" : \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Use this \`cu passport serve\` (https\://HOST\:PORT) instead of the local store\: same output, reason codes and exit codes]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--keyring=[The keyring\: its key is the KMS key \`passport.<keyring>\`]:NAME:_default' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(rotate)
_arguments "${_arguments_options[@]}" : \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Use this \`cu passport serve\` (https\://HOST\:PORT) instead of the local store\: same output, reason codes and exit codes]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--keyring=[The keyring\: its key is the KMS key \`passport.<keyring>\`]:NAME:_default' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(retire)
_arguments "${_arguments_options[@]}" : \
'--key-version=[The version to retire (not the current one)]:N:_default' \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Use this \`cu passport serve\` (https\://HOST\:PORT) instead of the local store\: same output, reason codes and exit codes]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--keyring=[The keyring\: its key is the KMS key \`passport.<keyring>\`]:NAME:_default' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(attest)
_arguments "${_arguments_options[@]}" : \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Use this \`cu passport serve\` (https\://HOST\:PORT) instead of the local store\: same output, reason codes and exit codes]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--keyring=[The keyring\: its key is the KMS key \`passport.<keyring>\`]:NAME:_default' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(serve)
_arguments "${_arguments_options[@]}" : \
'--config=[The server config (YAML)]:FILE:_files' \
'--store=[The key store\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_KMS_STORE, else \$XDG_DATA_HOME/cu/kms.db)]:PATH|URL:_files' \
'--store-password-file=[File holding the PostgreSQL password (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--tenant=[Tenant (UUIDv4); each tenant'\''s keys live in their own database]:UUID:_default' \
'(--passphrase-file)--unseal-file=[File holding the 32-byte unseal secret (default\: \$XDG_CONFIG_HOME/cu/unseal.key)]:FILE:_files' \
'--passphrase-file=[File (or \`-\`) holding the passphrase for a passphrase-unsealed store]:FILE:_files' \
'--server=[Use this \`cu passport serve\` (https\://HOST\:PORT) instead of the local store\: same output, reason codes and exit codes]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to; nothing else is trusted]:FILE:_files' \
'--user=[User or service name for HTTP Basic]:NAME:_default' \
'--password-file=[File (or \`-\`) holding the password for --user]:FILE:_files' \
'(--user)--token-file=[File (or \`-\`) holding a bearer access token (from \`cu identity token\`) instead of --user]:FILE:_files' \
'--client-cert=[Client certificate chain (PEM) for mutual TLS]:FILE:_files' \
'--client-key=[Key of the client certificate]:FILE:_files' \
'--keyring=[The keyring\: its key is the KMS key \`passport.<keyring>\`]:NAME:_default' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--check-config[Check the config (schema, store, realm, TLS files) and exit without serving]' \
'--amnesia[Keep nothing but the store'\''s keys\: errors are the only log lines, and a config that asks for an audit trail, a log file or telemetry export is refused]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__passport__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-passport-help-command-$line[1]:"
        case $line[1] in
            (issue)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(verify)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(keys)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rotate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(retire)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(attest)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(serve)
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
(identity)
_arguments "${_arguments_options[@]}" : \
'--state=[The identity server'\''s state\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_IDENTITY_STATE, else \$XDG_DATA_HOME/cu/identity.db)]:PATH|URL:_files' \
'--state-password-file=[File holding the PostgreSQL password of --state (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_cu__subcmd__identity_commands" \
"*::: :->identity" \
&& ret=0

    case $state in
    (identity)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-identity-command-$line[1]:"
        case $line[1] in
            (serve)
_arguments "${_arguments_options[@]}" : \
'--config=[The server config (YAML)]:FILE:_files' \
'--state=[The identity server'\''s state\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_IDENTITY_STATE, else \$XDG_DATA_HOME/cu/identity.db)]:PATH|URL:_files' \
'--state-password-file=[File holding the PostgreSQL password of --state (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--check-config[Check the config and exit without serving]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(client)
_arguments "${_arguments_options[@]}" : \
'(--state)--config=[The identity server'\''s config\: the clients of its state (with the config'\''s state_password_file), and with \`audit\: {store\: true}\` a record of each change in its audit trail (with --state instead, changes are not recorded)]:FILE:_files' \
'--state=[The identity server'\''s state\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_IDENTITY_STATE, else \$XDG_DATA_HOME/cu/identity.db)]:PATH|URL:_files' \
'--state-password-file=[File holding the PostgreSQL password of --state (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
":: :_cu__subcmd__identity__subcmd__client_commands" \
"*::: :->client" \
&& ret=0

    case $state in
    (client)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-identity-client-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
'--tenant=[The tenant (UUIDv4) its tokens act for (the tenant_id claim)]:UUID:_default' \
'*--redirect-uri=[Allowed redirect URI, matched exactly (repeatable)]:URI:_default' \
'*--scope=[Scope the client may ask for (repeatable)]:SCOPE:_default' \
'*--grant-type=[Grant type the client may use (repeatable; default\: authorization_code and refresh_token with redirect URIs, else client_credentials)]:GRANT:(authorization_code refresh_token client_credentials)' \
'--secret-out=[Write the secret to this file (0600) instead of standard output]:FILE:_files' \
'--state=[The identity server'\''s state\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_IDENTITY_STATE, else \$XDG_DATA_HOME/cu/identity.db)]:PATH|URL:_files' \
'--state-password-file=[File holding the PostgreSQL password of --state (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--public[A public client (PKCE only, no secret)]' \
'--resource-server[A resource server (such as the KMS)\: it may introspect every client'\''s tokens]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id -- The client id:_default' \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
'--state=[The identity server'\''s state\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_IDENTITY_STATE, else \$XDG_DATA_HOME/cu/identity.db)]:PATH|URL:_files' \
'--state-password-file=[File holding the PostgreSQL password of --state (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(rotate-secret)
_arguments "${_arguments_options[@]}" : \
'--secret-out=[Write the secret to this file (0600) instead of standard output]:FILE:_files' \
'--state=[The identity server'\''s state\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_IDENTITY_STATE, else \$XDG_DATA_HOME/cu/identity.db)]:PATH|URL:_files' \
'--state-password-file=[File holding the PostgreSQL password of --state (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':id:_default' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__identity__subcmd__client__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-identity-client-help-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rotate-secret)
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
(rotate-signing-key)
_arguments "${_arguments_options[@]}" : \
'--config=[The server config (YAML) naming the key store]:FILE:_files' \
'--state=[The identity server'\''s state\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_IDENTITY_STATE, else \$XDG_DATA_HOME/cu/identity.db)]:PATH|URL:_files' \
'--state-password-file=[File holding the PostgreSQL password of --state (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(migrate)
_arguments "${_arguments_options[@]}" : \
'--from=[What to copy (PATH, sqlite\:PATH or postgres\://…)]:PATH|URL:_files' \
'--to=[Where to copy it (a new file, or an empty PostgreSQL database)]:PATH|URL:_files' \
'--from-password-file=[PostgreSQL password of --from (default\: \$PGPASSFILE / ~/.pgpass)]:FILE:_files' \
'--to-password-file=[PostgreSQL password of --to (default\: \$PGPASSFILE / ~/.pgpass)]:FILE:_files' \
'--state=[The identity server'\''s state\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_IDENTITY_STATE, else \$XDG_DATA_HOME/cu/identity.db)]:PATH|URL:_files' \
'--state-password-file=[File holding the PostgreSQL password of --state (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(token)
_arguments "${_arguments_options[@]}" : \
'--server=[The identity server (https\://HOST\:PORT)]:URL:_default' \
'--ca=[The CA (PEM) the server certificate must chain to]:FILE:_files' \
'--client-id=[]:ID:_default' \
'--client-secret-file=[File (or \`-\`) holding the client secret]:FILE:_files' \
'*--scope=[Scope to ask for (repeatable; default\: all the client may have)]:SCOPE:_default' \
'--state=[The identity server'\''s state\: a SQLite file (PATH or sqlite\:PATH) or postgres\://USER@HOST\:PORT/DB (default\: \$CU_IDENTITY_STATE, else \$XDG_DATA_HOME/cu/identity.db)]:PATH|URL:_files' \
'--state-password-file=[File holding the PostgreSQL password of --state (default\: the matching line of \$PGPASSFILE or ~/.pgpass); never in the URL]:FILE:_files' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(help)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__identity__subcmd__help_commands" \
"*::: :->help" \
&& ret=0

    case $state in
    (help)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-identity-help-command-$line[1]:"
        case $line[1] in
            (serve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(client)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__identity__subcmd__help__subcmd__client_commands" \
"*::: :->client" \
&& ret=0

    case $state in
    (client)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-identity-help-client-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rotate-secret)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(rotate-signing-key)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(migrate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(token)
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
(demo)
_arguments "${_arguments_options[@]}" : \
'--data-dir=[Where demo data lives and is reused (default\: \$XDG_DATA_HOME/cu/demo)]:DIR:_files' \
'--port-offset=[Add this to the default ports (8081, 8082, 9090, 9091)]:N:_default' \
'--postgres=[Keep the key store and the identity state in PostgreSQL\: at URL (postgres\://USER@HOST\:PORT/DB, password from --postgres-password-file or \$PGPASSFILE), or without one in a throwaway cluster (Debian'\''s initdb, a free port, a temporary directory removed on exit)]::URL:_default' \
'--postgres-password-file=[File holding the password of --postgres URL]:FILE:_files' \
'--kms-instances=[KMS servers to start on the one PostgreSQL store (needs --postgres); the checks then cross them\: a key made on one is used and rotated on another, old data decrypted on a third]:N:_default' \
'--otlp-endpoint=[Send every server'\''s traces to this OTLP/HTTP collector (http\://HOST\:4318)]:URL:_default' \
'--ready-timeout=[How long to wait for each server'\''s /readyz]:DURATION:_default' \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--check[Stop after the summary instead of serving (CI and tests)]' \
'(--data-dir --reset-demo)--ephemeral[Use a temporary data directory, removed at the end]' \
'--reset-demo[Wipe the data directory first]' \
'--fail-fast[Stop at the first failing step]' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
':kind -- What to run:((kms\:"The KMS alone (file realm)"
identity\:"The identity server alone"
all\:"Both, integrated\: the KMS trusts the identity server'\''s tokens"))' \
&& ret=0
;;
(version)
_arguments "${_arguments_options[@]}" : \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(commands)
_arguments "${_arguments_options[@]}" : \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'-h[Print help (see more with '\''--help'\'')]' \
'--help[Print help (see more with '\''--help'\'')]' \
'-V[Print version]' \
'--version[Print version]' \
&& ret=0
;;
(completions)
_arguments "${_arguments_options[@]}" : \
'--output=[Output format\: text for people and pipes, json for one stable document]:OUTPUT:((text\:"Human-readable text, or the raw artifact (token, key, payload) for piping"
json\:"One JSON document on stdout; errors as JSON on stderr"))' \
'--now=[Fix the clock (RFC 3339), for reproducible tests]:RFC3339:_default' \
'--no-color[Never use color (also honoured\: NO_COLOR, CI=true)]' \
'-q[Print no warnings or notes on stderr (errors still print)]' \
'--quiet[Print no warnings or notes on stderr (errors still print)]' \
'*-v[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
'*--verbose[Diagnostics on stderr\: -v, -vv, -vvv for more (or CU_LOG)]' \
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
(pki)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__help__subcmd__pki_commands" \
"*::: :->pki" \
&& ret=0

    case $state in
    (pki)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-help-pki-command-$line[1]:"
        case $line[1] in
            (ca)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__help__subcmd__pki__subcmd__ca_commands" \
"*::: :->ca" \
&& ret=0

    case $state in
    (ca)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-help-pki-ca-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(cert)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__help__subcmd__pki__subcmd__cert_commands" \
"*::: :->cert" \
&& ret=0

    case $state in
    (cert)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-help-pki-cert-command-$line[1]:"
        case $line[1] in
            (issue)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(csr)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__help__subcmd__pki__subcmd__csr_commands" \
"*::: :->csr" \
&& ret=0

    case $state in
    (csr)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-help-pki-csr-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(sign)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(crl)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__help__subcmd__pki__subcmd__crl_commands" \
"*::: :->crl" \
&& ret=0

    case $state in
    (crl)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-help-pki-crl-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(inspect)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(verify)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(p12)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__help__subcmd__pki__subcmd__p12_commands" \
"*::: :->p12" \
&& ret=0

    case $state in
    (p12)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-help-pki-p12-command-$line[1]:"
        case $line[1] in
            (export)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(import)
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
(kms)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__help__subcmd__kms_commands" \
"*::: :->kms" \
&& ret=0

    case $state in
    (kms)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-help-kms-command-$line[1]:"
        case $line[1] in
            (init)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(migrate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rotate-root)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rotate-intermediate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(key)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__help__subcmd__kms__subcmd__key_commands" \
"*::: :->key" \
&& ret=0

    case $state in
    (key)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-help-kms-key-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(import)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(show)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rotate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(disable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(enable)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(config)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(delete)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(public)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(encrypt)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(decrypt)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rewrap)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(sign)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(verify)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(mac)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(mac-verify)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(datakey)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(derive)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(serve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(realm)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__help__subcmd__kms__subcmd__realm_commands" \
"*::: :->realm" \
&& ret=0

    case $state in
    (realm)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-help-kms-realm-command-$line[1]:"
        case $line[1] in
            (hash-password)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(api-key)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__help__subcmd__kms__subcmd__realm__subcmd__api-key_commands" \
"*::: :->api-key" \
&& ret=0

    case $state in
    (api-key)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-help-kms-realm-api-key-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(revoke)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(user)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__help__subcmd__kms__subcmd__realm__subcmd__user_commands" \
"*::: :->user" \
&& ret=0

    case $state in
    (user)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-help-kms-realm-user-command-$line[1]:"
        case $line[1] in
            (add)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(remove)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(passwd)
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
(audit)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__help__subcmd__kms__subcmd__audit_commands" \
"*::: :->audit" \
&& ret=0

    case $state in
    (audit)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-help-kms-audit-command-$line[1]:"
        case $line[1] in
            (verify)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(hmac)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(search)
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
(passport)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__help__subcmd__passport_commands" \
"*::: :->passport" \
&& ret=0

    case $state in
    (passport)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-help-passport-command-$line[1]:"
        case $line[1] in
            (issue)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(verify)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(keys)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rotate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(retire)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(attest)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(serve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(identity)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__help__subcmd__identity_commands" \
"*::: :->identity" \
&& ret=0

    case $state in
    (identity)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-help-identity-command-$line[1]:"
        case $line[1] in
            (serve)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(client)
_arguments "${_arguments_options[@]}" : \
":: :_cu__subcmd__help__subcmd__identity__subcmd__client_commands" \
"*::: :->client" \
&& ret=0

    case $state in
    (client)
        words=($line[1] "${words[@]}")
        (( CURRENT += 1 ))
        curcontext="${curcontext%:*:*}:cu-help-identity-client-command-$line[1]:"
        case $line[1] in
            (create)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(list)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(rotate-secret)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(rotate-signing-key)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(migrate)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(token)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
        esac
    ;;
esac
;;
(demo)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(version)
_arguments "${_arguments_options[@]}" : \
&& ret=0
;;
(commands)
_arguments "${_arguments_options[@]}" : \
&& ret=0
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
'pki:CA chains, certificates, CSRs, CRLs, inspection, chain validation, PKCS#12' \
'kms:A local key store\: versioned keys under a three-tier hierarchy, and their operations' \
'passport:Ed25519 passports\: issue, verify (one or a batch), JWKS, rotate, retire, attest' \
'identity:An OAuth 2.1 authorization server\: serve, clients, tokens' \
'demo:One command from nothing to running, verified servers\: KMS, identity, or both' \
'version:Print cu'\''s version; with --verbose also the cryptographic libraries built in' \
'commands:The command line as data\: every command with its flags, exit codes, reason codes, examples' \
'completions:Print a shell completion script' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu commands' commands "$@"
}
(( $+functions[_cu__subcmd__commands_commands] )) ||
_cu__subcmd__commands_commands() {
    local commands; commands=()
    _describe -t commands 'cu commands commands' commands "$@"
}
(( $+functions[_cu__subcmd__completions_commands] )) ||
_cu__subcmd__completions_commands() {
    local commands; commands=()
    _describe -t commands 'cu completions commands' commands "$@"
}
(( $+functions[_cu__subcmd__demo_commands] )) ||
_cu__subcmd__demo_commands() {
    local commands; commands=()
    _describe -t commands 'cu demo commands' commands "$@"
}
(( $+functions[_cu__subcmd__help_commands] )) ||
_cu__subcmd__help_commands() {
    local commands; commands=(
'jose:JSON Web Keys, signatures, tokens and encryption (JWK, JWS, JWT, JWE)' \
'pki:CA chains, certificates, CSRs, CRLs, inspection, chain validation, PKCS#12' \
'kms:A local key store\: versioned keys under a three-tier hierarchy, and their operations' \
'passport:Ed25519 passports\: issue, verify (one or a batch), JWKS, rotate, retire, attest' \
'identity:An OAuth 2.1 authorization server\: serve, clients, tokens' \
'demo:One command from nothing to running, verified servers\: KMS, identity, or both' \
'version:Print cu'\''s version; with --verbose also the cryptographic libraries built in' \
'commands:The command line as data\: every command with its flags, exit codes, reason codes, examples' \
'completions:Print a shell completion script' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu help commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__commands_commands] )) ||
_cu__subcmd__help__subcmd__commands_commands() {
    local commands; commands=()
    _describe -t commands 'cu help commands commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__completions_commands] )) ||
_cu__subcmd__help__subcmd__completions_commands() {
    local commands; commands=()
    _describe -t commands 'cu help completions commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__demo_commands] )) ||
_cu__subcmd__help__subcmd__demo_commands() {
    local commands; commands=()
    _describe -t commands 'cu help demo commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__help_commands] )) ||
_cu__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'cu help help commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__identity_commands] )) ||
_cu__subcmd__help__subcmd__identity_commands() {
    local commands; commands=(
'serve:Serve OAuth 2.1 over HTTPS (TLS 1.3)\: discovery, JWKS, token, introspection, revocation' \
'client:Register, list and re-key OAuth clients' \
'rotate-signing-key:Make a new token signing key; the old one stays in the JWKS until its tokens expire' \
'migrate:Copy the whole identity state (clients, sessions, codes, tokens, revocations) from one store to another and verify the copy' \
'token:Get an access token with client credentials and print it' \
    )
    _describe -t commands 'cu help identity commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__identity__subcmd__client_commands] )) ||
_cu__subcmd__help__subcmd__identity__subcmd__client_commands() {
    local commands; commands=(
'create:Register a client; a confidential one gets a secret, shown once' \
'list:List the clients' \
'rotate-secret:Give a confidential client a new secret; the old one stops working at once' \
    )
    _describe -t commands 'cu help identity client commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__identity__subcmd__client__subcmd__create_commands] )) ||
_cu__subcmd__help__subcmd__identity__subcmd__client__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'cu help identity client create commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__identity__subcmd__client__subcmd__list_commands] )) ||
_cu__subcmd__help__subcmd__identity__subcmd__client__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'cu help identity client list commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__identity__subcmd__client__subcmd__rotate-secret_commands] )) ||
_cu__subcmd__help__subcmd__identity__subcmd__client__subcmd__rotate-secret_commands() {
    local commands; commands=()
    _describe -t commands 'cu help identity client rotate-secret commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__identity__subcmd__migrate_commands] )) ||
_cu__subcmd__help__subcmd__identity__subcmd__migrate_commands() {
    local commands; commands=()
    _describe -t commands 'cu help identity migrate commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__identity__subcmd__rotate-signing-key_commands] )) ||
_cu__subcmd__help__subcmd__identity__subcmd__rotate-signing-key_commands() {
    local commands; commands=()
    _describe -t commands 'cu help identity rotate-signing-key commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__identity__subcmd__serve_commands] )) ||
_cu__subcmd__help__subcmd__identity__subcmd__serve_commands() {
    local commands; commands=()
    _describe -t commands 'cu help identity serve commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__identity__subcmd__token_commands] )) ||
_cu__subcmd__help__subcmd__identity__subcmd__token_commands() {
    local commands; commands=()
    _describe -t commands 'cu help identity token commands' commands "$@"
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
'verify:Verify a JWS and print its payload (a detached one is not printed back)' \
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
(( $+functions[_cu__subcmd__help__subcmd__kms_commands] )) ||
_cu__subcmd__help__subcmd__kms_commands() {
    local commands; commands=(
'init:Create a key store (and the default unseal file when none is given)' \
'migrate:Copy a whole store to another place (SQLite ↔ PostgreSQL), sealed as it is, and verify it' \
'rotate-root:Make a new root key and re-wrap every tenant'\''s intermediate keys under it' \
'rotate-intermediate:Make a new intermediate key for the tenant and re-wrap its content keys under it' \
'key:Create, list, inspect, rotate, enable, disable, delete and export keys' \
'encrypt:Encrypt under the key'\''s primary version\: a compact JWE (A256KW, A256GCM, kid NAME/vN)' \
'decrypt:Decrypt a JWE from \`cu kms encrypt\`; the key and version come from its kid' \
'rewrap:Re-encrypt a ciphertext under the key'\''s newest version without revealing it' \
'sign:Sign with the key'\''s primary version\: compact JWS (RS256/ES256/ES384/EdDSA) or --raw' \
'verify:Verify a JWS from \`cu kms sign\` (or a raw signature with --raw --signature)' \
'mac:Compute an HMAC tag\: NAME/vN\:TAG' \
'mac-verify:Check an HMAC tag made by \`cu kms mac\`' \
'datakey:Make a fresh AES-256 data key\: plaintext and encrypted under the key' \
'derive:ECDH P-256 with a peer public key, then HKDF-SHA256 to a 32-byte key' \
'serve:Serve the store over HTTPS (TLS 1.3)\: the KMS API, plus /livez, /readyz, /metrics' \
'realm:File realm tools for \`cu kms serve\`' \
'audit:Check and read the audit trail of \`cu kms serve\`' \
    )
    _describe -t commands 'cu help kms commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__audit_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__audit_commands() {
    local commands; commands=(
'verify:Check a trail\: every record chained to the one before, every checkpoint signed' \
'hmac:Print the HMAC a record keeps of a sensitive value (read from stdin), to search by it' \
'search:Print the records that match, one JSON object per line' \
    )
    _describe -t commands 'cu help kms audit commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__audit__subcmd__hmac_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__audit__subcmd__hmac_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms audit hmac commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__audit__subcmd__search_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__audit__subcmd__search_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms audit search commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__audit__subcmd__verify_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__audit__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms audit verify commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__datakey_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__datakey_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms datakey commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__decrypt_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__decrypt_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms decrypt commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__derive_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__derive_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms derive commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__encrypt_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__encrypt_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms encrypt commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__init_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__init_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms init commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__key_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__key_commands() {
    local commands; commands=(
'create:Create a key (version 1)' \
'import:Bring your own key\: raw bytes (AES/HMAC) or a PEM/DER private key' \
'list:List the tenant'\''s keys' \
'show:Show a key'\''s type, versions and settings' \
'rotate:Make a new primary version; older versions keep decrypting and verifying' \
'disable:Stop a version from being used' \
'enable:Allow a disabled version again' \
'config:Settings\: min_decrypt_version retires older versions for decrypt and verify' \
'delete:Delete a key and every version (all data under it becomes unreadable)' \
'public:The public part of an asymmetric key' \
    )
    _describe -t commands 'cu help kms key commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__key__subcmd__config_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__key__subcmd__config_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms key config commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__key__subcmd__create_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__key__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms key create commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__key__subcmd__delete_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__key__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms key delete commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__key__subcmd__disable_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__key__subcmd__disable_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms key disable commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__key__subcmd__enable_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__key__subcmd__enable_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms key enable commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__key__subcmd__import_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__key__subcmd__import_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms key import commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__key__subcmd__list_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__key__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms key list commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__key__subcmd__public_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__key__subcmd__public_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms key public commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__key__subcmd__rotate_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__key__subcmd__rotate_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms key rotate commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__key__subcmd__show_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__key__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms key show commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__mac_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__mac_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms mac commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__mac-verify_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__mac-verify_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms mac-verify commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__migrate_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__migrate_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms migrate commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__realm_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__realm_commands() {
    local commands; commands=(
'hash-password:Hash a password for a realm file\: \$pbkdf2-sha256\$ITERATIONS\$SALT\$HASH' \
'api-key:Create, list and revoke API keys for \`cu kms serve\` (kept in the key store)' \
'user:Add, list, remove users of the database realm and change their passwords (kept in the key store, shared by every \`cu kms serve\` on it)' \
    )
    _describe -t commands 'cu help kms realm commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__realm__subcmd__api-key_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__realm__subcmd__api-key_commands() {
    local commands; commands=(
'create:Make an API key for a tenant; the key is shown once' \
'list:List API keys (every tenant'\''s, or --tenant'\''s); never their secrets' \
'revoke:Revoke an API key\: servers refuse it from their next request' \
    )
    _describe -t commands 'cu help kms realm api-key commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__realm__subcmd__api-key__subcmd__create_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__realm__subcmd__api-key__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms realm api-key create commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__realm__subcmd__api-key__subcmd__list_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__realm__subcmd__api-key__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms realm api-key list commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__realm__subcmd__api-key__subcmd__revoke_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__realm__subcmd__api-key__subcmd__revoke_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms realm api-key revoke commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__realm__subcmd__hash-password_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__realm__subcmd__hash-password_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms realm hash-password commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__realm__subcmd__user_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__realm__subcmd__user_commands() {
    local commands; commands=(
'add:Add a user to the database realm (the tenant is --tenant, required)' \
'list:List the database realm'\''s users (every tenant'\''s, or --tenant'\''s); never a hash' \
'remove:Remove a user\: servers refuse the name from the next sign-in' \
'passwd:Change a user'\''s password' \
    )
    _describe -t commands 'cu help kms realm user commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__realm__subcmd__user__subcmd__add_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__realm__subcmd__user__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms realm user add commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__realm__subcmd__user__subcmd__list_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__realm__subcmd__user__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms realm user list commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__realm__subcmd__user__subcmd__passwd_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__realm__subcmd__user__subcmd__passwd_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms realm user passwd commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__realm__subcmd__user__subcmd__remove_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__realm__subcmd__user__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms realm user remove commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__rewrap_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__rewrap_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms rewrap commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__rotate-intermediate_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__rotate-intermediate_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms rotate-intermediate commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__rotate-root_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__rotate-root_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms rotate-root commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__serve_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__serve_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms serve commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__sign_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__sign_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms sign commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__kms__subcmd__verify_commands] )) ||
_cu__subcmd__help__subcmd__kms__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'cu help kms verify commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__passport_commands] )) ||
_cu__subcmd__help__subcmd__passport_commands() {
    local commands; commands=(
'issue:Issue a passport\: compact <msg>.<sig> (text), or the envelope (--output json)' \
'verify:Verify passports; exit 0 with the payload, or 2 with one reason code' \
'keys:Print the keyring'\''s public keys as a JWKS (current and every version not retired)' \
'rotate:Make a new current version; older versions keep verifying until retired' \
'retire:Retire a version\: passports it signed stop verifying' \
'attest:Describe the keyring\: algorithm, current kid, every version with its creation time, build' \
'serve:Serve passports over HTTPS (TLS 1.3)\: issue, verify, verify_batch, keys, admin' \
    )
    _describe -t commands 'cu help passport commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__passport__subcmd__attest_commands] )) ||
_cu__subcmd__help__subcmd__passport__subcmd__attest_commands() {
    local commands; commands=()
    _describe -t commands 'cu help passport attest commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__passport__subcmd__issue_commands] )) ||
_cu__subcmd__help__subcmd__passport__subcmd__issue_commands() {
    local commands; commands=()
    _describe -t commands 'cu help passport issue commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__passport__subcmd__keys_commands] )) ||
_cu__subcmd__help__subcmd__passport__subcmd__keys_commands() {
    local commands; commands=()
    _describe -t commands 'cu help passport keys commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__passport__subcmd__retire_commands] )) ||
_cu__subcmd__help__subcmd__passport__subcmd__retire_commands() {
    local commands; commands=()
    _describe -t commands 'cu help passport retire commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__passport__subcmd__rotate_commands] )) ||
_cu__subcmd__help__subcmd__passport__subcmd__rotate_commands() {
    local commands; commands=()
    _describe -t commands 'cu help passport rotate commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__passport__subcmd__serve_commands] )) ||
_cu__subcmd__help__subcmd__passport__subcmd__serve_commands() {
    local commands; commands=()
    _describe -t commands 'cu help passport serve commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__passport__subcmd__verify_commands] )) ||
_cu__subcmd__help__subcmd__passport__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'cu help passport verify commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__pki_commands] )) ||
_cu__subcmd__help__subcmd__pki_commands() {
    local commands; commands=(
'ca:Create certificate authority chains' \
'cert:Issue leaf certificates for servers and clients' \
'csr:Create certificate signing requests and issue certificates from them' \
'crl:Create certificate revocation lists' \
'inspect:Show what a certificate, chain, CSR, CRL or key file holds' \
'verify:Validate a certificate chain (RFC 5280, via rustls-webpki); exit 0 valid, 2 invalid' \
'p12:Export and import PKCS#12 (.p12/.pfx) files' \
    )
    _describe -t commands 'cu help pki commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__pki__subcmd__ca_commands] )) ||
_cu__subcmd__help__subcmd__pki__subcmd__ca_commands() {
    local commands; commands=(
'create:Create a CA chain\: root → policy → issuing (length set by --levels)' \
    )
    _describe -t commands 'cu help pki ca commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__pki__subcmd__ca__subcmd__create_commands] )) ||
_cu__subcmd__help__subcmd__pki__subcmd__ca__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'cu help pki ca create commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__pki__subcmd__cert_commands] )) ||
_cu__subcmd__help__subcmd__pki__subcmd__cert_commands() {
    local commands; commands=(
'issue:Issue a leaf certificate and key' \
    )
    _describe -t commands 'cu help pki cert commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__pki__subcmd__cert__subcmd__issue_commands] )) ||
_cu__subcmd__help__subcmd__pki__subcmd__cert__subcmd__issue_commands() {
    local commands; commands=()
    _describe -t commands 'cu help pki cert issue commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__pki__subcmd__crl_commands] )) ||
_cu__subcmd__help__subcmd__pki__subcmd__crl_commands() {
    local commands; commands=(
'create:Sign a CRL listing revoked certificates' \
    )
    _describe -t commands 'cu help pki crl commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__pki__subcmd__crl__subcmd__create_commands] )) ||
_cu__subcmd__help__subcmd__pki__subcmd__crl__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'cu help pki crl create commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__pki__subcmd__csr_commands] )) ||
_cu__subcmd__help__subcmd__pki__subcmd__csr_commands() {
    local commands; commands=(
'create:Create a key (or use --key) and a certificate signing request' \
'sign:Issue a certificate from a CSR; the CA decides usage, never the CSR' \
    )
    _describe -t commands 'cu help pki csr commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__pki__subcmd__csr__subcmd__create_commands] )) ||
_cu__subcmd__help__subcmd__pki__subcmd__csr__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'cu help pki csr create commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__pki__subcmd__csr__subcmd__sign_commands] )) ||
_cu__subcmd__help__subcmd__pki__subcmd__csr__subcmd__sign_commands() {
    local commands; commands=()
    _describe -t commands 'cu help pki csr sign commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__pki__subcmd__inspect_commands] )) ||
_cu__subcmd__help__subcmd__pki__subcmd__inspect_commands() {
    local commands; commands=()
    _describe -t commands 'cu help pki inspect commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__pki__subcmd__p12_commands] )) ||
_cu__subcmd__help__subcmd__pki__subcmd__p12_commands() {
    local commands; commands=(
'export:Bundle a certificate, its key and chain into PKCS#12 (AES-256, PBKDF2-SHA256, SHA-256 MAC)' \
'import:Extract the certificate, key and chain from a PKCS#12 file' \
    )
    _describe -t commands 'cu help pki p12 commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__pki__subcmd__p12__subcmd__export_commands] )) ||
_cu__subcmd__help__subcmd__pki__subcmd__p12__subcmd__export_commands() {
    local commands; commands=()
    _describe -t commands 'cu help pki p12 export commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__pki__subcmd__p12__subcmd__import_commands] )) ||
_cu__subcmd__help__subcmd__pki__subcmd__p12__subcmd__import_commands() {
    local commands; commands=()
    _describe -t commands 'cu help pki p12 import commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__pki__subcmd__verify_commands] )) ||
_cu__subcmd__help__subcmd__pki__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'cu help pki verify commands' commands "$@"
}
(( $+functions[_cu__subcmd__help__subcmd__version_commands] )) ||
_cu__subcmd__help__subcmd__version_commands() {
    local commands; commands=()
    _describe -t commands 'cu help version commands' commands "$@"
}
(( $+functions[_cu__subcmd__identity_commands] )) ||
_cu__subcmd__identity_commands() {
    local commands; commands=(
'serve:Serve OAuth 2.1 over HTTPS (TLS 1.3)\: discovery, JWKS, token, introspection, revocation' \
'client:Register, list and re-key OAuth clients' \
'rotate-signing-key:Make a new token signing key; the old one stays in the JWKS until its tokens expire' \
'migrate:Copy the whole identity state (clients, sessions, codes, tokens, revocations) from one store to another and verify the copy' \
'token:Get an access token with client credentials and print it' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu identity commands' commands "$@"
}
(( $+functions[_cu__subcmd__identity__subcmd__client_commands] )) ||
_cu__subcmd__identity__subcmd__client_commands() {
    local commands; commands=(
'create:Register a client; a confidential one gets a secret, shown once' \
'list:List the clients' \
'rotate-secret:Give a confidential client a new secret; the old one stops working at once' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu identity client commands' commands "$@"
}
(( $+functions[_cu__subcmd__identity__subcmd__client__subcmd__create_commands] )) ||
_cu__subcmd__identity__subcmd__client__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'cu identity client create commands' commands "$@"
}
(( $+functions[_cu__subcmd__identity__subcmd__client__subcmd__help_commands] )) ||
_cu__subcmd__identity__subcmd__client__subcmd__help_commands() {
    local commands; commands=(
'create:Register a client; a confidential one gets a secret, shown once' \
'list:List the clients' \
'rotate-secret:Give a confidential client a new secret; the old one stops working at once' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu identity client help commands' commands "$@"
}
(( $+functions[_cu__subcmd__identity__subcmd__client__subcmd__help__subcmd__create_commands] )) ||
_cu__subcmd__identity__subcmd__client__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'cu identity client help create commands' commands "$@"
}
(( $+functions[_cu__subcmd__identity__subcmd__client__subcmd__help__subcmd__help_commands] )) ||
_cu__subcmd__identity__subcmd__client__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'cu identity client help help commands' commands "$@"
}
(( $+functions[_cu__subcmd__identity__subcmd__client__subcmd__help__subcmd__list_commands] )) ||
_cu__subcmd__identity__subcmd__client__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'cu identity client help list commands' commands "$@"
}
(( $+functions[_cu__subcmd__identity__subcmd__client__subcmd__help__subcmd__rotate-secret_commands] )) ||
_cu__subcmd__identity__subcmd__client__subcmd__help__subcmd__rotate-secret_commands() {
    local commands; commands=()
    _describe -t commands 'cu identity client help rotate-secret commands' commands "$@"
}
(( $+functions[_cu__subcmd__identity__subcmd__client__subcmd__list_commands] )) ||
_cu__subcmd__identity__subcmd__client__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'cu identity client list commands' commands "$@"
}
(( $+functions[_cu__subcmd__identity__subcmd__client__subcmd__rotate-secret_commands] )) ||
_cu__subcmd__identity__subcmd__client__subcmd__rotate-secret_commands() {
    local commands; commands=()
    _describe -t commands 'cu identity client rotate-secret commands' commands "$@"
}
(( $+functions[_cu__subcmd__identity__subcmd__help_commands] )) ||
_cu__subcmd__identity__subcmd__help_commands() {
    local commands; commands=(
'serve:Serve OAuth 2.1 over HTTPS (TLS 1.3)\: discovery, JWKS, token, introspection, revocation' \
'client:Register, list and re-key OAuth clients' \
'rotate-signing-key:Make a new token signing key; the old one stays in the JWKS until its tokens expire' \
'migrate:Copy the whole identity state (clients, sessions, codes, tokens, revocations) from one store to another and verify the copy' \
'token:Get an access token with client credentials and print it' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu identity help commands' commands "$@"
}
(( $+functions[_cu__subcmd__identity__subcmd__help__subcmd__client_commands] )) ||
_cu__subcmd__identity__subcmd__help__subcmd__client_commands() {
    local commands; commands=(
'create:Register a client; a confidential one gets a secret, shown once' \
'list:List the clients' \
'rotate-secret:Give a confidential client a new secret; the old one stops working at once' \
    )
    _describe -t commands 'cu identity help client commands' commands "$@"
}
(( $+functions[_cu__subcmd__identity__subcmd__help__subcmd__client__subcmd__create_commands] )) ||
_cu__subcmd__identity__subcmd__help__subcmd__client__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'cu identity help client create commands' commands "$@"
}
(( $+functions[_cu__subcmd__identity__subcmd__help__subcmd__client__subcmd__list_commands] )) ||
_cu__subcmd__identity__subcmd__help__subcmd__client__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'cu identity help client list commands' commands "$@"
}
(( $+functions[_cu__subcmd__identity__subcmd__help__subcmd__client__subcmd__rotate-secret_commands] )) ||
_cu__subcmd__identity__subcmd__help__subcmd__client__subcmd__rotate-secret_commands() {
    local commands; commands=()
    _describe -t commands 'cu identity help client rotate-secret commands' commands "$@"
}
(( $+functions[_cu__subcmd__identity__subcmd__help__subcmd__help_commands] )) ||
_cu__subcmd__identity__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'cu identity help help commands' commands "$@"
}
(( $+functions[_cu__subcmd__identity__subcmd__help__subcmd__migrate_commands] )) ||
_cu__subcmd__identity__subcmd__help__subcmd__migrate_commands() {
    local commands; commands=()
    _describe -t commands 'cu identity help migrate commands' commands "$@"
}
(( $+functions[_cu__subcmd__identity__subcmd__help__subcmd__rotate-signing-key_commands] )) ||
_cu__subcmd__identity__subcmd__help__subcmd__rotate-signing-key_commands() {
    local commands; commands=()
    _describe -t commands 'cu identity help rotate-signing-key commands' commands "$@"
}
(( $+functions[_cu__subcmd__identity__subcmd__help__subcmd__serve_commands] )) ||
_cu__subcmd__identity__subcmd__help__subcmd__serve_commands() {
    local commands; commands=()
    _describe -t commands 'cu identity help serve commands' commands "$@"
}
(( $+functions[_cu__subcmd__identity__subcmd__help__subcmd__token_commands] )) ||
_cu__subcmd__identity__subcmd__help__subcmd__token_commands() {
    local commands; commands=()
    _describe -t commands 'cu identity help token commands' commands "$@"
}
(( $+functions[_cu__subcmd__identity__subcmd__migrate_commands] )) ||
_cu__subcmd__identity__subcmd__migrate_commands() {
    local commands; commands=()
    _describe -t commands 'cu identity migrate commands' commands "$@"
}
(( $+functions[_cu__subcmd__identity__subcmd__rotate-signing-key_commands] )) ||
_cu__subcmd__identity__subcmd__rotate-signing-key_commands() {
    local commands; commands=()
    _describe -t commands 'cu identity rotate-signing-key commands' commands "$@"
}
(( $+functions[_cu__subcmd__identity__subcmd__serve_commands] )) ||
_cu__subcmd__identity__subcmd__serve_commands() {
    local commands; commands=()
    _describe -t commands 'cu identity serve commands' commands "$@"
}
(( $+functions[_cu__subcmd__identity__subcmd__token_commands] )) ||
_cu__subcmd__identity__subcmd__token_commands() {
    local commands; commands=()
    _describe -t commands 'cu identity token commands' commands "$@"
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
'verify:Verify a JWS and print its payload (a detached one is not printed back)' \
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
'verify:Verify a JWS and print its payload (a detached one is not printed back)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu jose jws commands' commands "$@"
}
(( $+functions[_cu__subcmd__jose__subcmd__jws__subcmd__help_commands] )) ||
_cu__subcmd__jose__subcmd__jws__subcmd__help_commands() {
    local commands; commands=(
'sign:Sign a payload as a JWS' \
'verify:Verify a JWS and print its payload (a detached one is not printed back)' \
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
(( $+functions[_cu__subcmd__kms_commands] )) ||
_cu__subcmd__kms_commands() {
    local commands; commands=(
'init:Create a key store (and the default unseal file when none is given)' \
'migrate:Copy a whole store to another place (SQLite ↔ PostgreSQL), sealed as it is, and verify it' \
'rotate-root:Make a new root key and re-wrap every tenant'\''s intermediate keys under it' \
'rotate-intermediate:Make a new intermediate key for the tenant and re-wrap its content keys under it' \
'key:Create, list, inspect, rotate, enable, disable, delete and export keys' \
'encrypt:Encrypt under the key'\''s primary version\: a compact JWE (A256KW, A256GCM, kid NAME/vN)' \
'decrypt:Decrypt a JWE from \`cu kms encrypt\`; the key and version come from its kid' \
'rewrap:Re-encrypt a ciphertext under the key'\''s newest version without revealing it' \
'sign:Sign with the key'\''s primary version\: compact JWS (RS256/ES256/ES384/EdDSA) or --raw' \
'verify:Verify a JWS from \`cu kms sign\` (or a raw signature with --raw --signature)' \
'mac:Compute an HMAC tag\: NAME/vN\:TAG' \
'mac-verify:Check an HMAC tag made by \`cu kms mac\`' \
'datakey:Make a fresh AES-256 data key\: plaintext and encrypted under the key' \
'derive:ECDH P-256 with a peer public key, then HKDF-SHA256 to a 32-byte key' \
'serve:Serve the store over HTTPS (TLS 1.3)\: the KMS API, plus /livez, /readyz, /metrics' \
'realm:File realm tools for \`cu kms serve\`' \
'audit:Check and read the audit trail of \`cu kms serve\`' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu kms commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__audit_commands] )) ||
_cu__subcmd__kms__subcmd__audit_commands() {
    local commands; commands=(
'verify:Check a trail\: every record chained to the one before, every checkpoint signed' \
'hmac:Print the HMAC a record keeps of a sensitive value (read from stdin), to search by it' \
'search:Print the records that match, one JSON object per line' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu kms audit commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__audit__subcmd__help_commands] )) ||
_cu__subcmd__kms__subcmd__audit__subcmd__help_commands() {
    local commands; commands=(
'verify:Check a trail\: every record chained to the one before, every checkpoint signed' \
'hmac:Print the HMAC a record keeps of a sensitive value (read from stdin), to search by it' \
'search:Print the records that match, one JSON object per line' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu kms audit help commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__audit__subcmd__help__subcmd__help_commands] )) ||
_cu__subcmd__kms__subcmd__audit__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms audit help help commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__audit__subcmd__help__subcmd__hmac_commands] )) ||
_cu__subcmd__kms__subcmd__audit__subcmd__help__subcmd__hmac_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms audit help hmac commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__audit__subcmd__help__subcmd__search_commands] )) ||
_cu__subcmd__kms__subcmd__audit__subcmd__help__subcmd__search_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms audit help search commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__audit__subcmd__help__subcmd__verify_commands] )) ||
_cu__subcmd__kms__subcmd__audit__subcmd__help__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms audit help verify commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__audit__subcmd__hmac_commands] )) ||
_cu__subcmd__kms__subcmd__audit__subcmd__hmac_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms audit hmac commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__audit__subcmd__search_commands] )) ||
_cu__subcmd__kms__subcmd__audit__subcmd__search_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms audit search commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__audit__subcmd__verify_commands] )) ||
_cu__subcmd__kms__subcmd__audit__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms audit verify commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__datakey_commands] )) ||
_cu__subcmd__kms__subcmd__datakey_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms datakey commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__decrypt_commands] )) ||
_cu__subcmd__kms__subcmd__decrypt_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms decrypt commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__derive_commands] )) ||
_cu__subcmd__kms__subcmd__derive_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms derive commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__encrypt_commands] )) ||
_cu__subcmd__kms__subcmd__encrypt_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms encrypt commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help_commands] )) ||
_cu__subcmd__kms__subcmd__help_commands() {
    local commands; commands=(
'init:Create a key store (and the default unseal file when none is given)' \
'migrate:Copy a whole store to another place (SQLite ↔ PostgreSQL), sealed as it is, and verify it' \
'rotate-root:Make a new root key and re-wrap every tenant'\''s intermediate keys under it' \
'rotate-intermediate:Make a new intermediate key for the tenant and re-wrap its content keys under it' \
'key:Create, list, inspect, rotate, enable, disable, delete and export keys' \
'encrypt:Encrypt under the key'\''s primary version\: a compact JWE (A256KW, A256GCM, kid NAME/vN)' \
'decrypt:Decrypt a JWE from \`cu kms encrypt\`; the key and version come from its kid' \
'rewrap:Re-encrypt a ciphertext under the key'\''s newest version without revealing it' \
'sign:Sign with the key'\''s primary version\: compact JWS (RS256/ES256/ES384/EdDSA) or --raw' \
'verify:Verify a JWS from \`cu kms sign\` (or a raw signature with --raw --signature)' \
'mac:Compute an HMAC tag\: NAME/vN\:TAG' \
'mac-verify:Check an HMAC tag made by \`cu kms mac\`' \
'datakey:Make a fresh AES-256 data key\: plaintext and encrypted under the key' \
'derive:ECDH P-256 with a peer public key, then HKDF-SHA256 to a 32-byte key' \
'serve:Serve the store over HTTPS (TLS 1.3)\: the KMS API, plus /livez, /readyz, /metrics' \
'realm:File realm tools for \`cu kms serve\`' \
'audit:Check and read the audit trail of \`cu kms serve\`' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu kms help commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__audit_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__audit_commands() {
    local commands; commands=(
'verify:Check a trail\: every record chained to the one before, every checkpoint signed' \
'hmac:Print the HMAC a record keeps of a sensitive value (read from stdin), to search by it' \
'search:Print the records that match, one JSON object per line' \
    )
    _describe -t commands 'cu kms help audit commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__audit__subcmd__hmac_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__audit__subcmd__hmac_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help audit hmac commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__audit__subcmd__search_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__audit__subcmd__search_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help audit search commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__audit__subcmd__verify_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__audit__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help audit verify commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__datakey_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__datakey_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help datakey commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__decrypt_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__decrypt_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help decrypt commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__derive_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__derive_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help derive commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__encrypt_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__encrypt_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help encrypt commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__help_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help help commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__init_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__init_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help init commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__key_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__key_commands() {
    local commands; commands=(
'create:Create a key (version 1)' \
'import:Bring your own key\: raw bytes (AES/HMAC) or a PEM/DER private key' \
'list:List the tenant'\''s keys' \
'show:Show a key'\''s type, versions and settings' \
'rotate:Make a new primary version; older versions keep decrypting and verifying' \
'disable:Stop a version from being used' \
'enable:Allow a disabled version again' \
'config:Settings\: min_decrypt_version retires older versions for decrypt and verify' \
'delete:Delete a key and every version (all data under it becomes unreadable)' \
'public:The public part of an asymmetric key' \
    )
    _describe -t commands 'cu kms help key commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__key__subcmd__config_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__key__subcmd__config_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help key config commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__key__subcmd__create_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__key__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help key create commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__key__subcmd__delete_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__key__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help key delete commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__key__subcmd__disable_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__key__subcmd__disable_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help key disable commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__key__subcmd__enable_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__key__subcmd__enable_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help key enable commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__key__subcmd__import_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__key__subcmd__import_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help key import commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__key__subcmd__list_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__key__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help key list commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__key__subcmd__public_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__key__subcmd__public_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help key public commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__key__subcmd__rotate_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__key__subcmd__rotate_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help key rotate commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__key__subcmd__show_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__key__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help key show commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__mac_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__mac_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help mac commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__mac-verify_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__mac-verify_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help mac-verify commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__migrate_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__migrate_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help migrate commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__realm_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__realm_commands() {
    local commands; commands=(
'hash-password:Hash a password for a realm file\: \$pbkdf2-sha256\$ITERATIONS\$SALT\$HASH' \
'api-key:Create, list and revoke API keys for \`cu kms serve\` (kept in the key store)' \
'user:Add, list, remove users of the database realm and change their passwords (kept in the key store, shared by every \`cu kms serve\` on it)' \
    )
    _describe -t commands 'cu kms help realm commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__realm__subcmd__api-key_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__realm__subcmd__api-key_commands() {
    local commands; commands=(
'create:Make an API key for a tenant; the key is shown once' \
'list:List API keys (every tenant'\''s, or --tenant'\''s); never their secrets' \
'revoke:Revoke an API key\: servers refuse it from their next request' \
    )
    _describe -t commands 'cu kms help realm api-key commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__realm__subcmd__api-key__subcmd__create_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__realm__subcmd__api-key__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help realm api-key create commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__realm__subcmd__api-key__subcmd__list_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__realm__subcmd__api-key__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help realm api-key list commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__realm__subcmd__api-key__subcmd__revoke_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__realm__subcmd__api-key__subcmd__revoke_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help realm api-key revoke commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__realm__subcmd__hash-password_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__realm__subcmd__hash-password_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help realm hash-password commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__realm__subcmd__user_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__realm__subcmd__user_commands() {
    local commands; commands=(
'add:Add a user to the database realm (the tenant is --tenant, required)' \
'list:List the database realm'\''s users (every tenant'\''s, or --tenant'\''s); never a hash' \
'remove:Remove a user\: servers refuse the name from the next sign-in' \
'passwd:Change a user'\''s password' \
    )
    _describe -t commands 'cu kms help realm user commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__realm__subcmd__user__subcmd__add_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__realm__subcmd__user__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help realm user add commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__realm__subcmd__user__subcmd__list_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__realm__subcmd__user__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help realm user list commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__realm__subcmd__user__subcmd__passwd_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__realm__subcmd__user__subcmd__passwd_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help realm user passwd commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__realm__subcmd__user__subcmd__remove_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__realm__subcmd__user__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help realm user remove commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__rewrap_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__rewrap_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help rewrap commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__rotate-intermediate_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__rotate-intermediate_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help rotate-intermediate commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__rotate-root_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__rotate-root_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help rotate-root commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__serve_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__serve_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help serve commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__sign_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__sign_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help sign commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__help__subcmd__verify_commands] )) ||
_cu__subcmd__kms__subcmd__help__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms help verify commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__init_commands] )) ||
_cu__subcmd__kms__subcmd__init_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms init commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__key_commands] )) ||
_cu__subcmd__kms__subcmd__key_commands() {
    local commands; commands=(
'create:Create a key (version 1)' \
'import:Bring your own key\: raw bytes (AES/HMAC) or a PEM/DER private key' \
'list:List the tenant'\''s keys' \
'show:Show a key'\''s type, versions and settings' \
'rotate:Make a new primary version; older versions keep decrypting and verifying' \
'disable:Stop a version from being used' \
'enable:Allow a disabled version again' \
'config:Settings\: min_decrypt_version retires older versions for decrypt and verify' \
'delete:Delete a key and every version (all data under it becomes unreadable)' \
'public:The public part of an asymmetric key' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu kms key commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__key__subcmd__config_commands] )) ||
_cu__subcmd__kms__subcmd__key__subcmd__config_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms key config commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__key__subcmd__create_commands] )) ||
_cu__subcmd__kms__subcmd__key__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms key create commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__key__subcmd__delete_commands] )) ||
_cu__subcmd__kms__subcmd__key__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms key delete commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__key__subcmd__disable_commands] )) ||
_cu__subcmd__kms__subcmd__key__subcmd__disable_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms key disable commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__key__subcmd__enable_commands] )) ||
_cu__subcmd__kms__subcmd__key__subcmd__enable_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms key enable commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__key__subcmd__help_commands] )) ||
_cu__subcmd__kms__subcmd__key__subcmd__help_commands() {
    local commands; commands=(
'create:Create a key (version 1)' \
'import:Bring your own key\: raw bytes (AES/HMAC) or a PEM/DER private key' \
'list:List the tenant'\''s keys' \
'show:Show a key'\''s type, versions and settings' \
'rotate:Make a new primary version; older versions keep decrypting and verifying' \
'disable:Stop a version from being used' \
'enable:Allow a disabled version again' \
'config:Settings\: min_decrypt_version retires older versions for decrypt and verify' \
'delete:Delete a key and every version (all data under it becomes unreadable)' \
'public:The public part of an asymmetric key' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu kms key help commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__key__subcmd__help__subcmd__config_commands] )) ||
_cu__subcmd__kms__subcmd__key__subcmd__help__subcmd__config_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms key help config commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__key__subcmd__help__subcmd__create_commands] )) ||
_cu__subcmd__kms__subcmd__key__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms key help create commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__key__subcmd__help__subcmd__delete_commands] )) ||
_cu__subcmd__kms__subcmd__key__subcmd__help__subcmd__delete_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms key help delete commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__key__subcmd__help__subcmd__disable_commands] )) ||
_cu__subcmd__kms__subcmd__key__subcmd__help__subcmd__disable_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms key help disable commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__key__subcmd__help__subcmd__enable_commands] )) ||
_cu__subcmd__kms__subcmd__key__subcmd__help__subcmd__enable_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms key help enable commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__key__subcmd__help__subcmd__help_commands] )) ||
_cu__subcmd__kms__subcmd__key__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms key help help commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__key__subcmd__help__subcmd__import_commands] )) ||
_cu__subcmd__kms__subcmd__key__subcmd__help__subcmd__import_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms key help import commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__key__subcmd__help__subcmd__list_commands] )) ||
_cu__subcmd__kms__subcmd__key__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms key help list commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__key__subcmd__help__subcmd__public_commands] )) ||
_cu__subcmd__kms__subcmd__key__subcmd__help__subcmd__public_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms key help public commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__key__subcmd__help__subcmd__rotate_commands] )) ||
_cu__subcmd__kms__subcmd__key__subcmd__help__subcmd__rotate_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms key help rotate commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__key__subcmd__help__subcmd__show_commands] )) ||
_cu__subcmd__kms__subcmd__key__subcmd__help__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms key help show commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__key__subcmd__import_commands] )) ||
_cu__subcmd__kms__subcmd__key__subcmd__import_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms key import commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__key__subcmd__list_commands] )) ||
_cu__subcmd__kms__subcmd__key__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms key list commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__key__subcmd__public_commands] )) ||
_cu__subcmd__kms__subcmd__key__subcmd__public_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms key public commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__key__subcmd__rotate_commands] )) ||
_cu__subcmd__kms__subcmd__key__subcmd__rotate_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms key rotate commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__key__subcmd__show_commands] )) ||
_cu__subcmd__kms__subcmd__key__subcmd__show_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms key show commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__mac_commands] )) ||
_cu__subcmd__kms__subcmd__mac_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms mac commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__mac-verify_commands] )) ||
_cu__subcmd__kms__subcmd__mac-verify_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms mac-verify commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__migrate_commands] )) ||
_cu__subcmd__kms__subcmd__migrate_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms migrate commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm_commands] )) ||
_cu__subcmd__kms__subcmd__realm_commands() {
    local commands; commands=(
'hash-password:Hash a password for a realm file\: \$pbkdf2-sha256\$ITERATIONS\$SALT\$HASH' \
'api-key:Create, list and revoke API keys for \`cu kms serve\` (kept in the key store)' \
'user:Add, list, remove users of the database realm and change their passwords (kept in the key store, shared by every \`cu kms serve\` on it)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu kms realm commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__api-key_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__api-key_commands() {
    local commands; commands=(
'create:Make an API key for a tenant; the key is shown once' \
'list:List API keys (every tenant'\''s, or --tenant'\''s); never their secrets' \
'revoke:Revoke an API key\: servers refuse it from their next request' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu kms realm api-key commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__api-key__subcmd__create_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__api-key__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms realm api-key create commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__api-key__subcmd__help_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__api-key__subcmd__help_commands() {
    local commands; commands=(
'create:Make an API key for a tenant; the key is shown once' \
'list:List API keys (every tenant'\''s, or --tenant'\''s); never their secrets' \
'revoke:Revoke an API key\: servers refuse it from their next request' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu kms realm api-key help commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__api-key__subcmd__help__subcmd__create_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__api-key__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms realm api-key help create commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__api-key__subcmd__help__subcmd__help_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__api-key__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms realm api-key help help commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__api-key__subcmd__help__subcmd__list_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__api-key__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms realm api-key help list commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__api-key__subcmd__help__subcmd__revoke_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__api-key__subcmd__help__subcmd__revoke_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms realm api-key help revoke commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__api-key__subcmd__list_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__api-key__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms realm api-key list commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__api-key__subcmd__revoke_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__api-key__subcmd__revoke_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms realm api-key revoke commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__hash-password_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__hash-password_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms realm hash-password commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__help_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__help_commands() {
    local commands; commands=(
'hash-password:Hash a password for a realm file\: \$pbkdf2-sha256\$ITERATIONS\$SALT\$HASH' \
'api-key:Create, list and revoke API keys for \`cu kms serve\` (kept in the key store)' \
'user:Add, list, remove users of the database realm and change their passwords (kept in the key store, shared by every \`cu kms serve\` on it)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu kms realm help commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__help__subcmd__api-key_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__help__subcmd__api-key_commands() {
    local commands; commands=(
'create:Make an API key for a tenant; the key is shown once' \
'list:List API keys (every tenant'\''s, or --tenant'\''s); never their secrets' \
'revoke:Revoke an API key\: servers refuse it from their next request' \
    )
    _describe -t commands 'cu kms realm help api-key commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__help__subcmd__api-key__subcmd__create_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__help__subcmd__api-key__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms realm help api-key create commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__help__subcmd__api-key__subcmd__list_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__help__subcmd__api-key__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms realm help api-key list commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__help__subcmd__api-key__subcmd__revoke_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__help__subcmd__api-key__subcmd__revoke_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms realm help api-key revoke commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__help__subcmd__hash-password_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__help__subcmd__hash-password_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms realm help hash-password commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__help__subcmd__help_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms realm help help commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__help__subcmd__user_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__help__subcmd__user_commands() {
    local commands; commands=(
'add:Add a user to the database realm (the tenant is --tenant, required)' \
'list:List the database realm'\''s users (every tenant'\''s, or --tenant'\''s); never a hash' \
'remove:Remove a user\: servers refuse the name from the next sign-in' \
'passwd:Change a user'\''s password' \
    )
    _describe -t commands 'cu kms realm help user commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__help__subcmd__user__subcmd__add_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__help__subcmd__user__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms realm help user add commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__help__subcmd__user__subcmd__list_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__help__subcmd__user__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms realm help user list commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__help__subcmd__user__subcmd__passwd_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__help__subcmd__user__subcmd__passwd_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms realm help user passwd commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__help__subcmd__user__subcmd__remove_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__help__subcmd__user__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms realm help user remove commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__user_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__user_commands() {
    local commands; commands=(
'add:Add a user to the database realm (the tenant is --tenant, required)' \
'list:List the database realm'\''s users (every tenant'\''s, or --tenant'\''s); never a hash' \
'remove:Remove a user\: servers refuse the name from the next sign-in' \
'passwd:Change a user'\''s password' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu kms realm user commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__user__subcmd__add_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__user__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms realm user add commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__user__subcmd__help_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__user__subcmd__help_commands() {
    local commands; commands=(
'add:Add a user to the database realm (the tenant is --tenant, required)' \
'list:List the database realm'\''s users (every tenant'\''s, or --tenant'\''s); never a hash' \
'remove:Remove a user\: servers refuse the name from the next sign-in' \
'passwd:Change a user'\''s password' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu kms realm user help commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__user__subcmd__help__subcmd__add_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__user__subcmd__help__subcmd__add_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms realm user help add commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__user__subcmd__help__subcmd__help_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__user__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms realm user help help commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__user__subcmd__help__subcmd__list_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__user__subcmd__help__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms realm user help list commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__user__subcmd__help__subcmd__passwd_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__user__subcmd__help__subcmd__passwd_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms realm user help passwd commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__user__subcmd__help__subcmd__remove_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__user__subcmd__help__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms realm user help remove commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__user__subcmd__list_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__user__subcmd__list_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms realm user list commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__user__subcmd__passwd_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__user__subcmd__passwd_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms realm user passwd commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__realm__subcmd__user__subcmd__remove_commands] )) ||
_cu__subcmd__kms__subcmd__realm__subcmd__user__subcmd__remove_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms realm user remove commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__rewrap_commands] )) ||
_cu__subcmd__kms__subcmd__rewrap_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms rewrap commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__rotate-intermediate_commands] )) ||
_cu__subcmd__kms__subcmd__rotate-intermediate_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms rotate-intermediate commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__rotate-root_commands] )) ||
_cu__subcmd__kms__subcmd__rotate-root_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms rotate-root commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__serve_commands] )) ||
_cu__subcmd__kms__subcmd__serve_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms serve commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__sign_commands] )) ||
_cu__subcmd__kms__subcmd__sign_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms sign commands' commands "$@"
}
(( $+functions[_cu__subcmd__kms__subcmd__verify_commands] )) ||
_cu__subcmd__kms__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'cu kms verify commands' commands "$@"
}
(( $+functions[_cu__subcmd__passport_commands] )) ||
_cu__subcmd__passport_commands() {
    local commands; commands=(
'issue:Issue a passport\: compact <msg>.<sig> (text), or the envelope (--output json)' \
'verify:Verify passports; exit 0 with the payload, or 2 with one reason code' \
'keys:Print the keyring'\''s public keys as a JWKS (current and every version not retired)' \
'rotate:Make a new current version; older versions keep verifying until retired' \
'retire:Retire a version\: passports it signed stop verifying' \
'attest:Describe the keyring\: algorithm, current kid, every version with its creation time, build' \
'serve:Serve passports over HTTPS (TLS 1.3)\: issue, verify, verify_batch, keys, admin' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu passport commands' commands "$@"
}
(( $+functions[_cu__subcmd__passport__subcmd__attest_commands] )) ||
_cu__subcmd__passport__subcmd__attest_commands() {
    local commands; commands=()
    _describe -t commands 'cu passport attest commands' commands "$@"
}
(( $+functions[_cu__subcmd__passport__subcmd__help_commands] )) ||
_cu__subcmd__passport__subcmd__help_commands() {
    local commands; commands=(
'issue:Issue a passport\: compact <msg>.<sig> (text), or the envelope (--output json)' \
'verify:Verify passports; exit 0 with the payload, or 2 with one reason code' \
'keys:Print the keyring'\''s public keys as a JWKS (current and every version not retired)' \
'rotate:Make a new current version; older versions keep verifying until retired' \
'retire:Retire a version\: passports it signed stop verifying' \
'attest:Describe the keyring\: algorithm, current kid, every version with its creation time, build' \
'serve:Serve passports over HTTPS (TLS 1.3)\: issue, verify, verify_batch, keys, admin' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu passport help commands' commands "$@"
}
(( $+functions[_cu__subcmd__passport__subcmd__help__subcmd__attest_commands] )) ||
_cu__subcmd__passport__subcmd__help__subcmd__attest_commands() {
    local commands; commands=()
    _describe -t commands 'cu passport help attest commands' commands "$@"
}
(( $+functions[_cu__subcmd__passport__subcmd__help__subcmd__help_commands] )) ||
_cu__subcmd__passport__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'cu passport help help commands' commands "$@"
}
(( $+functions[_cu__subcmd__passport__subcmd__help__subcmd__issue_commands] )) ||
_cu__subcmd__passport__subcmd__help__subcmd__issue_commands() {
    local commands; commands=()
    _describe -t commands 'cu passport help issue commands' commands "$@"
}
(( $+functions[_cu__subcmd__passport__subcmd__help__subcmd__keys_commands] )) ||
_cu__subcmd__passport__subcmd__help__subcmd__keys_commands() {
    local commands; commands=()
    _describe -t commands 'cu passport help keys commands' commands "$@"
}
(( $+functions[_cu__subcmd__passport__subcmd__help__subcmd__retire_commands] )) ||
_cu__subcmd__passport__subcmd__help__subcmd__retire_commands() {
    local commands; commands=()
    _describe -t commands 'cu passport help retire commands' commands "$@"
}
(( $+functions[_cu__subcmd__passport__subcmd__help__subcmd__rotate_commands] )) ||
_cu__subcmd__passport__subcmd__help__subcmd__rotate_commands() {
    local commands; commands=()
    _describe -t commands 'cu passport help rotate commands' commands "$@"
}
(( $+functions[_cu__subcmd__passport__subcmd__help__subcmd__serve_commands] )) ||
_cu__subcmd__passport__subcmd__help__subcmd__serve_commands() {
    local commands; commands=()
    _describe -t commands 'cu passport help serve commands' commands "$@"
}
(( $+functions[_cu__subcmd__passport__subcmd__help__subcmd__verify_commands] )) ||
_cu__subcmd__passport__subcmd__help__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'cu passport help verify commands' commands "$@"
}
(( $+functions[_cu__subcmd__passport__subcmd__issue_commands] )) ||
_cu__subcmd__passport__subcmd__issue_commands() {
    local commands; commands=()
    _describe -t commands 'cu passport issue commands' commands "$@"
}
(( $+functions[_cu__subcmd__passport__subcmd__keys_commands] )) ||
_cu__subcmd__passport__subcmd__keys_commands() {
    local commands; commands=()
    _describe -t commands 'cu passport keys commands' commands "$@"
}
(( $+functions[_cu__subcmd__passport__subcmd__retire_commands] )) ||
_cu__subcmd__passport__subcmd__retire_commands() {
    local commands; commands=()
    _describe -t commands 'cu passport retire commands' commands "$@"
}
(( $+functions[_cu__subcmd__passport__subcmd__rotate_commands] )) ||
_cu__subcmd__passport__subcmd__rotate_commands() {
    local commands; commands=()
    _describe -t commands 'cu passport rotate commands' commands "$@"
}
(( $+functions[_cu__subcmd__passport__subcmd__serve_commands] )) ||
_cu__subcmd__passport__subcmd__serve_commands() {
    local commands; commands=()
    _describe -t commands 'cu passport serve commands' commands "$@"
}
(( $+functions[_cu__subcmd__passport__subcmd__verify_commands] )) ||
_cu__subcmd__passport__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'cu passport verify commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki_commands] )) ||
_cu__subcmd__pki_commands() {
    local commands; commands=(
'ca:Create certificate authority chains' \
'cert:Issue leaf certificates for servers and clients' \
'csr:Create certificate signing requests and issue certificates from them' \
'crl:Create certificate revocation lists' \
'inspect:Show what a certificate, chain, CSR, CRL or key file holds' \
'verify:Validate a certificate chain (RFC 5280, via rustls-webpki); exit 0 valid, 2 invalid' \
'p12:Export and import PKCS#12 (.p12/.pfx) files' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu pki commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__ca_commands] )) ||
_cu__subcmd__pki__subcmd__ca_commands() {
    local commands; commands=(
'create:Create a CA chain\: root → policy → issuing (length set by --levels)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu pki ca commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__ca__subcmd__create_commands] )) ||
_cu__subcmd__pki__subcmd__ca__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'cu pki ca create commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__ca__subcmd__help_commands] )) ||
_cu__subcmd__pki__subcmd__ca__subcmd__help_commands() {
    local commands; commands=(
'create:Create a CA chain\: root → policy → issuing (length set by --levels)' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu pki ca help commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__ca__subcmd__help__subcmd__create_commands] )) ||
_cu__subcmd__pki__subcmd__ca__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'cu pki ca help create commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__ca__subcmd__help__subcmd__help_commands] )) ||
_cu__subcmd__pki__subcmd__ca__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'cu pki ca help help commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__cert_commands] )) ||
_cu__subcmd__pki__subcmd__cert_commands() {
    local commands; commands=(
'issue:Issue a leaf certificate and key' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu pki cert commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__cert__subcmd__help_commands] )) ||
_cu__subcmd__pki__subcmd__cert__subcmd__help_commands() {
    local commands; commands=(
'issue:Issue a leaf certificate and key' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu pki cert help commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__cert__subcmd__help__subcmd__help_commands] )) ||
_cu__subcmd__pki__subcmd__cert__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'cu pki cert help help commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__cert__subcmd__help__subcmd__issue_commands] )) ||
_cu__subcmd__pki__subcmd__cert__subcmd__help__subcmd__issue_commands() {
    local commands; commands=()
    _describe -t commands 'cu pki cert help issue commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__cert__subcmd__issue_commands] )) ||
_cu__subcmd__pki__subcmd__cert__subcmd__issue_commands() {
    local commands; commands=()
    _describe -t commands 'cu pki cert issue commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__crl_commands] )) ||
_cu__subcmd__pki__subcmd__crl_commands() {
    local commands; commands=(
'create:Sign a CRL listing revoked certificates' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu pki crl commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__crl__subcmd__create_commands] )) ||
_cu__subcmd__pki__subcmd__crl__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'cu pki crl create commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__crl__subcmd__help_commands] )) ||
_cu__subcmd__pki__subcmd__crl__subcmd__help_commands() {
    local commands; commands=(
'create:Sign a CRL listing revoked certificates' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu pki crl help commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__crl__subcmd__help__subcmd__create_commands] )) ||
_cu__subcmd__pki__subcmd__crl__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'cu pki crl help create commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__crl__subcmd__help__subcmd__help_commands] )) ||
_cu__subcmd__pki__subcmd__crl__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'cu pki crl help help commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__csr_commands] )) ||
_cu__subcmd__pki__subcmd__csr_commands() {
    local commands; commands=(
'create:Create a key (or use --key) and a certificate signing request' \
'sign:Issue a certificate from a CSR; the CA decides usage, never the CSR' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu pki csr commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__csr__subcmd__create_commands] )) ||
_cu__subcmd__pki__subcmd__csr__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'cu pki csr create commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__csr__subcmd__help_commands] )) ||
_cu__subcmd__pki__subcmd__csr__subcmd__help_commands() {
    local commands; commands=(
'create:Create a key (or use --key) and a certificate signing request' \
'sign:Issue a certificate from a CSR; the CA decides usage, never the CSR' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu pki csr help commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__csr__subcmd__help__subcmd__create_commands] )) ||
_cu__subcmd__pki__subcmd__csr__subcmd__help__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'cu pki csr help create commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__csr__subcmd__help__subcmd__help_commands] )) ||
_cu__subcmd__pki__subcmd__csr__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'cu pki csr help help commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__csr__subcmd__help__subcmd__sign_commands] )) ||
_cu__subcmd__pki__subcmd__csr__subcmd__help__subcmd__sign_commands() {
    local commands; commands=()
    _describe -t commands 'cu pki csr help sign commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__csr__subcmd__sign_commands] )) ||
_cu__subcmd__pki__subcmd__csr__subcmd__sign_commands() {
    local commands; commands=()
    _describe -t commands 'cu pki csr sign commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__help_commands] )) ||
_cu__subcmd__pki__subcmd__help_commands() {
    local commands; commands=(
'ca:Create certificate authority chains' \
'cert:Issue leaf certificates for servers and clients' \
'csr:Create certificate signing requests and issue certificates from them' \
'crl:Create certificate revocation lists' \
'inspect:Show what a certificate, chain, CSR, CRL or key file holds' \
'verify:Validate a certificate chain (RFC 5280, via rustls-webpki); exit 0 valid, 2 invalid' \
'p12:Export and import PKCS#12 (.p12/.pfx) files' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu pki help commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__help__subcmd__ca_commands] )) ||
_cu__subcmd__pki__subcmd__help__subcmd__ca_commands() {
    local commands; commands=(
'create:Create a CA chain\: root → policy → issuing (length set by --levels)' \
    )
    _describe -t commands 'cu pki help ca commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__help__subcmd__ca__subcmd__create_commands] )) ||
_cu__subcmd__pki__subcmd__help__subcmd__ca__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'cu pki help ca create commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__help__subcmd__cert_commands] )) ||
_cu__subcmd__pki__subcmd__help__subcmd__cert_commands() {
    local commands; commands=(
'issue:Issue a leaf certificate and key' \
    )
    _describe -t commands 'cu pki help cert commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__help__subcmd__cert__subcmd__issue_commands] )) ||
_cu__subcmd__pki__subcmd__help__subcmd__cert__subcmd__issue_commands() {
    local commands; commands=()
    _describe -t commands 'cu pki help cert issue commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__help__subcmd__crl_commands] )) ||
_cu__subcmd__pki__subcmd__help__subcmd__crl_commands() {
    local commands; commands=(
'create:Sign a CRL listing revoked certificates' \
    )
    _describe -t commands 'cu pki help crl commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__help__subcmd__crl__subcmd__create_commands] )) ||
_cu__subcmd__pki__subcmd__help__subcmd__crl__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'cu pki help crl create commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__help__subcmd__csr_commands] )) ||
_cu__subcmd__pki__subcmd__help__subcmd__csr_commands() {
    local commands; commands=(
'create:Create a key (or use --key) and a certificate signing request' \
'sign:Issue a certificate from a CSR; the CA decides usage, never the CSR' \
    )
    _describe -t commands 'cu pki help csr commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__help__subcmd__csr__subcmd__create_commands] )) ||
_cu__subcmd__pki__subcmd__help__subcmd__csr__subcmd__create_commands() {
    local commands; commands=()
    _describe -t commands 'cu pki help csr create commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__help__subcmd__csr__subcmd__sign_commands] )) ||
_cu__subcmd__pki__subcmd__help__subcmd__csr__subcmd__sign_commands() {
    local commands; commands=()
    _describe -t commands 'cu pki help csr sign commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__help__subcmd__help_commands] )) ||
_cu__subcmd__pki__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'cu pki help help commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__help__subcmd__inspect_commands] )) ||
_cu__subcmd__pki__subcmd__help__subcmd__inspect_commands() {
    local commands; commands=()
    _describe -t commands 'cu pki help inspect commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__help__subcmd__p12_commands] )) ||
_cu__subcmd__pki__subcmd__help__subcmd__p12_commands() {
    local commands; commands=(
'export:Bundle a certificate, its key and chain into PKCS#12 (AES-256, PBKDF2-SHA256, SHA-256 MAC)' \
'import:Extract the certificate, key and chain from a PKCS#12 file' \
    )
    _describe -t commands 'cu pki help p12 commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__help__subcmd__p12__subcmd__export_commands] )) ||
_cu__subcmd__pki__subcmd__help__subcmd__p12__subcmd__export_commands() {
    local commands; commands=()
    _describe -t commands 'cu pki help p12 export commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__help__subcmd__p12__subcmd__import_commands] )) ||
_cu__subcmd__pki__subcmd__help__subcmd__p12__subcmd__import_commands() {
    local commands; commands=()
    _describe -t commands 'cu pki help p12 import commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__help__subcmd__verify_commands] )) ||
_cu__subcmd__pki__subcmd__help__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'cu pki help verify commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__inspect_commands] )) ||
_cu__subcmd__pki__subcmd__inspect_commands() {
    local commands; commands=()
    _describe -t commands 'cu pki inspect commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__p12_commands] )) ||
_cu__subcmd__pki__subcmd__p12_commands() {
    local commands; commands=(
'export:Bundle a certificate, its key and chain into PKCS#12 (AES-256, PBKDF2-SHA256, SHA-256 MAC)' \
'import:Extract the certificate, key and chain from a PKCS#12 file' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu pki p12 commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__p12__subcmd__export_commands] )) ||
_cu__subcmd__pki__subcmd__p12__subcmd__export_commands() {
    local commands; commands=()
    _describe -t commands 'cu pki p12 export commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__p12__subcmd__help_commands] )) ||
_cu__subcmd__pki__subcmd__p12__subcmd__help_commands() {
    local commands; commands=(
'export:Bundle a certificate, its key and chain into PKCS#12 (AES-256, PBKDF2-SHA256, SHA-256 MAC)' \
'import:Extract the certificate, key and chain from a PKCS#12 file' \
'help:Print this message or the help of the given subcommand(s)' \
    )
    _describe -t commands 'cu pki p12 help commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__p12__subcmd__help__subcmd__export_commands] )) ||
_cu__subcmd__pki__subcmd__p12__subcmd__help__subcmd__export_commands() {
    local commands; commands=()
    _describe -t commands 'cu pki p12 help export commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__p12__subcmd__help__subcmd__help_commands] )) ||
_cu__subcmd__pki__subcmd__p12__subcmd__help__subcmd__help_commands() {
    local commands; commands=()
    _describe -t commands 'cu pki p12 help help commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__p12__subcmd__help__subcmd__import_commands] )) ||
_cu__subcmd__pki__subcmd__p12__subcmd__help__subcmd__import_commands() {
    local commands; commands=()
    _describe -t commands 'cu pki p12 help import commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__p12__subcmd__import_commands] )) ||
_cu__subcmd__pki__subcmd__p12__subcmd__import_commands() {
    local commands; commands=()
    _describe -t commands 'cu pki p12 import commands' commands "$@"
}
(( $+functions[_cu__subcmd__pki__subcmd__verify_commands] )) ||
_cu__subcmd__pki__subcmd__verify_commands() {
    local commands; commands=()
    _describe -t commands 'cu pki verify commands' commands "$@"
}
(( $+functions[_cu__subcmd__version_commands] )) ||
_cu__subcmd__version_commands() {
    local commands; commands=()
    _describe -t commands 'cu version commands' commands "$@"
}

if [ "$funcstack[1]" = "_cu" ]; then
    _cu "$@"
else
    compdef _cu cu
fi
