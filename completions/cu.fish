# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_cu_global_optspecs
    string join \n output= no-color q/quiet now= h/help V/version
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
complete -c cu -n "__fish_cu_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_needs_command" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_needs_command" -f -a "jose" -d 'JSON Web Keys, signatures, tokens and encryption (JWK, JWS, JWT, JWE)'
complete -c cu -n "__fish_cu_needs_command" -f -a "pki" -d 'CA chains, certificates, CSRs, CRLs, inspection, chain validation, PKCS#12'
complete -c cu -n "__fish_cu_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c cu -n "__fish_cu_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cu -n "__fish_cu_using_subcommand jose; and not __fish_seen_subcommand_from jwk jws jwt jwe help" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand jose; and not __fish_seen_subcommand_from jwk jws jwt jwe help" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand jose; and not __fish_seen_subcommand_from jwk jws jwt jwe help" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand jose; and not __fish_seen_subcommand_from jwk jws jwt jwe help" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
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
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jws" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jws" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jws" -f -a "sign" -d 'Sign a payload as a JWS'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jws" -f -a "verify" -d 'Verify a JWS and print its payload'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jws" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwt" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwt" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwt" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand jose; and __fish_seen_subcommand_from jwt" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
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
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from ca" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from ca" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from ca" -f -a "create" -d 'Create a CA chain: root → policy → issuing (length set by --levels)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from ca" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from cert" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from cert" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from cert" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from cert" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from cert" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from cert" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from cert" -f -a "issue" -d 'Issue a leaf certificate and key'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from cert" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from csr" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from csr" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from csr" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from csr" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
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
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from crl" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from crl" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from crl" -f -a "create" -d 'Sign a CRL listing revoked certificates'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from crl" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from inspect" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from inspect" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from inspect" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from inspect" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from inspect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from inspect" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -l roots -d 'Trusted root certificate(s)' -r -F
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -l chain -d 'Untrusted intermediate certificates' -r -F
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -l hostname -d 'Host name the certificate must be valid for' -r
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -l ip -d 'IP address the certificate must be valid for' -r
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -l purpose -r -f -a "server\t'TLS server authentication (id-kp-serverAuth)'
client\t'TLS client authentication (id-kp-clientAuth)'"
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -l at -d 'Validate at this time instead of now (RFC 3339)' -r
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -l crl -d 'CRL to check revocation against (repeatable)' -r -F
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -l max-intermediates -d 'Most intermediate certificates allowed between leaf and root' -r
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from p12" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from p12" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from p12" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand pki; and __fish_seen_subcommand_from p12" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
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
complete -c cu -n "__fish_cu_using_subcommand completions" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand completions" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand completions" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand completions" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand completions" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand help; and not __fish_seen_subcommand_from jose pki completions help" -f -a "jose" -d 'JSON Web Keys, signatures, tokens and encryption (JWK, JWS, JWT, JWE)'
complete -c cu -n "__fish_cu_using_subcommand help; and not __fish_seen_subcommand_from jose pki completions help" -f -a "pki" -d 'CA chains, certificates, CSRs, CRLs, inspection, chain validation, PKCS#12'
complete -c cu -n "__fish_cu_using_subcommand help; and not __fish_seen_subcommand_from jose pki completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c cu -n "__fish_cu_using_subcommand help; and not __fish_seen_subcommand_from jose pki completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
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
