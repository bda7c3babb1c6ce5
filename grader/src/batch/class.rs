//! One grading run over a class: roster → distinct jobs (cached ones skipped)
//! → scheduler → book → outputs. Whatever happens to single submissions, the
//! outputs are written with what was graded.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::cache::cache_root;
use crate::error::{GradeError, SpecError};
use crate::problem::Problem;
use crate::verdict::Verdict;

use super::cache::{grader_version, problem_version, sha_hex, submission_seed, Key, ResultCache};
use super::formats::{gradescope, junit, Detail};
use super::gradebook::{self, write, Book, ProblemInfo, Submission, FORMAT};
use super::outcome::Outcome;
use super::partition::{self, holds, PART_FILE};
use super::roster::{self, Issue};
use super::schedule::{interrupted, run_all, Job, Plan};
use super::{Extra, GradeArgs};

/// A submission waiting for its outcome.
struct Pending {
    student: String,
    problem: String,
    file: String,
    sha: String,
    seed: u64,
    key: String,
}

/// Grades the class described by `args` and writes the outputs.
pub fn grade_class(args: GradeArgs) -> Result<i32, GradeError> {
    let started = Instant::now();
    let (Some(roster_path), Some(out)) = (args.roster.as_deref(), args.out.as_deref()) else {
        return Err(GradeError::Usage(
            "grader batch needs a roster and --out DIR".into(),
        ));
    };
    let share = args
        .partition
        .as_deref()
        .map(partition::parse)
        .transpose()
        .map_err(GradeError::Usage)?;
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    if jobs == 0 || args.budget == 0 {
        return Err(GradeError::Usage(
            "--jobs and --budget must be at least 1".into(),
        ));
    }
    // Fail before grading, not after, when the outputs cannot be written.
    std::fs::create_dir_all(out).map_err(|e| {
        GradeError::Usage(format!(
            "cannot create the output folder {}: {e}",
            out.display()
        ))
    })?;
    let mut roster = roster::read(roster_path, &args.problems)?;
    let base = std::fs::canonicalize(&roster.base)
        .map_err(|e| GradeError::Usage(format!("cannot open {}: {e}", roster.base.display())))?;
    if let Some(only) = &args.only {
        if !roster.students.contains(only) {
            return Err(GradeError::Usage(format!(
                "--only {only}: no such student in the roster"
            )));
        }
    }
    if let Some(share) = share {
        roster.students.retain(|s| holds(share, s));
        roster.entries.retain(|e| holds(share, &e.student));
        roster.issues.retain(|i| holds(share, &i.student));
    }
    let problems: BTreeMap<String, ProblemInfo> = roster
        .problems
        .iter()
        .map(|(slug, p)| Ok((slug.clone(), info(p)?)))
        .collect::<Result<_, GradeError>>()?;
    let dirs: HashMap<&str, &Path> = roster
        .problems
        .iter()
        .map(|(s, p)| (s.as_str(), p.dir.as_path()))
        .collect();
    let cache = ResultCache::new(if args.no_cache {
        None
    } else {
        Some(
            args.cache
                .clone()
                .unwrap_or_else(|| cache_root().join("batch")),
        )
    });
    let grader = grader_version();
    let mut issues = roster.issues.clone();
    let mut pending = Vec::new();
    let mut known: HashMap<String, Outcome> = HashMap::new();
    let mut todo: BTreeMap<String, Job> = BTreeMap::new();
    for entry in &roster.entries {
        let content = match std::fs::read(base.join(&entry.file)) {
            Ok(c) => c,
            Err(e) => {
                issues.push(Issue {
                    student: entry.student.clone(),
                    place: entry.file.clone(),
                    message: format!("cannot read: {e}"),
                });
                continue;
            }
        };
        let sha = sha_hex(&content);
        let problem = &problems[&entry.problem];
        let seed = submission_seed(args.seed, &entry.problem, &sha);
        let ext = Path::new(&entry.file)
            .extension()
            .map(|e| e.to_string_lossy().into_owned())
            .unwrap_or_default();
        let key = Key::new(&grader, &problem.version, &sha, &ext, seed, args.random).hex;
        let fresh = args.only.as_deref() == Some(entry.student.as_str());
        if !fresh && !known.contains_key(&key) {
            if let Some(outcome) = cache.get(&Key { hex: key.clone() }) {
                known.insert(key.clone(), outcome);
            }
        }
        if (fresh || !known.contains_key(&key)) && !todo.contains_key(&key) {
            known.remove(&key);
            let language =
                crate::language::for_file(Path::new(&entry.file)).map_or("unknown", |l| l.name);
            todo.insert(
                key.clone(),
                Job {
                    problem_dir: std::fs::canonicalize(dirs[entry.problem.as_str()])
                        .unwrap_or_else(|_| dirs[entry.problem.as_str()].to_path_buf()),
                    base: base.clone(),
                    file: entry.file.clone(),
                    language: language.to_string(),
                    seed,
                    random: args.random,
                },
            );
        }
        pending.push(Pending {
            student: entry.student.clone(),
            problem: entry.problem.clone(),
            file: entry.file.clone(),
            sha,
            seed,
            key,
        });
    }
    let (keys, list): (Vec<String>, Vec<Job>) = todo.into_iter().unzip();
    let from_cache = pending.iter().filter(|p| !keys.contains(&p.key)).count();
    let identical = pending.len() - from_cache - keys.len();
    let graded = Mutex::new(HashMap::new());
    let plan = Plan {
        jobs,
        budget: Duration::from_secs(args.budget),
        progress: true,
    };
    run_all(&list, plan, &|i, outcome: Outcome| {
        let budget_stop = outcome.verdict == Verdict::TLE.to_string() && outcome.cases.is_empty();
        if outcome.gradable && !budget_stop {
            cache.put(
                &Key {
                    hex: keys[i].clone(),
                },
                &outcome,
            );
        }
        if let Ok(mut g) = graded.lock() {
            g.insert(keys[i].clone(), outcome);
        }
    });
    let graded = graded.into_inner().unwrap_or_default();
    let graded_now = graded.len();
    known.extend(graded);
    let mut submissions = Vec::new();
    for p in pending {
        match known.get(&p.key) {
            Some(outcome) => submissions.push(Submission::new(
                &p.student,
                &problems[&p.problem],
                &p.file,
                &p.sha,
                p.seed,
                args.random,
                outcome.clone(),
            )),
            None => issues.push(Issue {
                student: p.student,
                place: p.file,
                message: "not graded: the batch was interrupted; run it again to grade the rest"
                    .into(),
            }),
        }
    }
    let mut book = Book {
        format: FORMAT,
        batch_seed: args.seed,
        random: args.random,
        problems: problems.into_values().collect(),
        students: roster.students,
        submissions,
        issues,
        partition: share,
    };
    book.sort();
    if share.is_some() {
        write(out, PART_FILE, &gradebook::json(&book))?;
    } else {
        write_outputs(&book, out, args.detail, &args.format)?;
    }
    eprintln!(
        "grader batch: {} submissions of {} students ({} graded, {from_cache} from the cache, {identical} identical to another) in {:.1} s with {jobs} jobs; {} issue(s); outputs in {}",
        book.submissions.len(),
        book.students.len(),
        graded_now,
        started.elapsed().as_secs_f64(),
        book.issues.len(),
        out.display()
    );
    Ok(exit_code(&book, interrupted()))
}

