#!/usr/bin/env bash
# Verifies every program in tests/c/invalid against gcc: each must be rejected by
# gcc -std=c17 -pedantic-errors -fsyntax-only, and gcc's first error must be on
# the line that ends with the comment "// expect-error".
# Usage: tests/c/verify-invalid-gcc.sh [FILE...]
set -u
here="$(cd "$(dirname "$0")" && pwd)"
if [ $# -gt 0 ]; then files=("$@"); else
  mapfile -t files < <(find "$here/invalid" -name '*.c' | sort); fi
pass=0; failn=0
for f in "${files[@]}"; do
  rel="${f#$here/}"
  marked="$(grep -n '// expect-error *$' "$f" | cut -d: -f1)"
  count="$(printf '%s' "$marked" | grep -c .)"
  if [ "$count" != 1 ]; then echo "FAIL $rel: needs exactly one line marked // expect-error (found $count)"; failn=$((failn+1)); continue; fi
  msgs="$(cd "$(dirname "$f")" && gcc -std=c17 -pedantic-errors -fsyntax-only "$(basename "$f")" 2>&1)"; rc=$?
  if [ $rc = 0 ]; then echo "FAIL $rel: gcc accepted it"; failn=$((failn+1)); continue; fi
  first="$(printf '%s\n' "$msgs" | grep -m1 -E '^[^:]+:[0-9]+(:[0-9]+)?: (fatal )?error:')"
  line="$(printf '%s' "$first" | cut -d: -f2)"
  file="$(printf '%s' "$first" | cut -d: -f1)"
  if [ "$file" != "$(basename "$f")" ] || [ "$line" != "$marked" ]; then
    echo "FAIL $rel: marked line $marked, gcc's first error: $first"; failn=$((failn+1)); continue; fi
  pass=$((pass+1))
done
echo "$pass passed, $failn failed"
[ "$failn" = 0 ]
