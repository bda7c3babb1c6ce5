//! A synthetic class with known labels, graded into every output.

use crate::helpers::{batch, by_key, graded_count, put, results, text};

#[test]
fn class_is_graded_into_every_output_with_the_known_verdicts() {
    let dir = tempfile::tempdir().unwrap();
    let roster = dir.path().join("roster");
    let k = "problems/kth-largest/submissions";
    // (student, file name in the roster, source, expected verdict)
    let class = [
        (
            "ada",
            "kth-largest.py",
            format!("{k}/accepted/heap.py"),
            "AC",
        ),
        ("ada-twin", "215.py", format!("{k}/accepted/heap.py"), "AC"),
        (
            "ben",
            "kth-largest.cpp",
            format!("{k}/accepted/heap.cpp"),
            "AC",
        ),
        (
            "cy",
            "kth-largest.java",
            format!("{k}/accepted/heap.java"),
            "AC",
        ),
        (
            "dee",
            "kth-largest-element-in-an-array.ts",
            format!("{k}/accepted/heap.ts"),
            "AC",
        ),
        (
            "eve",
            "kth-largest.py",
            "tests/hostile/py_kill_parent.py".into(),
            "AC",
        ),
        (
            "fay",
            "kth-largest.py",
            format!("{k}/wrong_answer/kth_smallest.py"),
            "WA",
        ),
        (
            "gus",
            "kth-largest.js",
            format!("{k}/wrong_answer/kth_smallest.js"),
            "WA",
        ),
        (
            "hal",
            "kth-largest.rs",
            format!("{k}/time_limit_exceeded/infinite_loop.rs"),
            "TLE",
        ),
        (
            "ivy",
            "kth-largest.rs",
            format!("{k}/memory_limit_exceeded/counting_table.rs"),
            "MLE",
        ),
        (
            "jo",
            "kth-largest.py",
            "tests/hostile/py_stdout_flood.py".into(),
            "OLE",
        ),
        (
            "kit",
            "kth-largest.rs",
            format!("{k}/run_time_error/panic.rs"),
            "RE",
        ),
        (
            "lou",
            "kth-largest.py",
            "tests/hostile/py_fork_bomb.py".into(),
            "RE",
        ),
        (
            "max",
            "kth-largest.cpp",
            "tests/hostile/cpp_segfault.cpp".into(),
            "RE",
        ),
        (
            "ned",
            "kth-largest.rs",
            format!("{k}/compile_error/type_mismatch.rs"),
            "CE",
        ),
        (
            "ada",
            "last-stone-weight.py",
            "problems/last-stone-weight/submissions/accepted/heap.py".into(),
            "AC",
        ),
        (
            "fay",
            "1046.rs",
            "problems/last-stone-weight/submissions/run_time_error/panic.rs".into(),
            "RE",
        ),
    ];
    // Languages without a toolchain here are left out (and said so), like the other end-to-end tests.
    let class: Vec<_> = class
        .into_iter()
        .filter(|(_, _, src, _)| {
            let lang = grader::language::for_file(std::path::Path::new(src)).unwrap();
            let ok = grader::build::toolchain(lang).is_ok();
            if !ok {
                eprintln!("SKIPPED: {src}: no {} toolchain here", lang.name);
            }
            ok
        })
        .collect();
    for (student, name, src, _) in &class {
        put(&roster, student, name, src);
    }
    let mut students: Vec<&str> = class.iter().map(|c| c.0).chain(["oz", "pat"]).collect();
    students.sort();
    students.dedup();
    let mut distinct: Vec<&String> = class.iter().map(|c| &c.2).collect();
    distinct.sort();
    distinct.dedup();
    // Roster issues: an unknown problem, an unknown extension, two files for one problem.
    put(
        &roster,
        "oz",
        "no-such-problem.py",
        &format!("{k}/accepted/heap.py"),
    );
    put(
        &roster,
        "oz",
        "kth-largest.txt",
        &format!("{k}/accepted/heap.py"),
    );
    put(
        &roster,
        "pat",
        "kth-largest.py",
        &format!("{k}/accepted/heap.py"),
    );
    put(&roster, "pat", "215.js", &format!("{k}/accepted/heap.js"));
    let out = dir.path().join("out");
    let cache = dir.path().join("results-cache");
    let run = batch(&[
        roster.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--random",
        "30",
        "--jobs",
        "2",
        "--format",
        "gradescope",
        "--cache",
        cache.to_str().unwrap(),
    ]);
    assert_eq!(
        run.status.code(),
        Some(1),
        "roster issues give exit 1\n{}",
        text(&run)
    );
    let r = results(&out);
    let subs = by_key(&r);
    let mut wrong = Vec::new();
    for (student, name, src, verdict) in &class {
        let problem = if name.starts_with("last") || name.starts_with("1046") {
            "last-stone-weight"
        } else {
            "kth-largest"
        };
        let s = &subs[&(student.to_string(), problem.to_string())];
        let score = s["score"].as_f64().unwrap();
        let ok = s["verdict"] == *verdict
            && s["gradable"] == true
            && match *verdict {
                "AC" => score == 100.0 && s["cases_passed"] == s["cases_total"],
                "CE" => score == 0.0 && s["message"].as_str().is_some_and(|m| !m.is_empty()),
                _ => score < 100.0,
            };
        if !ok {
            wrong.push(format!(
                "{student} {src}: expected {verdict}, got {} score {score} ({})",
                s["verdict"], s["message"]
            ));
        }
    }
    assert!(wrong.is_empty(), "{}\n{}", wrong.join("\n"), text(&run));
    // Identical files are graded once (ada and ada-twin hand in the same file).
    assert_eq!(graded_count(&run), distinct.len(), "{}", text(&run));
    let issues: Vec<String> = r["issues"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["message"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(issues.len(), 3, "{issues:?}");
    assert!(
        issues.iter().any(|m| m.contains("unknown problem")),
        "{issues:?}"
    );
    assert!(
        issues.iter().any(|m| m.contains("2 files for kth-largest")),
        "{issues:?}"
    );
    // The gradebook: a row per student (with or without gradable work), a column per problem, a total.
    let csv = std::fs::read_to_string(out.join("gradebook.csv")).unwrap();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "student,kth-largest,last-stone-weight,total");
    assert!(lines.contains(&"ada,100,100,200"), "{csv}");
    assert!(lines.contains(&"ned,0,0,0"), "{csv}");
    assert!(lines.contains(&"oz,0,0,0"), "{csv}");
    assert_eq!(lines.len(), 1 + students.len(), "{csv}");
    // JUnit: a suite per student; Gradescope: a results.json per student; HTML: index and pages.
    let junit = std::fs::read_to_string(out.join("junit.xml")).unwrap();
    assert_eq!(
        junit.matches("<testsuite ").count(),
        students.len(),
        "{junit}"
    );
    let gs: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(out.join("gradescope/ada/results.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(gs["score"], 200.0);
    assert_eq!(gs["tests"].as_array().unwrap().len(), 2);
    let index = std::fs::read_to_string(out.join("index.html")).unwrap();
    assert!(
        index.contains("Kth Largest Element in an Array") && index.contains("students/ada.html"),
        "{index}"
    );
    let fay = std::fs::read_to_string(out.join("students/fay.html")).unwrap();
    assert!(
        fay.contains("expected:")
            && fay.contains("reproduce: grader test kth-largest fay/kth-largest.py"),
        "{fay}"
    );
    // A rerun with nothing changed grades nothing; --detail verdict hides the failing input.
    let again = batch(&[
        roster.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--random",
        "30",
        "--cache",
        cache.to_str().unwrap(),
        "--detail",
        "verdict",
    ]);
    assert_eq!(graded_count(&again), 0, "{}", text(&again));
    assert_eq!(by_key(&results(&out)), subs);
    let fay = std::fs::read_to_string(out.join("students/fay.html")).unwrap();
    assert!(!fay.contains("expected:"), "{fay}");
}
