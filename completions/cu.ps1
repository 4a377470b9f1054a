
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'cu' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'cu'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'cu' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('jose', 'jose', [CompletionResultType]::ParameterValue, 'JSON Web Keys, signatures, tokens and encryption (JWK, JWS, JWT, JWE)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;jose' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('jwk', 'jwk', [CompletionResultType]::ParameterValue, 'Generate, inspect and convert JSON Web Keys')
            [CompletionResult]::new('jws', 'jws', [CompletionResultType]::ParameterValue, 'Sign and verify JWS (compact and JSON serialization)')
            [CompletionResult]::new('jwt', 'jwt', [CompletionResultType]::ParameterValue, 'Sign, verify and decode JSON Web Tokens')
            [CompletionResult]::new('jwe', 'jwe', [CompletionResultType]::ParameterValue, 'Encrypt and decrypt JWE (compact and JSON serialization)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;jose;jwk' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate a private JWK (kid defaults to its RFC 7638 thumbprint)')
            [CompletionResult]::new('public', 'public', [CompletionResultType]::ParameterValue, 'Print the public part of a key as a JWK (or a JWKS for a key set)')
            [CompletionResult]::new('thumbprint', 'thumbprint', [CompletionResultType]::ParameterValue, 'Print the RFC 7638 thumbprint (SHA-256, base64url) of a key')
            [CompletionResult]::new('convert', 'convert', [CompletionResultType]::ParameterValue, 'Convert a key between JWK, PEM and DER (PKCS#8 / SPKI)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;jose;jwk;generate' {
            [CompletionResult]::new('--kty', '--kty', [CompletionResultType]::ParameterName, 'Key type (inferred from --alg when omitted)')
            [CompletionResult]::new('--bits', '--bits', [CompletionResultType]::ParameterName, 'RSA modulus or oct key size in bits')
            [CompletionResult]::new('--crv', '--crv', [CompletionResultType]::ParameterName, 'Curve: P-256, P-384, P-521 (EC), Ed25519, X25519 (OKP)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Algorithm the key is for (recorded as `alg`)')
            [CompletionResult]::new('--use', '--use', [CompletionResultType]::ParameterName, 'Intended use (recorded as `use`)')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Key id (default: the RFC 7638 thumbprint)')
            [CompletionResult]::new('--public-out', '--public-out', [CompletionResultType]::ParameterName, 'Also write the public JWK to FILE')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the result to FILE instead of stdout (private keys get mode 0600)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace existing output files')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;jose;jwk;public' {
            [CompletionResult]::new('--in', '--in', [CompletionResultType]::ParameterName, 'The key: JWK, JWKS, PEM or DER (`-` for stdin)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Password for an encrypted PKCS#8 key')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the result to FILE instead of stdout (private keys get mode 0600)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace existing output files')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;jose;jwk;thumbprint' {
            [CompletionResult]::new('--in', '--in', [CompletionResultType]::ParameterName, 'The key: JWK, JWKS, PEM or DER (`-` for stdin)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Password for an encrypted PKCS#8 key')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;jose;jwk;convert' {
            [CompletionResult]::new('--in', '--in', [CompletionResultType]::ParameterName, 'The key: JWK, JWKS, PEM or DER (`-` for stdin)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Output encoding')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Choose a key from a JWKS by kid')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Password for an encrypted PKCS#8 key')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the result to FILE instead of stdout (private keys get mode 0600)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'Write only the public key')
            [CompletionResult]::new('--traditional', '--traditional', [CompletionResultType]::ParameterName, 'PEM/DER in the traditional layout: PKCS#1 for RSA, SEC1 for EC private keys')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace existing output files')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;jose;jwk;help' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate a private JWK (kid defaults to its RFC 7638 thumbprint)')
            [CompletionResult]::new('public', 'public', [CompletionResultType]::ParameterValue, 'Print the public part of a key as a JWK (or a JWKS for a key set)')
            [CompletionResult]::new('thumbprint', 'thumbprint', [CompletionResultType]::ParameterValue, 'Print the RFC 7638 thumbprint (SHA-256, base64url) of a key')
            [CompletionResult]::new('convert', 'convert', [CompletionResultType]::ParameterValue, 'Convert a key between JWK, PEM and DER (PKCS#8 / SPKI)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;jose;jwk;help;generate' {
            break
        }
        'cu;jose;jwk;help;public' {
            break
        }
        'cu;jose;jwk;help;thumbprint' {
            break
        }
        'cu;jose;jwk;help;convert' {
            break
        }
        'cu;jose;jwk;help;help' {
            break
        }
        'cu;jose;jws' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a payload as a JWS')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a JWS and print its payload')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;jose;jws;sign' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Signing key (repeat for several signatures; needs --json)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Password for an encrypted PKCS#8 key')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Algorithm (default: the key''s alg, or the usual one for its type)')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Key id for the header (default: the key''s kid)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra protected header member NAME=VALUE (VALUE may be JSON)')
            [CompletionResult]::new('--unprotected', '--unprotected', [CompletionResultType]::ParameterName, 'Unprotected header member NAME=VALUE, not covered by the signature (needs --json)')
            [CompletionResult]::new('--in', '--in', [CompletionResultType]::ParameterName, 'The payload (`-` for stdin)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the result to FILE instead of stdout (private keys get mode 0600)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'JSON serialization (flattened; general with several keys)')
            [CompletionResult]::new('--detached', '--detached', [CompletionResultType]::ParameterName, 'Leave the payload out of the output (verify with --payload)')
            [CompletionResult]::new('--unencoded', '--unencoded', [CompletionResultType]::ParameterName, 'Unencoded payload (RFC 7797, b64: false)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace existing output files')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;jose;jws;verify' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Key file: JWK, JWKS, PEM or DER (`-` for stdin)')
            [CompletionResult]::new('--jwks', '--jwks', [CompletionResultType]::ParameterName, 'A JWKS file (same as --key; tokens pick their key by kid)')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'A raw HMAC secret in a file (bytes as they are)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Password for an encrypted PKCS#8 key')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Allowed algorithm (repeatable; default: from the key)')
            [CompletionResult]::new('--in', '--in', [CompletionResultType]::ParameterName, 'The JWS (`-` for stdin)')
            [CompletionResult]::new('--payload', '--payload', [CompletionResultType]::ParameterName, 'The detached payload')
            [CompletionResult]::new('--max-size', '--max-size', [CompletionResultType]::ParameterName, 'Largest accepted token in bytes')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--require-all', '--require-all', [CompletionResultType]::ParameterName, 'With several signatures, require every one to verify (default: at least one)')
            [CompletionResult]::new('--allow-header-keys', '--allow-header-keys', [CompletionResultType]::ParameterName, 'Tolerate keys carried in the header (jwk, jku, x5u, x5c); they are never used')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;jose;jws;help' {
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a payload as a JWS')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a JWS and print its payload')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;jose;jws;help;sign' {
            break
        }
        'cu;jose;jws;help;verify' {
            break
        }
        'cu;jose;jws;help;help' {
            break
        }
        'cu;jose;jwt' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign claims as a JWT')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a JWT''s signature and claims, then print the claims')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Show a JWT''s header and claims WITHOUT verifying it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;jose;jwt;sign' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Signing key: JWK, PEM or DER')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'A raw HMAC secret in a file')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Password for an encrypted PKCS#8 key')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Algorithm (default: the key''s alg, or the usual one for its type)')
            [CompletionResult]::new('--claims', '--claims', [CompletionResultType]::ParameterName, 'Claims as a JSON object (`-` for stdin)')
            [CompletionResult]::new('--claim', '--claim', [CompletionResultType]::ParameterName, 'A claim NAME=VALUE (VALUE may be JSON; repeatable)')
            [CompletionResult]::new('--iss', '--iss', [CompletionResultType]::ParameterName, 'Issuer (`iss`)')
            [CompletionResult]::new('--sub', '--sub', [CompletionResultType]::ParameterName, 'Subject (`sub`)')
            [CompletionResult]::new('--aud', '--aud', [CompletionResultType]::ParameterName, 'Audience (`aud`; repeat for several)')
            [CompletionResult]::new('--exp', '--exp', [CompletionResultType]::ParameterName, 'Expiry: +1h, RFC 3339 or unix seconds')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Not before: +5m, RFC 3339 or unix seconds')
            [CompletionResult]::new('--jti', '--jti', [CompletionResultType]::ParameterName, 'Token id (`jti`); `auto` makes a random one')
            [CompletionResult]::new('--kid', '--kid', [CompletionResultType]::ParameterName, 'Key id for the header (default: the key''s kid)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra protected header member NAME=VALUE')
            [CompletionResult]::new('--encrypt-to', '--encrypt-to', [CompletionResultType]::ParameterName, 'Then encrypt the signed JWT to this key (nested JWT)')
            [CompletionResult]::new('--jwe-alg', '--jwe-alg', [CompletionResultType]::ParameterName, 'Key-management algorithm for --encrypt-to')
            [CompletionResult]::new('--jwe-enc', '--jwe-enc', [CompletionResultType]::ParameterName, 'Content encryption for --encrypt-to')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the result to FILE instead of stdout (private keys get mode 0600)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-iat', '--no-iat', [CompletionResultType]::ParameterName, 'Leave out `iat` (issued at, default now)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace existing output files')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;jose;jwt;verify' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Key file: JWK, JWKS, PEM or DER (`-` for stdin)')
            [CompletionResult]::new('--jwks', '--jwks', [CompletionResultType]::ParameterName, 'A JWKS file (same as --key; tokens pick their key by kid)')
            [CompletionResult]::new('--secret-file', '--secret-file', [CompletionResultType]::ParameterName, 'A raw HMAC secret in a file (bytes as they are)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'Password for an encrypted PKCS#8 key')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Allowed algorithm (repeatable; default: the key''s alg or its type''s)')
            [CompletionResult]::new('--iss', '--iss', [CompletionResultType]::ParameterName, 'Required issuer')
            [CompletionResult]::new('--aud', '--aud', [CompletionResultType]::ParameterName, 'Accepted audience (repeatable); needed when the token has `aud`')
            [CompletionResult]::new('--leeway', '--leeway', [CompletionResultType]::ParameterName, 'Clock skew allowed for exp, nbf and iat')
            [CompletionResult]::new('--require', '--require', [CompletionResultType]::ParameterName, 'A claim that must be present (repeatable)')
            [CompletionResult]::new('--in', '--in', [CompletionResultType]::ParameterName, 'The token (`-` for stdin)')
            [CompletionResult]::new('--decrypt-key', '--decrypt-key', [CompletionResultType]::ParameterName, 'Decrypt a nested JWT (JWE around the JWT) with this key first')
            [CompletionResult]::new('--max-size', '--max-size', [CompletionResultType]::ParameterName, 'Largest accepted token in bytes')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-audience-check', '--no-audience-check', [CompletionResultType]::ParameterName, 'Accept any audience')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'One token per line in, one result per line out, in order')
            [CompletionResult]::new('--allow-header-keys', '--allow-header-keys', [CompletionResultType]::ParameterName, 'Tolerate keys carried in the header (jwk, jku, x5u, x5c); they are never used')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;jose;jwt;decode' {
            [CompletionResult]::new('--in', '--in', [CompletionResultType]::ParameterName, 'The token (`-` for stdin)')
            [CompletionResult]::new('--max-size', '--max-size', [CompletionResultType]::ParameterName, 'max-size')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Acknowledge that nothing is verified')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;jose;jwt;help' {
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign claims as a JWT')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a JWT''s signature and claims, then print the claims')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Show a JWT''s header and claims WITHOUT verifying it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;jose;jwt;help;sign' {
            break
        }
        'cu;jose;jwt;help;verify' {
            break
        }
        'cu;jose;jwt;help;decode' {
            break
        }
        'cu;jose;jwt;help;help' {
            break
        }
        'cu;jose;jwe' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('encrypt', 'encrypt', [CompletionResultType]::ParameterValue, 'Encrypt a payload as a JWE')
            [CompletionResult]::new('decrypt', 'decrypt', [CompletionResultType]::ParameterValue, 'Decrypt a JWE and print its plaintext')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;jose;jwe;encrypt' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Recipient key: JWK, JWKS, PEM or DER (public keys are enough for RSA and ECDH); repeat, or pass a JWKS, for several recipients (needs --json)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'A password for PBES2, from a file (`-` for stdin)')
            [CompletionResult]::new('--alg', '--alg', [CompletionResultType]::ParameterName, 'Key-management algorithm (default: from the key)')
            [CompletionResult]::new('--enc', '--enc', [CompletionResultType]::ParameterName, 'Content encryption')
            [CompletionResult]::new('--cty', '--cty', [CompletionResultType]::ParameterName, 'Content type header (`cty`)')
            [CompletionResult]::new('--header', '--header', [CompletionResultType]::ParameterName, 'Extra protected header member NAME=VALUE')
            [CompletionResult]::new('--p2c', '--p2c', [CompletionResultType]::ParameterName, 'PBES2 iteration count')
            [CompletionResult]::new('--aad', '--aad', [CompletionResultType]::ParameterName, 'Additional authenticated data from FILE (JSON serialization)')
            [CompletionResult]::new('--in', '--in', [CompletionResultType]::ParameterName, 'The plaintext (`-` for stdin)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the result to FILE instead of stdout (private keys get mode 0600)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--zip', '--zip', [CompletionResultType]::ParameterName, 'Compress before encrypting (zip: DEF)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'JSON (flattened) serialization')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace existing output files')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;jose;jwe;decrypt' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Private key, oct key or JWKS')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'A password for PBES2, from a file (`-` for stdin)')
            [CompletionResult]::new('--in', '--in', [CompletionResultType]::ParameterName, 'The JWE (`-` for stdin)')
            [CompletionResult]::new('--max-p2c', '--max-p2c', [CompletionResultType]::ParameterName, 'Largest PBES2 iteration count accepted')
            [CompletionResult]::new('--max-inflated', '--max-inflated', [CompletionResultType]::ParameterName, 'Largest plaintext accepted after decompression, in bytes')
            [CompletionResult]::new('--max-size', '--max-size', [CompletionResultType]::ParameterName, 'Largest accepted token in bytes')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the result to FILE instead of stdout (private keys get mode 0600)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--allow-header-keys', '--allow-header-keys', [CompletionResultType]::ParameterName, 'Tolerate keys carried in the header (jwk, jku, x5u, x5c); they are never used')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace existing output files')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;jose;jwe;help' {
            [CompletionResult]::new('encrypt', 'encrypt', [CompletionResultType]::ParameterValue, 'Encrypt a payload as a JWE')
            [CompletionResult]::new('decrypt', 'decrypt', [CompletionResultType]::ParameterValue, 'Decrypt a JWE and print its plaintext')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;jose;jwe;help;encrypt' {
            break
        }
        'cu;jose;jwe;help;decrypt' {
            break
        }
        'cu;jose;jwe;help;help' {
            break
        }
        'cu;jose;help' {
            [CompletionResult]::new('jwk', 'jwk', [CompletionResultType]::ParameterValue, 'Generate, inspect and convert JSON Web Keys')
            [CompletionResult]::new('jws', 'jws', [CompletionResultType]::ParameterValue, 'Sign and verify JWS (compact and JSON serialization)')
            [CompletionResult]::new('jwt', 'jwt', [CompletionResultType]::ParameterValue, 'Sign, verify and decode JSON Web Tokens')
            [CompletionResult]::new('jwe', 'jwe', [CompletionResultType]::ParameterValue, 'Encrypt and decrypt JWE (compact and JSON serialization)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;jose;help;jwk' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate a private JWK (kid defaults to its RFC 7638 thumbprint)')
            [CompletionResult]::new('public', 'public', [CompletionResultType]::ParameterValue, 'Print the public part of a key as a JWK (or a JWKS for a key set)')
            [CompletionResult]::new('thumbprint', 'thumbprint', [CompletionResultType]::ParameterValue, 'Print the RFC 7638 thumbprint (SHA-256, base64url) of a key')
            [CompletionResult]::new('convert', 'convert', [CompletionResultType]::ParameterValue, 'Convert a key between JWK, PEM and DER (PKCS#8 / SPKI)')
            break
        }
        'cu;jose;help;jwk;generate' {
            break
        }
        'cu;jose;help;jwk;public' {
            break
        }
        'cu;jose;help;jwk;thumbprint' {
            break
        }
        'cu;jose;help;jwk;convert' {
            break
        }
        'cu;jose;help;jws' {
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a payload as a JWS')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a JWS and print its payload')
            break
        }
        'cu;jose;help;jws;sign' {
            break
        }
        'cu;jose;help;jws;verify' {
            break
        }
        'cu;jose;help;jwt' {
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign claims as a JWT')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a JWT''s signature and claims, then print the claims')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Show a JWT''s header and claims WITHOUT verifying it')
            break
        }
        'cu;jose;help;jwt;sign' {
            break
        }
        'cu;jose;help;jwt;verify' {
            break
        }
        'cu;jose;help;jwt;decode' {
            break
        }
        'cu;jose;help;jwe' {
            [CompletionResult]::new('encrypt', 'encrypt', [CompletionResultType]::ParameterValue, 'Encrypt a payload as a JWE')
            [CompletionResult]::new('decrypt', 'decrypt', [CompletionResultType]::ParameterValue, 'Decrypt a JWE and print its plaintext')
            break
        }
        'cu;jose;help;jwe;encrypt' {
            break
        }
        'cu;jose;help;jwe;decrypt' {
            break
        }
        'cu;jose;help;help' {
            break
        }
        'cu;completions' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;help' {
            [CompletionResult]::new('jose', 'jose', [CompletionResultType]::ParameterValue, 'JSON Web Keys, signatures, tokens and encryption (JWK, JWS, JWT, JWE)')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;help;jose' {
            [CompletionResult]::new('jwk', 'jwk', [CompletionResultType]::ParameterValue, 'Generate, inspect and convert JSON Web Keys')
            [CompletionResult]::new('jws', 'jws', [CompletionResultType]::ParameterValue, 'Sign and verify JWS (compact and JSON serialization)')
            [CompletionResult]::new('jwt', 'jwt', [CompletionResultType]::ParameterValue, 'Sign, verify and decode JSON Web Tokens')
            [CompletionResult]::new('jwe', 'jwe', [CompletionResultType]::ParameterValue, 'Encrypt and decrypt JWE (compact and JSON serialization)')
            break
        }
        'cu;help;jose;jwk' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate a private JWK (kid defaults to its RFC 7638 thumbprint)')
            [CompletionResult]::new('public', 'public', [CompletionResultType]::ParameterValue, 'Print the public part of a key as a JWK (or a JWKS for a key set)')
            [CompletionResult]::new('thumbprint', 'thumbprint', [CompletionResultType]::ParameterValue, 'Print the RFC 7638 thumbprint (SHA-256, base64url) of a key')
            [CompletionResult]::new('convert', 'convert', [CompletionResultType]::ParameterValue, 'Convert a key between JWK, PEM and DER (PKCS#8 / SPKI)')
            break
        }
        'cu;help;jose;jwk;generate' {
            break
        }
        'cu;help;jose;jwk;public' {
            break
        }
        'cu;help;jose;jwk;thumbprint' {
            break
        }
        'cu;help;jose;jwk;convert' {
            break
        }
        'cu;help;jose;jws' {
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a payload as a JWS')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a JWS and print its payload')
            break
        }
        'cu;help;jose;jws;sign' {
            break
        }
        'cu;help;jose;jws;verify' {
            break
        }
        'cu;help;jose;jwt' {
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign claims as a JWT')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a JWT''s signature and claims, then print the claims')
            [CompletionResult]::new('decode', 'decode', [CompletionResultType]::ParameterValue, 'Show a JWT''s header and claims WITHOUT verifying it')
            break
        }
        'cu;help;jose;jwt;sign' {
            break
        }
        'cu;help;jose;jwt;verify' {
            break
        }
        'cu;help;jose;jwt;decode' {
            break
        }
        'cu;help;jose;jwe' {
            [CompletionResult]::new('encrypt', 'encrypt', [CompletionResultType]::ParameterValue, 'Encrypt a payload as a JWE')
            [CompletionResult]::new('decrypt', 'decrypt', [CompletionResultType]::ParameterValue, 'Decrypt a JWE and print its plaintext')
            break
        }
        'cu;help;jose;jwe;encrypt' {
            break
        }
        'cu;help;jose;jwe;decrypt' {
            break
        }
        'cu;help;completions' {
            break
        }
        'cu;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
