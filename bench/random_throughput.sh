#!/usr/bin/env bash
# Benchmark (not a test): random cases per second through one long-lived
# session, for accepted solutions, with a baseline measured in the same run:
# the grader's own cost of generating the inputs and solving them with the
# in-process reference ("oracle only"). The ratio says how much the
# learner's process round trip adds.
#
# Usage: bench/random_throughput.sh [cases per problem, default 20000]
set -euo pipefail
cd "$(dirname "$0")/.."
COUNT="${1:-20000}"
export GRADER_CACHE_DIR="${GRADER_CACHE_DIR:-$PWD/target/bench-cache}"
cargo build --release --quiet
BIN=target/release/grader

printf '%-24s %-6s %8s %10s %12s %14s %8s\n' problem lang cases seconds "cases/s" "oracle-only/s" ratio
for problem in kth-largest top-k-frequent merge-k-lists median-stream sliding-window-median task-scheduler k-closest-points last-stone-weight; do
  for file in problems/$problem/submissions/accepted/heap.*; do
    [ -f "$file" ] || continue
    lang="${file##*.}"
    # Warm the build cache so compilation is not timed.
    "$BIN" test "$problem" "$file" --case random --random 1 --seed 1 --format json >/dev/null
    "$BIN" test "$problem" "$file" --case random --random "$COUNT" --seed 1 --format json |
      python3 -c '
import json, sys
problem, lang = sys.argv[1], sys.argv[2]
r = json.load(sys.stdin)["random"]
ran, seconds = r["ran"], r["seconds"]
rate = ran / seconds
oracle = ran / max(r["oracle_seconds"], 1e-9)
print(f"{problem:<24} {lang:<6} {ran:>8} {seconds:>10.3f} {rate:>12.0f} {oracle:>14.0f} {oracle / rate:>7.1f}x")
' "$problem" "$lang"
  done
done
