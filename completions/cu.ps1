
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
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('jose', 'jose', [CompletionResultType]::ParameterValue, 'JSON Web Keys, signatures, tokens and encryption (JWK, JWS, JWT, JWE)')
            [CompletionResult]::new('pki', 'pki', [CompletionResultType]::ParameterValue, 'CA chains, certificates, CSRs, CRLs, inspection, chain validation, PKCS#12')
            [CompletionResult]::new('kms', 'kms', [CompletionResultType]::ParameterValue, 'A local key store: versioned keys under a three-tier hierarchy, and their operations')
            [CompletionResult]::new('passport', 'passport', [CompletionResultType]::ParameterValue, 'Ed25519 passports: issue, verify (one or a batch), JWKS, rotate, retire, attest')
            [CompletionResult]::new('identity', 'identity', [CompletionResultType]::ParameterValue, 'An OAuth 2.1 authorization server: serve, clients, tokens')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'One command from nothing to running, verified servers: KMS, identity, or both')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print cu''s version; with --verbose also the cryptographic libraries built in')
            [CompletionResult]::new('commands', 'commands', [CompletionResultType]::ParameterValue, 'The command line as data: every command with its flags, exit codes, reason codes, examples')
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
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
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
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
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
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
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
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
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
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
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
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
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
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a payload as a JWS')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a JWS and print its payload (a detached one is not printed back)')
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
            [CompletionResult]::new('--detached', '--detached', [CompletionResultType]::ParameterName, 'Leave the payload out of the output (verify with --payload); streamed, any size')
            [CompletionResult]::new('--unencoded', '--unencoded', [CompletionResultType]::ParameterName, 'Unencoded payload (RFC 7797, b64: false)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace existing output files')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
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
            [CompletionResult]::new('--payload', '--payload', [CompletionResultType]::ParameterName, 'The detached payload (streamed, any size; `-` for stdin)')
            [CompletionResult]::new('--max-size', '--max-size', [CompletionResultType]::ParameterName, 'Largest accepted token in bytes')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--require-all', '--require-all', [CompletionResultType]::ParameterName, 'With several signatures, require every one to verify (default: at least one)')
            [CompletionResult]::new('--allow-header-keys', '--allow-header-keys', [CompletionResultType]::ParameterName, 'Tolerate keys carried in the header (jwk, jku, x5u, x5c); they are never used')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;jose;jws;help' {
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign a payload as a JWS')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a JWS and print its payload (a detached one is not printed back)')
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
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
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
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
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
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
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
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
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
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
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
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
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
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
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
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a JWS and print its payload (a detached one is not printed back)')
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
        'cu;pki' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('ca', 'ca', [CompletionResultType]::ParameterValue, 'Create certificate authority chains')
            [CompletionResult]::new('cert', 'cert', [CompletionResultType]::ParameterValue, 'Issue leaf certificates for servers and clients')
            [CompletionResult]::new('csr', 'csr', [CompletionResultType]::ParameterValue, 'Create certificate signing requests and issue certificates from them')
            [CompletionResult]::new('crl', 'crl', [CompletionResultType]::ParameterValue, 'Create certificate revocation lists')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show what a certificate, chain, CSR, CRL or key file holds')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Validate a certificate chain (RFC 5280, via rustls-webpki); exit 0 valid, 2 invalid')
            [CompletionResult]::new('p12', 'p12', [CompletionResultType]::ParameterValue, 'Export and import PKCS#12 (.p12/.pfx) files')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;pki;ca' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a CA chain: root → policy → issuing (length set by --levels)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;pki;ca;create' {
            [CompletionResult]::new('--out-dir', '--out-dir', [CompletionResultType]::ParameterName, 'Directory to write the chain into: created whole, or an existing empty one filled')
            [CompletionResult]::new('--levels', '--levels', [CompletionResultType]::ParameterName, 'Number of CAs in the chain, root included (1–8)')
            [CompletionResult]::new('--key-type', '--key-type', [CompletionResultType]::ParameterName, 'key-type')
            [CompletionResult]::new('--name-prefix', '--name-prefix', [CompletionResultType]::ParameterName, 'Prefix of the CA names ("Acme" gives "Acme Root CA") and their O attribute')
            [CompletionResult]::new('--validity', '--validity', [CompletionResultType]::ParameterName, 'Lifetime of each CA certificate (e.g. 10y, 5y, 90d)')
            [CompletionResult]::new('--spec', '--spec', [CompletionResultType]::ParameterName, 'YAML or JSON spec with the levels, subjects and name constraints')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace a CA already in the directory (refused if it holds other files)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;pki;ca;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a CA chain: root → policy → issuing (length set by --levels)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;pki;ca;help;create' {
            break
        }
        'cu;pki;ca;help;help' {
            break
        }
        'cu;pki;cert' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue a leaf certificate and key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;pki;cert;issue' {
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'CA directory made by `cu pki ca create` (its issuing CA signs)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (optionally followed by its parents) when not using --ca')
            [CompletionResult]::new('--ca-key', '--ca-key', [CompletionResultType]::ParameterName, 'CA private key when not using --ca')
            [CompletionResult]::new('--cn', '--cn', [CompletionResultType]::ParameterName, 'Subject common name')
            [CompletionResult]::new('--san', '--san', [CompletionResultType]::ParameterName, 'Subject alternative names: dns:NAME, ip:ADDR, uri:URI, email:ADDR (repeat or comma-separate)')
            [CompletionResult]::new('--validity', '--validity', [CompletionResultType]::ParameterName, 'Lifetime (capped by the issuing CA''s own expiry)')
            [CompletionResult]::new('--key-type', '--key-type', [CompletionResultType]::ParameterName, 'key-type')
            [CompletionResult]::new('--out-dir', '--out-dir', [CompletionResultType]::ParameterName, 'Directory for the files')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'File name stem (default: derived from the CN)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'For TLS servers (extendedKeyUsage serverAuth); the default')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'For TLS clients (extendedKeyUsage clientAuth)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'force')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;pki;cert;help' {
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue a leaf certificate and key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;pki;cert;help;issue' {
            break
        }
        'cu;pki;cert;help;help' {
            break
        }
        'cu;pki;csr' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a key (or use --key) and a certificate signing request')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Issue a certificate from a CSR; the CA decides usage, never the CSR')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;pki;csr;create' {
            [CompletionResult]::new('--cn', '--cn', [CompletionResultType]::ParameterName, 'cn')
            [CompletionResult]::new('--san', '--san', [CompletionResultType]::ParameterName, 'Requested SANs: dns:NAME, ip:ADDR, uri:URI, email:ADDR')
            [CompletionResult]::new('--key-type', '--key-type', [CompletionResultType]::ParameterName, 'key-type')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'Use this existing private key instead of generating one')
            [CompletionResult]::new('--out-dir', '--out-dir', [CompletionResultType]::ParameterName, 'out-dir')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'name')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'force')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;pki;csr;sign' {
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'CA directory made by `cu pki ca create` (its issuing CA signs)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (optionally followed by its parents) when not using --ca')
            [CompletionResult]::new('--ca-key', '--ca-key', [CompletionResultType]::ParameterName, 'CA private key when not using --ca')
            [CompletionResult]::new('--cn', '--cn', [CompletionResultType]::ParameterName, 'Subject CN of the certificate (default: the CSR''s CN)')
            [CompletionResult]::new('--san', '--san', [CompletionResultType]::ParameterName, 'Subject alternative names: dns:NAME, ip:ADDR, uri:URI, email:ADDR (repeat or comma-separate)')
            [CompletionResult]::new('--validity', '--validity', [CompletionResultType]::ParameterName, 'Lifetime (capped by the issuing CA''s own expiry)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the certificate here instead of standard output')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--copy-sans', '--copy-sans', [CompletionResultType]::ParameterName, 'Copy the SANs the CSR requests (otherwise only --san values are used)')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'For TLS servers (extendedKeyUsage serverAuth); the default')
            [CompletionResult]::new('--client', '--client', [CompletionResultType]::ParameterName, 'For TLS clients (extendedKeyUsage clientAuth)')
            [CompletionResult]::new('--bundle', '--bundle', [CompletionResultType]::ParameterName, 'Append the intermediates after the certificate')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'force')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;pki;csr;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a key (or use --key) and a certificate signing request')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Issue a certificate from a CSR; the CA decides usage, never the CSR')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;pki;csr;help;create' {
            break
        }
        'cu;pki;csr;help;sign' {
            break
        }
        'cu;pki;csr;help;help' {
            break
        }
        'cu;pki;crl' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Sign a CRL listing revoked certificates')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;pki;crl;create' {
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'CA directory made by `cu pki ca create` (its issuing CA signs)')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (optionally followed by its parents) when not using --ca')
            [CompletionResult]::new('--ca-key', '--ca-key', [CompletionResultType]::ParameterName, 'CA private key when not using --ca')
            [CompletionResult]::new('--revoke', '--revoke', [CompletionResultType]::ParameterName, 'Serial number to revoke, hex (colons allowed)')
            [CompletionResult]::new('--revoke-cert', '--revoke-cert', [CompletionResultType]::ParameterName, 'Certificate file to revoke (its serial is listed)')
            [CompletionResult]::new('--number', '--number', [CompletionResultType]::ParameterName, 'CRL number (increase it with every new CRL)')
            [CompletionResult]::new('--next-update', '--next-update', [CompletionResultType]::ParameterName, 'When the next CRL will be published')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'out')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'force')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;pki;crl;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Sign a CRL listing revoked certificates')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;pki;crl;help;create' {
            break
        }
        'cu;pki;crl;help;help' {
            break
        }
        'cu;pki;inspect' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;pki;verify' {
            [CompletionResult]::new('--roots', '--roots', [CompletionResultType]::ParameterName, 'Trusted root certificate(s)')
            [CompletionResult]::new('--chain', '--chain', [CompletionResultType]::ParameterName, 'Untrusted intermediate certificates')
            [CompletionResult]::new('--hostname', '--hostname', [CompletionResultType]::ParameterName, 'Host name the certificate must be valid for')
            [CompletionResult]::new('--ip', '--ip', [CompletionResultType]::ParameterName, 'IP address the certificate must be valid for')
            [CompletionResult]::new('--purpose', '--purpose', [CompletionResultType]::ParameterName, 'What the leaf must be good for [default: server under --profile web, any under rfc5280]')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'Rules to validate by: web (RFC 5280 plus the CA/Browser Forum and browser rules, the Public Suffix List among them) or rfc5280 (RFC 5280 §6, as conformance suites expect). Neither accepts an MD5 or SHA-1 signature')
            [CompletionResult]::new('--policy', '--policy', [CompletionResultType]::ParameterName, 'Acceptable certificate policy, a dotted OID (repeatable; the user-initial-policy-set of RFC 5280 §6.1.1; default anyPolicy). Needs --profile rfc5280')
            [CompletionResult]::new('--crl-policy', '--crl-policy', [CompletionResultType]::ParameterName, 'With --crl: require a CRL for every certificate of the path, for the leaf only, or check what the given CRLs cover')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'Validate at this time instead of now (RFC 3339)')
            [CompletionResult]::new('--crl', '--crl', [CompletionResultType]::ParameterName, 'CRL to check revocation against (repeatable)')
            [CompletionResult]::new('--max-intermediates', '--max-intermediates', [CompletionResultType]::ParameterName, 'Most intermediate certificates allowed between leaf and root')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--require-explicit-policy', '--require-explicit-policy', [CompletionResultType]::ParameterName, 'The path must be valid for at least one acceptable policy (initial-explicit-policy)')
            [CompletionResult]::new('--inhibit-policy-mapping', '--inhibit-policy-mapping', [CompletionResultType]::ParameterName, 'Policy mappings are not followed (initial-policy-mapping-inhibit)')
            [CompletionResult]::new('--inhibit-any-policy', '--inhibit-any-policy', [CompletionResultType]::ParameterName, 'anyPolicy in a CA certificate matches no policy (initial-any-policy-inhibit)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;pki;p12' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Bundle a certificate, its key and chain into PKCS#12 (AES-256, PBKDF2-SHA256, SHA-256 MAC)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Extract the certificate, key and chain from a PKCS#12 file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;pki;p12;export' {
            [CompletionResult]::new('--cert', '--cert', [CompletionResultType]::ParameterName, 'cert')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'key')
            [CompletionResult]::new('--chain', '--chain', [CompletionResultType]::ParameterName, 'Intermediate certificates to include')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File holding the password (`-` for standard input)')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Friendly name stored in the file (default: the certificate''s CN)')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'out')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'force')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;pki;p12;import' {
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'password-file')
            [CompletionResult]::new('--out-dir', '--out-dir', [CompletionResultType]::ParameterName, 'out-dir')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'File name stem (default: the certificate''s CN)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'force')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;pki;p12;help' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Bundle a certificate, its key and chain into PKCS#12 (AES-256, PBKDF2-SHA256, SHA-256 MAC)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Extract the certificate, key and chain from a PKCS#12 file')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;pki;p12;help;export' {
            break
        }
        'cu;pki;p12;help;import' {
            break
        }
        'cu;pki;p12;help;help' {
            break
        }
        'cu;pki;help' {
            [CompletionResult]::new('ca', 'ca', [CompletionResultType]::ParameterValue, 'Create certificate authority chains')
            [CompletionResult]::new('cert', 'cert', [CompletionResultType]::ParameterValue, 'Issue leaf certificates for servers and clients')
            [CompletionResult]::new('csr', 'csr', [CompletionResultType]::ParameterValue, 'Create certificate signing requests and issue certificates from them')
            [CompletionResult]::new('crl', 'crl', [CompletionResultType]::ParameterValue, 'Create certificate revocation lists')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show what a certificate, chain, CSR, CRL or key file holds')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Validate a certificate chain (RFC 5280, via rustls-webpki); exit 0 valid, 2 invalid')
            [CompletionResult]::new('p12', 'p12', [CompletionResultType]::ParameterValue, 'Export and import PKCS#12 (.p12/.pfx) files')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;pki;help;ca' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a CA chain: root → policy → issuing (length set by --levels)')
            break
        }
        'cu;pki;help;ca;create' {
            break
        }
        'cu;pki;help;cert' {
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue a leaf certificate and key')
            break
        }
        'cu;pki;help;cert;issue' {
            break
        }
        'cu;pki;help;csr' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a key (or use --key) and a certificate signing request')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Issue a certificate from a CSR; the CA decides usage, never the CSR')
            break
        }
        'cu;pki;help;csr;create' {
            break
        }
        'cu;pki;help;csr;sign' {
            break
        }
        'cu;pki;help;crl' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Sign a CRL listing revoked certificates')
            break
        }
        'cu;pki;help;crl;create' {
            break
        }
        'cu;pki;help;inspect' {
            break
        }
        'cu;pki;help;verify' {
            break
        }
        'cu;pki;help;p12' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Bundle a certificate, its key and chain into PKCS#12 (AES-256, PBKDF2-SHA256, SHA-256 MAC)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Extract the certificate, key and chain from a PKCS#12 file')
            break
        }
        'cu;pki;help;p12;export' {
            break
        }
        'cu;pki;help;p12;import' {
            break
        }
        'cu;pki;help;help' {
            break
        }
        'cu;kms' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a key store (and the default unseal file when none is given)')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Copy a whole store to another place (SQLite ↔ PostgreSQL), sealed as it is, and verify it')
            [CompletionResult]::new('rotate-root', 'rotate-root', [CompletionResultType]::ParameterValue, 'Make a new root key and re-wrap every tenant''s intermediate keys under it')
            [CompletionResult]::new('rotate-intermediate', 'rotate-intermediate', [CompletionResultType]::ParameterValue, 'Make a new intermediate key for the tenant and re-wrap its content keys under it')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Create, list, inspect, rotate, enable, disable, delete and export keys')
            [CompletionResult]::new('encrypt', 'encrypt', [CompletionResultType]::ParameterValue, 'Encrypt under the key''s primary version: a compact JWE (A256KW, A256GCM, kid NAME/vN)')
            [CompletionResult]::new('decrypt', 'decrypt', [CompletionResultType]::ParameterValue, 'Decrypt a JWE from `cu kms encrypt`; the key and version come from its kid')
            [CompletionResult]::new('rewrap', 'rewrap', [CompletionResultType]::ParameterValue, 'Re-encrypt a ciphertext under the key''s newest version without revealing it')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign with the key''s primary version: compact JWS (RS256/ES256/ES384/EdDSA) or --raw')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a JWS from `cu kms sign` (or a raw signature with --raw --signature)')
            [CompletionResult]::new('mac', 'mac', [CompletionResultType]::ParameterValue, 'Compute an HMAC tag: NAME/vN:TAG')
            [CompletionResult]::new('mac-verify', 'mac-verify', [CompletionResultType]::ParameterValue, 'Check an HMAC tag made by `cu kms mac`')
            [CompletionResult]::new('datakey', 'datakey', [CompletionResultType]::ParameterValue, 'Make a fresh AES-256 data key: plaintext and encrypted under the key')
            [CompletionResult]::new('derive', 'derive', [CompletionResultType]::ParameterValue, 'ECDH P-256 with a peer public key, then HKDF-SHA256 to a 32-byte key')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the store over HTTPS (TLS 1.3): the KMS API, plus /livez, /readyz, /metrics')
            [CompletionResult]::new('realm', 'realm', [CompletionResultType]::ParameterValue, 'File realm tools for `cu kms serve`')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Check and read the audit trail of `cu kms serve`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;kms;init' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;migrate' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'What to copy (PATH, sqlite:PATH or postgres://…)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Where to copy it (a new file, or an empty PostgreSQL database)')
            [CompletionResult]::new('--from-password-file', '--from-password-file', [CompletionResultType]::ParameterName, 'PostgreSQL password of --from (default: $PGPASSFILE / ~/.pgpass)')
            [CompletionResult]::new('--to-password-file', '--to-password-file', [CompletionResultType]::ParameterName, 'PostgreSQL password of --to (default: $PGPASSFILE / ~/.pgpass)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;rotate-root' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;rotate-intermediate' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;key' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a key (version 1)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Bring your own key: raw bytes (AES/HMAC) or a PEM/DER private key')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenant''s keys')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a key''s type, versions and settings')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Make a new primary version; older versions keep decrypting and verifying')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop a version from being used')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Allow a disabled version again')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Settings: min_decrypt_version retires older versions for decrypt and verify')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a key and every version (all data under it becomes unreadable)')
            [CompletionResult]::new('public', 'public', [CompletionResultType]::ParameterValue, 'The public part of an asymmetric key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;kms;key;create' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'type')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;key;import' {
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'type')
            [CompletionResult]::new('--in', '--in', [CompletionResultType]::ParameterName, 'The key material, or `-` for standard input')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;key;list' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;key;show' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;key;rotate' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;key;disable' {
            [CompletionResult]::new('--key-version', '--key-version', [CompletionResultType]::ParameterName, 'The key version (as in NAME/vN)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;key;enable' {
            [CompletionResult]::new('--key-version', '--key-version', [CompletionResultType]::ParameterName, 'The key version (as in NAME/vN)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;key;config' {
            [CompletionResult]::new('--min-decrypt-version', '--min-decrypt-version', [CompletionResultType]::ParameterName, 'min-decrypt-version')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;key;delete' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Confirm that the data encrypted under the key is lost')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;key;public' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'format')
            [CompletionResult]::new('--key-version', '--key-version', [CompletionResultType]::ParameterName, 'One version only (default: every usable version)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;key;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a key (version 1)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Bring your own key: raw bytes (AES/HMAC) or a PEM/DER private key')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenant''s keys')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a key''s type, versions and settings')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Make a new primary version; older versions keep decrypting and verifying')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop a version from being used')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Allow a disabled version again')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Settings: min_decrypt_version retires older versions for decrypt and verify')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a key and every version (all data under it becomes unreadable)')
            [CompletionResult]::new('public', 'public', [CompletionResultType]::ParameterValue, 'The public part of an asymmetric key')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;kms;key;help;create' {
            break
        }
        'cu;kms;key;help;import' {
            break
        }
        'cu;kms;key;help;list' {
            break
        }
        'cu;kms;key;help;show' {
            break
        }
        'cu;kms;key;help;rotate' {
            break
        }
        'cu;kms;key;help;disable' {
            break
        }
        'cu;kms;key;help;enable' {
            break
        }
        'cu;kms;key;help;config' {
            break
        }
        'cu;kms;key;help;delete' {
            break
        }
        'cu;kms;key;help;public' {
            break
        }
        'cu;kms;key;help;help' {
            break
        }
        'cu;kms;encrypt' {
            [CompletionResult]::new('--aad', '--aad', [CompletionResultType]::ParameterName, 'Additional authenticated data (bound to the ciphertext, not secret)')
            [CompletionResult]::new('--in', '--in', [CompletionResultType]::ParameterName, 'in')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the output to a file instead of standard output')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--stream', '--stream', [CompletionResultType]::ParameterName, 'Chunked AES-256-GCM for large inputs, in constant memory (binary output)')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'JSON Lines in ({"plaintext": base64url} or {"text": …}), JSON Lines out, in order')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'force')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;decrypt' {
            [CompletionResult]::new('--aad', '--aad', [CompletionResultType]::ParameterName, 'aad')
            [CompletionResult]::new('--in', '--in', [CompletionResultType]::ParameterName, 'in')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Write the plaintext to a file (mode 0600) instead of standard output')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--stream', '--stream', [CompletionResultType]::ParameterName, 'Decrypt a `cu kms encrypt --stream` file')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'JSON Lines in ({"ciphertext": …} or one JWE per line), JSON Lines out, in order')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'force')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;rewrap' {
            [CompletionResult]::new('--aad', '--aad', [CompletionResultType]::ParameterName, 'aad')
            [CompletionResult]::new('--in', '--in', [CompletionResultType]::ParameterName, 'in')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;sign' {
            [CompletionResult]::new('--in', '--in', [CompletionResultType]::ParameterName, 'in')
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'out')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'The bare signature bytes instead of a JWS')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'JSON Lines in ({"message": base64url} or {"text": …}), JSON Lines of JWS out')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'force')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;verify' {
            [CompletionResult]::new('--in', '--in', [CompletionResultType]::ParameterName, 'The JWS, or with --raw the signed message')
            [CompletionResult]::new('--signature', '--signature', [CompletionResultType]::ParameterName, 'signature')
            [CompletionResult]::new('--key-version', '--key-version', [CompletionResultType]::ParameterName, 'With --raw: the key version to check (default: every usable version)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Verify a bare signature (given with --signature) over the message in --in')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'JSON Lines in ({"jws": …} or one JWS per line), JSON Lines out, in order')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;mac' {
            [CompletionResult]::new('--in', '--in', [CompletionResultType]::ParameterName, 'in')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;mac-verify' {
            [CompletionResult]::new('--mac', '--mac', [CompletionResultType]::ParameterName, 'mac')
            [CompletionResult]::new('--in', '--in', [CompletionResultType]::ParameterName, 'in')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;datakey' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--wrapped-only', '--wrapped-only', [CompletionResultType]::ParameterName, 'Print only the encrypted data key')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;derive' {
            [CompletionResult]::new('--peer', '--peer', [CompletionResultType]::ParameterName, 'The peer''s P-256 public key (PEM or DER)')
            [CompletionResult]::new('--salt', '--salt', [CompletionResultType]::ParameterName, 'salt')
            [CompletionResult]::new('--info', '--info', [CompletionResultType]::ParameterName, 'info')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;serve' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The server config (YAML)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--check-config', '--check-config', [CompletionResultType]::ParameterName, 'Check the config (schema, store, realm, TLS files) and exit without serving')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;realm' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('hash-password', 'hash-password', [CompletionResultType]::ParameterValue, 'Hash a password for a realm file: $pbkdf2-sha256$ITERATIONS$SALT$HASH')
            [CompletionResult]::new('api-key', 'api-key', [CompletionResultType]::ParameterValue, 'Create, list and revoke API keys for `cu kms serve` (kept in the key store)')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add, list, remove users of the database realm and change their passwords (kept in the key store, shared by every `cu kms serve` on it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;kms;realm;hash-password' {
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File holding the password; `-` is standard input')
            [CompletionResult]::new('--iterations', '--iterations', [CompletionResultType]::ParameterName, 'PBKDF2-HMAC-SHA256 iterations')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;realm;api-key' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make an API key for a tenant; the key is shown once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List API keys (every tenant''s, or --tenant''s); never their secrets')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an API key: servers refuse it from their next request')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;kms;realm;api-key;create' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'A label for people reading `api-key list`')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'A scope the key grants, as in a realm file (repeat or comma-separate)')
            [CompletionResult]::new('--expires', '--expires', [CompletionResultType]::ParameterName, 'When the key stops working: a duration from now (90d) or an RFC 3339 time')
            [CompletionResult]::new('--secret-out', '--secret-out', [CompletionResultType]::ParameterName, 'Write the key to this file (0600) instead of standard output')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;realm;api-key;list' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;realm;api-key;revoke' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;realm;api-key;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make an API key for a tenant; the key is shown once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List API keys (every tenant''s, or --tenant''s); never their secrets')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an API key: servers refuse it from their next request')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;kms;realm;api-key;help;create' {
            break
        }
        'cu;kms;realm;api-key;help;list' {
            break
        }
        'cu;kms;realm;api-key;help;revoke' {
            break
        }
        'cu;kms;realm;api-key;help;help' {
            break
        }
        'cu;kms;realm;user' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user to the database realm (the tenant is --tenant, required)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the database realm''s users (every tenant''s, or --tenant''s); never a hash')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user: servers refuse the name from the next sign-in')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change a user''s password')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;kms;realm;user;add' {
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'A scope the user has, as in a realm file (repeat or comma-separate)')
            [CompletionResult]::new('--kind', '--kind', [CompletionResultType]::ParameterName, '`user` (a person) or `service` (a program)')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File holding the password; `-` is standard input')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;realm;user;list' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;realm;user;remove' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;realm;user;passwd' {
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File holding the new password; `-` is standard input')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;realm;user;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user to the database realm (the tenant is --tenant, required)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the database realm''s users (every tenant''s, or --tenant''s); never a hash')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user: servers refuse the name from the next sign-in')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change a user''s password')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;kms;realm;user;help;add' {
            break
        }
        'cu;kms;realm;user;help;list' {
            break
        }
        'cu;kms;realm;user;help;remove' {
            break
        }
        'cu;kms;realm;user;help;passwd' {
            break
        }
        'cu;kms;realm;user;help;help' {
            break
        }
        'cu;kms;realm;help' {
            [CompletionResult]::new('hash-password', 'hash-password', [CompletionResultType]::ParameterValue, 'Hash a password for a realm file: $pbkdf2-sha256$ITERATIONS$SALT$HASH')
            [CompletionResult]::new('api-key', 'api-key', [CompletionResultType]::ParameterValue, 'Create, list and revoke API keys for `cu kms serve` (kept in the key store)')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add, list, remove users of the database realm and change their passwords (kept in the key store, shared by every `cu kms serve` on it)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;kms;realm;help;hash-password' {
            break
        }
        'cu;kms;realm;help;api-key' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make an API key for a tenant; the key is shown once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List API keys (every tenant''s, or --tenant''s); never their secrets')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an API key: servers refuse it from their next request')
            break
        }
        'cu;kms;realm;help;api-key;create' {
            break
        }
        'cu;kms;realm;help;api-key;list' {
            break
        }
        'cu;kms;realm;help;api-key;revoke' {
            break
        }
        'cu;kms;realm;help;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user to the database realm (the tenant is --tenant, required)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the database realm''s users (every tenant''s, or --tenant''s); never a hash')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user: servers refuse the name from the next sign-in')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change a user''s password')
            break
        }
        'cu;kms;realm;help;user;add' {
            break
        }
        'cu;kms;realm;help;user;list' {
            break
        }
        'cu;kms;realm;help;user;remove' {
            break
        }
        'cu;kms;realm;help;user;passwd' {
            break
        }
        'cu;kms;realm;help;help' {
            break
        }
        'cu;kms;audit' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a trail: every record chained to the one before, every checkpoint signed')
            [CompletionResult]::new('hmac', 'hmac', [CompletionResultType]::ParameterValue, 'Print the HMAC a record keeps of a sensitive value (read from stdin), to search by it')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Print the records that match, one JSON object per line')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;kms;audit;verify' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--continues', '--continues', [CompletionResultType]::ParameterName, 'The oldest files were removed: the first record may come after others')
            [CompletionResult]::new('--in-store', '--in-store', [CompletionResultType]::ParameterName, 'Check the trail kept in the store (`audit.store: true`) instead of a file')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;audit;hmac' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;audit;search' {
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'key')
            [CompletionResult]::new('--principal', '--principal', [CompletionResultType]::ParameterName, 'principal')
            [CompletionResult]::new('--op', '--op', [CompletionResultType]::ParameterName, 'The operation: encrypt, decrypt, create, rotate, console_sign_in, …')
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Records at or after this time (RFC 3339)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--in-store', '--in-store', [CompletionResultType]::ParameterName, 'Read the trail kept in the store instead of a file')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;kms;audit;help' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a trail: every record chained to the one before, every checkpoint signed')
            [CompletionResult]::new('hmac', 'hmac', [CompletionResultType]::ParameterValue, 'Print the HMAC a record keeps of a sensitive value (read from stdin), to search by it')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Print the records that match, one JSON object per line')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;kms;audit;help;verify' {
            break
        }
        'cu;kms;audit;help;hmac' {
            break
        }
        'cu;kms;audit;help;search' {
            break
        }
        'cu;kms;audit;help;help' {
            break
        }
        'cu;kms;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a key store (and the default unseal file when none is given)')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Copy a whole store to another place (SQLite ↔ PostgreSQL), sealed as it is, and verify it')
            [CompletionResult]::new('rotate-root', 'rotate-root', [CompletionResultType]::ParameterValue, 'Make a new root key and re-wrap every tenant''s intermediate keys under it')
            [CompletionResult]::new('rotate-intermediate', 'rotate-intermediate', [CompletionResultType]::ParameterValue, 'Make a new intermediate key for the tenant and re-wrap its content keys under it')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Create, list, inspect, rotate, enable, disable, delete and export keys')
            [CompletionResult]::new('encrypt', 'encrypt', [CompletionResultType]::ParameterValue, 'Encrypt under the key''s primary version: a compact JWE (A256KW, A256GCM, kid NAME/vN)')
            [CompletionResult]::new('decrypt', 'decrypt', [CompletionResultType]::ParameterValue, 'Decrypt a JWE from `cu kms encrypt`; the key and version come from its kid')
            [CompletionResult]::new('rewrap', 'rewrap', [CompletionResultType]::ParameterValue, 'Re-encrypt a ciphertext under the key''s newest version without revealing it')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign with the key''s primary version: compact JWS (RS256/ES256/ES384/EdDSA) or --raw')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a JWS from `cu kms sign` (or a raw signature with --raw --signature)')
            [CompletionResult]::new('mac', 'mac', [CompletionResultType]::ParameterValue, 'Compute an HMAC tag: NAME/vN:TAG')
            [CompletionResult]::new('mac-verify', 'mac-verify', [CompletionResultType]::ParameterValue, 'Check an HMAC tag made by `cu kms mac`')
            [CompletionResult]::new('datakey', 'datakey', [CompletionResultType]::ParameterValue, 'Make a fresh AES-256 data key: plaintext and encrypted under the key')
            [CompletionResult]::new('derive', 'derive', [CompletionResultType]::ParameterValue, 'ECDH P-256 with a peer public key, then HKDF-SHA256 to a 32-byte key')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the store over HTTPS (TLS 1.3): the KMS API, plus /livez, /readyz, /metrics')
            [CompletionResult]::new('realm', 'realm', [CompletionResultType]::ParameterValue, 'File realm tools for `cu kms serve`')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Check and read the audit trail of `cu kms serve`')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;kms;help;init' {
            break
        }
        'cu;kms;help;migrate' {
            break
        }
        'cu;kms;help;rotate-root' {
            break
        }
        'cu;kms;help;rotate-intermediate' {
            break
        }
        'cu;kms;help;key' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a key (version 1)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Bring your own key: raw bytes (AES/HMAC) or a PEM/DER private key')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenant''s keys')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a key''s type, versions and settings')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Make a new primary version; older versions keep decrypting and verifying')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop a version from being used')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Allow a disabled version again')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Settings: min_decrypt_version retires older versions for decrypt and verify')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a key and every version (all data under it becomes unreadable)')
            [CompletionResult]::new('public', 'public', [CompletionResultType]::ParameterValue, 'The public part of an asymmetric key')
            break
        }
        'cu;kms;help;key;create' {
            break
        }
        'cu;kms;help;key;import' {
            break
        }
        'cu;kms;help;key;list' {
            break
        }
        'cu;kms;help;key;show' {
            break
        }
        'cu;kms;help;key;rotate' {
            break
        }
        'cu;kms;help;key;disable' {
            break
        }
        'cu;kms;help;key;enable' {
            break
        }
        'cu;kms;help;key;config' {
            break
        }
        'cu;kms;help;key;delete' {
            break
        }
        'cu;kms;help;key;public' {
            break
        }
        'cu;kms;help;encrypt' {
            break
        }
        'cu;kms;help;decrypt' {
            break
        }
        'cu;kms;help;rewrap' {
            break
        }
        'cu;kms;help;sign' {
            break
        }
        'cu;kms;help;verify' {
            break
        }
        'cu;kms;help;mac' {
            break
        }
        'cu;kms;help;mac-verify' {
            break
        }
        'cu;kms;help;datakey' {
            break
        }
        'cu;kms;help;derive' {
            break
        }
        'cu;kms;help;serve' {
            break
        }
        'cu;kms;help;realm' {
            [CompletionResult]::new('hash-password', 'hash-password', [CompletionResultType]::ParameterValue, 'Hash a password for a realm file: $pbkdf2-sha256$ITERATIONS$SALT$HASH')
            [CompletionResult]::new('api-key', 'api-key', [CompletionResultType]::ParameterValue, 'Create, list and revoke API keys for `cu kms serve` (kept in the key store)')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add, list, remove users of the database realm and change their passwords (kept in the key store, shared by every `cu kms serve` on it)')
            break
        }
        'cu;kms;help;realm;hash-password' {
            break
        }
        'cu;kms;help;realm;api-key' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make an API key for a tenant; the key is shown once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List API keys (every tenant''s, or --tenant''s); never their secrets')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an API key: servers refuse it from their next request')
            break
        }
        'cu;kms;help;realm;api-key;create' {
            break
        }
        'cu;kms;help;realm;api-key;list' {
            break
        }
        'cu;kms;help;realm;api-key;revoke' {
            break
        }
        'cu;kms;help;realm;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user to the database realm (the tenant is --tenant, required)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the database realm''s users (every tenant''s, or --tenant''s); never a hash')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user: servers refuse the name from the next sign-in')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change a user''s password')
            break
        }
        'cu;kms;help;realm;user;add' {
            break
        }
        'cu;kms;help;realm;user;list' {
            break
        }
        'cu;kms;help;realm;user;remove' {
            break
        }
        'cu;kms;help;realm;user;passwd' {
            break
        }
        'cu;kms;help;audit' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a trail: every record chained to the one before, every checkpoint signed')
            [CompletionResult]::new('hmac', 'hmac', [CompletionResultType]::ParameterValue, 'Print the HMAC a record keeps of a sensitive value (read from stdin), to search by it')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Print the records that match, one JSON object per line')
            break
        }
        'cu;kms;help;audit;verify' {
            break
        }
        'cu;kms;help;audit;hmac' {
            break
        }
        'cu;kms;help;audit;search' {
            break
        }
        'cu;kms;help;help' {
            break
        }
        'cu;passport' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Use this `cu passport serve` (https://HOST:PORT) instead of the local store: same output, reason codes and exit codes')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'The keyring: its key is the KMS key `passport.<keyring>`')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue a passport: compact <msg>.<sig> (text), or the envelope (--output json)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify passports; exit 0 with the payload, or 2 with one reason code')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Print the keyring''s public keys as a JWKS (current and every version not retired)')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Make a new current version; older versions keep verifying until retired')
            [CompletionResult]::new('retire', 'retire', [CompletionResultType]::ParameterValue, 'Retire a version: passports it signed stop verifying')
            [CompletionResult]::new('attest', 'attest', [CompletionResultType]::ParameterValue, 'Describe the keyring: algorithm, current kid, every version with its creation time, build')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve passports over HTTPS (TLS 1.3): issue, verify, verify_batch, keys, admin')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;passport;issue' {
            [CompletionResult]::new('--sub', '--sub', [CompletionResultType]::ParameterName, 'Subject: who the passport is about')
            [CompletionResult]::new('--aud', '--aud', [CompletionResultType]::ParameterName, 'Audience (repeatable): who may accept the passport')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope granted (repeatable)')
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'Lifetime from now, e.g. 15m, 1h')
            [CompletionResult]::new('--max-ttl', '--max-ttl', [CompletionResultType]::ParameterName, 'The longest TTL this issuer allows')
            [CompletionResult]::new('--nbf', '--nbf', [CompletionResultType]::ParameterName, 'Not valid before: +5m, RFC 3339, or Unix seconds')
            [CompletionResult]::new('--nonce', '--nonce', [CompletionResultType]::ParameterName, 'A nonce: `auto` for 128 random bits, or a value of your own')
            [CompletionResult]::new('--ctx', '--ctx', [CompletionResultType]::ParameterName, 'Context claim NAME=VALUE (repeatable; VALUE is JSON when it parses as JSON)')
            [CompletionResult]::new('--iss', '--iss', [CompletionResultType]::ParameterName, 'Issuer')
            [CompletionResult]::new('--in', '--in', [CompletionResultType]::ParameterName, 'The requests for --batch; `-` is standard input')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Use this `cu passport serve` (https://HOST:PORT) instead of the local store: same output, reason codes and exit codes')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'The keyring: its key is the KMS key `passport.<keyring>`')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Issue one passport per JSON Lines request ({"sub","aud","scopes","ttl","nbf","nonce","ctx"}; the flags give the defaults). All lines are issued, or none: one bad request fails the run')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;passport;verify' {
            [CompletionResult]::new('--in', '--in', [CompletionResultType]::ParameterName, 'The passport (envelope or compact), or JSON Lines with --batch; `-` is standard input')
            [CompletionResult]::new('--aud', '--aud', [CompletionResultType]::ParameterName, 'Accepted audience (repeatable; the passport must name one of them)')
            [CompletionResult]::new('--require-scope', '--require-scope', [CompletionResultType]::ParameterName, 'A scope the passport must carry (repeatable)')
            [CompletionResult]::new('--skew', '--skew', [CompletionResultType]::ParameterName, 'Clock skew allowed on exp, nbf and iat')
            [CompletionResult]::new('--jwks', '--jwks', [CompletionResultType]::ParameterName, 'Verify with the keys of this JWKS file instead of the store')
            [CompletionResult]::new('--max-size', '--max-size', [CompletionResultType]::ParameterName, 'Refuse passports larger than this many bytes (too_large)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Use this `cu passport serve` (https://HOST:PORT) instead of the local store: same output, reason codes and exit codes')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'The keyring: its key is the KMS key `passport.<keyring>`')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-audience-check', '--no-audience-check', [CompletionResultType]::ParameterName, 'Accept any audience (the audience check is on unless this is given)')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'JSON Lines in (one passport per line), one JSON result per line out')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;passport;keys' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Use this `cu passport serve` (https://HOST:PORT) instead of the local store: same output, reason codes and exit codes')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'The keyring: its key is the KMS key `passport.<keyring>`')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;passport;rotate' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Use this `cu passport serve` (https://HOST:PORT) instead of the local store: same output, reason codes and exit codes')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'The keyring: its key is the KMS key `passport.<keyring>`')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;passport;retire' {
            [CompletionResult]::new('--key-version', '--key-version', [CompletionResultType]::ParameterName, 'The version to retire (not the current one)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Use this `cu passport serve` (https://HOST:PORT) instead of the local store: same output, reason codes and exit codes')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'The keyring: its key is the KMS key `passport.<keyring>`')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;passport;attest' {
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Use this `cu passport serve` (https://HOST:PORT) instead of the local store: same output, reason codes and exit codes')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'The keyring: its key is the KMS key `passport.<keyring>`')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;passport;serve' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The server config (YAML)')
            [CompletionResult]::new('--store', '--store', [CompletionResultType]::ParameterName, 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)')
            [CompletionResult]::new('--store-password-file', '--store-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'Tenant (UUIDv4); each tenant''s keys live in their own database')
            [CompletionResult]::new('--unseal-file', '--unseal-file', [CompletionResultType]::ParameterName, 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)')
            [CompletionResult]::new('--passphrase-file', '--passphrase-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the passphrase for a passphrase-unsealed store')
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'Use this `cu passport serve` (https://HOST:PORT) instead of the local store: same output, reason codes and exit codes')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to; nothing else is trusted')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User or service name for HTTP Basic')
            [CompletionResult]::new('--password-file', '--password-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the password for --user')
            [CompletionResult]::new('--token-file', '--token-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user')
            [CompletionResult]::new('--client-cert', '--client-cert', [CompletionResultType]::ParameterName, 'Client certificate chain (PEM) for mutual TLS')
            [CompletionResult]::new('--client-key', '--client-key', [CompletionResultType]::ParameterName, 'Key of the client certificate')
            [CompletionResult]::new('--keyring', '--keyring', [CompletionResultType]::ParameterName, 'The keyring: its key is the KMS key `passport.<keyring>`')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--check-config', '--check-config', [CompletionResultType]::ParameterName, 'Check the config (schema, store, realm, TLS files) and exit without serving')
            [CompletionResult]::new('--amnesia', '--amnesia', [CompletionResultType]::ParameterName, 'Keep nothing but the store''s keys: errors are the only log lines, and a config that asks for an audit trail, a log file or telemetry export is refused')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;passport;help' {
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue a passport: compact <msg>.<sig> (text), or the envelope (--output json)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify passports; exit 0 with the payload, or 2 with one reason code')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Print the keyring''s public keys as a JWKS (current and every version not retired)')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Make a new current version; older versions keep verifying until retired')
            [CompletionResult]::new('retire', 'retire', [CompletionResultType]::ParameterValue, 'Retire a version: passports it signed stop verifying')
            [CompletionResult]::new('attest', 'attest', [CompletionResultType]::ParameterValue, 'Describe the keyring: algorithm, current kid, every version with its creation time, build')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve passports over HTTPS (TLS 1.3): issue, verify, verify_batch, keys, admin')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;passport;help;issue' {
            break
        }
        'cu;passport;help;verify' {
            break
        }
        'cu;passport;help;keys' {
            break
        }
        'cu;passport;help;rotate' {
            break
        }
        'cu;passport;help;retire' {
            break
        }
        'cu;passport;help;attest' {
            break
        }
        'cu;passport;help;serve' {
            break
        }
        'cu;passport;help;help' {
            break
        }
        'cu;identity' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The identity server''s state: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_IDENTITY_STATE, else $XDG_DATA_HOME/cu/identity.db)')
            [CompletionResult]::new('--state-password-file', '--state-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password of --state (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve OAuth 2.1 over HTTPS (TLS 1.3): discovery, JWKS, token, introspection, revocation')
            [CompletionResult]::new('client', 'client', [CompletionResultType]::ParameterValue, 'Register, list and re-key OAuth clients')
            [CompletionResult]::new('rotate-signing-key', 'rotate-signing-key', [CompletionResultType]::ParameterValue, 'Make a new token signing key; the old one stays in the JWKS until its tokens expire')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Copy the whole identity state (clients, sessions, codes, tokens, revocations) from one store to another and verify the copy')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Get an access token with client credentials and print it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;identity;serve' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The server config (YAML)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The identity server''s state: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_IDENTITY_STATE, else $XDG_DATA_HOME/cu/identity.db)')
            [CompletionResult]::new('--state-password-file', '--state-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password of --state (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--check-config', '--check-config', [CompletionResultType]::ParameterName, 'Check the config and exit without serving')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;identity;client' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The identity server''s config: the clients of its state (with the config''s state_password_file), and with `audit: {store: true}` a record of each change in its audit trail (with --state instead, changes are not recorded)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The identity server''s state: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_IDENTITY_STATE, else $XDG_DATA_HOME/cu/identity.db)')
            [CompletionResult]::new('--state-password-file', '--state-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password of --state (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Register a client; a confidential one gets a secret, shown once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the clients')
            [CompletionResult]::new('rotate-secret', 'rotate-secret', [CompletionResultType]::ParameterValue, 'Give a confidential client a new secret; the old one stops working at once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;identity;client;create' {
            [CompletionResult]::new('--tenant', '--tenant', [CompletionResultType]::ParameterName, 'The tenant (UUIDv4) its tokens act for (the tenant_id claim)')
            [CompletionResult]::new('--redirect-uri', '--redirect-uri', [CompletionResultType]::ParameterName, 'Allowed redirect URI, matched exactly (repeatable)')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope the client may ask for (repeatable)')
            [CompletionResult]::new('--grant-type', '--grant-type', [CompletionResultType]::ParameterName, 'Grant type the client may use (repeatable; default: authorization_code and refresh_token with redirect URIs, else client_credentials)')
            [CompletionResult]::new('--secret-out', '--secret-out', [CompletionResultType]::ParameterName, 'Write the secret to this file (0600) instead of standard output')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The identity server''s state: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_IDENTITY_STATE, else $XDG_DATA_HOME/cu/identity.db)')
            [CompletionResult]::new('--state-password-file', '--state-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password of --state (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--public', '--public', [CompletionResultType]::ParameterName, 'A public client (PKCE only, no secret)')
            [CompletionResult]::new('--resource-server', '--resource-server', [CompletionResultType]::ParameterName, 'A resource server (such as the KMS): it may introspect every client''s tokens')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;identity;client;list' {
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The identity server''s state: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_IDENTITY_STATE, else $XDG_DATA_HOME/cu/identity.db)')
            [CompletionResult]::new('--state-password-file', '--state-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password of --state (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;identity;client;rotate-secret' {
            [CompletionResult]::new('--secret-out', '--secret-out', [CompletionResultType]::ParameterName, 'Write the secret to this file (0600) instead of standard output')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The identity server''s state: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_IDENTITY_STATE, else $XDG_DATA_HOME/cu/identity.db)')
            [CompletionResult]::new('--state-password-file', '--state-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password of --state (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;identity;client;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Register a client; a confidential one gets a secret, shown once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the clients')
            [CompletionResult]::new('rotate-secret', 'rotate-secret', [CompletionResultType]::ParameterValue, 'Give a confidential client a new secret; the old one stops working at once')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;identity;client;help;create' {
            break
        }
        'cu;identity;client;help;list' {
            break
        }
        'cu;identity;client;help;rotate-secret' {
            break
        }
        'cu;identity;client;help;help' {
            break
        }
        'cu;identity;rotate-signing-key' {
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'The server config (YAML) naming the key store')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The identity server''s state: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_IDENTITY_STATE, else $XDG_DATA_HOME/cu/identity.db)')
            [CompletionResult]::new('--state-password-file', '--state-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password of --state (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;identity;migrate' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'What to copy (PATH, sqlite:PATH or postgres://…)')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Where to copy it (a new file, or an empty PostgreSQL database)')
            [CompletionResult]::new('--from-password-file', '--from-password-file', [CompletionResultType]::ParameterName, 'PostgreSQL password of --from (default: $PGPASSFILE / ~/.pgpass)')
            [CompletionResult]::new('--to-password-file', '--to-password-file', [CompletionResultType]::ParameterName, 'PostgreSQL password of --to (default: $PGPASSFILE / ~/.pgpass)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The identity server''s state: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_IDENTITY_STATE, else $XDG_DATA_HOME/cu/identity.db)')
            [CompletionResult]::new('--state-password-file', '--state-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password of --state (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;identity;token' {
            [CompletionResult]::new('--server', '--server', [CompletionResultType]::ParameterName, 'The identity server (https://HOST:PORT)')
            [CompletionResult]::new('--ca', '--ca', [CompletionResultType]::ParameterName, 'The CA (PEM) the server certificate must chain to')
            [CompletionResult]::new('--client-id', '--client-id', [CompletionResultType]::ParameterName, 'client-id')
            [CompletionResult]::new('--client-secret-file', '--client-secret-file', [CompletionResultType]::ParameterName, 'File (or `-`) holding the client secret')
            [CompletionResult]::new('--scope', '--scope', [CompletionResultType]::ParameterName, 'Scope to ask for (repeatable; default: all the client may have)')
            [CompletionResult]::new('--state', '--state', [CompletionResultType]::ParameterName, 'The identity server''s state: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_IDENTITY_STATE, else $XDG_DATA_HOME/cu/identity.db)')
            [CompletionResult]::new('--state-password-file', '--state-password-file', [CompletionResultType]::ParameterName, 'File holding the PostgreSQL password of --state (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;identity;help' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve OAuth 2.1 over HTTPS (TLS 1.3): discovery, JWKS, token, introspection, revocation')
            [CompletionResult]::new('client', 'client', [CompletionResultType]::ParameterValue, 'Register, list and re-key OAuth clients')
            [CompletionResult]::new('rotate-signing-key', 'rotate-signing-key', [CompletionResultType]::ParameterValue, 'Make a new token signing key; the old one stays in the JWKS until its tokens expire')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Copy the whole identity state (clients, sessions, codes, tokens, revocations) from one store to another and verify the copy')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Get an access token with client credentials and print it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'cu;identity;help;serve' {
            break
        }
        'cu;identity;help;client' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Register a client; a confidential one gets a secret, shown once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the clients')
            [CompletionResult]::new('rotate-secret', 'rotate-secret', [CompletionResultType]::ParameterValue, 'Give a confidential client a new secret; the old one stops working at once')
            break
        }
        'cu;identity;help;client;create' {
            break
        }
        'cu;identity;help;client;list' {
            break
        }
        'cu;identity;help;client;rotate-secret' {
            break
        }
        'cu;identity;help;rotate-signing-key' {
            break
        }
        'cu;identity;help;migrate' {
            break
        }
        'cu;identity;help;token' {
            break
        }
        'cu;identity;help;help' {
            break
        }
        'cu;demo' {
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where demo data lives and is reused (default: $XDG_DATA_HOME/cu/demo)')
            [CompletionResult]::new('--port-offset', '--port-offset', [CompletionResultType]::ParameterName, 'Add this to the default ports (8081, 8082, 9090, 9091)')
            [CompletionResult]::new('--postgres', '--postgres', [CompletionResultType]::ParameterName, 'Keep the key store and the identity state in PostgreSQL: at URL (postgres://USER@HOST:PORT/DB, password from --postgres-password-file or $PGPASSFILE), or without one in a throwaway cluster (Debian''s initdb, a free port, a temporary directory removed on exit)')
            [CompletionResult]::new('--postgres-password-file', '--postgres-password-file', [CompletionResultType]::ParameterName, 'File holding the password of --postgres URL')
            [CompletionResult]::new('--kms-instances', '--kms-instances', [CompletionResultType]::ParameterName, 'KMS servers to start on the one PostgreSQL store (needs --postgres); the checks then cross them: a key made on one is used and rotated on another, old data decrypted on a third')
            [CompletionResult]::new('--otlp-endpoint', '--otlp-endpoint', [CompletionResultType]::ParameterName, 'Send every server''s traces to this OTLP/HTTP collector (http://HOST:4318)')
            [CompletionResult]::new('--ready-timeout', '--ready-timeout', [CompletionResultType]::ParameterName, 'How long to wait for each server''s /readyz')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--check', '--check', [CompletionResultType]::ParameterName, 'Stop after the summary instead of serving (CI and tests)')
            [CompletionResult]::new('--ephemeral', '--ephemeral', [CompletionResultType]::ParameterName, 'Use a temporary data directory, removed at the end')
            [CompletionResult]::new('--reset-demo', '--reset-demo', [CompletionResultType]::ParameterName, 'Wipe the data directory first')
            [CompletionResult]::new('--fail-fast', '--fail-fast', [CompletionResultType]::ParameterName, 'Stop at the first failing step')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;version' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;commands' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;completions' {
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: text for people and pipes, json for one stable document')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'Fix the clock (RFC 3339), for reproducible tests')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Never use color (also honoured: NO_COLOR, CI=true)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print no warnings or notes on stderr (errors still print)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'cu;help' {
            [CompletionResult]::new('jose', 'jose', [CompletionResultType]::ParameterValue, 'JSON Web Keys, signatures, tokens and encryption (JWK, JWS, JWT, JWE)')
            [CompletionResult]::new('pki', 'pki', [CompletionResultType]::ParameterValue, 'CA chains, certificates, CSRs, CRLs, inspection, chain validation, PKCS#12')
            [CompletionResult]::new('kms', 'kms', [CompletionResultType]::ParameterValue, 'A local key store: versioned keys under a three-tier hierarchy, and their operations')
            [CompletionResult]::new('passport', 'passport', [CompletionResultType]::ParameterValue, 'Ed25519 passports: issue, verify (one or a batch), JWKS, rotate, retire, attest')
            [CompletionResult]::new('identity', 'identity', [CompletionResultType]::ParameterValue, 'An OAuth 2.1 authorization server: serve, clients, tokens')
            [CompletionResult]::new('demo', 'demo', [CompletionResultType]::ParameterValue, 'One command from nothing to running, verified servers: KMS, identity, or both')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Print cu''s version; with --verbose also the cryptographic libraries built in')
            [CompletionResult]::new('commands', 'commands', [CompletionResultType]::ParameterValue, 'The command line as data: every command with its flags, exit codes, reason codes, examples')
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
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a JWS and print its payload (a detached one is not printed back)')
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
        'cu;help;pki' {
            [CompletionResult]::new('ca', 'ca', [CompletionResultType]::ParameterValue, 'Create certificate authority chains')
            [CompletionResult]::new('cert', 'cert', [CompletionResultType]::ParameterValue, 'Issue leaf certificates for servers and clients')
            [CompletionResult]::new('csr', 'csr', [CompletionResultType]::ParameterValue, 'Create certificate signing requests and issue certificates from them')
            [CompletionResult]::new('crl', 'crl', [CompletionResultType]::ParameterValue, 'Create certificate revocation lists')
            [CompletionResult]::new('inspect', 'inspect', [CompletionResultType]::ParameterValue, 'Show what a certificate, chain, CSR, CRL or key file holds')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Validate a certificate chain (RFC 5280, via rustls-webpki); exit 0 valid, 2 invalid')
            [CompletionResult]::new('p12', 'p12', [CompletionResultType]::ParameterValue, 'Export and import PKCS#12 (.p12/.pfx) files')
            break
        }
        'cu;help;pki;ca' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a CA chain: root → policy → issuing (length set by --levels)')
            break
        }
        'cu;help;pki;ca;create' {
            break
        }
        'cu;help;pki;cert' {
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue a leaf certificate and key')
            break
        }
        'cu;help;pki;cert;issue' {
            break
        }
        'cu;help;pki;csr' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a key (or use --key) and a certificate signing request')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Issue a certificate from a CSR; the CA decides usage, never the CSR')
            break
        }
        'cu;help;pki;csr;create' {
            break
        }
        'cu;help;pki;csr;sign' {
            break
        }
        'cu;help;pki;crl' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Sign a CRL listing revoked certificates')
            break
        }
        'cu;help;pki;crl;create' {
            break
        }
        'cu;help;pki;inspect' {
            break
        }
        'cu;help;pki;verify' {
            break
        }
        'cu;help;pki;p12' {
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Bundle a certificate, its key and chain into PKCS#12 (AES-256, PBKDF2-SHA256, SHA-256 MAC)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Extract the certificate, key and chain from a PKCS#12 file')
            break
        }
        'cu;help;pki;p12;export' {
            break
        }
        'cu;help;pki;p12;import' {
            break
        }
        'cu;help;kms' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create a key store (and the default unseal file when none is given)')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Copy a whole store to another place (SQLite ↔ PostgreSQL), sealed as it is, and verify it')
            [CompletionResult]::new('rotate-root', 'rotate-root', [CompletionResultType]::ParameterValue, 'Make a new root key and re-wrap every tenant''s intermediate keys under it')
            [CompletionResult]::new('rotate-intermediate', 'rotate-intermediate', [CompletionResultType]::ParameterValue, 'Make a new intermediate key for the tenant and re-wrap its content keys under it')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Create, list, inspect, rotate, enable, disable, delete and export keys')
            [CompletionResult]::new('encrypt', 'encrypt', [CompletionResultType]::ParameterValue, 'Encrypt under the key''s primary version: a compact JWE (A256KW, A256GCM, kid NAME/vN)')
            [CompletionResult]::new('decrypt', 'decrypt', [CompletionResultType]::ParameterValue, 'Decrypt a JWE from `cu kms encrypt`; the key and version come from its kid')
            [CompletionResult]::new('rewrap', 'rewrap', [CompletionResultType]::ParameterValue, 'Re-encrypt a ciphertext under the key''s newest version without revealing it')
            [CompletionResult]::new('sign', 'sign', [CompletionResultType]::ParameterValue, 'Sign with the key''s primary version: compact JWS (RS256/ES256/ES384/EdDSA) or --raw')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify a JWS from `cu kms sign` (or a raw signature with --raw --signature)')
            [CompletionResult]::new('mac', 'mac', [CompletionResultType]::ParameterValue, 'Compute an HMAC tag: NAME/vN:TAG')
            [CompletionResult]::new('mac-verify', 'mac-verify', [CompletionResultType]::ParameterValue, 'Check an HMAC tag made by `cu kms mac`')
            [CompletionResult]::new('datakey', 'datakey', [CompletionResultType]::ParameterValue, 'Make a fresh AES-256 data key: plaintext and encrypted under the key')
            [CompletionResult]::new('derive', 'derive', [CompletionResultType]::ParameterValue, 'ECDH P-256 with a peer public key, then HKDF-SHA256 to a 32-byte key')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve the store over HTTPS (TLS 1.3): the KMS API, plus /livez, /readyz, /metrics')
            [CompletionResult]::new('realm', 'realm', [CompletionResultType]::ParameterValue, 'File realm tools for `cu kms serve`')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Check and read the audit trail of `cu kms serve`')
            break
        }
        'cu;help;kms;init' {
            break
        }
        'cu;help;kms;migrate' {
            break
        }
        'cu;help;kms;rotate-root' {
            break
        }
        'cu;help;kms;rotate-intermediate' {
            break
        }
        'cu;help;kms;key' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a key (version 1)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Bring your own key: raw bytes (AES/HMAC) or a PEM/DER private key')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the tenant''s keys')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show a key''s type, versions and settings')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Make a new primary version; older versions keep decrypting and verifying')
            [CompletionResult]::new('disable', 'disable', [CompletionResultType]::ParameterValue, 'Stop a version from being used')
            [CompletionResult]::new('enable', 'enable', [CompletionResultType]::ParameterValue, 'Allow a disabled version again')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Settings: min_decrypt_version retires older versions for decrypt and verify')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a key and every version (all data under it becomes unreadable)')
            [CompletionResult]::new('public', 'public', [CompletionResultType]::ParameterValue, 'The public part of an asymmetric key')
            break
        }
        'cu;help;kms;key;create' {
            break
        }
        'cu;help;kms;key;import' {
            break
        }
        'cu;help;kms;key;list' {
            break
        }
        'cu;help;kms;key;show' {
            break
        }
        'cu;help;kms;key;rotate' {
            break
        }
        'cu;help;kms;key;disable' {
            break
        }
        'cu;help;kms;key;enable' {
            break
        }
        'cu;help;kms;key;config' {
            break
        }
        'cu;help;kms;key;delete' {
            break
        }
        'cu;help;kms;key;public' {
            break
        }
        'cu;help;kms;encrypt' {
            break
        }
        'cu;help;kms;decrypt' {
            break
        }
        'cu;help;kms;rewrap' {
            break
        }
        'cu;help;kms;sign' {
            break
        }
        'cu;help;kms;verify' {
            break
        }
        'cu;help;kms;mac' {
            break
        }
        'cu;help;kms;mac-verify' {
            break
        }
        'cu;help;kms;datakey' {
            break
        }
        'cu;help;kms;derive' {
            break
        }
        'cu;help;kms;serve' {
            break
        }
        'cu;help;kms;realm' {
            [CompletionResult]::new('hash-password', 'hash-password', [CompletionResultType]::ParameterValue, 'Hash a password for a realm file: $pbkdf2-sha256$ITERATIONS$SALT$HASH')
            [CompletionResult]::new('api-key', 'api-key', [CompletionResultType]::ParameterValue, 'Create, list and revoke API keys for `cu kms serve` (kept in the key store)')
            [CompletionResult]::new('user', 'user', [CompletionResultType]::ParameterValue, 'Add, list, remove users of the database realm and change their passwords (kept in the key store, shared by every `cu kms serve` on it)')
            break
        }
        'cu;help;kms;realm;hash-password' {
            break
        }
        'cu;help;kms;realm;api-key' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Make an API key for a tenant; the key is shown once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List API keys (every tenant''s, or --tenant''s); never their secrets')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke an API key: servers refuse it from their next request')
            break
        }
        'cu;help;kms;realm;api-key;create' {
            break
        }
        'cu;help;kms;realm;api-key;list' {
            break
        }
        'cu;help;kms;realm;api-key;revoke' {
            break
        }
        'cu;help;kms;realm;user' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a user to the database realm (the tenant is --tenant, required)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the database realm''s users (every tenant''s, or --tenant''s); never a hash')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a user: servers refuse the name from the next sign-in')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change a user''s password')
            break
        }
        'cu;help;kms;realm;user;add' {
            break
        }
        'cu;help;kms;realm;user;list' {
            break
        }
        'cu;help;kms;realm;user;remove' {
            break
        }
        'cu;help;kms;realm;user;passwd' {
            break
        }
        'cu;help;kms;audit' {
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check a trail: every record chained to the one before, every checkpoint signed')
            [CompletionResult]::new('hmac', 'hmac', [CompletionResultType]::ParameterValue, 'Print the HMAC a record keeps of a sensitive value (read from stdin), to search by it')
            [CompletionResult]::new('search', 'search', [CompletionResultType]::ParameterValue, 'Print the records that match, one JSON object per line')
            break
        }
        'cu;help;kms;audit;verify' {
            break
        }
        'cu;help;kms;audit;hmac' {
            break
        }
        'cu;help;kms;audit;search' {
            break
        }
        'cu;help;passport' {
            [CompletionResult]::new('issue', 'issue', [CompletionResultType]::ParameterValue, 'Issue a passport: compact <msg>.<sig> (text), or the envelope (--output json)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Verify passports; exit 0 with the payload, or 2 with one reason code')
            [CompletionResult]::new('keys', 'keys', [CompletionResultType]::ParameterValue, 'Print the keyring''s public keys as a JWKS (current and every version not retired)')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Make a new current version; older versions keep verifying until retired')
            [CompletionResult]::new('retire', 'retire', [CompletionResultType]::ParameterValue, 'Retire a version: passports it signed stop verifying')
            [CompletionResult]::new('attest', 'attest', [CompletionResultType]::ParameterValue, 'Describe the keyring: algorithm, current kid, every version with its creation time, build')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve passports over HTTPS (TLS 1.3): issue, verify, verify_batch, keys, admin')
            break
        }
        'cu;help;passport;issue' {
            break
        }
        'cu;help;passport;verify' {
            break
        }
        'cu;help;passport;keys' {
            break
        }
        'cu;help;passport;rotate' {
            break
        }
        'cu;help;passport;retire' {
            break
        }
        'cu;help;passport;attest' {
            break
        }
        'cu;help;passport;serve' {
            break
        }
        'cu;help;identity' {
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve OAuth 2.1 over HTTPS (TLS 1.3): discovery, JWKS, token, introspection, revocation')
            [CompletionResult]::new('client', 'client', [CompletionResultType]::ParameterValue, 'Register, list and re-key OAuth clients')
            [CompletionResult]::new('rotate-signing-key', 'rotate-signing-key', [CompletionResultType]::ParameterValue, 'Make a new token signing key; the old one stays in the JWKS until its tokens expire')
            [CompletionResult]::new('migrate', 'migrate', [CompletionResultType]::ParameterValue, 'Copy the whole identity state (clients, sessions, codes, tokens, revocations) from one store to another and verify the copy')
            [CompletionResult]::new('token', 'token', [CompletionResultType]::ParameterValue, 'Get an access token with client credentials and print it')
            break
        }
        'cu;help;identity;serve' {
            break
        }
        'cu;help;identity;client' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Register a client; a confidential one gets a secret, shown once')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the clients')
            [CompletionResult]::new('rotate-secret', 'rotate-secret', [CompletionResultType]::ParameterValue, 'Give a confidential client a new secret; the old one stops working at once')
            break
        }
        'cu;help;identity;client;create' {
            break
        }
        'cu;help;identity;client;list' {
            break
        }
        'cu;help;identity;client;rotate-secret' {
            break
        }
        'cu;help;identity;rotate-signing-key' {
            break
        }
        'cu;help;identity;migrate' {
            break
        }
        'cu;help;identity;token' {
            break
        }
        'cu;help;demo' {
            break
        }
        'cu;help;version' {
            break
        }
        'cu;help;commands' {
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
