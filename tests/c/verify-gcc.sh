#!/usr/bin/env bash
# Verifies every program in tests/c/valid (and tests/c/layout) against gcc:
# builds with -O0, -O2 and -fsanitize=address,undefined, runs each build and
# compares stdout and exit status with the expectations written in the file.
# Usage: tests/c/verify-gcc.sh [-j N] [FILE...]
set -u
here="$(cd "$(dirname "$0")" && pwd)"
jobs=2
if [ "${1:-}" = "-j" ]; then jobs="$2"; shift 2; fi
if [ $# -gt 0 ]; then files=("$@"); else
  mapfile -t files < <(find "$here/valid" "$here/layout" -name '*.c' | sort); fi
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

check_one() {
  f="$1"; tmp="$2"
  id="$(echo "$f" | md5sum | cut -c1-12)"; d="$tmp/$id"; mkdir -p "$d"
  std="$(sed -n 's|^// std: *\([a-z0-9]*\).*|\1|p' "$f" | head -1)"; std="${std:-gnu17}"
  want_exit="$(sed -n 's|^// expect-exit: *\([0-9]*\).*|\1|p' "$f" | head -1)"; want_exit="${want_exit:-0}"
  out="${f%.c}.out"
  if [ -f "$out" ]; then cp "$out" "$d/want"
  else awk '/^\/\/ expect-stdout:/{on=1;next} on&&/^\/\/ \|/{s=$0; sub(/^\/\/ \| ?/,"",s); print s; next} on{exit}' "$f" > "$d/want"; fi
  fail=""
  for mode in O0 O2 san; do
    case $mode in
      O0) flags="-O0";; O2) flags="-O2";; san) flags="-O1 -fsanitize=address,undefined -fno-sanitize-recover=all";;
    esac
    if ! gcc -std="$std" -Wall -Wextra -Werror $flags -o "$d/a.$mode" "$f" -lm 2> "$d/cc.$mode"; then
      fail="$fail compile-$mode($(head -c 300 "$d/cc.$mode" | tr '\n' ' '))"; continue; fi
    input=/dev/null; [ -f "${f%.c}.in" ] && input="$(realpath "${f%.c}.in")"
    ( cd "$d" && ASAN_OPTIONS=detect_leaks=1 timeout 10 "./a.$mode" > "$d/got.$mode" 2> "$d/err.$mode" < "$input" ); rc=$?
    [ "$rc" = "$want_exit" ] || fail="$fail exit-$mode($rc!=$want_exit)"
    cmp -s "$d/want" "$d/got.$mode" || fail="$fail stdout-$mode"
    if [ $mode = san ] && grep -q -E 'runtime error|AddressSanitizer|LeakSanitizer' "$d/err.$mode"; then
      fail="$fail sanitizer($(grep -m1 -E 'runtime error|Sanitizer' "$d/err.$mode" | head -c 200))"; fi
  done
  rm -rf "$d"
  if [ -n "$fail" ]; then echo "FAIL ${f#$here/}:$fail"; else echo "ok"; fi
}
export -f check_one; export here
printf '%s\n' "${files[@]}" | xargs -P "$jobs" -I{} bash -c 'check_one "$1" "$2"' _ {} "$tmp" > "$tmp/results"
grep '^FAIL' "$tmp/results"
p=$(grep -c '^ok' "$tmp/results"); n=$(grep -c '^FAIL' "$tmp/results")
echo "$p passed, $n failed"
[ "$n" = 0 ]
