# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_cu_global_optspecs
    string join \n output= no-color q/quiet v/verbose now= h/help V/version
end

function __fish_cu_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_cu_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_cu_using_subcommand
    set -l cmd (__fish_cu_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c cu -n "__fish_cu_needs_command" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_needs_command" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_needs_command" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_needs_command" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_needs_command" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_needs_command" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_needs_command" -f -a "jose" -d 'JSON Web Keys, signatures, tokens and encryption (JWK, JWS, JWT, JWE)'
complete -c cu -n "__fish_cu_needs_command" -f -a "pki" -d 'CA chains, certificates, CSRs, CRLs, inspection, chain validation, PKCS#12'
complete -c cu -n "__fish_cu_needs_command" -f -a "kms" -d 'A local key store: versioned keys under a three-tier hierarchy, and their operations'
complete -c cu -n "__fish_cu_needs_command" -f -a "passport" -d 'Ed25519 passports: issue, verify (one or a batch), JWKS, rotate, retire, attest'
complete -c cu -n "__fish_cu_needs_command" -f -a "identity" -d 'An OAuth 2.1 authorization server: serve, clients, tokens'
complete -c cu -n "__fish_cu_needs_command" -f -a "demo" -d 'One command from nothing to running, verified servers: KMS, identity, or both'
complete -c cu -n "__fish_cu_needs_command" -f -a "version" -d 'Print cu\'s version; with --verbose also the cryptographic libraries built in'
complete -c cu -n "__fish_cu_needs_command" -f -a "commands" -d 'The command line as data: every command with its flags, exit codes, reason codes, examples'
complete -c cu -n "__fish_cu_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c cu -n "__fish_cu_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cu -n "__fish_cu_using_subcommand jose; and not __fish_seen_subcommand_from jwk jws jwt jwe help" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand jose; and not __fish_seen_subcommand_from jwk jws jwt jwe help" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand jose; and not __fish_seen_subcommand_from jwk jws jwt jwe help" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand jose; and not __fish_seen_subcommand_from jwk jws jwt jwe help" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand jose; and not __fish_seen_subcommand_from jwk jws jwt jwe help" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand jose; and not __fish_seen_subcommand_from jwk jws jwt jwe help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand jose; and not __fish_seen_subcommand_from jwk jws jwt jwe help" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand jose; and not __fish_seen_subcommand_from jwk jws jwt jwe help" -f -a "jwk" -d 'Generate, inspect and convert JSON Web Keys'
complete -c cu -n "__fish_cu_using_subcommand jose; and not __fish_seen_subcommand_from jwk jws jwt jwe help" -f -a "jws" -d 'Sign and verify JWS (compact and JSON serialization)'
complete -c cu -n "__fish_cu_using_subcommand jose; and not __fish_seen_subcommand_from jwk jws jwt jwe help" -f -a "jwt" -d 'Sign, verify and decode JSON Web Tokens'
complete -c cu -n "__fish_cu_using_subcommand jose; and not __fish_seen_subcommand_from jwk jws jwt jwe help" -f -a "jwe" -d 'Encrypt and decrypt JWE (compact and JSON serialization)'
complete -c cu -n "__fish_cu_using_subcommand jose; and not __fish_seen_subcommand_from jwk jws jwt jwe help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwk" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwk" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwk" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwk" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwk" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwk" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwk" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwk" -f -a "generate" -d 'Generate a private JWK (kid defaults to its RFC 7638 thumbprint)'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwk" -f -a "public" -d 'Print the public part of a key as a JWK (or a JWKS for a key set)'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwk" -f -a "thumbprint" -d 'Print the RFC 7638 thumbprint (SHA-256, base64url) of a key'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwk" -f -a "convert" -d 'Convert a key between JWK, PEM and DER (PKCS#8 / SPKI)'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwk" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jws" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jws" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jws" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jws" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jws" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jws" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jws" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jws" -f -a "sign" -d 'Sign a payload as a JWS'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jws" -f -a "verify" -d 'Verify a JWS and print its payload (a detached one is not printed back)'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jws" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwt" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwt" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwt" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwt" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwt" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwt" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwt" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwt" -f -a "sign" -d 'Sign claims as a JWT'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwt" -f -a "verify" -d 'Verify a JWT\'s signature and claims, then print the claims'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwt" -f -a "decode" -d 'Show a JWT\'s header and claims WITHOUT verifying it'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwt" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwe" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwe" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwe" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwe" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwe" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwe" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwe" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwe" -f -a "encrypt" -d 'Encrypt a payload as a JWE'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwe" -f -a "decrypt" -d 'Decrypt a JWE and print its plaintext'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwe" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from help" -f -a "jwk" -d 'Generate, inspect and convert JSON Web Keys'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from help" -f -a "jws" -d 'Sign and verify JWS (compact and JSON serialization)'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from help" -f -a "jwt" -d 'Sign, verify and decode JSON Web Tokens'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from help" -f -a "jwe" -d 'Encrypt and decrypt JWE (compact and JSON serialization)'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cu -n "__fish_cu_using_subcommand pki; and not __fish_seen_subcommand_from ca cert csr crl inspect verify p12 help" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand pki; and not __fish_seen_subcommand_from ca cert csr crl inspect verify p12 help" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand pki; and not __fish_seen_subcommand_from ca cert csr crl inspect verify p12 help" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand pki; and not __fish_seen_subcommand_from ca cert csr crl inspect verify p12 help" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand pki; and not __fish_seen_subcommand_from ca cert csr crl inspect verify p12 help" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand pki; and not __fish_seen_subcommand_from ca cert csr crl inspect verify p12 help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand pki; and not __fish_seen_subcommand_from ca cert csr crl inspect verify p12 help" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand pki; and not __fish_seen_subcommand_from ca cert csr crl inspect verify p12 help" -f -a "ca" -d 'Create certificate authority chains'
complete -c cu -n "__fish_cu_using_subcommand pki; and not __fish_seen_subcommand_from ca cert csr crl inspect verify p12 help" -f -a "cert" -d 'Issue leaf certificates for servers and clients'
complete -c cu -n "__fish_cu_using_subcommand pki; and not __fish_seen_subcommand_from ca cert csr crl inspect verify p12 help" -f -a "csr" -d 'Create certificate signing requests and issue certificates from them'
complete -c cu -n "__fish_cu_using_subcommand pki; and not __fish_seen_subcommand_from ca cert csr crl inspect verify p12 help" -f -a "crl" -d 'Create certificate revocation lists'
complete -c cu -n "__fish_cu_using_subcommand pki; and not __fish_seen_subcommand_from ca cert csr crl inspect verify p12 help" -f -a "inspect" -d 'Show what a certificate, chain, CSR, CRL or key file holds'
complete -c cu -n "__fish_cu_using_subcommand pki; and not __fish_seen_subcommand_from ca cert csr crl inspect verify p12 help" -f -a "verify" -d 'Validate a certificate chain (RFC 5280, via rustls-webpki); exit 0 valid, 2 invalid'
complete -c cu -n "__fish_cu_using_subcommand pki; and not __fish_seen_subcommand_from ca cert csr crl inspect verify p12 help" -f -a "p12" -d 'Export and import PKCS#12 (.p12/.pfx) files'
complete -c cu -n "__fish_cu_using_subcommand pki; and not __fish_seen_subcommand_from ca cert csr crl inspect verify p12 help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from ca" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from ca" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from ca" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from ca" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from ca" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from ca" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from ca" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from ca" -f -a "create" -d 'Create a CA chain: root → policy → issuing (length set by --levels)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from ca" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from cert" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from cert" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from cert" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from cert" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from cert" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from cert" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from cert" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from cert" -f -a "issue" -d 'Issue a leaf certificate and key'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from cert" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from csr" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from csr" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from csr" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from csr" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from csr" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from csr" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from csr" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from csr" -f -a "create" -d 'Create a key (or use --key) and a certificate signing request'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from csr" -f -a "sign" -d 'Issue a certificate from a CSR; the CA decides usage, never the CSR'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from csr" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from crl" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from crl" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from crl" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from crl" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from crl" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from crl" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from crl" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from crl" -f -a "create" -d 'Sign a CRL listing revoked certificates'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from crl" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from inspect" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from inspect" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from inspect" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from inspect" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from inspect" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -l roots -d 'Trusted root certificate(s)' -r -F
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -l chain -d 'Untrusted intermediate certificates' -r -F
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -l hostname -d 'Host name the certificate must be valid for' -r
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -l ip -d 'IP address the certificate must be valid for' -r
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -l purpose -d 'What the leaf must be good for [default: server under --profile web, any under rfc5280]' -r -f -a "server\t'TLS server authentication (id-kp-serverAuth)'
client\t'TLS client authentication (id-kp-clientAuth)'
any\t'No particular use (RFC 5280 names none); only with --profile rfc5280'"
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -l profile -d 'Rules to validate by: web (RFC 5280 plus the CA/Browser Forum and browser rules, the Public Suffix List among them) or rfc5280 (RFC 5280 §6, as conformance suites expect). Neither accepts an MD5 or SHA-1 signature' -r -f -a "web\t'RFC 5280 plus the CA/Browser Forum and browser rules (rustls-webpki and `profile`)'
rfc5280\t'Exactly RFC 5280 §6 (OpenSSL\'s validator, every failed rule reported)'"
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -l policy -d 'Acceptable certificate policy, a dotted OID (repeatable; the user-initial-policy-set of RFC 5280 §6.1.1; default anyPolicy). Needs --profile rfc5280' -r
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -l crl-policy -d 'With --crl: require a CRL for every certificate of the path, for the leaf only, or check what the given CRLs cover' -r -f -a "require\t'Every certificate of the path needs a CRL that covers it (status unknown fails)'
leaf\t'Only the leaf\'s status must be settled; CAs above are not checked'
best-effort\t'Check what the given CRLs cover; a certificate no CRL covers passes'"
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -l at -d 'Validate at this time instead of now (RFC 3339)' -r
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -l crl -d 'CRL to check revocation against (repeatable)' -r -F
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -l max-intermediates -d 'Most intermediate certificates allowed between leaf and root' -r
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -l require-explicit-policy -d 'The path must be valid for at least one acceptable policy (initial-explicit-policy)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -l inhibit-policy-mapping -d 'Policy mappings are not followed (initial-policy-mapping-inhibit)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -l inhibit-any-policy -d 'anyPolicy in a CA certificate matches no policy (initial-any-policy-inhibit)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from p12" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from p12" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from p12" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from p12" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from p12" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from p12" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from p12" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from p12" -f -a "export" -d 'Bundle a certificate, its key and chain into PKCS#12 (AES-256, PBKDF2-SHA256, SHA-256 MAC)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from p12" -f -a "import" -d 'Extract the certificate, key and chain from a PKCS#12 file'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from p12" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from help" -f -a "ca" -d 'Create certificate authority chains'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from help" -f -a "cert" -d 'Issue leaf certificates for servers and clients'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from help" -f -a "csr" -d 'Create certificate signing requests and issue certificates from them'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from help" -f -a "crl" -d 'Create certificate revocation lists'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from help" -f -a "inspect" -d 'Show what a certificate, chain, CSR, CRL or key file holds'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Validate a certificate chain (RFC 5280, via rustls-webpki); exit 0 valid, 2 invalid'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from help" -f -a "p12" -d 'Export and import PKCS#12 (.p12/.pfx) files'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -l store -d 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -l store-password-file -d 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -l tenant -d 'Tenant (UUIDv4); each tenant\'s keys live in their own database' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -l unseal-file -d 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -l passphrase-file -d 'File (or `-`) holding the passphrase for a passphrase-unsealed store' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -l server -d 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -l ca -d 'The CA (PEM) the server certificate must chain to; nothing else is trusted' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -l user -d 'User or service name for HTTP Basic' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -l password-file -d 'File (or `-`) holding the password for --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -l token-file -d 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -l client-cert -d 'Client certificate chain (PEM) for mutual TLS' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -l client-key -d 'Key of the client certificate' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -f -a "init" -d 'Create a key store (and the default unseal file when none is given)'
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -f -a "migrate" -d 'Copy a whole store to another place (SQLite ↔ PostgreSQL), sealed as it is, and verify it'
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -f -a "rotate-root" -d 'Make a new root key and re-wrap every tenant\'s intermediate keys under it'
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -f -a "rotate-intermediate" -d 'Make a new intermediate key for the tenant and re-wrap its content keys under it'
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -f -a "key" -d 'Create, list, inspect, rotate, enable, disable, delete and export keys'
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -f -a "encrypt" -d 'Encrypt under the key\'s primary version: a compact JWE (A256KW, A256GCM, kid NAME/vN)'
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -f -a "decrypt" -d 'Decrypt a JWE from `cu kms encrypt`; the key and version come from its kid'
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -f -a "rewrap" -d 'Re-encrypt a ciphertext under the key\'s newest version without revealing it'
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -f -a "sign" -d 'Sign with the key\'s primary version: compact JWS (RS256/ES256/ES384/EdDSA) or --raw'
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -f -a "verify" -d 'Verify a JWS from `cu kms sign` (or a raw signature with --raw --signature)'
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -f -a "mac" -d 'Compute an HMAC tag: NAME/vN:TAG'
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -f -a "mac-verify" -d 'Check an HMAC tag made by `cu kms mac`'
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -f -a "datakey" -d 'Make a fresh AES-256 data key: plaintext and encrypted under the key'
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -f -a "derive" -d 'ECDH P-256 with a peer public key, then HKDF-SHA256 to a 32-byte key'
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -f -a "serve" -d 'Serve the store over HTTPS (TLS 1.3): the KMS API, plus /livez, /readyz, /metrics'
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -f -a "realm" -d 'File realm tools for `cu kms serve`'
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -f -a "audit" -d 'Check and read the audit trail of `cu kms serve`'
complete -c cu -n "__fish_cu_using_subcommand kms; and not __fish_seen_subcommand_from init migrate rotate-root rotate-intermediate key encrypt decrypt rewrap sign verify mac mac-verify datakey derive serve realm audit help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from init" -l store -d 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from init" -l store-password-file -d 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from init" -l tenant -d 'Tenant (UUIDv4); each tenant\'s keys live in their own database' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from init" -l unseal-file -d 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from init" -l passphrase-file -d 'File (or `-`) holding the passphrase for a passphrase-unsealed store' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from init" -l server -d 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from init" -l ca -d 'The CA (PEM) the server certificate must chain to; nothing else is trusted' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from init" -l user -d 'User or service name for HTTP Basic' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from init" -l password-file -d 'File (or `-`) holding the password for --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from init" -l token-file -d 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from init" -l client-cert -d 'Client certificate chain (PEM) for mutual TLS' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from init" -l client-key -d 'Key of the client certificate' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from init" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from init" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from init" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from init" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from init" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from init" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from init" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from migrate" -l from -d 'What to copy (PATH, sqlite:PATH or postgres://…)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from migrate" -l to -d 'Where to copy it (a new file, or an empty PostgreSQL database)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from migrate" -l from-password-file -d 'PostgreSQL password of --from (default: $PGPASSFILE / ~/.pgpass)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from migrate" -l to-password-file -d 'PostgreSQL password of --to (default: $PGPASSFILE / ~/.pgpass)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from migrate" -l store -d 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from migrate" -l store-password-file -d 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from migrate" -l tenant -d 'Tenant (UUIDv4); each tenant\'s keys live in their own database' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from migrate" -l unseal-file -d 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from migrate" -l passphrase-file -d 'File (or `-`) holding the passphrase for a passphrase-unsealed store' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from migrate" -l server -d 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from migrate" -l ca -d 'The CA (PEM) the server certificate must chain to; nothing else is trusted' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from migrate" -l user -d 'User or service name for HTTP Basic' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from migrate" -l password-file -d 'File (or `-`) holding the password for --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from migrate" -l token-file -d 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from migrate" -l client-cert -d 'Client certificate chain (PEM) for mutual TLS' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from migrate" -l client-key -d 'Key of the client certificate' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from migrate" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from migrate" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from migrate" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from migrate" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-root" -l store -d 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-root" -l store-password-file -d 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-root" -l tenant -d 'Tenant (UUIDv4); each tenant\'s keys live in their own database' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-root" -l unseal-file -d 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-root" -l passphrase-file -d 'File (or `-`) holding the passphrase for a passphrase-unsealed store' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-root" -l server -d 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-root" -l ca -d 'The CA (PEM) the server certificate must chain to; nothing else is trusted' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-root" -l user -d 'User or service name for HTTP Basic' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-root" -l password-file -d 'File (or `-`) holding the password for --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-root" -l token-file -d 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-root" -l client-cert -d 'Client certificate chain (PEM) for mutual TLS' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-root" -l client-key -d 'Key of the client certificate' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-root" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-root" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-root" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-root" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-root" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-root" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-root" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-intermediate" -l store -d 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-intermediate" -l store-password-file -d 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-intermediate" -l tenant -d 'Tenant (UUIDv4); each tenant\'s keys live in their own database' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-intermediate" -l unseal-file -d 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-intermediate" -l passphrase-file -d 'File (or `-`) holding the passphrase for a passphrase-unsealed store' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-intermediate" -l server -d 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-intermediate" -l ca -d 'The CA (PEM) the server certificate must chain to; nothing else is trusted' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-intermediate" -l user -d 'User or service name for HTTP Basic' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-intermediate" -l password-file -d 'File (or `-`) holding the password for --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-intermediate" -l token-file -d 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-intermediate" -l client-cert -d 'Client certificate chain (PEM) for mutual TLS' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-intermediate" -l client-key -d 'Key of the client certificate' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-intermediate" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-intermediate" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-intermediate" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-intermediate" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-intermediate" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-intermediate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rotate-intermediate" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from key" -l store -d 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from key" -l store-password-file -d 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from key" -l tenant -d 'Tenant (UUIDv4); each tenant\'s keys live in their own database' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from key" -l unseal-file -d 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from key" -l passphrase-file -d 'File (or `-`) holding the passphrase for a passphrase-unsealed store' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from key" -l server -d 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from key" -l ca -d 'The CA (PEM) the server certificate must chain to; nothing else is trusted' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from key" -l user -d 'User or service name for HTTP Basic' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from key" -l password-file -d 'File (or `-`) holding the password for --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from key" -l token-file -d 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from key" -l client-cert -d 'Client certificate chain (PEM) for mutual TLS' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from key" -l client-key -d 'Key of the client certificate' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from key" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from key" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from key" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from key" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from key" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from key" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from key" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from key" -f -a "create" -d 'Create a key (version 1)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from key" -f -a "import" -d 'Bring your own key: raw bytes (AES/HMAC) or a PEM/DER private key'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from key" -f -a "list" -d 'List the tenant\'s keys'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from key" -f -a "show" -d 'Show a key\'s type, versions and settings'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from key" -f -a "rotate" -d 'Make a new primary version; older versions keep decrypting and verifying'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from key" -f -a "disable" -d 'Stop a version from being used'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from key" -f -a "enable" -d 'Allow a disabled version again'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from key" -f -a "config" -d 'Settings: min_decrypt_version retires older versions for decrypt and verify'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from key" -f -a "delete" -d 'Delete a key and every version (all data under it becomes unreadable)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from key" -f -a "public" -d 'The public part of an asymmetric key'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from key" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from encrypt" -l aad -d 'Additional authenticated data (bound to the ciphertext, not secret)' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from encrypt" -l in -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from encrypt" -l out -d 'Write the output to a file instead of standard output' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from encrypt" -l store -d 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from encrypt" -l store-password-file -d 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from encrypt" -l tenant -d 'Tenant (UUIDv4); each tenant\'s keys live in their own database' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from encrypt" -l unseal-file -d 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from encrypt" -l passphrase-file -d 'File (or `-`) holding the passphrase for a passphrase-unsealed store' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from encrypt" -l server -d 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from encrypt" -l ca -d 'The CA (PEM) the server certificate must chain to; nothing else is trusted' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from encrypt" -l user -d 'User or service name for HTTP Basic' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from encrypt" -l password-file -d 'File (or `-`) holding the password for --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from encrypt" -l token-file -d 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from encrypt" -l client-cert -d 'Client certificate chain (PEM) for mutual TLS' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from encrypt" -l client-key -d 'Key of the client certificate' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from encrypt" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from encrypt" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from encrypt" -l stream -d 'Chunked AES-256-GCM for large inputs, in constant memory (binary output)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from encrypt" -l batch -d 'JSON Lines in ({"plaintext": base64url} or {"text": …}), JSON Lines out, in order'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from encrypt" -l force
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from encrypt" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from encrypt" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from encrypt" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from encrypt" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from encrypt" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from decrypt" -l aad -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from decrypt" -l in -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from decrypt" -l out -d 'Write the plaintext to a file (mode 0600) instead of standard output' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from decrypt" -l store -d 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from decrypt" -l store-password-file -d 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from decrypt" -l tenant -d 'Tenant (UUIDv4); each tenant\'s keys live in their own database' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from decrypt" -l unseal-file -d 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from decrypt" -l passphrase-file -d 'File (or `-`) holding the passphrase for a passphrase-unsealed store' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from decrypt" -l server -d 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from decrypt" -l ca -d 'The CA (PEM) the server certificate must chain to; nothing else is trusted' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from decrypt" -l user -d 'User or service name for HTTP Basic' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from decrypt" -l password-file -d 'File (or `-`) holding the password for --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from decrypt" -l token-file -d 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from decrypt" -l client-cert -d 'Client certificate chain (PEM) for mutual TLS' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from decrypt" -l client-key -d 'Key of the client certificate' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from decrypt" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from decrypt" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from decrypt" -l stream -d 'Decrypt a `cu kms encrypt --stream` file'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from decrypt" -l batch -d 'JSON Lines in ({"ciphertext": …} or one JWE per line), JSON Lines out, in order'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from decrypt" -l force
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from decrypt" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from decrypt" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from decrypt" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from decrypt" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from decrypt" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rewrap" -l aad -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rewrap" -l in -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rewrap" -l store -d 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rewrap" -l store-password-file -d 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rewrap" -l tenant -d 'Tenant (UUIDv4); each tenant\'s keys live in their own database' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rewrap" -l unseal-file -d 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rewrap" -l passphrase-file -d 'File (or `-`) holding the passphrase for a passphrase-unsealed store' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rewrap" -l server -d 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rewrap" -l ca -d 'The CA (PEM) the server certificate must chain to; nothing else is trusted' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rewrap" -l user -d 'User or service name for HTTP Basic' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rewrap" -l password-file -d 'File (or `-`) holding the password for --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rewrap" -l token-file -d 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rewrap" -l client-cert -d 'Client certificate chain (PEM) for mutual TLS' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rewrap" -l client-key -d 'Key of the client certificate' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rewrap" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rewrap" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rewrap" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rewrap" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rewrap" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rewrap" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from rewrap" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from sign" -l in -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from sign" -l out -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from sign" -l store -d 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from sign" -l store-password-file -d 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from sign" -l tenant -d 'Tenant (UUIDv4); each tenant\'s keys live in their own database' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from sign" -l unseal-file -d 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from sign" -l passphrase-file -d 'File (or `-`) holding the passphrase for a passphrase-unsealed store' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from sign" -l server -d 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from sign" -l ca -d 'The CA (PEM) the server certificate must chain to; nothing else is trusted' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from sign" -l user -d 'User or service name for HTTP Basic' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from sign" -l password-file -d 'File (or `-`) holding the password for --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from sign" -l token-file -d 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from sign" -l client-cert -d 'Client certificate chain (PEM) for mutual TLS' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from sign" -l client-key -d 'Key of the client certificate' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from sign" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from sign" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from sign" -l raw -d 'The bare signature bytes instead of a JWS'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from sign" -l batch -d 'JSON Lines in ({"message": base64url} or {"text": …}), JSON Lines of JWS out'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from sign" -l force
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from sign" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from sign" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from sign" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from sign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from sign" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from verify" -l in -d 'The JWS, or with --raw the signed message' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from verify" -l signature -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from verify" -l key-version -d 'With --raw: the key version to check (default: every usable version)' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from verify" -l store -d 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from verify" -l store-password-file -d 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from verify" -l tenant -d 'Tenant (UUIDv4); each tenant\'s keys live in their own database' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from verify" -l unseal-file -d 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from verify" -l passphrase-file -d 'File (or `-`) holding the passphrase for a passphrase-unsealed store' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from verify" -l server -d 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from verify" -l ca -d 'The CA (PEM) the server certificate must chain to; nothing else is trusted' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from verify" -l user -d 'User or service name for HTTP Basic' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from verify" -l password-file -d 'File (or `-`) holding the password for --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from verify" -l token-file -d 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from verify" -l client-cert -d 'Client certificate chain (PEM) for mutual TLS' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from verify" -l client-key -d 'Key of the client certificate' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from verify" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from verify" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from verify" -l raw -d 'Verify a bare signature (given with --signature) over the message in --in'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from verify" -l batch -d 'JSON Lines in ({"jws": …} or one JWS per line), JSON Lines out, in order'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from verify" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac" -l in -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac" -l store -d 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac" -l store-password-file -d 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac" -l tenant -d 'Tenant (UUIDv4); each tenant\'s keys live in their own database' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac" -l unseal-file -d 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac" -l passphrase-file -d 'File (or `-`) holding the passphrase for a passphrase-unsealed store' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac" -l server -d 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac" -l ca -d 'The CA (PEM) the server certificate must chain to; nothing else is trusted' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac" -l user -d 'User or service name for HTTP Basic' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac" -l password-file -d 'File (or `-`) holding the password for --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac" -l token-file -d 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac" -l client-cert -d 'Client certificate chain (PEM) for mutual TLS' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac" -l client-key -d 'Key of the client certificate' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac-verify" -l mac -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac-verify" -l in -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac-verify" -l store -d 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac-verify" -l store-password-file -d 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac-verify" -l tenant -d 'Tenant (UUIDv4); each tenant\'s keys live in their own database' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac-verify" -l unseal-file -d 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac-verify" -l passphrase-file -d 'File (or `-`) holding the passphrase for a passphrase-unsealed store' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac-verify" -l server -d 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac-verify" -l ca -d 'The CA (PEM) the server certificate must chain to; nothing else is trusted' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac-verify" -l user -d 'User or service name for HTTP Basic' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac-verify" -l password-file -d 'File (or `-`) holding the password for --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac-verify" -l token-file -d 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac-verify" -l client-cert -d 'Client certificate chain (PEM) for mutual TLS' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac-verify" -l client-key -d 'Key of the client certificate' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac-verify" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac-verify" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac-verify" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac-verify" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac-verify" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac-verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from mac-verify" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from datakey" -l store -d 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from datakey" -l store-password-file -d 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from datakey" -l tenant -d 'Tenant (UUIDv4); each tenant\'s keys live in their own database' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from datakey" -l unseal-file -d 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from datakey" -l passphrase-file -d 'File (or `-`) holding the passphrase for a passphrase-unsealed store' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from datakey" -l server -d 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from datakey" -l ca -d 'The CA (PEM) the server certificate must chain to; nothing else is trusted' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from datakey" -l user -d 'User or service name for HTTP Basic' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from datakey" -l password-file -d 'File (or `-`) holding the password for --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from datakey" -l token-file -d 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from datakey" -l client-cert -d 'Client certificate chain (PEM) for mutual TLS' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from datakey" -l client-key -d 'Key of the client certificate' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from datakey" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from datakey" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from datakey" -l wrapped-only -d 'Print only the encrypted data key'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from datakey" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from datakey" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from datakey" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from datakey" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from datakey" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from derive" -l peer -d 'The peer\'s P-256 public key (PEM or DER)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from derive" -l salt -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from derive" -l info -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from derive" -l store -d 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from derive" -l store-password-file -d 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from derive" -l tenant -d 'Tenant (UUIDv4); each tenant\'s keys live in their own database' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from derive" -l unseal-file -d 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from derive" -l passphrase-file -d 'File (or `-`) holding the passphrase for a passphrase-unsealed store' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from derive" -l server -d 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from derive" -l ca -d 'The CA (PEM) the server certificate must chain to; nothing else is trusted' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from derive" -l user -d 'User or service name for HTTP Basic' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from derive" -l password-file -d 'File (or `-`) holding the password for --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from derive" -l token-file -d 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from derive" -l client-cert -d 'Client certificate chain (PEM) for mutual TLS' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from derive" -l client-key -d 'Key of the client certificate' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from derive" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from derive" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from derive" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from derive" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from derive" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from derive" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from derive" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from serve" -l config -d 'The server config (YAML)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from serve" -l store -d 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from serve" -l store-password-file -d 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from serve" -l tenant -d 'Tenant (UUIDv4); each tenant\'s keys live in their own database' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from serve" -l unseal-file -d 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from serve" -l passphrase-file -d 'File (or `-`) holding the passphrase for a passphrase-unsealed store' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from serve" -l server -d 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from serve" -l ca -d 'The CA (PEM) the server certificate must chain to; nothing else is trusted' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from serve" -l user -d 'User or service name for HTTP Basic' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from serve" -l password-file -d 'File (or `-`) holding the password for --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from serve" -l token-file -d 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from serve" -l client-cert -d 'Client certificate chain (PEM) for mutual TLS' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from serve" -l client-key -d 'Key of the client certificate' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from serve" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from serve" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from serve" -l check-config -d 'Check the config (schema, store, realm, TLS files) and exit without serving'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from serve" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from realm" -l store -d 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from realm" -l store-password-file -d 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from realm" -l tenant -d 'Tenant (UUIDv4); each tenant\'s keys live in their own database' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from realm" -l unseal-file -d 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from realm" -l passphrase-file -d 'File (or `-`) holding the passphrase for a passphrase-unsealed store' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from realm" -l server -d 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from realm" -l ca -d 'The CA (PEM) the server certificate must chain to; nothing else is trusted' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from realm" -l user -d 'User or service name for HTTP Basic' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from realm" -l password-file -d 'File (or `-`) holding the password for --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from realm" -l token-file -d 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from realm" -l client-cert -d 'Client certificate chain (PEM) for mutual TLS' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from realm" -l client-key -d 'Key of the client certificate' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from realm" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from realm" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from realm" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from realm" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from realm" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from realm" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from realm" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from realm" -f -a "hash-password" -d 'Hash a password for a realm file: $pbkdf2-sha256$ITERATIONS$SALT$HASH'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from realm" -f -a "api-key" -d 'Create, list and revoke API keys for `cu kms serve` (kept in the key store)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from realm" -f -a "user" -d 'Add, list, remove users of the database realm and change their passwords (kept in the key store, shared by every `cu kms serve` on it)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from realm" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from audit" -l store -d 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from audit" -l store-password-file -d 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from audit" -l tenant -d 'Tenant (UUIDv4); each tenant\'s keys live in their own database' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from audit" -l unseal-file -d 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from audit" -l passphrase-file -d 'File (or `-`) holding the passphrase for a passphrase-unsealed store' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from audit" -l server -d 'Talk to this `cu kms serve` (https://HOST:PORT) instead of a local store' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from audit" -l ca -d 'The CA (PEM) the server certificate must chain to; nothing else is trusted' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from audit" -l user -d 'User or service name for HTTP Basic' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from audit" -l password-file -d 'File (or `-`) holding the password for --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from audit" -l token-file -d 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from audit" -l client-cert -d 'Client certificate chain (PEM) for mutual TLS' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from audit" -l client-key -d 'Key of the client certificate' -r -F
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from audit" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from audit" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from audit" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from audit" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from audit" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from audit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from audit" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Check a trail: every record chained to the one before, every checkpoint signed'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from audit" -f -a "hmac" -d 'Print the HMAC a record keeps of a sensitive value (read from stdin), to search by it'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from audit" -f -a "search" -d 'Print the records that match, one JSON object per line'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from audit" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from help" -f -a "init" -d 'Create a key store (and the default unseal file when none is given)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Copy a whole store to another place (SQLite ↔ PostgreSQL), sealed as it is, and verify it'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from help" -f -a "rotate-root" -d 'Make a new root key and re-wrap every tenant\'s intermediate keys under it'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from help" -f -a "rotate-intermediate" -d 'Make a new intermediate key for the tenant and re-wrap its content keys under it'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from help" -f -a "key" -d 'Create, list, inspect, rotate, enable, disable, delete and export keys'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from help" -f -a "encrypt" -d 'Encrypt under the key\'s primary version: a compact JWE (A256KW, A256GCM, kid NAME/vN)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from help" -f -a "decrypt" -d 'Decrypt a JWE from `cu kms encrypt`; the key and version come from its kid'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from help" -f -a "rewrap" -d 'Re-encrypt a ciphertext under the key\'s newest version without revealing it'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from help" -f -a "sign" -d 'Sign with the key\'s primary version: compact JWS (RS256/ES256/ES384/EdDSA) or --raw'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Verify a JWS from `cu kms sign` (or a raw signature with --raw --signature)'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from help" -f -a "mac" -d 'Compute an HMAC tag: NAME/vN:TAG'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from help" -f -a "mac-verify" -d 'Check an HMAC tag made by `cu kms mac`'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from help" -f -a "datakey" -d 'Make a fresh AES-256 data key: plaintext and encrypted under the key'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from help" -f -a "derive" -d 'ECDH P-256 with a peer public key, then HKDF-SHA256 to a 32-byte key'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve the store over HTTPS (TLS 1.3): the KMS API, plus /livez, /readyz, /metrics'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from help" -f -a "realm" -d 'File realm tools for `cu kms serve`'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from help" -f -a "audit" -d 'Check and read the audit trail of `cu kms serve`'
complete -c cu -n "__fish_cu_using_subcommand kms; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cu -n "__fish_cu_using_subcommand passport; and not __fish_seen_subcommand_from issue verify keys rotate retire attest serve help" -l store -d 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and not __fish_seen_subcommand_from issue verify keys rotate retire attest serve help" -l store-password-file -d 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and not __fish_seen_subcommand_from issue verify keys rotate retire attest serve help" -l tenant -d 'Tenant (UUIDv4); each tenant\'s keys live in their own database' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and not __fish_seen_subcommand_from issue verify keys rotate retire attest serve help" -l unseal-file -d 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and not __fish_seen_subcommand_from issue verify keys rotate retire attest serve help" -l passphrase-file -d 'File (or `-`) holding the passphrase for a passphrase-unsealed store' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and not __fish_seen_subcommand_from issue verify keys rotate retire attest serve help" -l server -d 'Use this `cu passport serve` (https://HOST:PORT) instead of the local store: same output, reason codes and exit codes' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and not __fish_seen_subcommand_from issue verify keys rotate retire attest serve help" -l ca -d 'The CA (PEM) the server certificate must chain to; nothing else is trusted' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and not __fish_seen_subcommand_from issue verify keys rotate retire attest serve help" -l user -d 'User or service name for HTTP Basic' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and not __fish_seen_subcommand_from issue verify keys rotate retire attest serve help" -l password-file -d 'File (or `-`) holding the password for --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and not __fish_seen_subcommand_from issue verify keys rotate retire attest serve help" -l token-file -d 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and not __fish_seen_subcommand_from issue verify keys rotate retire attest serve help" -l client-cert -d 'Client certificate chain (PEM) for mutual TLS' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and not __fish_seen_subcommand_from issue verify keys rotate retire attest serve help" -l client-key -d 'Key of the client certificate' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and not __fish_seen_subcommand_from issue verify keys rotate retire attest serve help" -l keyring -d 'The keyring: its key is the KMS key `passport.<keyring>`' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and not __fish_seen_subcommand_from issue verify keys rotate retire attest serve help" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand passport; and not __fish_seen_subcommand_from issue verify keys rotate retire attest serve help" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and not __fish_seen_subcommand_from issue verify keys rotate retire attest serve help" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand passport; and not __fish_seen_subcommand_from issue verify keys rotate retire attest serve help" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand passport; and not __fish_seen_subcommand_from issue verify keys rotate retire attest serve help" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand passport; and not __fish_seen_subcommand_from issue verify keys rotate retire attest serve help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand passport; and not __fish_seen_subcommand_from issue verify keys rotate retire attest serve help" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand passport; and not __fish_seen_subcommand_from issue verify keys rotate retire attest serve help" -f -a "issue" -d 'Issue a passport: compact <msg>.<sig> (text), or the envelope (--output json)'
complete -c cu -n "__fish_cu_using_subcommand passport; and not __fish_seen_subcommand_from issue verify keys rotate retire attest serve help" -f -a "verify" -d 'Verify passports; exit 0 with the payload, or 2 with one reason code'
complete -c cu -n "__fish_cu_using_subcommand passport; and not __fish_seen_subcommand_from issue verify keys rotate retire attest serve help" -f -a "keys" -d 'Print the keyring\'s public keys as a JWKS (current and every version not retired)'
complete -c cu -n "__fish_cu_using_subcommand passport; and not __fish_seen_subcommand_from issue verify keys rotate retire attest serve help" -f -a "rotate" -d 'Make a new current version; older versions keep verifying until retired'
complete -c cu -n "__fish_cu_using_subcommand passport; and not __fish_seen_subcommand_from issue verify keys rotate retire attest serve help" -f -a "retire" -d 'Retire a version: passports it signed stop verifying'
complete -c cu -n "__fish_cu_using_subcommand passport; and not __fish_seen_subcommand_from issue verify keys rotate retire attest serve help" -f -a "attest" -d 'Describe the keyring: algorithm, current kid, every version with its creation time, build'
complete -c cu -n "__fish_cu_using_subcommand passport; and not __fish_seen_subcommand_from issue verify keys rotate retire attest serve help" -f -a "serve" -d 'Serve passports over HTTPS (TLS 1.3): issue, verify, verify_batch, keys, admin'
complete -c cu -n "__fish_cu_using_subcommand passport; and not __fish_seen_subcommand_from issue verify keys rotate retire attest serve help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from issue" -l sub -d 'Subject: who the passport is about' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from issue" -l aud -d 'Audience (repeatable): who may accept the passport' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from issue" -l scope -d 'Scope granted (repeatable)' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from issue" -l ttl -d 'Lifetime from now, e.g. 15m, 1h' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from issue" -l max-ttl -d 'The longest TTL this issuer allows' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from issue" -l nbf -d 'Not valid before: +5m, RFC 3339, or Unix seconds' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from issue" -l nonce -d 'A nonce: `auto` for 128 random bits, or a value of your own' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from issue" -l ctx -d 'Context claim NAME=VALUE (repeatable; VALUE is JSON when it parses as JSON)' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from issue" -l iss -d 'Issuer' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from issue" -l in -d 'The requests for --batch; `-` is standard input' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from issue" -l store -d 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from issue" -l store-password-file -d 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from issue" -l tenant -d 'Tenant (UUIDv4); each tenant\'s keys live in their own database' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from issue" -l unseal-file -d 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from issue" -l passphrase-file -d 'File (or `-`) holding the passphrase for a passphrase-unsealed store' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from issue" -l server -d 'Use this `cu passport serve` (https://HOST:PORT) instead of the local store: same output, reason codes and exit codes' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from issue" -l ca -d 'The CA (PEM) the server certificate must chain to; nothing else is trusted' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from issue" -l user -d 'User or service name for HTTP Basic' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from issue" -l password-file -d 'File (or `-`) holding the password for --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from issue" -l token-file -d 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from issue" -l client-cert -d 'Client certificate chain (PEM) for mutual TLS' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from issue" -l client-key -d 'Key of the client certificate' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from issue" -l keyring -d 'The keyring: its key is the KMS key `passport.<keyring>`' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from issue" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from issue" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from issue" -l batch -d 'Issue one passport per JSON Lines request ({"sub","aud","scopes","ttl","nbf","nonce","ctx"}; the flags give the defaults). All lines are issued, or none: one bad request fails the run'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from issue" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from issue" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from issue" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from issue" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from issue" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from verify" -l in -d 'The passport (envelope or compact), or JSON Lines with --batch; `-` is standard input' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from verify" -l aud -d 'Accepted audience (repeatable; the passport must name one of them)' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from verify" -l require-scope -d 'A scope the passport must carry (repeatable)' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from verify" -l skew -d 'Clock skew allowed on exp, nbf and iat' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from verify" -l jwks -d 'Verify with the keys of this JWKS file instead of the store' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from verify" -l max-size -d 'Refuse passports larger than this many bytes (too_large)' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from verify" -l store -d 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from verify" -l store-password-file -d 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from verify" -l tenant -d 'Tenant (UUIDv4); each tenant\'s keys live in their own database' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from verify" -l unseal-file -d 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from verify" -l passphrase-file -d 'File (or `-`) holding the passphrase for a passphrase-unsealed store' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from verify" -l server -d 'Use this `cu passport serve` (https://HOST:PORT) instead of the local store: same output, reason codes and exit codes' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from verify" -l ca -d 'The CA (PEM) the server certificate must chain to; nothing else is trusted' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from verify" -l user -d 'User or service name for HTTP Basic' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from verify" -l password-file -d 'File (or `-`) holding the password for --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from verify" -l token-file -d 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from verify" -l client-cert -d 'Client certificate chain (PEM) for mutual TLS' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from verify" -l client-key -d 'Key of the client certificate' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from verify" -l keyring -d 'The keyring: its key is the KMS key `passport.<keyring>`' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from verify" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from verify" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from verify" -l no-audience-check -d 'Accept any audience (the audience check is on unless this is given)'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from verify" -l batch -d 'JSON Lines in (one passport per line), one JSON result per line out'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from verify" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from verify" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from keys" -l store -d 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from keys" -l store-password-file -d 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from keys" -l tenant -d 'Tenant (UUIDv4); each tenant\'s keys live in their own database' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from keys" -l unseal-file -d 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from keys" -l passphrase-file -d 'File (or `-`) holding the passphrase for a passphrase-unsealed store' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from keys" -l server -d 'Use this `cu passport serve` (https://HOST:PORT) instead of the local store: same output, reason codes and exit codes' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from keys" -l ca -d 'The CA (PEM) the server certificate must chain to; nothing else is trusted' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from keys" -l user -d 'User or service name for HTTP Basic' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from keys" -l password-file -d 'File (or `-`) holding the password for --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from keys" -l token-file -d 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from keys" -l client-cert -d 'Client certificate chain (PEM) for mutual TLS' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from keys" -l client-key -d 'Key of the client certificate' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from keys" -l keyring -d 'The keyring: its key is the KMS key `passport.<keyring>`' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from keys" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from keys" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from keys" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from keys" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from keys" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from keys" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from keys" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from rotate" -l store -d 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from rotate" -l store-password-file -d 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from rotate" -l tenant -d 'Tenant (UUIDv4); each tenant\'s keys live in their own database' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from rotate" -l unseal-file -d 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from rotate" -l passphrase-file -d 'File (or `-`) holding the passphrase for a passphrase-unsealed store' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from rotate" -l server -d 'Use this `cu passport serve` (https://HOST:PORT) instead of the local store: same output, reason codes and exit codes' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from rotate" -l ca -d 'The CA (PEM) the server certificate must chain to; nothing else is trusted' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from rotate" -l user -d 'User or service name for HTTP Basic' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from rotate" -l password-file -d 'File (or `-`) holding the password for --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from rotate" -l token-file -d 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from rotate" -l client-cert -d 'Client certificate chain (PEM) for mutual TLS' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from rotate" -l client-key -d 'Key of the client certificate' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from rotate" -l keyring -d 'The keyring: its key is the KMS key `passport.<keyring>`' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from rotate" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from rotate" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from rotate" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from rotate" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from rotate" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from rotate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from rotate" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from retire" -l key-version -d 'The version to retire (not the current one)' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from retire" -l store -d 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from retire" -l store-password-file -d 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from retire" -l tenant -d 'Tenant (UUIDv4); each tenant\'s keys live in their own database' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from retire" -l unseal-file -d 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from retire" -l passphrase-file -d 'File (or `-`) holding the passphrase for a passphrase-unsealed store' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from retire" -l server -d 'Use this `cu passport serve` (https://HOST:PORT) instead of the local store: same output, reason codes and exit codes' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from retire" -l ca -d 'The CA (PEM) the server certificate must chain to; nothing else is trusted' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from retire" -l user -d 'User or service name for HTTP Basic' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from retire" -l password-file -d 'File (or `-`) holding the password for --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from retire" -l token-file -d 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from retire" -l client-cert -d 'Client certificate chain (PEM) for mutual TLS' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from retire" -l client-key -d 'Key of the client certificate' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from retire" -l keyring -d 'The keyring: its key is the KMS key `passport.<keyring>`' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from retire" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from retire" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from retire" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from retire" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from retire" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from retire" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from retire" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from attest" -l store -d 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from attest" -l store-password-file -d 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from attest" -l tenant -d 'Tenant (UUIDv4); each tenant\'s keys live in their own database' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from attest" -l unseal-file -d 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from attest" -l passphrase-file -d 'File (or `-`) holding the passphrase for a passphrase-unsealed store' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from attest" -l server -d 'Use this `cu passport serve` (https://HOST:PORT) instead of the local store: same output, reason codes and exit codes' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from attest" -l ca -d 'The CA (PEM) the server certificate must chain to; nothing else is trusted' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from attest" -l user -d 'User or service name for HTTP Basic' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from attest" -l password-file -d 'File (or `-`) holding the password for --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from attest" -l token-file -d 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from attest" -l client-cert -d 'Client certificate chain (PEM) for mutual TLS' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from attest" -l client-key -d 'Key of the client certificate' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from attest" -l keyring -d 'The keyring: its key is the KMS key `passport.<keyring>`' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from attest" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from attest" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from attest" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from attest" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from attest" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from attest" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from attest" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from serve" -l config -d 'The server config (YAML)' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from serve" -l store -d 'The key store: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_KMS_STORE, else $XDG_DATA_HOME/cu/kms.db)' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from serve" -l store-password-file -d 'File holding the PostgreSQL password (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from serve" -l tenant -d 'Tenant (UUIDv4); each tenant\'s keys live in their own database' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from serve" -l unseal-file -d 'File holding the 32-byte unseal secret (default: $XDG_CONFIG_HOME/cu/unseal.key)' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from serve" -l passphrase-file -d 'File (or `-`) holding the passphrase for a passphrase-unsealed store' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from serve" -l server -d 'Use this `cu passport serve` (https://HOST:PORT) instead of the local store: same output, reason codes and exit codes' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from serve" -l ca -d 'The CA (PEM) the server certificate must chain to; nothing else is trusted' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from serve" -l user -d 'User or service name for HTTP Basic' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from serve" -l password-file -d 'File (or `-`) holding the password for --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from serve" -l token-file -d 'File (or `-`) holding a bearer access token (from `cu identity token`) instead of --user' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from serve" -l client-cert -d 'Client certificate chain (PEM) for mutual TLS' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from serve" -l client-key -d 'Key of the client certificate' -r -F
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from serve" -l keyring -d 'The keyring: its key is the KMS key `passport.<keyring>`' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from serve" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from serve" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from serve" -l check-config -d 'Check the config (schema, store, realm, TLS files) and exit without serving'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from serve" -l amnesia -d 'Keep nothing but the store\'s keys: errors are the only log lines, and a config that asks for an audit trail, a log file or telemetry export is refused'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from serve" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from help" -f -a "issue" -d 'Issue a passport: compact <msg>.<sig> (text), or the envelope (--output json)'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Verify passports; exit 0 with the payload, or 2 with one reason code'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from help" -f -a "keys" -d 'Print the keyring\'s public keys as a JWKS (current and every version not retired)'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from help" -f -a "rotate" -d 'Make a new current version; older versions keep verifying until retired'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from help" -f -a "retire" -d 'Retire a version: passports it signed stop verifying'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from help" -f -a "attest" -d 'Describe the keyring: algorithm, current kid, every version with its creation time, build'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve passports over HTTPS (TLS 1.3): issue, verify, verify_batch, keys, admin'
complete -c cu -n "__fish_cu_using_subcommand passport; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cu -n "__fish_cu_using_subcommand identity; and not __fish_seen_subcommand_from serve client rotate-signing-key migrate token help" -l state -d 'The identity server\'s state: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_IDENTITY_STATE, else $XDG_DATA_HOME/cu/identity.db)' -r -F
complete -c cu -n "__fish_cu_using_subcommand identity; and not __fish_seen_subcommand_from serve client rotate-signing-key migrate token help" -l state-password-file -d 'File holding the PostgreSQL password of --state (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand identity; and not __fish_seen_subcommand_from serve client rotate-signing-key migrate token help" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand identity; and not __fish_seen_subcommand_from serve client rotate-signing-key migrate token help" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand identity; and not __fish_seen_subcommand_from serve client rotate-signing-key migrate token help" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand identity; and not __fish_seen_subcommand_from serve client rotate-signing-key migrate token help" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand identity; and not __fish_seen_subcommand_from serve client rotate-signing-key migrate token help" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand identity; and not __fish_seen_subcommand_from serve client rotate-signing-key migrate token help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand identity; and not __fish_seen_subcommand_from serve client rotate-signing-key migrate token help" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand identity; and not __fish_seen_subcommand_from serve client rotate-signing-key migrate token help" -f -a "serve" -d 'Serve OAuth 2.1 over HTTPS (TLS 1.3): discovery, JWKS, token, introspection, revocation'
complete -c cu -n "__fish_cu_using_subcommand identity; and not __fish_seen_subcommand_from serve client rotate-signing-key migrate token help" -f -a "client" -d 'Register, list and re-key OAuth clients'
complete -c cu -n "__fish_cu_using_subcommand identity; and not __fish_seen_subcommand_from serve client rotate-signing-key migrate token help" -f -a "rotate-signing-key" -d 'Make a new token signing key; the old one stays in the JWKS until its tokens expire'
complete -c cu -n "__fish_cu_using_subcommand identity; and not __fish_seen_subcommand_from serve client rotate-signing-key migrate token help" -f -a "migrate" -d 'Copy the whole identity state (clients, sessions, codes, tokens, revocations) from one store to another and verify the copy'
complete -c cu -n "__fish_cu_using_subcommand identity; and not __fish_seen_subcommand_from serve client rotate-signing-key migrate token help" -f -a "token" -d 'Get an access token with client credentials and print it'
complete -c cu -n "__fish_cu_using_subcommand identity; and not __fish_seen_subcommand_from serve client rotate-signing-key migrate token help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from serve" -l config -d 'The server config (YAML)' -r -F
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from serve" -l state -d 'The identity server\'s state: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_IDENTITY_STATE, else $XDG_DATA_HOME/cu/identity.db)' -r -F
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from serve" -l state-password-file -d 'File holding the PostgreSQL password of --state (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from serve" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from serve" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from serve" -l check-config -d 'Check the config and exit without serving'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from serve" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from serve" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from serve" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from serve" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from client" -l config -d 'The identity server\'s config: the clients of its state (with the config\'s state_password_file), and with `audit: {store: true}` a record of each change in its audit trail (with --state instead, changes are not recorded)' -r -F
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from client" -l state -d 'The identity server\'s state: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_IDENTITY_STATE, else $XDG_DATA_HOME/cu/identity.db)' -r -F
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from client" -l state-password-file -d 'File holding the PostgreSQL password of --state (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from client" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from client" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from client" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from client" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from client" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from client" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from client" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from client" -f -a "create" -d 'Register a client; a confidential one gets a secret, shown once'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from client" -f -a "list" -d 'List the clients'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from client" -f -a "rotate-secret" -d 'Give a confidential client a new secret; the old one stops working at once'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from client" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from rotate-signing-key" -l config -d 'The server config (YAML) naming the key store' -r -F
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from rotate-signing-key" -l state -d 'The identity server\'s state: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_IDENTITY_STATE, else $XDG_DATA_HOME/cu/identity.db)' -r -F
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from rotate-signing-key" -l state-password-file -d 'File holding the PostgreSQL password of --state (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from rotate-signing-key" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from rotate-signing-key" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from rotate-signing-key" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from rotate-signing-key" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from rotate-signing-key" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from rotate-signing-key" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from rotate-signing-key" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from migrate" -l from -d 'What to copy (PATH, sqlite:PATH or postgres://…)' -r -F
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from migrate" -l to -d 'Where to copy it (a new file, or an empty PostgreSQL database)' -r -F
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from migrate" -l from-password-file -d 'PostgreSQL password of --from (default: $PGPASSFILE / ~/.pgpass)' -r -F
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from migrate" -l to-password-file -d 'PostgreSQL password of --to (default: $PGPASSFILE / ~/.pgpass)' -r -F
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from migrate" -l state -d 'The identity server\'s state: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_IDENTITY_STATE, else $XDG_DATA_HOME/cu/identity.db)' -r -F
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from migrate" -l state-password-file -d 'File holding the PostgreSQL password of --state (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from migrate" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from migrate" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from migrate" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from migrate" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from migrate" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from migrate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from migrate" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from token" -l server -d 'The identity server (https://HOST:PORT)' -r
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from token" -l ca -d 'The CA (PEM) the server certificate must chain to' -r -F
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from token" -l client-id -r
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from token" -l client-secret-file -d 'File (or `-`) holding the client secret' -r -F
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from token" -l scope -d 'Scope to ask for (repeatable; default: all the client may have)' -r
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from token" -l state -d 'The identity server\'s state: a SQLite file (PATH or sqlite:PATH) or postgres://USER@HOST:PORT/DB (default: $CU_IDENTITY_STATE, else $XDG_DATA_HOME/cu/identity.db)' -r -F
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from token" -l state-password-file -d 'File holding the PostgreSQL password of --state (default: the matching line of $PGPASSFILE or ~/.pgpass); never in the URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from token" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from token" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from token" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from token" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from token" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from token" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from help" -f -a "serve" -d 'Serve OAuth 2.1 over HTTPS (TLS 1.3): discovery, JWKS, token, introspection, revocation'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from help" -f -a "client" -d 'Register, list and re-key OAuth clients'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from help" -f -a "rotate-signing-key" -d 'Make a new token signing key; the old one stays in the JWKS until its tokens expire'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from help" -f -a "migrate" -d 'Copy the whole identity state (clients, sessions, codes, tokens, revocations) from one store to another and verify the copy'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from help" -f -a "token" -d 'Get an access token with client credentials and print it'
complete -c cu -n "__fish_cu_using_subcommand identity; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cu -n "__fish_cu_using_subcommand demo" -l data-dir -d 'Where demo data lives and is reused (default: $XDG_DATA_HOME/cu/demo)' -r -F
complete -c cu -n "__fish_cu_using_subcommand demo" -l port-offset -d 'Add this to the default ports (8081, 8082, 9090, 9091)' -r
complete -c cu -n "__fish_cu_using_subcommand demo" -l postgres -d 'Keep the key store and the identity state in PostgreSQL: at URL (postgres://USER@HOST:PORT/DB, password from --postgres-password-file or $PGPASSFILE), or without one in a throwaway cluster (Debian\'s initdb, a free port, a temporary directory removed on exit)' -r
complete -c cu -n "__fish_cu_using_subcommand demo" -l postgres-password-file -d 'File holding the password of --postgres URL' -r -F
complete -c cu -n "__fish_cu_using_subcommand demo" -l kms-instances -d 'KMS servers to start on the one PostgreSQL store (needs --postgres); the checks then cross them: a key made on one is used and rotated on another, old data decrypted on a third' -r
complete -c cu -n "__fish_cu_using_subcommand demo" -l otlp-endpoint -d 'Send every server\'s traces to this OTLP/HTTP collector (http://HOST:4318)' -r
complete -c cu -n "__fish_cu_using_subcommand demo" -l ready-timeout -d 'How long to wait for each server\'s /readyz' -r
complete -c cu -n "__fish_cu_using_subcommand demo" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand demo" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand demo" -l check -d 'Stop after the summary instead of serving (CI and tests)'
complete -c cu -n "__fish_cu_using_subcommand demo" -l ephemeral -d 'Use a temporary data directory, removed at the end'
complete -c cu -n "__fish_cu_using_subcommand demo" -l reset-demo -d 'Wipe the data directory first'
complete -c cu -n "__fish_cu_using_subcommand demo" -l fail-fast -d 'Stop at the first failing step'
complete -c cu -n "__fish_cu_using_subcommand demo" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand demo" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand demo" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand demo" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand demo" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand version" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand version" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand version" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand version" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand version" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand version" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand commands" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand commands" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand commands" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand commands" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand commands" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand commands" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand commands" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand completions" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand completions" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand completions" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand completions" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand completions" -s v -l verbose -d 'Diagnostics on stderr: -v, -vv, -vvv for more (or CU_LOG)'
complete -c cu -n "__fish_cu_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand completions" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand help; and not __fish_seen_subcommand_from jose pki kms passport identity demo version commands completions help" -f -a "jose" -d 'JSON Web Keys, signatures, tokens and encryption (JWK, JWS, JWT, JWE)'
complete -c cu -n "__fish_cu_using_subcommand help; and not __fish_seen_subcommand_from jose pki kms passport identity demo version commands completions help" -f -a "pki" -d 'CA chains, certificates, CSRs, CRLs, inspection, chain validation, PKCS#12'
complete -c cu -n "__fish_cu_using_subcommand help; and not __fish_seen_subcommand_from jose pki kms passport identity demo version commands completions help" -f -a "kms" -d 'A local key store: versioned keys under a three-tier hierarchy, and their operations'
complete -c cu -n "__fish_cu_using_subcommand help; and not __fish_seen_subcommand_from jose pki kms passport identity demo version commands completions help" -f -a "passport" -d 'Ed25519 passports: issue, verify (one or a batch), JWKS, rotate, retire, attest'
complete -c cu -n "__fish_cu_using_subcommand help; and not __fish_seen_subcommand_from jose pki kms passport identity demo version commands completions help" -f -a "identity" -d 'An OAuth 2.1 authorization server: serve, clients, tokens'
complete -c cu -n "__fish_cu_using_subcommand help; and not __fish_seen_subcommand_from jose pki kms passport identity demo version commands completions help" -f -a "demo" -d 'One command from nothing to running, verified servers: KMS, identity, or both'
complete -c cu -n "__fish_cu_using_subcommand help; and not __fish_seen_subcommand_from jose pki kms passport identity demo version commands completions help" -f -a "version" -d 'Print cu\'s version; with --verbose also the cryptographic libraries built in'
complete -c cu -n "__fish_cu_using_subcommand help; and not __fish_seen_subcommand_from jose pki kms passport identity demo version commands completions help" -f -a "commands" -d 'The command line as data: every command with its flags, exit codes, reason codes, examples'
complete -c cu -n "__fish_cu_using_subcommand help; and not __fish_seen_subcommand_from jose pki kms passport identity demo version commands completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c cu -n "__fish_cu_using_subcommand help; and not __fish_seen_subcommand_from jose pki kms passport identity demo version commands completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from jose" -f -a "jwk" -d 'Generate, inspect and convert JSON Web Keys'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from jose" -f -a "jws" -d 'Sign and verify JWS (compact and JSON serialization)'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from jose" -f -a "jwt" -d 'Sign, verify and decode JSON Web Tokens'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from jose" -f -a "jwe" -d 'Encrypt and decrypt JWE (compact and JSON serialization)'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from pki" -f -a "ca" -d 'Create certificate authority chains'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from pki" -f -a "cert" -d 'Issue leaf certificates for servers and clients'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from pki" -f -a "csr" -d 'Create certificate signing requests and issue certificates from them'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from pki" -f -a "crl" -d 'Create certificate revocation lists'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from pki" -f -a "inspect" -d 'Show what a certificate, chain, CSR, CRL or key file holds'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from pki" -f -a "verify" -d 'Validate a certificate chain (RFC 5280, via rustls-webpki); exit 0 valid, 2 invalid'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from pki" -f -a "p12" -d 'Export and import PKCS#12 (.p12/.pfx) files'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from kms" -f -a "init" -d 'Create a key store (and the default unseal file when none is given)'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from kms" -f -a "migrate" -d 'Copy a whole store to another place (SQLite ↔ PostgreSQL), sealed as it is, and verify it'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from kms" -f -a "rotate-root" -d 'Make a new root key and re-wrap every tenant\'s intermediate keys under it'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from kms" -f -a "rotate-intermediate" -d 'Make a new intermediate key for the tenant and re-wrap its content keys under it'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from kms" -f -a "key" -d 'Create, list, inspect, rotate, enable, disable, delete and export keys'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from kms" -f -a "encrypt" -d 'Encrypt under the key\'s primary version: a compact JWE (A256KW, A256GCM, kid NAME/vN)'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from kms" -f -a "decrypt" -d 'Decrypt a JWE from `cu kms encrypt`; the key and version come from its kid'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from kms" -f -a "rewrap" -d 'Re-encrypt a ciphertext under the key\'s newest version without revealing it'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from kms" -f -a "sign" -d 'Sign with the key\'s primary version: compact JWS (RS256/ES256/ES384/EdDSA) or --raw'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from kms" -f -a "verify" -d 'Verify a JWS from `cu kms sign` (or a raw signature with --raw --signature)'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from kms" -f -a "mac" -d 'Compute an HMAC tag: NAME/vN:TAG'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from kms" -f -a "mac-verify" -d 'Check an HMAC tag made by `cu kms mac`'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from kms" -f -a "datakey" -d 'Make a fresh AES-256 data key: plaintext and encrypted under the key'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from kms" -f -a "derive" -d 'ECDH P-256 with a peer public key, then HKDF-SHA256 to a 32-byte key'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from kms" -f -a "serve" -d 'Serve the store over HTTPS (TLS 1.3): the KMS API, plus /livez, /readyz, /metrics'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from kms" -f -a "realm" -d 'File realm tools for `cu kms serve`'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from kms" -f -a "audit" -d 'Check and read the audit trail of `cu kms serve`'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from passport" -f -a "issue" -d 'Issue a passport: compact <msg>.<sig> (text), or the envelope (--output json)'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from passport" -f -a "verify" -d 'Verify passports; exit 0 with the payload, or 2 with one reason code'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from passport" -f -a "keys" -d 'Print the keyring\'s public keys as a JWKS (current and every version not retired)'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from passport" -f -a "rotate" -d 'Make a new current version; older versions keep verifying until retired'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from passport" -f -a "retire" -d 'Retire a version: passports it signed stop verifying'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from passport" -f -a "attest" -d 'Describe the keyring: algorithm, current kid, every version with its creation time, build'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from passport" -f -a "serve" -d 'Serve passports over HTTPS (TLS 1.3): issue, verify, verify_batch, keys, admin'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from identity" -f -a "serve" -d 'Serve OAuth 2.1 over HTTPS (TLS 1.3): discovery, JWKS, token, introspection, revocation'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from identity" -f -a "client" -d 'Register, list and re-key OAuth clients'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from identity" -f -a "rotate-signing-key" -d 'Make a new token signing key; the old one stays in the JWKS until its tokens expire'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from identity" -f -a "migrate" -d 'Copy the whole identity state (clients, sessions, codes, tokens, revocations) from one store to another and verify the copy'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from identity" -f -a "token" -d 'Get an access token with client credentials and print it'
