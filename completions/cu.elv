
use builtin;
use str;

set edit:completion:arg-completer[cu] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'cu'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'cu'= {
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand jose 'JSON Web Keys, signatures, tokens and encryption (JWK, JWS, JWT, JWE)'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;jose'= {
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand jwk 'Generate, inspect and convert JSON Web Keys'
            cand jws 'Sign and verify JWS (compact and JSON serialization)'
            cand jwt 'Sign, verify and decode JSON Web Tokens'
            cand jwe 'Encrypt and decrypt JWE (compact and JSON serialization)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;jose;jwk'= {
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand generate 'Generate a private JWK (kid defaults to its RFC 7638 thumbprint)'
            cand public 'Print the public part of a key as a JWK (or a JWKS for a key set)'
            cand thumbprint 'Print the RFC 7638 thumbprint (SHA-256, base64url) of a key'
            cand convert 'Convert a key between JWK, PEM and DER (PKCS#8 / SPKI)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;jose;jwk;generate'= {
            cand --kty 'Key type (inferred from --alg when omitted)'
            cand --bits 'RSA modulus or oct key size in bits'
            cand --crv 'Curve: P-256, P-384, P-521 (EC), Ed25519, X25519 (OKP)'
            cand --alg 'Algorithm the key is for (recorded as `alg`)'
            cand --use 'Intended use (recorded as `use`)'
            cand --kid 'Key id (default: the RFC 7638 thumbprint)'
            cand --public-out 'Also write the public JWK to FILE'
            cand --out 'Write the result to FILE instead of stdout (private keys get mode 0600)'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --force 'Replace existing output files'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;jose;jwk;public'= {
            cand --in 'The key: JWK, JWKS, PEM or DER (`-` for stdin)'
            cand --password-file 'Password for an encrypted PKCS#8 key'
            cand --out 'Write the result to FILE instead of stdout (private keys get mode 0600)'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --force 'Replace existing output files'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;jose;jwk;thumbprint'= {
            cand --in 'The key: JWK, JWKS, PEM or DER (`-` for stdin)'
            cand --password-file 'Password for an encrypted PKCS#8 key'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;jose;jwk;convert'= {
            cand --in 'The key: JWK, JWKS, PEM or DER (`-` for stdin)'
            cand --to 'Output encoding'
            cand --kid 'Choose a key from a JWKS by kid'
            cand --password-file 'Password for an encrypted PKCS#8 key'
            cand --out 'Write the result to FILE instead of stdout (private keys get mode 0600)'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --public 'Write only the public key'
            cand --traditional 'PEM/DER in the traditional layout: PKCS#1 for RSA, SEC1 for EC private keys'
            cand --force 'Replace existing output files'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;jose;jwk;help'= {
            cand generate 'Generate a private JWK (kid defaults to its RFC 7638 thumbprint)'
            cand public 'Print the public part of a key as a JWK (or a JWKS for a key set)'
            cand thumbprint 'Print the RFC 7638 thumbprint (SHA-256, base64url) of a key'
            cand convert 'Convert a key between JWK, PEM and DER (PKCS#8 / SPKI)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;jose;jwk;help;generate'= {
        }
        &'cu;jose;jwk;help;public'= {
        }
        &'cu;jose;jwk;help;thumbprint'= {
        }
        &'cu;jose;jwk;help;convert'= {
        }
        &'cu;jose;jwk;help;help'= {
        }
        &'cu;jose;jws'= {
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand sign 'Sign a payload as a JWS'
            cand verify 'Verify a JWS and print its payload'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;jose;jws;sign'= {
            cand --key 'Signing key (repeat for several signatures; needs --json)'
            cand --password-file 'Password for an encrypted PKCS#8 key'
            cand --alg 'Algorithm (default: the key''s alg, or the usual one for its type)'
            cand --kid 'Key id for the header (default: the key''s kid)'
            cand --header 'Extra protected header member NAME=VALUE (VALUE may be JSON)'
            cand --unprotected 'Unprotected header member NAME=VALUE, not covered by the signature (needs --json)'
            cand --in 'The payload (`-` for stdin)'
            cand --out 'Write the result to FILE instead of stdout (private keys get mode 0600)'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --json 'JSON serialization (flattened; general with several keys)'
            cand --detached 'Leave the payload out of the output (verify with --payload)'
            cand --unencoded 'Unencoded payload (RFC 7797, b64: false)'
            cand --force 'Replace existing output files'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;jose;jws;verify'= {
            cand --key 'Key file: JWK, JWKS, PEM or DER (`-` for stdin)'
            cand --jwks 'A JWKS file (same as --key; tokens pick their key by kid)'
            cand --secret-file 'A raw HMAC secret in a file (bytes as they are)'
            cand --password-file 'Password for an encrypted PKCS#8 key'
            cand --alg 'Allowed algorithm (repeatable; default: from the key)'
            cand --in 'The JWS (`-` for stdin)'
            cand --payload 'The detached payload'
            cand --max-size 'Largest accepted token in bytes'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --require-all 'With several signatures, require every one to verify (default: at least one)'
            cand --allow-header-keys 'Tolerate keys carried in the header (jwk, jku, x5u, x5c); they are never used'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;jose;jws;help'= {
            cand sign 'Sign a payload as a JWS'
            cand verify 'Verify a JWS and print its payload'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;jose;jws;help;sign'= {
        }
        &'cu;jose;jws;help;verify'= {
        }
        &'cu;jose;jws;help;help'= {
        }
        &'cu;jose;jwt'= {
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand sign 'Sign claims as a JWT'
            cand verify 'Verify a JWT''s signature and claims, then print the claims'
            cand decode 'Show a JWT''s header and claims WITHOUT verifying it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;jose;jwt;sign'= {
            cand --key 'Signing key: JWK, PEM or DER'
            cand --secret-file 'A raw HMAC secret in a file'
            cand --password-file 'Password for an encrypted PKCS#8 key'
            cand --alg 'Algorithm (default: the key''s alg, or the usual one for its type)'
            cand --claims 'Claims as a JSON object (`-` for stdin)'
            cand --claim 'A claim NAME=VALUE (VALUE may be JSON; repeatable)'
            cand --iss 'Issuer (`iss`)'
            cand --sub 'Subject (`sub`)'
            cand --aud 'Audience (`aud`; repeat for several)'
            cand --exp 'Expiry: +1h, RFC 3339 or unix seconds'
            cand --nbf 'Not before: +5m, RFC 3339 or unix seconds'
            cand --jti 'Token id (`jti`); `auto` makes a random one'
            cand --kid 'Key id for the header (default: the key''s kid)'
            cand --header 'Extra protected header member NAME=VALUE'
            cand --encrypt-to 'Then encrypt the signed JWT to this key (nested JWT)'
            cand --jwe-alg 'Key-management algorithm for --encrypt-to'
            cand --jwe-enc 'Content encryption for --encrypt-to'
            cand --out 'Write the result to FILE instead of stdout (private keys get mode 0600)'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-iat 'Leave out `iat` (issued at, default now)'
            cand --force 'Replace existing output files'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;jose;jwt;verify'= {
            cand --key 'Key file: JWK, JWKS, PEM or DER (`-` for stdin)'
            cand --jwks 'A JWKS file (same as --key; tokens pick their key by kid)'
            cand --secret-file 'A raw HMAC secret in a file (bytes as they are)'
            cand --password-file 'Password for an encrypted PKCS#8 key'
            cand --alg 'Allowed algorithm (repeatable; default: the key''s alg or its type''s)'
            cand --iss 'Required issuer'
            cand --aud 'Accepted audience (repeatable); needed when the token has `aud`'
            cand --leeway 'Clock skew allowed for exp, nbf and iat'
            cand --require 'A claim that must be present (repeatable)'
            cand --in 'The token (`-` for stdin)'
            cand --decrypt-key 'Decrypt a nested JWT (JWE around the JWT) with this key first'
            cand --max-size 'Largest accepted token in bytes'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-audience-check 'Accept any audience'
            cand --batch 'One token per line in, one result per line out, in order'
            cand --allow-header-keys 'Tolerate keys carried in the header (jwk, jku, x5u, x5c); they are never used'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;jose;jwt;decode'= {
            cand --in 'The token (`-` for stdin)'
            cand --max-size 'max-size'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --insecure 'Acknowledge that nothing is verified'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;jose;jwt;help'= {
            cand sign 'Sign claims as a JWT'
            cand verify 'Verify a JWT''s signature and claims, then print the claims'
            cand decode 'Show a JWT''s header and claims WITHOUT verifying it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;jose;jwt;help;sign'= {
        }
        &'cu;jose;jwt;help;verify'= {
        }
        &'cu;jose;jwt;help;decode'= {
        }
        &'cu;jose;jwt;help;help'= {
        }
        &'cu;jose;jwe'= {
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand encrypt 'Encrypt a payload as a JWE'
            cand decrypt 'Decrypt a JWE and print its plaintext'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;jose;jwe;encrypt'= {
            cand --key 'Recipient key: JWK, JWKS, PEM or DER (public keys are enough for RSA and ECDH); repeat, or pass a JWKS, for several recipients (needs --json)'
            cand --password-file 'A password for PBES2, from a file (`-` for stdin)'
            cand --alg 'Key-management algorithm (default: from the key)'
            cand --enc 'Content encryption'
            cand --cty 'Content type header (`cty`)'
            cand --header 'Extra protected header member NAME=VALUE'
            cand --p2c 'PBES2 iteration count'
            cand --aad 'Additional authenticated data from FILE (JSON serialization)'
            cand --in 'The plaintext (`-` for stdin)'
            cand --out 'Write the result to FILE instead of stdout (private keys get mode 0600)'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --zip 'Compress before encrypting (zip: DEF)'
            cand --json 'JSON (flattened) serialization'
            cand --force 'Replace existing output files'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;jose;jwe;decrypt'= {
            cand --key 'Private key, oct key or JWKS'
            cand --password-file 'A password for PBES2, from a file (`-` for stdin)'
            cand --in 'The JWE (`-` for stdin)'
            cand --max-p2c 'Largest PBES2 iteration count accepted'
            cand --max-inflated 'Largest plaintext accepted after decompression, in bytes'
            cand --max-size 'Largest accepted token in bytes'
            cand --out 'Write the result to FILE instead of stdout (private keys get mode 0600)'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --allow-header-keys 'Tolerate keys carried in the header (jwk, jku, x5u, x5c); they are never used'
            cand --force 'Replace existing output files'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;jose;jwe;help'= {
            cand encrypt 'Encrypt a payload as a JWE'
            cand decrypt 'Decrypt a JWE and print its plaintext'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;jose;jwe;help;encrypt'= {
        }
        &'cu;jose;jwe;help;decrypt'= {
        }
        &'cu;jose;jwe;help;help'= {
        }
        &'cu;jose;help'= {
            cand jwk 'Generate, inspect and convert JSON Web Keys'
            cand jws 'Sign and verify JWS (compact and JSON serialization)'
            cand jwt 'Sign, verify and decode JSON Web Tokens'
            cand jwe 'Encrypt and decrypt JWE (compact and JSON serialization)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;jose;help;jwk'= {
            cand generate 'Generate a private JWK (kid defaults to its RFC 7638 thumbprint)'
            cand public 'Print the public part of a key as a JWK (or a JWKS for a key set)'
            cand thumbprint 'Print the RFC 7638 thumbprint (SHA-256, base64url) of a key'
            cand convert 'Convert a key between JWK, PEM and DER (PKCS#8 / SPKI)'
        }
        &'cu;jose;help;jwk;generate'= {
        }
        &'cu;jose;help;jwk;public'= {
        }
        &'cu;jose;help;jwk;thumbprint'= {
        }
        &'cu;jose;help;jwk;convert'= {
        }
        &'cu;jose;help;jws'= {
            cand sign 'Sign a payload as a JWS'
            cand verify 'Verify a JWS and print its payload'
        }
        &'cu;jose;help;jws;sign'= {
        }
        &'cu;jose;help;jws;verify'= {
        }
        &'cu;jose;help;jwt'= {
            cand sign 'Sign claims as a JWT'
            cand verify 'Verify a JWT''s signature and claims, then print the claims'
            cand decode 'Show a JWT''s header and claims WITHOUT verifying it'
        }
        &'cu;jose;help;jwt;sign'= {
        }
        &'cu;jose;help;jwt;verify'= {
        }
        &'cu;jose;help;jwt;decode'= {
        }
        &'cu;jose;help;jwe'= {
            cand encrypt 'Encrypt a payload as a JWE'
            cand decrypt 'Decrypt a JWE and print its plaintext'
        }
        &'cu;jose;help;jwe;encrypt'= {
        }
        &'cu;jose;help;jwe;decrypt'= {
        }
        &'cu;jose;help;help'= {
        }
        &'cu;completions'= {
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;help'= {
            cand jose 'JSON Web Keys, signatures, tokens and encryption (JWK, JWS, JWT, JWE)'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;help;jose'= {
            cand jwk 'Generate, inspect and convert JSON Web Keys'
            cand jws 'Sign and verify JWS (compact and JSON serialization)'
            cand jwt 'Sign, verify and decode JSON Web Tokens'
            cand jwe 'Encrypt and decrypt JWE (compact and JSON serialization)'
        }
        &'cu;help;jose;jwk'= {
            cand generate 'Generate a private JWK (kid defaults to its RFC 7638 thumbprint)'
            cand public 'Print the public part of a key as a JWK (or a JWKS for a key set)'
            cand thumbprint 'Print the RFC 7638 thumbprint (SHA-256, base64url) of a key'
            cand convert 'Convert a key between JWK, PEM and DER (PKCS#8 / SPKI)'
        }
        &'cu;help;jose;jwk;generate'= {
        }
        &'cu;help;jose;jwk;public'= {
        }
        &'cu;help;jose;jwk;thumbprint'= {
        }
        &'cu;help;jose;jwk;convert'= {
        }
        &'cu;help;jose;jws'= {
            cand sign 'Sign a payload as a JWS'
            cand verify 'Verify a JWS and print its payload'
        }
        &'cu;help;jose;jws;sign'= {
        }
        &'cu;help;jose;jws;verify'= {
        }
        &'cu;help;jose;jwt'= {
            cand sign 'Sign claims as a JWT'
            cand verify 'Verify a JWT''s signature and claims, then print the claims'
            cand decode 'Show a JWT''s header and claims WITHOUT verifying it'
        }
        &'cu;help;jose;jwt;sign'= {
        }
        &'cu;help;jose;jwt;verify'= {
        }
        &'cu;help;jose;jwt;decode'= {
        }
        &'cu;help;jose;jwe'= {
            cand encrypt 'Encrypt a payload as a JWE'
            cand decrypt 'Decrypt a JWE and print its plaintext'
        }
        &'cu;help;jose;jwe;encrypt'= {
        }
        &'cu;help;jose;jwe;decrypt'= {
        }
        &'cu;help;completions'= {
        }
        &'cu;help;help'= {
        }
    ]
    $completions[$command]
}
