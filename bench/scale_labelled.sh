#!/usr/bin/env bash
# Runs `grader scale` (release build, full sizes) on every labelled solution in
# tests/scale/ (or the folder given as $SCALE_DIR), RERUNS times each (default 3),
# and prints per file the expected comparison, what each run said, and the
# totals: accuracy (runs whose comparison is the label's) and stability (files
# whose runs all agree), plus the wall time per language. $SCALE_OUT=DIR keeps the reports.
#   bench/scale_labelled.sh [reruns] [extra grader scale args…]
set -euo pipefail
cd "$(dirname "$0")/.."
reruns=${1:-3}
shift || true
dir=${SCALE_DIR:-tests/scale}
cargo build --release -q
bin=target/release/grader
# $SCALE_OUT keeps each run's JSON report there (for a closer look); else a temp folder.
if [ -n "${SCALE_OUT:-}" ]; then
  out=$SCALE_OUT
  mkdir -p "$out"
  rm -f "$out/times"
else
  out=$(mktemp -d)
  trap 'rm -rf "$out"' EXIT
fi
for f in "$dir"/*; do
  label=$(head -1 "$f" | sed -E 's/^(\/\/|#) scale: //')
  problem=${label%% *}
  for i in $(seq 1 "$reruns"); do
    start=$(date +%s.%N)
    "$bin" scale "$problem" "$f" --format json "$@" > "$out/$(basename "$f").$i.json" 2>/dev/null || true
    end=$(date +%s.%N)
    echo "$(basename "$f") $i $(echo "$end - $start" | bc)" >> "$out/times"
  done
done
python3 - "$out" "$dir" "$reruns" <<'PY'
import json, os, sys, collections
out, d, reruns = sys.argv[1], sys.argv[2], int(sys.argv[3])
times = collections.defaultdict(list)
for line in open(os.path.join(out, "times")):
    name, _, secs = line.split()
    times[name].append(float(secs))
lang_of = {"rs": "rust", "cpp": "cpp", "py": "python", "java": "java", "js": "javascript", "ts": "typescript"}
right = runs = stable = files = 0
per_lang = collections.defaultdict(list)
moved = 0
for name in sorted(os.listdir(d)):
    label = open(os.path.join(d, name)).readline().split("scale:")[1].split()
    want = label[1]
    got, classes = [], []
    for i in range(1, reruns + 1):
        try:
            j = json.load(open(os.path.join(out, f"{name}.{i}.json")))
            got.append(j.get("comparison", "error"))
            classes.append(tuple(sorted((p, g["class"]) for p, g in j.get("learner", {}).items())))
        except Exception:
            got.append("error")
            classes.append(())
    files += 1
    runs += len(got)
    right += sum(g == want for g in got)
    same = len(set(got)) == 1
    stable += same
    moved += len(set(classes)) > 1
    per_lang[lang_of.get(name.rsplit(".", 1)[1], "?")] += times[name]
    mark = "ok " if all(g == want for g in got) else "BAD"
    print(f"{mark} {name:32} want {want:12} got {' '.join(got)}  classes {'; '.join(f'{p}={c}' for p, c in classes[0])}")
print(f"\naccuracy: {right}/{runs} runs ({100 * right / max(runs, 1):.0f}%); "
      f"stable comparison: {stable}/{files} files; learner classes moved in {moved}/{files} files over {reruns} runs")
for lang, ts in sorted(per_lang.items()):
    ts.sort()
    print(f"  {lang:11} {len(ts):3} runs: median {ts[len(ts) // 2]:.1f} s, max {ts[-1]:.1f} s")
PY
