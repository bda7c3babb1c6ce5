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
export GRADER_CACHE_DIR="${GRADER_CACHE_DIR:-$PWD/target/bench-cache}"
cargo build --release --quiet
BIN=$PWD/target/release/grader

# A copy of the problems whose random inputs stay small.
SMALL=$(mktemp -d)
trap 'rm -rf "$SMALL"' EXIT
cp -r problems/. "$SMALL/"
for spec in "$SMALL"/*/problem.toml; do
  sed -i 's/^sizes = .*/sizes = [8, 8, 8]/' "$spec"
done

printf '%-8s %-24s %-6s %8s %9s %10s %14s %7s\n' mix problem lang cases seconds "cases/s" "oracle-only/s" ratio
for mix in small default; do
  root=problems
  [ "$mix" = small ] && root="$SMALL"
  for problem in kth-largest top-k-frequent merge-k-lists median-stream sliding-window-median task-scheduler k-closest-points last-stone-weight; do
    for lang in $LANGS; do
      file="problems/$problem/submissions/accepted/heap.$lang"
      [ -f "$file" ] || continue
      # Warm the build cache so compilation is not timed.
      GRADER_PROBLEMS="$root" "$BIN" test "$problem" "$file" --case random --random 1 --seed 1 --format json >/dev/null
      GRADER_PROBLEMS="$root" "$BIN" test "$problem" "$file" --case random --random "$COUNT" --seed 1 --format json |
        python3 -c '
import json, sys
mix, problem, lang = sys.argv[1:4]
d = json.load(sys.stdin)
if d["verdict"] != "AC":
    sys.exit(f"{problem} {lang}: verdict {d[\"verdict\"]}, benchmark invalid")
r = d["random"]
ran, seconds = r["ran"], r["seconds"]
rate = ran / seconds
oracle = ran / max(r["oracle_seconds"], 1e-9)
print(f"{mix:<8} {problem:<24} {lang:<6} {ran:>8} {seconds:>9.3f} {rate:>10.0f} {oracle:>14.0f} {oracle / rate:>6.1f}x")
' "$mix" "$problem" "$lang"
    done
  done
done
