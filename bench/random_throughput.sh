#!/usr/bin/env bash
# Benchmark (not a test): random cases per second through one long-lived
# session, for accepted solutions, with a baseline measured in the same run:
# the grader's own cost of generating the inputs and solving them with the
# in-process reference ("oracle only"). The ratio says how much the
# learner's process round trip adds.
#
# Two input mixes: "small" (every case at most 8 elements / 16 calls: the
# issue's "small inputs") and "default" (the problems' own growing sizes,
# up to 300 elements).
#
# Usage: bench/random_throughput.sh [cases per problem, default 20000] [languages, default "rs"]
#   e.g. bench/random_throughput.sh 2000 "rs py cpp java js ts"
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT="${1:-20000}"
LANGS="${2:-rs}"
# Each figure is the median of REPEAT runs (the machine is noisy).
REPEAT="${REPEAT:-3}"
export GRADER_CACHE_DIR="${GRADER_CACHE_DIR:-$PWD/target/bench-cache}"
# GRADER_BIN=<path> measures another build (e.g. an older commit) instead.
if [ -n "${GRADER_BIN:-}" ]; then
  BIN=$(readlink -f "$GRADER_BIN")
else
  cargo build --release --quiet
  BIN=$PWD/target/release/grader
fi

# A copy of the problems whose random inputs stay small.
SMALL=$(mktemp -d)
trap 'rm -rf "$SMALL"' EXIT
cp -r problems/. "$SMALL/"
for spec in "$SMALL"/*/problem.toml; do
  sed -i 's/^sizes = .*/sizes = [8, 8, 8]/' "$spec"
done

printf '%-8s %-24s %-6s %8s %9s %10s %14s %7s\n' mix problem lang cases "min/s" "median/s" "oracle-only/s" ratio
for mix in small default; do
  root=problems
  [ "$mix" = small ] && root="$SMALL"
  for problem in kth-largest top-k-frequent merge-k-lists median-stream sliding-window-median task-scheduler k-closest-points last-stone-weight; do
    for lang in $LANGS; do
      file="problems/$problem/submissions/accepted/heap.$lang"
      [ -f "$file" ] || continue
      # Warm the build cache so compilation is not timed.
      GRADER_PROBLEMS="$root" "$BIN" test "$problem" "$file" --case random --random 1 --seed 1 --format json >/dev/null
      for i in $(seq "$REPEAT"); do
        GRADER_PROBLEMS="$root" "$BIN" test "$problem" "$file" --case random --random "$COUNT" --seed 1 --format json >"$SMALL/run-$i.json" || true
      done
      python3 - "$mix" "$problem" "$lang" "$SMALL"/run-*.json <<'PY'
import json, statistics, sys
mix, problem, lang = sys.argv[1:4]
rates, oracles, ran = [], [], 0
for path in sys.argv[4:]:
    d = json.load(open(path))
    if d["verdict"] != "AC":
        sys.exit(problem + " " + lang + ": verdict " + d["verdict"] + ", benchmark invalid")
    r = d["random"]
    ran = r["ran"]
    rates.append(ran / r["seconds"])
    oracles.append(ran / max(r["oracle_seconds"], 1e-9))
rate, oracle = statistics.median(rates), statistics.median(oracles)
print(f"{mix:<8} {problem:<24} {lang:<6} {ran:>8} {min(rates):>9.0f} {rate:>10.0f} {oracle:>14.0f} {oracle / rate:>6.1f}x")
PY
      rm -f "$SMALL"/run-*.json
    done
  done
done
