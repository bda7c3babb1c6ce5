#!/usr/bin/env bash
# Benchmark (not a test): grade a synthetic class with `grader batch`, sandbox on.
#
# The class: STUDENTS students (default 100) × every problem (9), each file one of the
# problem's own submissions/<verdict>/ files, chosen deterministically: about 70% accepted,
# 15% wrong answers, 8% runtime or compile errors, 7% slow (TLE) or memory hogs. Each student
# prefers one language (rs, py, cpp, java, js, ts in turn) and falls back to any language the
# verdict has. A comment with the student's id and the run's id makes every file distinct, so
# nothing is deduplicated or taken from the result or build cache: every file is compiled and
# graded (the toolchains' one-time set-up, e.g. LeetCode's Rust crates, stays cached).
#
# Prints the total wall time and submissions per minute per core, and the CPU time, which
# does not depend on what else runs on the machine (the fair figure on a shared machine).
#
# Usage: bench/batch_class.sh [students, default 100] [extra grader batch options…]
#   JOBS (default: cores), RANDOM_CASES (default 300), BUDGET (default 300)
set -euo pipefail
cd "$(dirname "$0")/.."
STUDENTS="${1:-100}"
shift || true
JOBS="${JOBS:-$(nproc)}"
export GRADER_CACHE_DIR="${GRADER_CACHE_DIR:-$PWD/target/bench-cache}"
cargo build --release --quiet
BIN=$PWD/target/release/grader
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

python3 - "$WORK/roster" "$STUDENTS" "$(date +%s%N)" <<'PY'
import hashlib, os, sys
roster, students, run_id = sys.argv[1], int(sys.argv[2]), sys.argv[3]
langs = ["rs", "py", "cpp", "java", "js", "ts"]
mix = [(70, ["accepted"]), (85, ["wrong_answer"]), (93, ["run_time_error", "compile_error"]),
       (100, ["time_limit_exceeded", "memory_limit_exceeded"])]
problems = sorted(p for p in os.listdir("problems") if os.path.isfile(f"problems/{p}/problem.toml"))
def files(problem, verdicts):
    out = []
    for v in verdicts:
        d = f"problems/{problem}/submissions/{v}"
        if os.path.isdir(d):
            out += sorted(f"{d}/{f}" for f in os.listdir(d) if f.rsplit(".", 1)[-1] in langs)
    return out
counts = {}
for s in range(students):
    sid = f"student{s:03d}"
    lang = langs[s % len(langs)]
    os.makedirs(f"{roster}/{sid}")
    for p in problems:
        r = int(hashlib.sha256(f"{sid}/{p}".encode()).hexdigest(), 16) % 100
        verdicts = next(v for bound, v in mix if r < bound)
        pool = files(p, verdicts) or files(p, ["accepted"])
        mine = [f for f in pool if f.endswith("." + lang)] or pool
        src = mine[r % len(mine)]
        ext = src.rsplit(".", 1)[-1]
        text = open(src).read()
        mark = ("# " if ext == "py" else "// ") + f"submitted by {sid} (run {run_id})\n"
        open(f"{roster}/{sid}/{p}.{ext}", "w").write(text + "\n" + mark)
        key = src.split("/")[3] + "." + ext
        counts[key] = counts.get(key, 0) + 1
print(f"class: {students} students x {len(problems)} problems = {students * len(problems)} files")
print("mix:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
PY

start=$(date +%s.%N)
set +e
/usr/bin/time -f "%U %S" -o "$WORK/cpu" "$BIN" --sandbox auto batch "$WORK/roster" --out "$WORK/out" --jobs "$JOBS" --no-cache \
  --random "${RANDOM_CASES:-300}" --budget "${BUDGET:-300}" "$@"
code=$?
set -e
end=$(date +%s.%N)
python3 - "$WORK/out/results.json" "$start" "$end" "$JOBS" "$code" "$WORK/cpu" <<'PY'
import json, sys
results, start, end, jobs, code = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
cpu = sum(float(x) for x in open(sys.argv[6]).read().split()[-2:])
book = json.load(open(results))
subs = book["submissions"]
mix = {}
for s in subs:
    mix[s["verdict"]] = mix.get(s["verdict"], 0) + 1
secs = end - start
print(f"exit code {code}; verdicts: " + ", ".join(f"{k} {v}" for k, v in sorted(mix.items())))
print(f"graded {len(subs)} submissions in {secs:.1f} s with {jobs} jobs")
print(f"{len(subs) / (secs / 60):.1f} submissions per minute, {len(subs) / (secs / 60) / jobs:.1f} per minute per core")
# CPU time (the batch and every process under it) does not depend on what else runs on the machine.
print(f"CPU time {cpu:.0f} s: {cpu / len(subs):.2f} core-seconds per submission, "
      f"{60 * len(subs) / cpu:.1f} submissions per core-minute; "
      f"on {jobs} idle cores this class needs about {cpu / jobs / 60:.1f} min")
PY
