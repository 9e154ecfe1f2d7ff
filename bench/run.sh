#!/usr/bin/env bash
# Runs every benchmark in bench/*.c under each runner, checks each output against bench/expected,
# and prints one Markdown table: gcc -O0 seconds, then every other runner as a ratio to gcc -O0,
# and a geometric-mean row. Exits 1 when any output or exit status is wrong, 2 on bad usage.
#
#   bench/run.sh [--size small|default] [--only NAME[,NAME...]]
#                [--runners gcc,valgrind,altitude] [--clock cpu|wall] [--bless]
#
# Runners: gcc (gcc -O0, always run: it is the baseline), valgrind (memcheck on the -O0 binary),
# altitude (`./altitude run bench/NAME.c -- ARGS`), and two optional references that are not in the
# default list: gcc-O2, asan (gcc -O0 -fsanitize=address,undefined).
# A runner that is not available here (no valgrind, no `altitude run`) shows "n/a".
# gcc and gcc-O2 report the median of 3 runs; the slow runners run once.
# --clock cpu (default) measures user+system time, which a loaded machine disturbs less than
# wall-clock time; --clock wall measures elapsed time.
# --bless rewrites bench/expected/ from the gcc -O0 output for the chosen size (after a change to a
# benchmark; check the diff before committing it).
# Environment: ALTITUDE overrides the altitude command (default: ./altitude in the repository root).
set -uo pipefail
export LC_ALL=C

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$bench_dir/.." && pwd)"
out_dir="$bench_dir/out"
log_dir="$out_dir/logs"
altitude_cmd="${ALTITUDE:-$root/altitude}"

size=default
only=""
runners="gcc,valgrind,altitude"
clock=cpu
bless=0

usage() {
    sed -n '5,6p' "${BASH_SOURCE[0]}" | sed 's/^#  *//' >&2
    exit 2
}

while [ $# -gt 0 ]; do
    case "$1" in
        --size) size="${2:-}"; shift 2 || usage ;;
        --size=*) size="${1#*=}"; shift ;;
        --only) only="${2:-}"; shift 2 || usage ;;
        --only=*) only="${1#*=}"; shift ;;
        --runners) runners="${2:-}"; shift 2 || usage ;;
        --runners=*) runners="${1#*=}"; shift ;;
        --clock) clock="${2:-}"; shift 2 || usage ;;
        --clock=*) clock="${1#*=}"; shift ;;
        --bless) bless=1; shift ;;
        -h|--help) usage ;;
        *) echo "run.sh: unknown option '$1'" >&2; usage ;;
    esac
done
case "$size" in small|default) ;; *) echo "run.sh: --size must be small or default" >&2; exit 2 ;; esac
case "$clock" in cpu|wall) ;; *) echo "run.sh: --clock must be cpu or wall" >&2; exit 2 ;; esac
cd "$root" || exit 2

# ---- which benchmarks ----
all_benchmarks=()
for f in "$bench_dir"/*.c; do
    name="$(basename "$f" .c)"
    all_benchmarks+=("$name")
done
benchmarks=()
if [ -n "$only" ]; then
    IFS=',' read -r -a wanted <<<"$only"
    for w in "${wanted[@]}"; do
        if [ ! -f "$bench_dir/$w.c" ]; then
            echo "run.sh: no benchmark '$w' (have: ${all_benchmarks[*]})" >&2
            exit 2
        fi
        benchmarks+=("$w")
    done
else
    benchmarks=("${all_benchmarks[@]}")
fi

# ---- which runners ----
IFS=',' read -r -a requested <<<"$runners"
columns=()   # runners shown after the gcc column, in the order given
for r in "${requested[@]}"; do
    case "$r" in
        gcc) ;;
        valgrind|altitude|gcc-O2|asan) columns+=("$r") ;;
        *) echo "run.sh: unknown runner '$r' (gcc, valgrind, altitude, gcc-O2, asan)" >&2; exit 2 ;;
    esac
done

# ---- helpers ----

# Size argument for a benchmark: none at the default size (the program's own default), else the
# number from its "bench-small: N" comment.
size_args() {
    local name="$1"
    if [ "$size" = small ]; then
        sed -n 's/.*bench-small: *\([0-9][0-9]*\).*/\1/p' "$bench_dir/$name.c" | head -n 1
    fi
}

expected_file() {
    if [ "$size" = small ]; then echo "$bench_dir/expected/$1.small.out"; else echo "$bench_dir/expected/$1.out"; fi
}

