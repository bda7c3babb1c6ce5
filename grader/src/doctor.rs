//! `grader doctor`: every language, whether its toolchain is here, its
//! version, and a self-test (the bundled accepted solution of `kth-largest`
//! in that language, graded on the examples).

use std::path::Path;

use serde::Serialize;

use crate::build::toolchain;
use crate::grade::{grade, GradeOptions};
use crate::language::LANGUAGES;
use crate::run::sandbox::Layers;
use crate::verdict::Verdict;

/// One language's health.
#[derive(Debug, Clone, Serialize)]
pub struct LanguageHealth {
    /// Language name.
    pub language: String,
    /// File extensions.
    pub extensions: Vec<String>,
    /// Whether the toolchain was found.
    pub available: bool,
    /// The program used (resolved path where the language asks for it).
    pub program: Option<String>,
    /// Its version line.
    pub version: Option<String>,
    /// `ok`, `failed: …`, `skipped: …`.
    pub self_test: String,
    /// What to do when something is missing.
    pub hint: Option<String>,
}

/// Checks every language.
pub fn check_all() -> Vec<LanguageHealth> {
    LANGUAGES
        .iter()
        .map(|lang| {
            let mut health = LanguageHealth {
                language: lang.name.to_string(),
                extensions: lang.extensions.iter().map(|e| format!(".{e}")).collect(),
                available: false,
                program: None,
                version: None,
                self_test: "skipped: no toolchain".into(),
                hint: None,
            };
            match toolchain(lang) {
                Ok(tool) => {
                    health.available = true;
                    health.program = Some(tool.program);
                    health.version = Some(tool.version);
                    health.self_test = self_test(lang.extensions[0]);
                    if health.self_test != "ok" {
                        health.hint = Some(lang.install_hint.to_string());
                    }
                }
                Err(e) => health.hint = Some(e),
            }
            health
        })
        .collect()
}

fn self_test(ext: &str) -> String {
    let Ok(problem) = crate::catalog::find("kth-largest") else {
        return "skipped: problem kth-largest not found".into();
    };
    let file = problem
        .dir
        .join("submissions/accepted")
        .join(format!("heap.{ext}"));
    if !Path::new(&file).is_file() {
        return format!("skipped: no {}", file.display());
    }
    let options = GradeOptions {
        case: Some("example/1".into()),
        seed: None,
        random: Some(0),
        problem_arg: "kth-largest".into(),
        fail_fast: true,
        ..GradeOptions::default()
    };
    match grade(&problem, &file, &options) {
        Ok(report) if report.verdict == Verdict::AC => "ok".into(),
        Ok(report) => format!(
            "failed: {} on kth-largest example/1{}",
            report.verdict.long_name(),
            report
                .failure
                .map(|f| format!(": {}", f.message))
                .or(report.compile.and_then(|c| c.message))
                .unwrap_or_default()
        ),
        Err(e) => format!("failed: {e}"),
    }
}

/// Each sandbox layer: (name, active, what it stops, what a missing one needs).
fn sandbox_rows(layers: &Layers) -> Vec<(&'static str, bool, String)> {
    let ns = match &layers.namespaces {
        Ok(()) => "pid, mount, net, ipc, uts (+ user when not root); a new root of read-only binds, fresh /proc, private /tmp".to_string(),
        Err(e) => format!("MISSING: {e}. Needs unprivileged user namespaces (Ubuntu: sysctl kernel.apparmor_restrict_unprivileged_userns=0) or running as root"),
    };
    let uid = if layers.root {
        "learner code runs as its own unprivileged uid (the grader is root)".to_string()
    } else {
        "learner code runs as your uid, inside its own user namespace".to_string()
    };
    let landlock = if layers.landlock_abi > 0 {
        format!("ABI {}: files (read/exec only what the language needs), TCP from ABI 4, signal and socket scoping from ABI 6", layers.landlock_abi)
    } else {
        "MISSING: needs Linux 5.13+ booted with landlock in `lsm=`".to_string()
    };
    let seccomp = match &layers.seccomp {
        Ok(()) => "ptrace, mount, namespaces, bpf, keyrings, io_uring, memfd, shared anonymous memory, new processes denied".to_string(),
        Err(e) => format!("MISSING: {e}"),
    };
    vec![
        ("namespaces", layers.namespaces.is_ok(), ns),
        ("uid", true, uid),
        ("landlock", layers.landlock_abi >= 4, landlock),
        ("seccomp", layers.seccomp.is_ok(), seccomp),
        (
            "rlimits",
            true,
            "core 0, file size, open files, threads, data (memory backstop), CPU".to_string(),
        ),
    ]
}

/// The sandbox layers for people.
pub fn render_sandbox(layers: &Layers) -> String {
    let mut out = format!("sandbox (mode: {:?})\n", crate::run::sandbox::mode()).to_lowercase();
    for (name, on, what) in sandbox_rows(layers) {
        out.push_str(&format!(
            "  {:<11} {:<4} {what}\n",
            name,
            if on { "on" } else { "off" }
        ));
    }
    out.push('\n');
    out
}

/// The sandbox layers as JSON.
pub fn sandbox_json(layers: &Layers) -> serde_json::Value {
    let rows: Vec<serde_json::Value> = sandbox_rows(layers)
        .into_iter()
        .map(|(name, on, what)| serde_json::json!({"layer": name, "active": on, "detail": what}))
        .collect();
    serde_json::json!({"mode": crate::run::sandbox::mode(), "summary": layers.summary(), "layers": rows})
}

/// Renders the table for people.
pub fn render(all: &[LanguageHealth]) -> String {
    let mut out = format!(
        "{:<12} {:<14} {:<40} {}\n",
        "language", "ext", "toolchain", "self-test"
    );
    for h in all {
        let tool = match (&h.version, &h.program) {
            (Some(v), _) => v.lines().next().unwrap_or("").to_string(),
            _ => "missing".to_string(),
        };
        out.push_str(&format!(
            "{:<12} {:<14} {:<40} {}\n",
            h.language,
            h.extensions.join(" "),
            tool,
            h.self_test
        ));
        if let Some(hint) = &h.hint {
            out.push_str(&format!("{:<12} {hint}\n", ""));
        }
    }
    out
}

/// Where each problem comes from, for `grader doctor`.
pub fn render_problems(entries: &[crate::catalog::Entry]) -> String {
    let mut out = String::from("problems (the first source that has a folder name wins):\n");
    for e in entries {
        let name = e
            .dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        out.push_str(&format!(
            "  {name:<24} {:<17} {}\n",
            e.origin.describe(),
            e.dir.display()
        ));
    }
    out.push('\n');
    out
}
