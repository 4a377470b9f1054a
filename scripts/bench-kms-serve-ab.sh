#!/usr/bin/env bash
# KMS encrypt throughput of a build against a reference build, side by side: each round
# runs scripts/bench-kms-serve.sh for both at the same seconds (START_AT), so that both
# share whatever the machine's neighbours do, and prints their requests/s and the ratio.
# Both servers run on one core (SERVER_CPUS, default 1) and both loads on another (LOAD_CPUS,
# default 0), so the servers split one core by what a request costs each, and whatever the
# neighbours take from that core they take from both. The order alternates from one round to
# the next; the summary is the median ratio over all rounds, of requests/s and of the
# server's CPU time (user + system, from /proc) per request. With TOGETHER=no the two runs of
# a round go one after the other instead, each server with the whole machine and no pinning
# (as in production; noisier, since the neighbours change between the two).
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
cpu() { grep -m1 "server CPU per request" "$1" | awk '{print $5}'; }
load() { grep -m1 "load CPU per request" "$1" | awk '{print $5}'; }
ratios=() cpu_ratios=()
for r in $(seq "$rounds"); do
  first=$reference second=$candidate
  if [ $((r % 2)) -eq 0 ]; then first=$candidate second=$reference; fi
  if [ "${TOGETHER:-yes}" = no ]; then
    # One after the other, each with the whole machine (as a server runs in production).
    CU=$first bash "$here/bench-kms-serve.sh" "$secs" 16 > "$out/first.txt" 2>&1
    CU=$second bash "$here/bench-kms-serve.sh" "$secs" 16 > "$out/second.txt" 2>&1
  else
    at=$(($(date +%s) + 6))
    export SERVER_CPUS=${SERVER_CPUS:-1} LOAD_CPUS=${LOAD_CPUS:-0}
    START_AT=$at CU=$first bash "$here/bench-kms-serve.sh" "$secs" 16 > "$out/first.txt" 2>&1 &
    p1=$!
    START_AT=$at CU=$second bash "$here/bench-kms-serve.sh" "$secs" 16 > "$out/second.txt" 2>&1 &
    p2=$!
    wait "$p1" "$p2"
  fi
  r_out=$out/first.txt c_out=$out/second.txt
  [ "$first" = "$reference" ] || { r_out=$out/second.txt c_out=$out/first.txt; }
  ref=$(rate "$r_out") cand=$(rate "$c_out") ref_cpu=$(cpu "$r_out") cand_cpu=$(cpu "$c_out")
  ref_load=$(load "$r_out") cand_load=$(load "$c_out")
  ratio=$(awk -v a="$ref" -v b="$cand" 'BEGIN {printf "%.3f", b / a}')
  cpu_ratio=$(awk -v a="$ref_cpu" -v b="$cand_cpu" 'BEGIN {printf "%.3f", b / a}')
  ratios+=("$ratio") cpu_ratios+=("$cpu_ratio")
  echo "round $r: reference $ref req/s ($ref_cpu us CPU each), candidate $cand req/s ($cand_cpu us), load CPU each $ref_load / $cand_load us, candidate/reference $ratio (CPU per request $cpu_ratio)$([ "$first" = "$candidate" ] && echo ' (candidate first)')"
done
median() { sort -n | awk -v what="$1" '{v[NR] = $1} END {
  m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
  printf "median candidate/reference %s over %d rounds: %.3f (range %.3f to %.3f)\n", what, NR, m, v[1], v[NR]}'; }
printf '%s\n' "${ratios[@]}" | median "requests/s"
printf '%s\n' "${cpu_ratios[@]}" | median "server CPU per request"
