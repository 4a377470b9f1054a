#!/usr/bin/env bash
# The README's test command: `cargo test --locked` (arguments go to it), then one line of
# totals over every test binary — "N passed, N failed, N skipped" — and the skipped tests
# with their reasons. A test that cannot run here (a peer missing, no root for network
# namespaces) records itself in skipped.log of the tests' scratch directory
# (tests/common: `skip`, `missing_peer`); libtest counts it as passed, this script does not.
# Under CI=true a missing peer that .ci/run installs fails its test instead.
# Exit status: cargo test's.
set -uo pipefail
cd "$(dirname "$0")/.."
target=${CARGO_TARGET_DIR:-target}
mkdir -p "$target/tmp"
skips="$target/tmp/skipped.log"
: > "$skips"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
cargo test --locked "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
skipped=$(cut -f1 "$skips" | sort -u | wc -l)
awk -v s="$skipped" '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
     END { printf "%d passed, %d failed, %d skipped\n", p - s, f, s }' "$log"
if [ "$skipped" -gt 0 ]; then
  echo "skipped:"
  sort -u "$skips" | awk -F '\t' '!seen[$1]++ { printf "  %s: %s\n", $1, $2 }'
fi
exit "$status"
