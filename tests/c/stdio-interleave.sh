#!/usr/bin/env bash
# Differential test of stdout/stderr buffering: generates random programs that mix printf, puts,
# putchar, fwrite, fputs/fprintf to stderr, write(1)/write(2), fflush and setvbuf, runs each built
# by gcc -O0 and under `altitude run`, with stdout and stderr into one pipe (2>&1 | cat) and into
# one file (> f 2>&1), and requires identical bytes. Usage: tests/c/stdio-interleave.sh FIRST LAST
set -u
here="$(cd "$(dirname "$0")" && pwd)"; altitude="$here/../../altitude"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
generate() {
python3 - "$1" <<'PY'
import random, sys
r = random.Random(int(sys.argv[1]))
ops = []
for i in range(r.randint(20, 80)):
    k = r.randint(0, 13)
    n = r.choice([1, 3, 10, 100, 500, 1000, 4000, 4096, 5000, 9000])
    ops.append([
        f'printf("%.*s\\n", {n}, big);', f'printf("%.*s", {n}, big);', f'fputs("E{i}\\n", stderr);',
        f'write(1, "[w{i}]", {len(str(i)) + 3});', f"putchar('{chr(97 + i % 26)}');", "putchar('\\n');",
        f'fwrite(big, 1, {n}, stdout);', 'fflush(stdout);',
        r.choice(['setvbuf(stdout, NULL, _IOLBF, 0);', 'setvbuf(stdout, NULL, _IOFBF, 0);', 'setvbuf(stdout, NULL, _IONBF, 0);',
                  'setvbuf(stdout, sbuf, _IOFBF, %d);' % r.choice([16, 100, 128, 1000]), 'setvbuf(stderr, NULL, _IOFBF, 0);',
                  'setvbuf(stderr, NULL, _IOLBF, 0);', 'setvbuf(stdout, sbuf, _IOLBF, %d);' % r.choice([16, 130, 300])]),
        f'puts("p{i}");', f'fprintf(stderr, "e%d", {i});', f'printf("x{i}\\n");', "fputc('\\n', stderr);",
        f'write(2, "<{i}>", {len(str(i)) + 2});'][k])
print('#include <stdio.h>\n#include <stdlib.h>\n#include <unistd.h>\nstatic char big[10000];\nstatic char sbuf[2000];\nint main(void) {')
print("    for (int i = 0; i < 9999; i++) big[i] = (char)('a' + i % 26 + (i % 77 == 76 ? -87 : 0));")
for o in ops: print('    ' + o)
print('    ' + r.choice(['return 0;', 'exit(0);', '_exit(0);']) + '\n}')
PY
}
failed=0
for seed in $(seq "$1" "$2"); do
  generate "$seed" > "$tmp/p.c"
  gcc -w -O0 -o "$tmp/native" "$tmp/p.c" || { echo "seed $seed: gcc failed"; failed=$((failed + 1)); continue; }
  (cd "$tmp" && ./native 2>&1 | cat > n1 && ./native > n2 2>&1)
  (cd "$tmp" && "$altitude" run p.c 2>&1 | cat > a1 && "$altitude" run p.c > a2 2>&1)
  if cmp -s "$tmp/n1" "$tmp/a1" && cmp -s "$tmp/n2" "$tmp/a2"; then :; else echo "seed $seed: outputs differ"; failed=$((failed + 1)); fi
done
echo "$(( $2 - $1 + 1 - failed )) agreed, $failed differed"
[ "$failed" = 0 ]
