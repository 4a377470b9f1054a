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
complete -c cu -n "__fish_cu_using_subcommand completions" -l output -d 'Output format: text for people and pipes, json for one stable document' -r -f -a "text\t'Human-readable text, or the raw artifact (token, key, payload) for piping'
json\t'One JSON document on stdout; errors as JSON on stderr'"
complete -c cu -n "__fish_cu_using_subcommand completions" -l now -d 'Fix the clock (RFC 3339), for reproducible tests' -r
complete -c cu -n "__fish_cu_using_subcommand completions" -l no-color -d 'Never use color (also honoured: NO_COLOR, CI=true)'
complete -c cu -n "__fish_cu_using_subcommand completions" -s q -l quiet -d 'Print no warnings or notes on stderr (errors still print)'
complete -c cu -n "__fish_cu_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c cu -n "__fish_cu_using_subcommand completions" -s V -l version -d 'Print version'
complete -c cu -n "__fish_cu_using_subcommand help; and not __fish_seen_subcommand_from jose completions help" -f -a "jose" -d 'JSON Web Keys, signatures, tokens and encryption (JWK, JWS, JWT, JWE)'
complete -c cu -n "__fish_cu_using_subcommand help; and not __fish_seen_subcommand_from jose completions help" -f -a "completions" -d 'Print a shell completion script'
complete -c cu -n "__fish_cu_using_subcommand help; and not __fish_seen_subcommand_from jose completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from jose" -f -a "jwk" -d 'Generate, inspect and convert JSON Web Keys'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from jose" -f -a "jws" -d 'Sign and verify JWS (compact and JSON serialization)'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from jose" -f -a "jwt" -d 'Sign, verify and decode JSON Web Tokens'
complete -c cu -n "__fish_cu_using_subcommand help; and __fish_seen_subcommand_from jose" -f -a "jwe" -d 'Encrypt and decrypt JWE (compact and JSON serialization)'
