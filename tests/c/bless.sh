#!/usr/bin/env bash
# Fills in the expectations of valid programs from gcc's behaviour (-O0).
# Replaces the block that starts at "// expect-exit:" (and the "// expect-stdout:"
# lines after it) with the exit status and stdout gcc's build produces.
# Outputs longer than 30 lines go to a sibling NAME.out file instead.
# Review the result: a blessed expectation is only as good as the program.
# Usage: tests/c/bless.sh FILE...
set -u
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
for f in "$@"; do
  std="$(sed -n 's|^// std: *\([a-z0-9]*\).*|\1|p' "$f" | head -1)"; std="${std:-gnu17}"
  if ! gcc -std="$std" -Wall -Wextra -Werror -O0 -o "$tmp/a" "$f" -lm; then echo "COMPILE FAIL $f"; continue; fi
  input=/dev/null; [ -f "${f%.c}.in" ] && input="$(realpath "${f%.c}.in")"
  (cd "$tmp" && timeout 10 ./a > "$tmp/out" < "$input"); rc=$?
  out="${f%.c}.out"; rm -f "$out"
  {
    echo "// expect-exit: $rc"
    if [ -s "$tmp/out" ]; then
      if [ "$(wc -l < "$tmp/out")" -gt 30 ]; then cp "$tmp/out" "$out"; echo "// expect-stdout: see $(basename "$out")";
      else echo "// expect-stdout:"; sed -e 's|^|// \| |' -e 's|^// \| $|// \||' "$tmp/out"; fi
    fi
  } > "$tmp/hdr"
  awk -v hdr="$tmp/hdr" '
    !done && /^\/\/ expect-exit:/ { while ((getline l < hdr) > 0) print l; skip=1; next }
    skip && (/^\/\/ expect-stdout:/ || /^\/\/ \|/) { next }
    skip { skip=0; done=1 }
    { print }' "$f" > "$tmp/new" && cat "$tmp/new" > "$f"
  echo "blessed $f (exit $rc, $(wc -l < "$tmp/out") lines)"
done
