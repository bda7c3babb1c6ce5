//! LeetCode's Rust judge lets submissions use a few crates (`rand` 0.8,
//! `regex` 1, `itertools`). When a learner's file uses one, they are built
//! once with cargo into the cache and passed to `rustc` with `--extern`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use sha2::{Digest, Sha256};

use crate::cache::cache_root;
use crate::run::process::run_with_timeout;

/// The crates LeetCode provides: (name in code, Cargo dependency line).
pub const CRATES: &[(&str, &str)] = &[
    ("rand", "rand = \"0.8\""),
    ("regex", "regex = \"1\""),
    ("itertools", "itertools = \"0.14\""),
];

/// Whether `source` refers to crate `name` (`use rand::…`, `rand::thread_rng()`, `extern crate rand`).
fn uses(source: &str, name: &str) -> bool {
    source
        .lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .any(|code| {
            code.match_indices(name).any(|(i, _)| {
                let before = code[..i].chars().next_back();
                let after = &code[i + name.len()..];
                !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':')
                    && (after.starts_with("::") || after.trim_start().starts_with(';'))
            })
        })
}

/// Extra `rustc` arguments for the LeetCode crates `source` uses (none if it uses none).
pub fn rustc_args(source: &str, rustc_version: &str) -> Result<Vec<String>, String> {
    if !CRATES.iter().any(|(name, _)| uses(source, name)) {
        return Ok(Vec::new());
    }
    let key: String = Sha256::digest(rustc_version.as_bytes())
        .iter()
        .take(6)
        .map(|b| format!("{b:02x}"))
        .collect();
    let dir = cache_root().join(format!("rust-crates-{key}"));
    let args_file = dir.join("rustc-args.txt");
    if !args_file.is_file() {
        build_crates(&dir)?;
    }
    let text = std::fs::read_to_string(&args_file)
        .map_err(|e| format!("cannot read {}: {e}", args_file.display()))?;
    Ok(text.lines().map(str::to_string).collect())
}

fn build_crates(dir: &Path) -> Result<(), String> {
    let parent = dir.parent().unwrap_or(dir);
    std::fs::create_dir_all(parent).map_err(|e| e.to_string())?;
    let tmp = tempfile::Builder::new()
        .prefix(".tmp-crates-")
        .tempdir_in(parent)
        .map_err(|e| e.to_string())?;
    let deps: Vec<&str> = CRATES.iter().map(|(_, line)| *line).collect();
    let manifest = format!(
        "[package]\nname = \"leetcode-crates\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n[dependencies]\n{}\n\n[workspace]\n",
        deps.join("\n")
    );
    std::fs::create_dir_all(tmp.path().join("src")).map_err(|e| e.to_string())?;
    std::fs::write(tmp.path().join("Cargo.toml"), manifest).map_err(|e| e.to_string())?;
    std::fs::write(tmp.path().join("src/lib.rs"), "").map_err(|e| e.to_string())?;
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.args(["build", "--release", "--message-format=json", "--quiet"])
        .current_dir(tmp.path())
        .env_remove("CARGO_TARGET_DIR");
    let done = run_with_timeout(cmd, Duration::from_secs(600), None).map_err(|e| {
        format!("cannot run cargo to build LeetCode's crates (rand, regex, itertools): {e}")
    })?;
    if !done.status.is_some_and(|s| s.success()) {
        return Err(format!(
            "building LeetCode's crates (rand, regex, itertools) with cargo failed:\n{}",
            tail(&done.output)
        ));
    }
    let final_deps = dir.join("target/release/deps");
    let mut args = vec![
        "-L".to_string(),
        format!("dependency={}", final_deps.display()),
    ];
    for line in done
        .output
        .lines()
        .filter(|l| l.contains("\"compiler-artifact\""))
    {
        let Ok(msg) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let name = msg["target"]["name"].as_str().unwrap_or("");
        if !CRATES.iter().any(|(n, _)| *n == name) {
            continue;
        }
        let rlib = msg["filenames"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|f| f.as_str())
            .find(|f| f.ends_with(".rlib"));
        if let Some(rlib) = rlib {
            let file = PathBuf::from(rlib)
                .file_name()
                .map(|f| f.to_string_lossy().into_owned())
                .unwrap_or_default();
            args.push("--extern".into());
            args.push(format!("{name}={}", final_deps.join(file).display()));
        }
    }
    std::fs::write(tmp.path().join("rustc-args.txt"), args.join("\n"))
        .map_err(|e| e.to_string())?;
    let path = tmp.keep();
    if std::fs::rename(&path, dir).is_err() {
        let _ = std::fs::remove_dir_all(&path);
    }
    Ok(())
}

fn tail(text: &str) -> String {
    let lines: Vec<&str> = text.lines().filter(|l| !l.starts_with('{')).collect();
    lines[lines.len().saturating_sub(20)..].join("\n")
}

#[cfg(test)]
mod tests {
    use super::uses;

    #[test]
    fn detects_crate_use_only_in_code() {
        assert!(uses("use rand::Rng;", "rand"));
        assert!(uses("let x = rand::thread_rng().gen_range(0..n);", "rand"));
        assert!(uses("extern crate rand;", "rand"));
        assert!(uses("use itertools::Itertools;", "itertools"));
        assert!(!uses("// use rand::Rng;", "rand"));
        assert!(!uses("let operand = 3; my_rand::x();", "rand"));
        assert!(!uses("let rand = 4;", "rand"));
    }
}
