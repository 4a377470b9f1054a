#!/usr/bin/env bash
# KMS encrypt throughput of a build against a reference build, side by side: each round
# runs scripts/bench-kms-serve.sh for both at the same seconds (START_AT), so that both
# share whatever the machine's neighbours do, and prints their requests/s and the ratio.
# Both servers run on one core (SERVER_CPUS, default 1) and both loads on another (LOAD_CPUS,
# default 0), so the servers split one core by what a request costs each, and whatever the
# neighbours take from that core they take from both. The order alternates from one round to
# the next; the summary is the median ratio over all rounds.
#
# usage: scripts/bench-kms-serve-ab.sh REFERENCE_CU CANDIDATE_CU [ROUNDS] [SECONDS]
#        (defaults: 10 rounds of 8 s at 16 connections each)
# needs: what scripts/bench-kms-serve.sh needs.
set -euo pipefail
[ $# -ge 2 ] || { sed -n '2,10p' "$0" >&2; exit 2; }
reference=$1
candidate=$2
rounds=${3:-10}
secs=${4:-8}
here=$(cd "$(dirname "$0")" && pwd)
out=$(mktemp -d "${TMPDIR:-/tmp}/cu-bench-ab.XXXXXX")
trap 'rm -rf "$out"' EXIT
rate() { grep -m1 "requests/s" "$1" | awk '{print $2}'; }
ratios=()
for r in $(seq "$rounds"); do
  first=$reference second=$candidate
  if [ $((r % 2)) -eq 0 ]; then first=$candidate second=$reference; fi
  at=$(($(date +%s) + 6))
  export SERVER_CPUS=${SERVER_CPUS:-1} LOAD_CPUS=${LOAD_CPUS:-0}
  START_AT=$at CU=$first bash "$here/bench-kms-serve.sh" "$secs" 16 > "$out/first.txt" 2>&1 &
  p1=$!
  START_AT=$at CU=$second bash "$here/bench-kms-serve.sh" "$secs" 16 > "$out/second.txt" 2>&1 &
  p2=$!
  wait "$p1" "$p2"
  if [ "$first" = "$reference" ]; then ref=$(rate "$out/first.txt") cand=$(rate "$out/second.txt")
  else ref=$(rate "$out/second.txt") cand=$(rate "$out/first.txt"); fi
  ratio=$(awk -v a="$ref" -v b="$cand" 'BEGIN {printf "%.3f", b / a}')
  ratios+=("$ratio")
  echo "round $r: reference $ref req/s, candidate $cand req/s, candidate/reference $ratio$([ "$first" = "$candidate" ] && echo ' (candidate first)')"
done
printf '%s\n' "${ratios[@]}" | sort -n | awk '{v[NR] = $1} END {
  m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
  printf "median candidate/reference over %d rounds: %.3f (range %.3f to %.3f)\n", NR, m, v[1], v[NR]}'