/// The problem's entry in the book, after checking its `[scoring]`.
fn info(p: &Problem) -> Result<ProblemInfo, GradeError> {
    let s = &p.spec.scoring;
    let weights = [s.example, s.hidden, s.large, s.random];
    if !s.points.is_finite()
        || s.points < 0.0
        || weights.iter().any(|w| !w.is_finite() || *w < 0.0)
        || weights.iter().all(|w| *w == 0.0)
    {
        return Err(SpecError::new(p.spec_path(), "[scoring]: points and weights must be non-negative numbers, and at least one weight above 0 (see docs/problem-format.md)").into());
    }
    Ok(ProblemInfo {
        slug: p.slug().to_string(),
        title: p.spec.title.clone(),
        version: problem_version(&p.dir),
        scoring: s.clone(),
    })
}

/// 0 when everything was graded; 1 when something was not.
pub fn exit_code(book: &Book, interrupted: bool) -> i32 {
    let ungraded = book.submissions.iter().any(|s| !s.outcome.gradable);
    i32::from(interrupted || ungraded || !book.issues.is_empty())
}

/// Writes every output of a whole (unsharded or merged) book into `out`.
pub fn write_outputs(
    book: &Book,
    out: &Path,
    detail: Detail,
    extra: &[Extra],
) -> Result<(), GradeError> {
    if out.join("results.json").is_file() {
        // Pages of a previous batch in this folder: drop them, so no stale student page stays.
        for old in ["students", "gradescope"] {
            let _ = std::fs::remove_dir_all(out.join(old));
        }
    }
    write(out, "gradebook.csv", &gradebook::csv(book)?)?;
    write(out, "results.json", &gradebook::json(book))?;
    write(out, "junit.xml", &junit(book, detail))?;
    write(out, "index.html", &super::html::index(book))?;
    for student in &book.students {
        let name = super::html::page_name(student);
        write(
            out,
            &format!("students/{name}"),
            &super::html::student(book, student, detail),
        )?;
        if extra.contains(&Extra::Gradescope) {
            let folder = name.trim_end_matches(".html");
            write(
                out,
                &format!("gradescope/{folder}/results.json"),
                &gradescope(book, student, detail),
            )?;
        }
    }
    Ok(())
}
