
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
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand jose 'JSON Web Keys, signatures, tokens and encryption (JWK, JWS, JWT, JWE)'
            cand pki 'CA chains, certificates, CSRs, CRLs, inspection, chain validation, PKCS#12'
            cand kms 'A local key store: versioned keys under a three-tier hierarchy, and their operations'
            cand passport 'Ed25519 passports: issue, verify (one or a batch), JWKS, rotate, retire, attest'
            cand identity 'An OAuth 2.1 authorization server: serve, clients, tokens'
            cand demo 'One command from nothing to running, verified servers: KMS, identity, or both'
            cand version 'Print cu''s version; with --verbose also the cryptographic libraries built in'
            cand commands 'The command line as data: every command with its flags, exit codes, reason codes, examples'
            cand completions 'Print a shell completion script'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;jose'= {
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
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
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
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
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
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
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
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
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
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
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
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
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand sign 'Sign a payload as a JWS'
            cand verify 'Verify a JWS and print its payload (a detached one is not printed back)'
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
            cand --detached 'Leave the payload out of the output (verify with --payload); streamed, any size'
            cand --unencoded 'Unencoded payload (RFC 7797, b64: false)'
            cand --force 'Replace existing output files'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
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
            cand --payload 'The detached payload (streamed, any size; `-` for stdin)'
            cand --max-size 'Largest accepted token in bytes'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --require-all 'With several signatures, require every one to verify (default: at least one)'
            cand --allow-header-keys 'Tolerate keys carried in the header (jwk, jku, x5u, x5c); they are never used'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;jose;jws;help'= {
            cand sign 'Sign a payload as a JWS'
            cand verify 'Verify a JWS and print its payload (a detached one is not printed back)'
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
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
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
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
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
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
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
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
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
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
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
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
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
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
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
            cand verify 'Verify a JWS and print its payload (a detached one is not printed back)'
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
        &'cu;pki'= {
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand ca 'Create certificate authority chains'
            cand cert 'Issue leaf certificates for servers and clients'
            cand csr 'Create certificate signing requests and issue certificates from them'
            cand crl 'Create certificate revocation lists'
            cand inspect 'Show what a certificate, chain, CSR, CRL or key file holds'
            cand verify 'Validate a certificate chain (RFC 5280, via rustls-webpki); exit 0 valid, 2 invalid'
            cand p12 'Export and import PKCS#12 (.p12/.pfx) files'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;pki;ca'= {
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a CA chain: root → policy → issuing (length set by --levels)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;pki;ca;create'= {
            cand --out-dir 'Directory to write the chain into: created whole, or an existing empty one filled'
            cand --levels 'Number of CAs in the chain, root included (1–8)'
            cand --key-type 'key-type'
            cand --name-prefix 'Prefix of the CA names ("Acme" gives "Acme Root CA") and their O attribute'
            cand --validity 'Lifetime of each CA certificate (e.g. 10y, 5y, 90d)'
            cand --spec 'YAML or JSON spec with the levels, subjects and name constraints'
            cand --format 'format'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --force 'Replace a CA already in the directory (refused if it holds other files)'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;pki;ca;help'= {
            cand create 'Create a CA chain: root → policy → issuing (length set by --levels)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;pki;ca;help;create'= {
        }
        &'cu;pki;ca;help;help'= {
        }
        &'cu;pki;cert'= {
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand issue 'Issue a leaf certificate and key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;pki;cert;issue'= {
            cand --ca 'CA directory made by `cu pki ca create` (its issuing CA signs)'
            cand --ca-cert 'CA certificate (optionally followed by its parents) when not using --ca'
            cand --ca-key 'CA private key when not using --ca'
            cand --cn 'Subject common name'
            cand --san 'Subject alternative names: dns:NAME, ip:ADDR, uri:URI, email:ADDR (repeat or comma-separate)'
            cand --validity 'Lifetime (capped by the issuing CA''s own expiry)'
            cand --key-type 'key-type'
            cand --out-dir 'Directory for the files'
            cand --name 'File name stem (default: derived from the CN)'
            cand --format 'format'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --server 'For TLS servers (extendedKeyUsage serverAuth); the default'
            cand --client 'For TLS clients (extendedKeyUsage clientAuth)'
            cand --force 'force'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;pki;cert;help'= {
            cand issue 'Issue a leaf certificate and key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;pki;cert;help;issue'= {
        }
        &'cu;pki;cert;help;help'= {
        }
        &'cu;pki;csr'= {
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a key (or use --key) and a certificate signing request'
            cand sign 'Issue a certificate from a CSR; the CA decides usage, never the CSR'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;pki;csr;create'= {
            cand --cn 'cn'
            cand --san 'Requested SANs: dns:NAME, ip:ADDR, uri:URI, email:ADDR'
            cand --key-type 'key-type'
            cand --key 'Use this existing private key instead of generating one'
            cand --out-dir 'out-dir'
            cand --name 'name'
            cand --format 'format'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --force 'force'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;pki;csr;sign'= {
            cand --ca 'CA directory made by `cu pki ca create` (its issuing CA signs)'
            cand --ca-cert 'CA certificate (optionally followed by its parents) when not using --ca'
            cand --ca-key 'CA private key when not using --ca'
            cand --cn 'Subject CN of the certificate (default: the CSR''s CN)'
            cand --san 'Subject alternative names: dns:NAME, ip:ADDR, uri:URI, email:ADDR (repeat or comma-separate)'
            cand --validity 'Lifetime (capped by the issuing CA''s own expiry)'
            cand --out 'Write the certificate here instead of standard output'
            cand --format 'format'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --copy-sans 'Copy the SANs the CSR requests (otherwise only --san values are used)'
            cand --server 'For TLS servers (extendedKeyUsage serverAuth); the default'
            cand --client 'For TLS clients (extendedKeyUsage clientAuth)'
            cand --bundle 'Append the intermediates after the certificate'
            cand --force 'force'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;pki;csr;help'= {
            cand create 'Create a key (or use --key) and a certificate signing request'
            cand sign 'Issue a certificate from a CSR; the CA decides usage, never the CSR'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;pki;csr;help;create'= {
        }
        &'cu;pki;csr;help;sign'= {
        }
        &'cu;pki;csr;help;help'= {
        }
        &'cu;pki;crl'= {
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Sign a CRL listing revoked certificates'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;pki;crl;create'= {
            cand --ca 'CA directory made by `cu pki ca create` (its issuing CA signs)'
            cand --ca-cert 'CA certificate (optionally followed by its parents) when not using --ca'
            cand --ca-key 'CA private key when not using --ca'
            cand --revoke 'Serial number to revoke, hex (colons allowed)'
            cand --revoke-cert 'Certificate file to revoke (its serial is listed)'
            cand --number 'CRL number (increase it with every new CRL)'
            cand --next-update 'When the next CRL will be published'
            cand --out 'out'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --force 'force'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;pki;crl;help'= {
            cand create 'Sign a CRL listing revoked certificates'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;pki;crl;help;create'= {
        }
        &'cu;pki;crl;help;help'= {
        }
        &'cu;pki;inspect'= {
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;pki;verify'= {
            cand --roots 'Trusted root certificate(s)'
            cand --chain 'Untrusted intermediate certificates'
            cand --hostname 'Host name the certificate must be valid for'
            cand --ip 'IP address the certificate must be valid for'
            cand --purpose 'What the leaf must be good for [default: server under --profile web, any under rfc5280]'
            cand --profile 'Rules to validate by: web (RFC 5280 plus the CA/Browser Forum and browser rules, the Public Suffix List among them) or rfc5280 (RFC 5280 §6, as conformance suites expect). Neither accepts an MD5 or SHA-1 signature'
            cand --policy 'Acceptable certificate policy, a dotted OID (repeatable; the user-initial-policy-set of RFC 5280 §6.1.1; default anyPolicy). Needs --profile rfc5280'
            cand --crl-policy 'With --crl: require a CRL for every certificate of the path, for the leaf only, or check what the given CRLs cover'
            cand --at 'Validate at this time instead of now (RFC 3339)'
            cand --crl 'CRL to check revocation against (repeatable)'
            cand --max-intermediates 'Most intermediate certificates allowed between leaf and root'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --require-explicit-policy 'The path must be valid for at least one acceptable policy (initial-explicit-policy)'
            cand --inhibit-policy-mapping 'Policy mappings are not followed (initial-policy-mapping-inhibit)'
            cand --inhibit-any-policy 'anyPolicy in a CA certificate matches no policy (initial-any-policy-inhibit)'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;pki;p12'= {
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand export 'Bundle a certificate, its key and chain into PKCS#12 (AES-256, PBKDF2-SHA256, SHA-256 MAC)'
            cand import 'Extract the certificate, key and chain from a PKCS#12 file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;pki;p12;export'= {
            cand --cert 'cert'
            cand --key 'key'
            cand --chain 'Intermediate certificates to include'
            cand --password-file 'File holding the password (`-` for standard input)'
            cand --name 'Friendly name stored in the file (default: the certificate''s CN)'
            cand --out 'out'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --force 'force'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;pki;p12;import'= {
            cand --password-file 'password-file'
            cand --out-dir 'out-dir'
            cand --name 'File name stem (default: the certificate''s CN)'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --force 'force'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;pki;p12;help'= {
            cand export 'Bundle a certificate, its key and chain into PKCS#12 (AES-256, PBKDF2-SHA256, SHA-256 MAC)'
            cand import 'Extract the certificate, key and chain from a PKCS#12 file'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;pki;p12;help;export'= {
        }
        &'cu;pki;p12;help;import'= {
        }
        &'cu;pki;p12;help;help'= {
        }
        &'cu;pki;help'= {
            cand ca 'Create certificate authority chains'
            cand cert 'Issue leaf certificates for servers and clients'
            cand csr 'Create certificate signing requests and issue certificates from them'
            cand crl 'Create certificate revocation lists'
            cand inspect 'Show what a certificate, chain, CSR, CRL or key file holds'
            cand verify 'Validate a certificate chain (RFC 5280, via rustls-webpki); exit 0 valid, 2 invalid'
            cand p12 'Export and import PKCS#12 (.p12/.pfx) files'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;pki;help;ca'= {
            cand create 'Create a CA chain: root → policy → issuing (length set by --levels)'
        }
        &'cu;pki;help;ca;create'= {
        }
        &'cu;pki;help;cert'= {
            cand issue 'Issue a leaf certificate and key'
        }
        &'cu;pki;help;cert;issue'= {
        }
        &'cu;pki;help;csr'= {
            cand create 'Create a key (or use --key) and a certificate signing request'
            cand sign 'Issue a certificate from a CSR; the CA decides usage, never the CSR'
        }
        &'cu;pki;help;csr;create'= {
        }
        &'cu;pki;help;csr;sign'= {
        }
        &'cu;pki;help;crl'= {
            cand create 'Sign a CRL listing revoked certificates'
        }
        &'cu;pki;help;crl;create'= {
        }
        &'cu;pki;help;inspect'= {
        }
        &'cu;pki;help;verify'= {
        }
        &'cu;pki;help;p12'= {
            cand export 'Bundle a certificate, its key and chain into PKCS#12 (AES-256, PBKDF2-SHA256, SHA-256 MAC)'
            cand import 'Extract the certificate, key and chain from a PKCS#12 file'
        }
        &'cu;pki;help;p12;export'= {
        }
        &'cu;pki;help;p12;import'= {
        }
        &'cu;pki;help;help'= {
        }
        &'cu;kms'= {
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create a key store (and the default unseal file when none is given)'
            cand migrate 'Copy a whole store to another place (SQLite ↔ PostgreSQL), sealed as it is, and verify it'
            cand rotate-root 'Make a new root key and re-wrap every tenant''s intermediate keys under it'
            cand rotate-intermediate 'Make a new intermediate key for the tenant and re-wrap its content keys under it'
            cand key 'Create, list, inspect, rotate, enable, disable, delete and export keys'
            cand encrypt 'Encrypt under the key''s primary version: a compact JWE (A256KW, A256GCM, kid NAME/vN)'
            cand decrypt 'Decrypt a JWE from `cu kms encrypt`; the key and version come from its kid'
            cand rewrap 'Re-encrypt a ciphertext under the key''s newest version without revealing it'
            cand sign 'Sign with the key''s primary version: compact JWS (RS256/ES256/ES384/EdDSA) or --raw'
            cand verify 'Verify a JWS from `cu kms sign` (or a raw signature with --raw --signature)'
            cand mac 'Compute an HMAC tag: NAME/vN:TAG'
            cand mac-verify 'Check an HMAC tag made by `cu kms mac`'
            cand datakey 'Make a fresh AES-256 data key: plaintext and encrypted under the key'
            cand derive 'ECDH P-256 with a peer public key, then HKDF-SHA256 to a 32-byte key'
            cand serve 'Serve the store over HTTPS (TLS 1.3): the KMS API, plus /livez, /readyz, /metrics'
            cand realm 'File realm tools for `cu kms serve`'
            cand audit 'Check and read the audit trail of `cu kms serve`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;kms;init'= {
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;migrate'= {
            cand --from 'What to copy (PATH, sqlite:PATH or postgres://…)'
            cand --to 'Where to copy it (a new file, or an empty PostgreSQL database)'
            cand --from-password-file 'PostgreSQL password of --from (default: $PGPASSFILE / ~/.pgpass)'
            cand --to-password-file 'PostgreSQL password of --to (default: $PGPASSFILE / ~/.pgpass)'
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;rotate-root'= {
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;rotate-intermediate'= {
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;key'= {
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a key (version 1)'
            cand import 'Bring your own key: raw bytes (AES/HMAC) or a PEM/DER private key'
            cand list 'List the tenant''s keys'
            cand show 'Show a key''s type, versions and settings'
            cand rotate 'Make a new primary version; older versions keep decrypting and verifying'
            cand disable 'Stop a version from being used'
            cand enable 'Allow a disabled version again'
            cand config 'Settings: min_decrypt_version retires older versions for decrypt and verify'
            cand delete 'Delete a key and every version (all data under it becomes unreadable)'
            cand public 'The public part of an asymmetric key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;kms;key;create'= {
            cand --type 'type'
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;key;import'= {
            cand --type 'type'
            cand --in 'The key material, or `-` for standard input'
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;key;list'= {
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;key;show'= {
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;key;rotate'= {
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;key;disable'= {
            cand --key-version 'The key version (as in NAME/vN)'
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;key;enable'= {
            cand --key-version 'The key version (as in NAME/vN)'
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;key;config'= {
            cand --min-decrypt-version 'min-decrypt-version'
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;key;delete'= {
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --force 'Confirm that the data encrypted under the key is lost'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;key;public'= {
            cand --format 'format'
            cand --key-version 'One version only (default: every usable version)'
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;key;help'= {
            cand create 'Create a key (version 1)'
            cand import 'Bring your own key: raw bytes (AES/HMAC) or a PEM/DER private key'
            cand list 'List the tenant''s keys'
            cand show 'Show a key''s type, versions and settings'
            cand rotate 'Make a new primary version; older versions keep decrypting and verifying'
            cand disable 'Stop a version from being used'
            cand enable 'Allow a disabled version again'
            cand config 'Settings: min_decrypt_version retires older versions for decrypt and verify'
            cand delete 'Delete a key and every version (all data under it becomes unreadable)'
            cand public 'The public part of an asymmetric key'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;kms;key;help;create'= {
        }
        &'cu;kms;key;help;import'= {
        }
        &'cu;kms;key;help;list'= {
        }
        &'cu;kms;key;help;show'= {
        }
        &'cu;kms;key;help;rotate'= {
        }
        &'cu;kms;key;help;disable'= {
        }
        &'cu;kms;key;help;enable'= {
        }
        &'cu;kms;key;help;config'= {
        }
        &'cu;kms;key;help;delete'= {
        }
        &'cu;kms;key;help;public'= {
        }
        &'cu;kms;key;help;help'= {
        }
        &'cu;kms;encrypt'= {
            cand --aad 'Additional authenticated data (bound to the ciphertext, not secret)'
            cand --in 'in'
            cand --out 'Write the output to a file instead of standard output'
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --stream 'Chunked AES-256-GCM for large inputs, in constant memory (binary output)'
            cand --batch 'JSON Lines in ({"plaintext": base64url} or {"text": …}), JSON Lines out, in order'
            cand --force 'force'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;decrypt'= {
            cand --aad 'aad'
            cand --in 'in'
            cand --out 'Write the plaintext to a file (mode 0600) instead of standard output'
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --stream 'Decrypt a `cu kms encrypt --stream` file'
            cand --batch 'JSON Lines in ({"ciphertext": …} or one JWE per line), JSON Lines out, in order'
            cand --force 'force'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;rewrap'= {
            cand --aad 'aad'
            cand --in 'in'
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;sign'= {
            cand --in 'in'
            cand --out 'out'
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --raw 'The bare signature bytes instead of a JWS'
            cand --batch 'JSON Lines in ({"message": base64url} or {"text": …}), JSON Lines of JWS out'
            cand --force 'force'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;verify'= {
            cand --in 'The JWS, or with --raw the signed message'
            cand --signature 'signature'
            cand --key-version 'With --raw: the key version to check (default: every usable version)'
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --raw 'Verify a bare signature (given with --signature) over the message in --in'
            cand --batch 'JSON Lines in ({"jws": …} or one JWS per line), JSON Lines out, in order'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;mac'= {
            cand --in 'in'
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;mac-verify'= {
            cand --mac 'mac'
            cand --in 'in'
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;datakey'= {
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --wrapped-only 'Print only the encrypted data key'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;derive'= {
            cand --peer 'The peer''s P-256 public key (PEM or DER)'
            cand --salt 'salt'
            cand --info 'info'
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;serve'= {
            cand --config 'The server config (YAML)'
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --check-config 'Check the config (schema, store, realm, TLS files) and exit without serving'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;realm'= {
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand hash-password 'Hash a password for a realm file: $pbkdf2-sha256$ITERATIONS$SALT$HASH'
            cand api-key 'Create, list and revoke API keys for `cu kms serve` (kept in the key store)'
            cand user 'Add, list, remove users of the database realm and change their passwords (kept in the key store, shared by every `cu kms serve` on it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;kms;realm;hash-password'= {
            cand --password-file 'File holding the password; `-` is standard input'
            cand --iterations 'PBKDF2-HMAC-SHA256 iterations'
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;realm;api-key'= {
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Make an API key for a tenant; the key is shown once'
            cand list 'List API keys (every tenant''s, or --tenant''s); never their secrets'
            cand revoke 'Revoke an API key: servers refuse it from their next request'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;kms;realm;api-key;create'= {
            cand --name 'A label for people reading `api-key list`'
            cand --scope 'A scope the key grants, as in a realm file (repeat or comma-separate)'
            cand --expires 'When the key stops working: a duration from now (90d) or an RFC 3339 time'
            cand --secret-out 'Write the key to this file (0600) instead of standard output'
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;realm;api-key;list'= {
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;realm;api-key;revoke'= {
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;realm;api-key;help'= {
            cand create 'Make an API key for a tenant; the key is shown once'
            cand list 'List API keys (every tenant''s, or --tenant''s); never their secrets'
            cand revoke 'Revoke an API key: servers refuse it from their next request'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;kms;realm;api-key;help;create'= {
        }
        &'cu;kms;realm;api-key;help;list'= {
        }
        &'cu;kms;realm;api-key;help;revoke'= {
        }
        &'cu;kms;realm;api-key;help;help'= {
        }
        &'cu;kms;realm;user'= {
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a user to the database realm (the tenant is --tenant, required)'
            cand list 'List the database realm''s users (every tenant''s, or --tenant''s); never a hash'
            cand remove 'Remove a user: servers refuse the name from the next sign-in'
            cand passwd 'Change a user''s password'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;kms;realm;user;add'= {
            cand --scope 'A scope the user has, as in a realm file (repeat or comma-separate)'
            cand --kind '`user` (a person) or `service` (a program)'
            cand --password-file 'File holding the password; `-` is standard input'
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;realm;user;list'= {
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;realm;user;remove'= {
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;realm;user;passwd'= {
            cand --password-file 'File holding the new password; `-` is standard input'
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;realm;user;help'= {
            cand add 'Add a user to the database realm (the tenant is --tenant, required)'
            cand list 'List the database realm''s users (every tenant''s, or --tenant''s); never a hash'
            cand remove 'Remove a user: servers refuse the name from the next sign-in'
            cand passwd 'Change a user''s password'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;kms;realm;user;help;add'= {
        }
        &'cu;kms;realm;user;help;list'= {
        }
        &'cu;kms;realm;user;help;remove'= {
        }
        &'cu;kms;realm;user;help;passwd'= {
        }
        &'cu;kms;realm;user;help;help'= {
        }
        &'cu;kms;realm;help'= {
            cand hash-password 'Hash a password for a realm file: $pbkdf2-sha256$ITERATIONS$SALT$HASH'
            cand api-key 'Create, list and revoke API keys for `cu kms serve` (kept in the key store)'
            cand user 'Add, list, remove users of the database realm and change their passwords (kept in the key store, shared by every `cu kms serve` on it)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;kms;realm;help;hash-password'= {
        }
        &'cu;kms;realm;help;api-key'= {
            cand create 'Make an API key for a tenant; the key is shown once'
            cand list 'List API keys (every tenant''s, or --tenant''s); never their secrets'
            cand revoke 'Revoke an API key: servers refuse it from their next request'
        }
        &'cu;kms;realm;help;api-key;create'= {
        }
        &'cu;kms;realm;help;api-key;list'= {
        }
        &'cu;kms;realm;help;api-key;revoke'= {
        }
        &'cu;kms;realm;help;user'= {
            cand add 'Add a user to the database realm (the tenant is --tenant, required)'
            cand list 'List the database realm''s users (every tenant''s, or --tenant''s); never a hash'
            cand remove 'Remove a user: servers refuse the name from the next sign-in'
            cand passwd 'Change a user''s password'
        }
        &'cu;kms;realm;help;user;add'= {
        }
        &'cu;kms;realm;help;user;list'= {
        }
        &'cu;kms;realm;help;user;remove'= {
        }
        &'cu;kms;realm;help;user;passwd'= {
        }
        &'cu;kms;realm;help;help'= {
        }
        &'cu;kms;audit'= {
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand verify 'Check a trail: every record chained to the one before, every checkpoint signed'
            cand hmac 'Print the HMAC a record keeps of a sensitive value (read from stdin), to search by it'
            cand search 'Print the records that match, one JSON object per line'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;kms;audit;verify'= {
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --continues 'The oldest files were removed: the first record may come after others'
            cand --in-store 'Check the trail kept in the store (`audit.store: true`) instead of a file'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;audit;hmac'= {
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;audit;search'= {
            cand --key 'key'
            cand --principal 'principal'
            cand --op 'The operation: encrypt, decrypt, create, rotate, console_sign_in, …'
            cand --since 'Records at or after this time (RFC 3339)'
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --in-store 'Read the trail kept in the store instead of a file'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;kms;audit;help'= {
            cand verify 'Check a trail: every record chained to the one before, every checkpoint signed'
            cand hmac 'Print the HMAC a record keeps of a sensitive value (read from stdin), to search by it'
            cand search 'Print the records that match, one JSON object per line'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;kms;audit;help;verify'= {
        }
        &'cu;kms;audit;help;hmac'= {
        }
        &'cu;kms;audit;help;search'= {
        }
        &'cu;kms;audit;help;help'= {
        }
        &'cu;kms;help'= {
            cand init 'Create a key store (and the default unseal file when none is given)'
            cand migrate 'Copy a whole store to another place (SQLite ↔ PostgreSQL), sealed as it is, and verify it'
            cand rotate-root 'Make a new root key and re-wrap every tenant''s intermediate keys under it'
            cand rotate-intermediate 'Make a new intermediate key for the tenant and re-wrap its content keys under it'
            cand key 'Create, list, inspect, rotate, enable, disable, delete and export keys'
            cand encrypt 'Encrypt under the key''s primary version: a compact JWE (A256KW, A256GCM, kid NAME/vN)'
            cand decrypt 'Decrypt a JWE from `cu kms encrypt`; the key and version come from its kid'
            cand rewrap 'Re-encrypt a ciphertext under the key''s newest version without revealing it'
            cand sign 'Sign with the key''s primary version: compact JWS (RS256/ES256/ES384/EdDSA) or --raw'
            cand verify 'Verify a JWS from `cu kms sign` (or a raw signature with --raw --signature)'
            cand mac 'Compute an HMAC tag: NAME/vN:TAG'
            cand mac-verify 'Check an HMAC tag made by `cu kms mac`'
            cand datakey 'Make a fresh AES-256 data key: plaintext and encrypted under the key'
            cand derive 'ECDH P-256 with a peer public key, then HKDF-SHA256 to a 32-byte key'
            cand serve 'Serve the store over HTTPS (TLS 1.3): the KMS API, plus /livez, /readyz, /metrics'
            cand realm 'File realm tools for `cu kms serve`'
            cand audit 'Check and read the audit trail of `cu kms serve`'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;kms;help;init'= {
        }
        &'cu;kms;help;migrate'= {
        }
        &'cu;kms;help;rotate-root'= {
        }
        &'cu;kms;help;rotate-intermediate'= {
        }
        &'cu;kms;help;key'= {
            cand create 'Create a key (version 1)'
            cand import 'Bring your own key: raw bytes (AES/HMAC) or a PEM/DER private key'
            cand list 'List the tenant''s keys'
            cand show 'Show a key''s type, versions and settings'
            cand rotate 'Make a new primary version; older versions keep decrypting and verifying'
            cand disable 'Stop a version from being used'
            cand enable 'Allow a disabled version again'
            cand config 'Settings: min_decrypt_version retires older versions for decrypt and verify'
            cand delete 'Delete a key and every version (all data under it becomes unreadable)'
            cand public 'The public part of an asymmetric key'
        }
        &'cu;kms;help;key;create'= {
        }
        &'cu;kms;help;key;import'= {
        }
        &'cu;kms;help;key;list'= {
        }
        &'cu;kms;help;key;show'= {
        }
        &'cu;kms;help;key;rotate'= {
        }
        &'cu;kms;help;key;disable'= {
        }
        &'cu;kms;help;key;enable'= {
        }
        &'cu;kms;help;key;config'= {
        }
        &'cu;kms;help;key;delete'= {
        }
        &'cu;kms;help;key;public'= {
        }
        &'cu;kms;help;encrypt'= {
        }
        &'cu;kms;help;decrypt'= {
        }
        &'cu;kms;help;rewrap'= {
        }
        &'cu;kms;help;sign'= {
        }
        &'cu;kms;help;verify'= {
        }
        &'cu;kms;help;mac'= {
        }
        &'cu;kms;help;mac-verify'= {
        }
        &'cu;kms;help;datakey'= {
        }
        &'cu;kms;help;derive'= {
        }
        &'cu;kms;help;serve'= {
        }
        &'cu;kms;help;realm'= {
            cand hash-password 'Hash a password for a realm file: $pbkdf2-sha256$ITERATIONS$SALT$HASH'
            cand api-key 'Create, list and revoke API keys for `cu kms serve` (kept in the key store)'
            cand user 'Add, list, remove users of the database realm and change their passwords (kept in the key store, shared by every `cu kms serve` on it)'
        }
        &'cu;kms;help;realm;hash-password'= {
        }
        &'cu;kms;help;realm;api-key'= {
            cand create 'Make an API key for a tenant; the key is shown once'
            cand list 'List API keys (every tenant''s, or --tenant''s); never their secrets'
            cand revoke 'Revoke an API key: servers refuse it from their next request'
        }
        &'cu;kms;help;realm;api-key;create'= {
        }
        &'cu;kms;help;realm;api-key;list'= {
        }
        &'cu;kms;help;realm;api-key;revoke'= {
        }
        &'cu;kms;help;realm;user'= {
            cand add 'Add a user to the database realm (the tenant is --tenant, required)'
            cand list 'List the database realm''s users (every tenant''s, or --tenant''s); never a hash'
            cand remove 'Remove a user: servers refuse the name from the next sign-in'
            cand passwd 'Change a user''s password'
        }
        &'cu;kms;help;realm;user;add'= {
        }
        &'cu;kms;help;realm;user;list'= {
        }
        &'cu;kms;help;realm;user;remove'= {
        }
        &'cu;kms;help;realm;user;passwd'= {
        }
        &'cu;kms;help;audit'= {
            cand verify 'Check a trail: every record chained to the one before, every checkpoint signed'
            cand hmac 'Print the HMAC a record keeps of a sensitive value (read from stdin), to search by it'
            cand search 'Print the records that match, one JSON object per line'
        }
        &'cu;kms;help;audit;verify'= {
        }
        &'cu;kms;help;audit;hmac'= {
        }
        &'cu;kms;help;audit;search'= {
        }
        &'cu;kms;help;help'= {
        }
        &'cu;passport'= {
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Use this `cu passport serve` (https://HOST:PORT) instead of the local store: same output, reason codes and exit codes'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --keyring 'The keyring: its key is the KMS key `passport.<keyring>`'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand issue 'Issue a passport: compact <msg>.<sig> (text), or the envelope (--output json)'
            cand verify 'Verify passports; exit 0 with the payload, or 2 with one reason code'
            cand keys 'Print the keyring''s public keys as a JWKS (current and every version not retired)'
            cand rotate 'Make a new current version; older versions keep verifying until retired'
            cand retire 'Retire a version: passports it signed stop verifying'
            cand attest 'Describe the keyring: algorithm, current kid, every version with its creation time, build'
            cand serve 'Serve passports over HTTPS (TLS 1.3): issue, verify, verify_batch, keys, admin'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;passport;issue'= {
            cand --sub 'Subject: who the passport is about'
            cand --aud 'Audience (repeatable): who may accept the passport'
            cand --scope 'Scope granted (repeatable)'
            cand --ttl 'Lifetime from now, e.g. 15m, 1h'
            cand --max-ttl 'The longest TTL this issuer allows'
            cand --nbf 'Not valid before: +5m, RFC 3339, or Unix seconds'
            cand --nonce 'A nonce: `auto` for 128 random bits, or a value of your own'
            cand --ctx 'Context claim NAME=VALUE (repeatable; VALUE is JSON when it parses as JSON)'
            cand --iss 'Issuer'
            cand --in 'The requests for --batch; `-` is standard input'
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Use this `cu passport serve` (https://HOST:PORT) instead of the local store: same output, reason codes and exit codes'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --keyring 'The keyring: its key is the KMS key `passport.<keyring>`'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --batch 'Issue one passport per JSON Lines request ({"sub","aud","scopes","ttl","nbf","nonce","ctx"}; the flags give the defaults). All lines are issued, or none: one bad request fails the run'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;passport;verify'= {
            cand --in 'The passport (envelope or compact), or JSON Lines with --batch; `-` is standard input'
            cand --aud 'Accepted audience (repeatable; the passport must name one of them)'
            cand --require-scope 'A scope the passport must carry (repeatable)'
            cand --skew 'Clock skew allowed on exp, nbf and iat'
            cand --jwks 'Verify with the keys of this JWKS file instead of the store'
            cand --max-size 'Refuse passports larger than this many bytes (too_large)'
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Use this `cu passport serve` (https://HOST:PORT) instead of the local store: same output, reason codes and exit codes'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --keyring 'The keyring: its key is the KMS key `passport.<keyring>`'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-audience-check 'Accept any audience (the audience check is on unless this is given)'
            cand --batch 'JSON Lines in (one passport per line), one JSON result per line out'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;passport;keys'= {
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Use this `cu passport serve` (https://HOST:PORT) instead of the local store: same output, reason codes and exit codes'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --keyring 'The keyring: its key is the KMS key `passport.<keyring>`'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;passport;rotate'= {
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Use this `cu passport serve` (https://HOST:PORT) instead of the local store: same output, reason codes and exit codes'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --keyring 'The keyring: its key is the KMS key `passport.<keyring>`'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;passport;retire'= {
            cand --key-version 'The version to retire (not the current one)'
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Use this `cu passport serve` (https://HOST:PORT) instead of the local store: same output, reason codes and exit codes'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --keyring 'The keyring: its key is the KMS key `passport.<keyring>`'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;passport;attest'= {
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Use this `cu passport serve` (https://HOST:PORT) instead of the local store: same output, reason codes and exit codes'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --keyring 'The keyring: its key is the KMS key `passport.<keyring>`'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;passport;serve'= {
            cand --config 'The server config (YAML)'
            cand --store 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)'
            cand --store-password-file 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --tenant 'Tenant (UUIDv4); each tenant''s keys live in their own database'
            cand --unseal-file 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)'
            cand --passphrase-file 'File (or `-`) holding the passphrase for a passphrase-unsealed store'
            cand --server 'Use this `cu passport serve` (https://HOST:PORT) instead of the local store: same output, reason codes and exit codes'
            cand --ca 'The CA (PEM) the server certificate must chain to; nothing else is trusted'
            cand --user 'User or service name for HTTP Basic'
            cand --password-file 'File (or `-`) holding the password for --user'
            cand --token-file 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user'
            cand --client-cert 'Client certificate chain (PEM) for mutual TLS'
            cand --client-key 'Key of the client certificate'
            cand --keyring 'The keyring: its key is the KMS key `passport.<keyring>`'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --check-config 'Check the config (schema, store, realm, TLS files) and exit without serving'
            cand --amnesia 'Keep nothing but the store''s keys: errors are the only log lines, and a config that asks for an audit trail, a log file or telemetry export is refused'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;passport;help'= {
            cand issue 'Issue a passport: compact <msg>.<sig> (text), or the envelope (--output json)'
            cand verify 'Verify passports; exit 0 with the payload, or 2 with one reason code'
            cand keys 'Print the keyring''s public keys as a JWKS (current and every version not retired)'
            cand rotate 'Make a new current version; older versions keep verifying until retired'
            cand retire 'Retire a version: passports it signed stop verifying'
            cand attest 'Describe the keyring: algorithm, current kid, every version with its creation time, build'
            cand serve 'Serve passports over HTTPS (TLS 1.3): issue, verify, verify_batch, keys, admin'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;passport;help;issue'= {
        }
        &'cu;passport;help;verify'= {
        }
        &'cu;passport;help;keys'= {
        }
        &'cu;passport;help;rotate'= {
        }
        &'cu;passport;help;retire'= {
        }
        &'cu;passport;help;attest'= {
        }
        &'cu;passport;help;serve'= {
        }
        &'cu;passport;help;help'= {
        }
        &'cu;identity'= {
            cand --state 'The identity server''s state: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_IDENTITY_STATE, else $XDG_DATA_HOME/cu/identity.db)'
            cand --state-password-file 'File holding the PostgreSQL password of --state (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand serve 'Serve OAuth 2.1 over HTTPS (TLS 1.3): discovery, JWKS, token, introspection, revocation'
            cand client 'Register, list and re-key OAuth clients'
            cand rotate-signing-key 'Make a new token signing key; the old one stays in the JWKS until its tokens expire'
            cand migrate 'Copy the whole identity state (clients, sessions, codes, tokens, revocations) from one store to another and verify the copy'
            cand token 'Get an access token with client credentials and print it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;identity;serve'= {
            cand --config 'The server config (YAML)'
            cand --state 'The identity server''s state: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_IDENTITY_STATE, else $XDG_DATA_HOME/cu/identity.db)'
            cand --state-password-file 'File holding the PostgreSQL password of --state (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --check-config 'Check the config and exit without serving'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;identity;client'= {
            cand --config 'The identity server''s config: the clients of its state (with the config''s state_password_file), and with `audit: {store: true}` a record of each change in its audit trail (with --state instead, changes are not recorded)'
            cand --state 'The identity server''s state: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_IDENTITY_STATE, else $XDG_DATA_HOME/cu/identity.db)'
            cand --state-password-file 'File holding the PostgreSQL password of --state (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Register a client; a confidential one gets a secret, shown once'
            cand list 'List the clients'
            cand rotate-secret 'Give a confidential client a new secret; the old one stops working at once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;identity;client;create'= {
            cand --tenant 'The tenant (UUIDv4) its tokens act for (the tenant_id claim)'
            cand --redirect-uri 'Allowed redirect URI, matched exactly (repeatable)'
            cand --scope 'Scope the client may ask for (repeatable)'
            cand --grant-type 'Grant type the client may use (repeatable; default: authorization_code and refresh_token with redirect URIs, else client_credentials)'
            cand --secret-out 'Write the secret to this file (0600) instead of standard output'
            cand --state 'The identity server''s state: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_IDENTITY_STATE, else $XDG_DATA_HOME/cu/identity.db)'
            cand --state-password-file 'File holding the PostgreSQL password of --state (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --public 'A public client (PKCE only, no secret)'
            cand --resource-server 'A resource server (such as the KMS): it may introspect every client''s tokens'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;identity;client;list'= {
            cand --state 'The identity server''s state: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_IDENTITY_STATE, else $XDG_DATA_HOME/cu/identity.db)'
            cand --state-password-file 'File holding the PostgreSQL password of --state (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;identity;client;rotate-secret'= {
            cand --secret-out 'Write the secret to this file (0600) instead of standard output'
            cand --state 'The identity server''s state: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_IDENTITY_STATE, else $XDG_DATA_HOME/cu/identity.db)'
            cand --state-password-file 'File holding the PostgreSQL password of --state (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;identity;client;help'= {
            cand create 'Register a client; a confidential one gets a secret, shown once'
            cand list 'List the clients'
            cand rotate-secret 'Give a confidential client a new secret; the old one stops working at once'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;identity;client;help;create'= {
        }
        &'cu;identity;client;help;list'= {
        }
        &'cu;identity;client;help;rotate-secret'= {
        }
        &'cu;identity;client;help;help'= {
        }
        &'cu;identity;rotate-signing-key'= {
            cand --config 'The server config (YAML) naming the key store'
            cand --state 'The identity server''s state: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_IDENTITY_STATE, else $XDG_DATA_HOME/cu/identity.db)'
            cand --state-password-file 'File holding the PostgreSQL password of --state (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;identity;migrate'= {
            cand --from 'What to copy (PATH, sqlite:PATH or postgres://…)'
            cand --to 'Where to copy it (a new file, or an empty PostgreSQL database)'
            cand --from-password-file 'PostgreSQL password of --from (default: $PGPASSFILE / ~/.pgpass)'
            cand --to-password-file 'PostgreSQL password of --to (default: $PGPASSFILE / ~/.pgpass)'
            cand --state 'The identity server''s state: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_IDENTITY_STATE, else $XDG_DATA_HOME/cu/identity.db)'
            cand --state-password-file 'File holding the PostgreSQL password of --state (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;identity;token'= {
            cand --server 'The identity server (https://HOST:PORT)'
            cand --ca 'The CA (PEM) the server certificate must chain to'
            cand --client-id 'client-id'
            cand --client-secret-file 'File (or `-`) holding the client secret'
            cand --scope 'Scope to ask for (repeatable; default: all the client may have)'
            cand --state 'The identity server''s state: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_IDENTITY_STATE, else $XDG_DATA_HOME/cu/identity.db)'
            cand --state-password-file 'File holding the PostgreSQL password of --state (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;identity;help'= {
            cand serve 'Serve OAuth 2.1 over HTTPS (TLS 1.3): discovery, JWKS, token, introspection, revocation'
            cand client 'Register, list and re-key OAuth clients'
            cand rotate-signing-key 'Make a new token signing key; the old one stays in the JWKS until its tokens expire'
            cand migrate 'Copy the whole identity state (clients, sessions, codes, tokens, revocations) from one store to another and verify the copy'
            cand token 'Get an access token with client credentials and print it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'cu;identity;help;serve'= {
        }
        &'cu;identity;help;client'= {
            cand create 'Register a client; a confidential one gets a secret, shown once'
            cand list 'List the clients'
            cand rotate-secret 'Give a confidential client a new secret; the old one stops working at once'
        }
        &'cu;identity;help;client;create'= {
        }
        &'cu;identity;help;client;list'= {
        }
        &'cu;identity;help;client;rotate-secret'= {
        }
        &'cu;identity;help;rotate-signing-key'= {
        }
        &'cu;identity;help;migrate'= {
        }
        &'cu;identity;help;token'= {
        }
        &'cu;identity;help;help'= {
        }
        &'cu;demo'= {
            cand --data-dir 'Where demo data lives and is reused (default: $XDG_DATA_HOME/cu/demo)'
            cand --port-offset 'Add this to the default ports (8081, 8082, 9090, 9091)'
            cand --postgres 'Keep the key store and the identity state in PostgreSQL: at URL (postgres://USER@HOST:PORT/DB, password from --postgres-password-file or $PGPASSFILE), or without one in a throwaway cluster (Debian''s initdb, a free port, a temporary directory removed on exit)'
            cand --postgres-password-file 'File holding the password of --postgres URL'
            cand --kms-instances 'KMS servers to start on the one PostgreSQL store (needs --postgres); the checks then cross them: a key made on one is used and rotated on another, old data decrypted on a third'
            cand --otlp-endpoint 'Send every server''s traces to this OTLP/HTTP collector (http://HOST:4318)'
            cand --ready-timeout 'How long to wait for each server''s /readyz'
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --check 'Stop after the summary instead of serving (CI and tests)'
            cand --ephemeral 'Use a temporary data directory, removed at the end'
            cand --reset-demo 'Wipe the data directory first'
            cand --fail-fast 'Stop at the first failing step'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;version'= {
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;commands'= {
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;completions'= {
            cand --output 'Output format: text for people and pipes, json for one stable document'
            cand --now 'Fix the clock (RFC 3339), for reproducible tests'
            cand --no-color 'Never use color (also honoured: NO_COLOR, CI=true)'
            cand -q 'Print no warnings or notes on stderr (errors still print)'
            cand --quiet 'Print no warnings or notes on stderr (errors still print)'
            cand -v 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand --verbose 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'cu;help'= {
            cand jose 'JSON Web Keys, signatures, tokens and encryption (JWK, JWS, JWT, JWE)'
            cand pki 'CA chains, certificates, CSRs, CRLs, inspection, chain validation, PKCS#12'
            cand kms 'A local key store: versioned keys under a three-tier hierarchy, and their operations'
            cand passport 'Ed25519 passports: issue, verify (one or a batch), JWKS, rotate, retire, attest'
            cand identity 'An OAuth 2.1 authorization server: serve, clients, tokens'
            cand demo 'One command from nothing to running, verified servers: KMS, identity, or both'
            cand version 'Print cu''s version; with --verbose also the cryptographic libraries built in'
            cand commands 'The command line as data: every command with its flags, exit codes, reason codes, examples'
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
            cand verify 'Verify a JWS and print its payload (a detached one is not printed back)'
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
        &'cu;help;pki'= {
            cand ca 'Create certificate authority chains'
            cand cert 'Issue leaf certificates for servers and clients'
            cand csr 'Create certificate signing requests and issue certificates from them'
            cand crl 'Create certificate revocation lists'
            cand inspect 'Show what a certificate, chain, CSR, CRL or key file holds'
            cand verify 'Validate a certificate chain (RFC 5280, via rustls-webpki); exit 0 valid, 2 invalid'
            cand p12 'Export and import PKCS#12 (.p12/.pfx) files'
        }
        &'cu;help;pki;ca'= {
            cand create 'Create a CA chain: root → policy → issuing (length set by --levels)'
        }
        &'cu;help;pki;ca;create'= {
        }
        &'cu;help;pki;cert'= {
            cand issue 'Issue a leaf certificate and key'
        }
        &'cu;help;pki;cert;issue'= {
        }
        &'cu;help;pki;csr'= {
            cand create 'Create a key (or use --key) and a certificate signing request'
            cand sign 'Issue a certificate from a CSR; the CA decides usage, never the CSR'
        }
        &'cu;help;pki;csr;create'= {
        }
        &'cu;help;pki;csr;sign'= {
        }
        &'cu;help;pki;crl'= {
            cand create 'Sign a CRL listing revoked certificates'
        }
        &'cu;help;pki;crl;create'= {
        }
        &'cu;help;pki;inspect'= {
        }
        &'cu;help;pki;verify'= {
        }
        &'cu;help;pki;p12'= {
            cand export 'Bundle a certificate, its key and chain into PKCS#12 (AES-256, PBKDF2-SHA256, SHA-256 MAC)'
            cand import 'Extract the certificate, key and chain from a PKCS#12 file'
        }
        &'cu;help;pki;p12;export'= {
        }
        &'cu;help;pki;p12;import'= {
        }
        &'cu;help;kms'= {
            cand init 'Create a key store (and the default unseal file when none is given)'
            cand migrate 'Copy a whole store to another place (SQLite ↔ PostgreSQL), sealed as it is, and verify it'
            cand rotate-root 'Make a new root key and re-wrap every tenant''s intermediate keys under it'
            cand rotate-intermediate 'Make a new intermediate key for the tenant and re-wrap its content keys under it'
            cand key 'Create, list, inspect, rotate, enable, disable, delete and export keys'
            cand encrypt 'Encrypt under the key''s primary version: a compact JWE (A256KW, A256GCM, kid NAME/vN)'
            cand decrypt 'Decrypt a JWE from `cu kms encrypt`; the key and version come from its kid'
            cand rewrap 'Re-encrypt a ciphertext under the key''s newest version without revealing it'
            cand sign 'Sign with the key''s primary version: compact JWS (RS256/ES256/ES384/EdDSA) or --raw'
            cand verify 'Verify a JWS from `cu kms sign` (or a raw signature with --raw --signature)'
            cand mac 'Compute an HMAC tag: NAME/vN:TAG'
            cand mac-verify 'Check an HMAC tag made by `cu kms mac`'
            cand datakey 'Make a fresh AES-256 data key: plaintext and encrypted under the key'
            cand derive 'ECDH P-256 with a peer public key, then HKDF-SHA256 to a 32-byte key'
            cand serve 'Serve the store over HTTPS (TLS 1.3): the KMS API, plus /livez, /readyz, /metrics'
            cand realm 'File realm tools for `cu kms serve`'
            cand audit 'Check and read the audit trail of `cu kms serve`'
        }
        &'cu;help;kms;init'= {
        }
        &'cu;help;kms;migrate'= {
        }
        &'cu;help;kms;rotate-root'= {
        }
        &'cu;help;kms;rotate-intermediate'= {
        }
        &'cu;help;kms;key'= {
            cand create 'Create a key (version 1)'
            cand import 'Bring your own key: raw bytes (AES/HMAC) or a PEM/DER private key'
            cand list 'List the tenant''s keys'
            cand show 'Show a key''s type, versions and settings'
            cand rotate 'Make a new primary version; older versions keep decrypting and verifying'
            cand disable 'Stop a version from being used'
            cand enable 'Allow a disabled version again'
            cand config 'Settings: min_decrypt_version retires older versions for decrypt and verify'
            cand delete 'Delete a key and every version (all data under it becomes unreadable)'
            cand public 'The public part of an asymmetric key'
        }
        &'cu;help;kms;key;create'= {
        }
        &'cu;help;kms;key;import'= {
        }
        &'cu;help;kms;key;list'= {
        }
        &'cu;help;kms;key;show'= {
        }
        &'cu;help;kms;key;rotate'= {
        }
        &'cu;help;kms;key;disable'= {
        }
        &'cu;help;kms;key;enable'= {
        }
        &'cu;help;kms;key;config'= {
        }
        &'cu;help;kms;key;delete'= {
        }
        &'cu;help;kms;key;public'= {
        }
        &'cu;help;kms;encrypt'= {
        }
        &'cu;help;kms;decrypt'= {
        }
        &'cu;help;kms;rewrap'= {
        }
        &'cu;help;kms;sign'= {
        }
        &'cu;help;kms;verify'= {
        }
        &'cu;help;kms;mac'= {
        }
        &'cu;help;kms;mac-verify'= {
        }
        &'cu;help;kms;datakey'= {
        }
        &'cu;help;kms;derive'= {
        }
        &'cu;help;kms;serve'= {
        }
        &'cu;help;kms;realm'= {
            cand hash-password 'Hash a password for a realm file: $pbkdf2-sha256$ITERATIONS$SALT$HASH'
            cand api-key 'Create, list and revoke API keys for `cu kms serve` (kept in the key store)'
            cand user 'Add, list, remove users of the database realm and change their passwords (kept in the key store, shared by every `cu kms serve` on it)'
        }
        &'cu;help;kms;realm;hash-password'= {
        }
        &'cu;help;kms;realm;api-key'= {
            cand create 'Make an API key for a tenant; the key is shown once'
            cand list 'List API keys (every tenant''s, or --tenant''s); never their secrets'
            cand revoke 'Revoke an API key: servers refuse it from their next request'
        }
        &'cu;help;kms;realm;api-key;create'= {
        }
        &'cu;help;kms;realm;api-key;list'= {
        }
        &'cu;help;kms;realm;api-key;revoke'= {
        }
        &'cu;help;kms;realm;user'= {
            cand add 'Add a user to the database realm (the tenant is --tenant, required)'
            cand list 'List the database realm''s users (every tenant''s, or --tenant''s); never a hash'
            cand remove 'Remove a user: servers refuse the name from the next sign-in'
            cand passwd 'Change a user''s password'
        }
        &'cu;help;kms;realm;user;add'= {
        }
        &'cu;help;kms;realm;user;list'= {
        }
        &'cu;help;kms;realm;user;remove'= {
        }
        &'cu;help;kms;realm;user;passwd'= {
        }
        &'cu;help;kms;audit'= {
            cand verify 'Check a trail: every record chained to the one before, every checkpoint signed'
            cand hmac 'Print the HMAC a record keeps of a sensitive value (read from stdin), to search by it'
            cand search 'Print the records that match, one JSON object per line'
        }
        &'cu;help;kms;audit;verify'= {
        }
        &'cu;help;kms;audit;hmac'= {
        }
        &'cu;help;kms;audit;search'= {
        }
        &'cu;help;passport'= {
            cand issue 'Issue a passport: compact <msg>.<sig> (text), or the envelope (--output json)'
            cand verify 'Verify passports; exit 0 with the payload, or 2 with one reason code'
            cand keys 'Print the keyring''s public keys as a JWKS (current and every version not retired)'
            cand rotate 'Make a new current version; older versions keep verifying until retired'
            cand retire 'Retire a version: passports it signed stop verifying'
            cand attest 'Describe the keyring: algorithm, current kid, every version with its creation time, build'
            cand serve 'Serve passports over HTTPS (TLS 1.3): issue, verify, verify_batch, keys, admin'
        }
        &'cu;help;passport;issue'= {
        }
        &'cu;help;passport;verify'= {
        }
        &'cu;help;passport;keys'= {
        }
        &'cu;help;passport;rotate'= {
        }
        &'cu;help;passport;retire'= {
        }
        &'cu;help;passport;attest'= {
        }
        &'cu;help;passport;serve'= {
        }
        &'cu;help;identity'= {
            cand serve 'Serve OAuth 2.1 over HTTPS (TLS 1.3): discovery, JWKS, token, introspection, revocation'
            cand client 'Register, list and re-key OAuth clients'
            cand rotate-signing-key 'Make a new token signing key; the old one stays in the JWKS until its tokens expire'
            cand migrate 'Copy the whole identity state (clients, sessions, codes, tokens, revocations) from one store to another and verify the copy'
            cand token 'Get an access token with client credentials and print it'
        }
        &'cu;help;identity;serve'= {
        }
        &'cu;help;identity;client'= {
            cand create 'Register a client; a confidential one gets a secret, shown once'
            cand list 'List the clients'
            cand rotate-secret 'Give a confidential client a new secret; the old one stops working at once'
        }
        &'cu;help;identity;client;create'= {
        }
        &'cu;help;identity;client;list'= {
        }
        &'cu;help;identity;client;rotate-secret'= {
        }
        &'cu;help;identity;rotate-signing-key'= {
        }
        &'cu;help;identity;migrate'= {
        }
        &'cu;help;identity;token'= {
        }
        &'cu;help;demo'= {
        }
        &'cu;help;version'= {
        }
        &'cu;help;commands'= {
        }
        &'cu;help;completions'= {
        }
        &'cu;help;help'= {
        }
    ]
    $completions[$command]
}