# compile NAME SUFFIX FLAGS...: builds out/NAME[SUFFIX] unless it is newer than its source.
compile() {
    local name="$1" suffix="$2"
    shift 2
    local exe="$out_dir/$name$suffix"
    if [ ! -x "$exe" ] || [ "$bench_dir/$name.c" -nt "$exe" ] || [ "${BASH_SOURCE[0]}" -nt "$exe" ]; then
        if ! gcc -std=c17 -Wall -Wextra "$@" -o "$exe" "$bench_dir/$name.c" -lm 2>"$log_dir/$name$suffix.compile.txt"; then
            echo "run.sh: gcc failed on $name.c (see ${log_dir#"$root"/}/$name$suffix.compile.txt)" >&2
            return 1
        fi
    fi
}

# timed LOGBASE CMD...: runs CMD with stdout to LOGBASE.stdout and stderr to LOGBASE.stderr;
# sets run_seconds and run_status.
timed() {
    local logbase="$1"
    shift
    local tf="$logbase.time"
    local TIMEFORMAT='%3U %3S %3R'
    { time "$@" >"$logbase.stdout" 2>"$logbase.stderr" </dev/null; } 2>"$tf"
    run_status=$?
    if [ "$clock" = cpu ]; then
        run_seconds="$(awk '{ printf "%.3f", $1 + $2 }' "$tf")"
    else
        run_seconds="$(awk '{ printf "%.3f", $3 }' "$tf")"
    fi
}

# measure RUNNER NAME REPEATS CMD...: runs CMD REPEATS times, checks every output; sets
# result (median seconds, "FAIL" or "n/a").
measure() {
    local runner="$1" name="$2" repeats="$3"
    shift 3
    local expected
    expected="$(expected_file "$name")"
    local times=() i
    for ((i = 1; i <= repeats; i++)); do
        local logbase="$log_dir/$name.$size.$runner"
        echo "run.sh: $name ($size) under $runner, run $i/$repeats" >&2
        timed "$logbase" "$@"
        if [ "$run_status" -ne 0 ]; then
            echo "run.sh: FAIL: $name under $runner exited with status $run_status (see ${logbase#"$root"/}.stderr)" >&2
            result=FAIL
            return
        fi
        if ! cmp -s "$expected" "$logbase.stdout"; then
            echo "run.sh: FAIL: $name under $runner printed something else than ${expected#"$root"/}:" >&2
            diff "$expected" "$logbase.stdout" | head -n 10 >&2
            result=FAIL
            return
        fi
        times+=("$run_seconds")
    done
    result="$(printf '%s\n' "${times[@]}" | sort -g | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }')"
}

mkdir -p "$out_dir" "$log_dir" "$bench_dir/expected"

# ---- bless ----
if [ "$bless" = 1 ]; then
    for name in "${benchmarks[@]}"; do
        compile "$name" "" -O0 || exit 1
        read -r -a args <<<"$(size_args "$name")"
        expected="$(expected_file "$name")"
        if ! "$out_dir/$name" "${args[@]}" >"$expected.tmp"; then
            echo "run.sh: $name failed; ${expected#"$root"/} left as it was" >&2
            rm -f "$expected.tmp"
            exit 1
        fi
        mv "$expected.tmp" "$expected"
        echo "run.sh: wrote ${expected#"$root"/}" >&2
    done
    exit 0
fi

declare -A available
for r in "${columns[@]}"; do
    case "$r" in
        valgrind) command -v valgrind >/dev/null 2>&1 && available[$r]=1 ;;
        altitude)
            # The first call may build the CLI; doing it here keeps the build out of the timings.
            echo "run.sh: checking for '$altitude_cmd run'..." >&2
            # Status 0 is not enough: asked for help on a command it does not know, the CLI prints
            # its general help and exits 0. Require a usage or command line that names `run`.
            if help_text="$("$altitude_cmd" run --help 2>&1)" &&
                grep -Eq '^[[:space:]]+([^[:space:]]+[[:space:]]+)?run([[:space:]]|$)' <<<"$help_text"; then
                available[$r]=1
            fi ;;
        gcc-O2|asan) available[$r]=1 ;;
    esac
    [ -n "${available[$r]:-}" ] || echo "run.sh: runner '$r' is not available: column n/a" >&2
done

