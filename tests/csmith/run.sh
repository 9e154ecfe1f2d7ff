#!/usr/bin/env bash
# Differential testing with csmith: for each seed, generate a random (undefined-behaviour-free)
# C program, run it natively (gcc -O0) and under `altitude run`, and compare stdout and exit status.
#
#   tests/csmith/run.sh [--seeds N | --from S --count N] [--jobs J] [--timeout SECONDS] [--out DIR]
#                       [--csmith-options "OPTIONS"]
#
# One line per disagreement (seed, kind), then a summary. Disagreeing programs are kept in
# DIR/failures/<seed>/ (prog.c, native.out, altitude.out, altitude.err). Exit status 1 on any
# disagreement. tests/csmith/README.md explains the options and the kinds.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

from=1
count=100
jobs=2
timeout=120
out="$root/.cache/csmith"
# The csmith options; keep in step with tests/csmith/README.md and CsmithDifferentialTests.cs.
csmith_options="--max-funcs 6 --max-block-depth 3 --max-expr-complexity 8 --max-array-len-per-dim 6 --max-struct-fields 6"
while [ $# -gt 0 ]; do
  case "$1" in
    --seeds) from=1; count="$2"; shift 2 ;;
    --from) from="$2"; shift 2 ;;
    --count) count="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    --timeout) timeout="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --csmith-options) csmith_options="$2"; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

for tool in csmith gcc dotnet timeout; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is missing (tests/setup.sh installs it)" >&2; exit 2; }
done
[ -f /usr/include/csmith/csmith.h ] || { echo "run.sh: /usr/include/csmith is missing (libcsmith-dev)" >&2; exit 2; }

# Build Altitude once, then call its dll directly so that no seed pays for the rebuild check.
"$root/altitude" --help >/dev/null
dll="$root/src/Altitude.Cli/bin/Release/net10.0/Altitude.Cli.dll"

export CSMITH_OPTIONS="$csmith_options"
# A seed whose native run takes longer than this is skipped: Altitude interprets, and a program
# running for a long time natively would spend minutes under Altitude.
export NATIVE_TIMEOUT=0.3
export ALT_TIMEOUT="$timeout" ALT_DLL="$dll" OUT="$out"

rm -rf "$out/results" && mkdir -p "$out/results" "$out/failures" "$out/work"

one_seed() {
  local seed=$1
  local dir="$OUT/work/$seed"
  rm -rf "$dir" && mkdir -p "$dir"
  local result
  result=$(run_seed "$seed" "$dir") || true
  echo "$result" >"$OUT/results/$seed"
  case "$result" in
    agree|skip*) rm -rf "$dir" ;;
    *)
      rm -rf "$OUT/failures/$seed" && mv "$dir" "$OUT/failures/$seed"
      echo "seed $seed: $result"
      ;;
  esac
}

run_seed() {
  local seed=$1 dir=$2
  # shellcheck disable=SC2086
  # In its own folder: csmith writes platform.info into the current directory.
  (cd "$dir" && csmith --seed "$seed" $CSMITH_OPTIONS -o prog.c >/dev/null 2>&1) || { echo "skip: csmith failed"; return; }
  gcc -O0 -w -I/usr/include/csmith "$dir/prog.c" -o "$dir/native" >/dev/null 2>&1 || { echo "skip: gcc failed"; return; }
  local nrc=0
  timeout "$NATIVE_TIMEOUT" "$dir/native" >"$dir/native.out" 2>/dev/null || nrc=$?
  if [ "$nrc" = 124 ]; then echo "skip: native timeout"; return; fi
  if [ "$nrc" != 0 ]; then echo "skip: native exit $nrc"; return; fi
  local arc=0
  timeout "$ALT_TIMEOUT" dotnet "$ALT_DLL" run -I/usr/include/csmith "$dir/prog.c" \
    >"$dir/altitude.out" 2>"$dir/altitude.err" || arc=$?
  if [ "$arc" = 124 ]; then echo "timeout (over ${ALT_TIMEOUT}s)"; return; fi
  if [ "$arc" = 70 ] || grep -q 'internal error' "$dir/altitude.err"; then echo "Altitude error (internal error)"; return; fi
  local id
  id=$(grep -o 'error: .*\[[A-Z]*[0-9]*\]' "$dir/altitude.err" | head -1 | grep -o '\[[A-Z]*[0-9]*\]$' || true)
  case "$id" in
    \[ALT9*) echo "Altitude error $id"; return ;;
    \[*) echo "Altitude diagnostic $id"; return ;;
  esac
  if [ "$arc" != "$nrc" ]; then echo "exit status differs (native $nrc, Altitude $arc)"; return; fi
  if ! cmp -s "$dir/native.out" "$dir/altitude.out"; then echo "output differs"; return; fi
  echo agree
}
export -f one_seed run_seed

start=$(date +%s)
seq "$from" $((from + count - 1)) | xargs -P "$jobs" -I{} bash -c 'one_seed {}'
elapsed=$(( $(date +%s) - start ))

tried=0 agreed=0 skipped=0 disagreed=0
for f in "$out"/results/*; do
  [ -f "$f" ] || continue
  tried=$((tried + 1))
  case "$(cat "$f")" in
    agree) agreed=$((agreed + 1)) ;;
    skip*) skipped=$((skipped + 1)) ;;
    *) disagreed=$((disagreed + 1)) ;;
  esac
done
echo "seeds $from..$((from + count - 1)): tried $tried, agreed $agreed, skipped $skipped, disagreed $disagreed (${elapsed}s)"
grep -h '^skip' "$out"/results/* 2>/dev/null | sort | uniq -c | sed 's/^/  /' || true
[ "$disagreed" = 0 ]
