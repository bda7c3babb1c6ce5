//! Provisioning what LeetCode's environment has and a plain toolchain lacks:
//! the npm packages for JavaScript and TypeScript (the priority queues, and
//! `typescript` itself), `sortedcontainers` for Python. Installed the first
//! time a language needs them, into the grader's cache (never into the
//! learner's global Python or Node), from the versions pinned in the
//! project's `languages/` folder, with one line saying so; offline or
//! failing, the error says exactly what to run instead.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::time::Duration;

use sha2::{Digest, Sha256};

use crate::cache::{cache_root, fill_once};
use crate::run::process::run_with_timeout;

const PACKAGE_JSON: &str = include_str!("../../languages/node/package.json");
const PACKAGE_LOCK: &str = include_str!("../../languages/node/package-lock.json");
const PYTHON_REQUIREMENTS: &str = include_str!("../../languages/python/requirements.txt");

/// One provisioning at a time in this process (the cache folder's rename
/// settles races between processes).
static BUSY: Mutex<()> = Mutex::new(());

fn short_hash(parts: &[&str]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        hasher.update(part.as_bytes());
        hasher.update([0]);
    }
    hasher
        .finalize()
        .iter()
        .take(6)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Installs into `<cache>/<name>` (once, [`fill_once`]), saying so on stderr
/// (a spinner on a terminal).
fn install(
    name: &str,
    what: &str,
    fill: impl FnOnce(&Path) -> Result<(), String>,
) -> Result<PathBuf, String> {
    let _busy = BUSY.lock().unwrap_or_else(|e| e.into_inner());
    fill_once(name, |tmp| {
        let line = format!(
            "grader: installing {what} into {} (once)",
            cache_root().join(name).display()
        );
        let spinner = std::io::IsTerminal::is_terminal(&std::io::stderr()).then(|| {
            let bar = indicatif::ProgressBar::new_spinner();
            if let Ok(style) = indicatif::ProgressStyle::with_template("{spinner} {msg} {elapsed}")
            {
                bar.set_style(style);
            }
            bar.set_message(line.clone());
            bar.enable_steady_tick(Duration::from_millis(120));
            bar
        });
        if spinner.is_none() {
            eprintln!("{line}");
        }
        let filled = fill(tmp);
        if let Some(bar) = spinner {
            bar.finish_and_clear();
            eprintln!("{line}: {}", if filled.is_ok() { "done" } else { "failed" });
        }
        filled
    })
}

/// Runs an installer command; its output becomes the error when it fails.
fn run_installer(mut cmd: Command, dir: &Path, what: &str, instead: &str) -> Result<(), String> {
    cmd.current_dir(dir);
    let done = run_with_timeout(cmd, Duration::from_secs(600), None)
        .map_err(|e| format!("cannot install {what}: {e}; {instead}"))?;
    match done.status {
        Some(s) if s.success() => Ok(()),
        _ => {
            let lines: Vec<&str> = done.output.lines().collect();
            let tail = lines[lines.len().saturating_sub(8)..].join("\n");
            Err(format!(
                "cannot install {what} (offline?):\n{tail}\n{instead}"
            ))
        }
    }
}

/// The npm packages LeetCode's JavaScript has: `$GRADER_NODE_MODULES`, else
/// `languages/node/node_modules` of this checkout when complete (what
/// `scripts/setup-languages.sh` installs), else installed into the cache
/// with `npm ci` from the project's lock file.
pub fn node_modules(node: &str) -> Result<PathBuf, String> {
    if let Some(dir) = std::env::var_os("GRADER_NODE_MODULES") {
        return Ok(PathBuf::from(dir));
    }
    let checkout = Path::new(env!("CARGO_MANIFEST_DIR")).join("../languages/node/node_modules");
    if checkout.join(".package-lock.json").is_file() {
        return Ok(checkout);
    }
    let name = format!("node-packages-{}", short_hash(&[PACKAGE_LOCK]));
    let instead = "install them yourself with `npm ci --prefix languages/node` (or `scripts/setup-languages.sh`), \
                   or point GRADER_NODE_MODULES at a node_modules folder that has them";
    let dir = install(
        &name,
        "LeetCode's npm packages for JavaScript/TypeScript",
        |tmp| {
            std::fs::write(tmp.join("package.json"), PACKAGE_JSON).map_err(|e| e.to_string())?;
            std::fs::write(tmp.join("package-lock.json"), PACKAGE_LOCK)
                .map_err(|e| e.to_string())?;
            // npm lives next to node.
            let npm = Path::new(node).with_file_name("npm");
            let npm = if npm.is_file() {
                npm
            } else {
                PathBuf::from("npm")
            };
            let mut cmd = Command::new(npm);
            cmd.args([
                "ci",
                "--ignore-scripts",
                "--no-audit",
                "--no-fund",
                "--silent",
            ]);
            run_installer(cmd, tmp, "LeetCode's npm packages", instead)
        },
    )?;
    Ok(dir.join("node_modules"))
}

/// Where `sortedcontainers` is for `python` (`None`: the interpreter has it),
/// installed into the cache with `pip install --target` when missing.
pub fn python_packages(python: &str) -> Result<Option<PathBuf>, String> {
    static FOUND: Mutex<Vec<(String, Option<PathBuf>)>> = Mutex::new(Vec::new());
    if let Some((_, found)) = FOUND
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .iter()
        .find(|(p, _)| p == python)
    {
        return Ok(found.clone());
    }
    let has_it = Command::new(python)
        .args(["-c", "import sortedcontainers"])
        .output()
        .is_ok_and(|o| o.status.success());
    let found = if has_it {
        None
    } else {
        let name = format!(
            "python-packages-{}",
            short_hash(&[python, PYTHON_REQUIREMENTS])
        );
        let instead = format!(
            "install it yourself with `{python} -m pip install {}` (or `scripts/setup-languages.sh`)",
            PYTHON_REQUIREMENTS.trim()
        );
        Some(
            install(
                &name,
                "sortedcontainers for Python (LeetCode's SortedList)",
                |tmp| {
                    std::fs::write(tmp.join("requirements.txt"), PYTHON_REQUIREMENTS)
                        .map_err(|e| e.to_string())?;
                    let mut cmd = Command::new(python);
                    cmd.args([
                        "-m",
                        "pip",
                        "install",
                        "--quiet",
                        "--disable-pip-version-check",
                        "--no-warn-script-location",
                    ])
                    .args(["--target", "site", "-r", "requirements.txt"]);
                    run_installer(cmd, tmp, "sortedcontainers", &instead)
                },
            )?
            .join("site"),
        )
    };
    FOUND
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push((python.to_string(), found.clone()));
    Ok(found)
}