# ---- run ----
# Recorded before the runs, so that a commit made while they go on is not reported.
commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if ! git -C "$root" diff --quiet HEAD -- src bench 2>/dev/null; then commit+=" (with uncommitted changes)"; fi
started="$(date -u '+%Y-%m-%d %H:%M UTC')"
failed=0
declare -A cell   # cell[name,runner] = seconds | FAIL | n/a
for name in "${benchmarks[@]}"; do
    read -r -a args <<<"$(size_args "$name")"
    if [ ! -f "$(expected_file "$name")" ]; then
        echo "run.sh: FAIL: no $(expected_file "$name") (create it with --bless)" >&2
        failed=1
        cell[$name,gcc]=FAIL
        continue
    fi
    if compile "$name" "" -O0; then
        measure gcc "$name" 3 "$out_dir/$name" "${args[@]}"
    else
        result=FAIL
    fi
    cell[$name,gcc]="$result"
    [ "$result" = FAIL ] && failed=1

    for r in "${columns[@]}"; do
        result=n/a
        if [ -n "${available[$r]:-}" ]; then
            case "$r" in
                valgrind)
                    if [ -x "$out_dir/$name" ]; then
                        measure valgrind "$name" 1 valgrind --tool=memcheck -q --error-exitcode=97 \
                            "$out_dir/$name" "${args[@]}"
                    else
                        result=FAIL
                    fi ;;
                altitude)
                    # From the repository root (we are there), as a user would type it.
                    if [ ${#args[@]} -gt 0 ]; then
                        measure altitude "$name" 1 "$altitude_cmd" run "bench/$name.c" -- "${args[@]}"
                    else
                        measure altitude "$name" 1 "$altitude_cmd" run "bench/$name.c"
                    fi ;;
                gcc-O2)
                    if compile "$name" .O2 -O2; then
                        measure gcc-O2 "$name" 3 "$out_dir/$name.O2" "${args[@]}"
                    else
                        result=FAIL
                    fi ;;
                asan)
                    if compile "$name" .asan -O0 -fsanitize=address,undefined -fno-sanitize-recover=all; then
                        measure asan "$name" 1 "$out_dir/$name.asan" "${args[@]}"
                    else
                        result=FAIL
                    fi ;;
            esac
        fi
        cell[$name,$r]="$result"
        [ "$result" = FAIL ] && failed=1
    done
done

# ---- table ----
echo "bench/run.sh --size $size --clock $clock --runners gcc${columns:+,$(IFS=,; echo "${columns[*]}")}"
echo "$started, commit $commit, $(nproc) cores, load average$(cut -d' ' -f1-3 /proc/loadavg | sed 's/^/ /')"
echo "gcc -O0 in seconds ($clock time, median of 3); other runners as a ratio to gcc -O0."
echo
header="| benchmark | gcc -O0 s |"
rule="|---|---:|"
for r in "${columns[@]}"; do
    header+=" $r |"
    rule+="---:|"
done
echo "$header"
echo "$rule"

# Each row, and the running sums of logarithms for the geometric means.
geo_lines=()
for name in "${benchmarks[@]}"; do
    base="${cell[$name,gcc]}"
    row="| $name | $base |"
    for r in "${columns[@]}"; do
        v="${cell[$name,$r]}"
        case "$v" in
            FAIL|n/a) row+=" $v |" ;;
            *)
                if [ "$base" = FAIL ]; then
                    row+=" - |"
                else
                    # Rounded for the table, unrounded for the geometric mean.
                    ratio="$(awk -v a="$v" -v b="$base" 'BEGIN { if (b < 0.001) b = 0.001; printf "%.6f", a / b }')"
                    row+=" $(awk -v x="$ratio" 'BEGIN { printf (x < 10 ? "%.2f" : "%.1f"), x }')x |"
                    geo_lines+=("$r $ratio")
                fi ;;
        esac
    done
    [ "$base" != FAIL ] && geo_lines+=("gcc $base")
    echo "$row"
done

# geomean RUNNER: geometric mean over the benchmarks where RUNNER has a number, with the count
# in parentheses when some are missing.
geomean() {
    printf '%s\n' "${geo_lines[@]}" | awk -v r="$1" -v total="${#benchmarks[@]}" -v suffix="$2" '
        $1 == r { v = $2 < 0.001 ? 0.001 : $2; s += log(v); n++ }
        END {
            if (n == 0) { printf "n/a"; exit }
            m = exp(s / n)
            printf (suffix == "" ? "%.3f" : m < 10 ? "%.2f" : "%.1f") "%s", m, suffix
            if (n < total) printf " (%d of %d)", n, total
        }'
}
if [ ${#geo_lines[@]} -gt 0 ]; then
    row="| geometric mean | $(geomean gcc "") |"
else
    row="| geometric mean | n/a |"
fi
for r in "${columns[@]}"; do
    if [ ${#geo_lines[@]} -gt 0 ]; then row+=" $(geomean "$r" x) |"; else row+=" n/a |"; fi
done
echo "$row"

if [ "$failed" != 0 ]; then
    echo "run.sh: some outputs were wrong (see the FAIL lines above and bench/out/logs/)" >&2
    exit 1
fi
exit 0
