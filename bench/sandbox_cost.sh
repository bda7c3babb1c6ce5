#!/usr/bin/env bash
# Benchmark (not a test): what the sandbox costs, measured against the same
# binary with the sandbox off (`--sandbox off`) in the same run.
#
#  - start: wall time of `grader test <problem> heap.<lang> --case example/1`
#    (a cached build: grader start, sandbox set-up, the runtime's start, one
#    case), median of REPEAT runs;
#  - random: random cases per second through one long-lived session
#    (`--case random --random COUNT`), median of REPEAT runs.
#
# Usage: bench/sandbox_cost.sh [random cases, default 20000] [languages, default "rs py cpp"]
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT="${1:-20000}"
LANGS="${2:-rs py cpp}"
REPEAT="${REPEAT:-5}"
PROBLEM="${PROBLEM:-kth-largest}"
export GRADER_CACHE_DIR="${GRADER_CACHE_DIR:-$PWD/target/bench-cache}"
cargo build --release --quiet
BIN=$PWD/target/release/grader
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

printf '%-5s %-8s %12s %12s %7s   %12s %12s %7s\n' lang "" "start off" "start on" ratio "random off" "random on" ratio
for lang in $LANGS; do
  file="problems/$PROBLEM/submissions/accepted/heap.$lang"
  [ -f "$file" ] || continue
  for mode in off auto; do
    # Warm the build cache (and the toolchain lookup) first.
    "$BIN" --sandbox "$mode" test "$PROBLEM" "$file" --case example/1 --format json >/dev/null
  done
  # Off and on alternate, so a drift of the machine hits both alike.
  for i in $(seq "$REPEAT"); do
    for mode in off auto; do
      python3 - "$BIN" "$mode" "$PROBLEM" "$file" >>"$OUT/start-$lang-$mode" <<'PY'
import subprocess, sys, time
bin, mode, problem, file = sys.argv[1:]
t = time.perf_counter()
subprocess.run([bin, "--sandbox", mode, "test", problem, file, "--case", "example/1", "--format", "json"],
               stdout=subprocess.DEVNULL, check=False)
print((time.perf_counter() - t) * 1000)
PY
      "$BIN" --sandbox "$mode" test "$PROBLEM" "$file" --case random --random "$COUNT" --seed 1 --format json \
        >"$OUT/random-$lang-$mode-$i.json" || true
    done
  done
  python3 - "$lang" "$OUT" "$REPEAT" <<'PY'
import json, statistics, sys
lang, out, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3])
def start(mode):
    return statistics.median(float(x) for x in open(f"{out}/start-{lang}-{mode}"))
def rate(mode):
    rates = []
    for i in range(1, repeat + 1):
        d = json.load(open(f"{out}/random-{lang}-{mode}-{i}.json"))
        if d["verdict"] != "AC":
            sys.exit(f"{lang} {mode}: verdict {d['verdict']}, benchmark invalid")
        rates.append(d["random"]["ran"] / d["random"]["seconds"])
    return statistics.median(rates)
s_off, s_on, r_off, r_on = start("off"), start("auto"), rate("off"), rate("auto")
print(f"{lang:<5} {'':<8} {s_off:>10.1f}ms {s_on:>10.1f}ms {s_on / s_off:>6.2f}x   {r_off:>10.0f}/s {r_on:>10.0f}/s {r_on / r_off:>6.2f}x")
PY
done
