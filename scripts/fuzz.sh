#!/usr/bin/env bash
# Runs the cargo-fuzz targets in fuzz/ (libFuzzer, nightly toolchain): each for SECONDS on
# its committed seeds (fuzz/seeds/TARGET, made from the test vectors) plus what earlier runs
# kept (fuzz/corpus/TARGET, not committed), and reports per target the executions, the
# coverage (libFuzzer's `cov` edges and `ft` features) and whether it crashed, timed out
# (one input over 10 s) or ran out of memory (2 GiB). A crash leaves its input in
# fuzz/artifacts/TARGET/; reproduce with `cargo +nightly fuzz run TARGET ARTIFACT`, then add
# it to a regression test and to the seeds.
#
# usage: scripts/fuzz.sh [SECONDS] [TARGET...]     (default: 30 s, every target)
#   CI runs it as a smoke (scripts/fuzz.sh 30); campaigns by hand: scripts/fuzz.sh 1800.
# exit: 0 no target failed, 2 one did (or the fuzzers could not be built).
# needs: rustup's nightly toolchain and cargo-fuzz (cargo install --locked cargo-fuzz).
set -uo pipefail
secs=${1:-30}
shift || true
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root/fuzz"
command -v cargo-fuzz >/dev/null || { echo "install cargo-fuzz: cargo install --locked cargo-fuzz" >&2; exit 2; }
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(cargo +nightly fuzz list)
fi
cargo +nightly fuzz build >&2 || { echo "the fuzz targets do not build" >&2; exit 2; }
status=0
printf '%-16s %12s %8s %8s %8s  %s\n' target executions exec/s cov ft result
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t" "seeds/$t"
  log=$(mktemp)
  cargo +nightly fuzz run "$t" "corpus/$t" "seeds/$t" -- \
    -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    > "$log" 2>&1
  rc=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  if [ $rc -eq 0 ]; then
    result=ok
  else
    status=2
    result="FAILED ($(grep -o -m1 -E 'ERROR: libFuzzer: [a-z-]+|panicked at [^:]*:[0-9]+|ERROR: AddressSanitizer: [a-z-]+' "$log" || echo "exit $rc"))"
    echo "--- $t" >&2
    grep -E -A12 'panicked|ERROR:' "$log" | head -40 >&2
  fi
  printf '%-16s %12s %8s %8s %8s  %s\n' "$t" "${runs:-?}" "${speed:-?}" "${cov:-?}" "${ft:-?}" "$result"
  rm -f "$log"
done
exit $status
