//! The hostile-submission suite: every file in `tests/hostile/` is a
//! submission to `kth-largest` that attacks the grader or the machine (loops,
//! bombs, floods, escapes, forged answers, compile-time tricks). Each names
//! its verdict on its first line (`expect: TLE`). For each one the suite
//! checks the verdict and that no harm was done: the grader answered in
//! time, no process of the run remains, no file appeared outside the run's
//! own folder, no secret or expected answer reached the report, the TCP
//! listener received nothing, and the cache did not change.
//!
//! The files run in parallel, in one test, against a copy of the problem
//! with a short time limit (500 ms) so timeouts are quick. As root the suite
//! runs twice: once as root, once with the grader itself as an unprivileged
//! user (the languages whose toolchains that user can reach).

mod support;

use std::collections::BTreeMap;
use std::net::TcpListener;
use std::os::unix::fs::MetadataExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use support::{copy_dir, root};

/// The uid the unprivileged pass runs the grader as.
const USER_UID: u32 = 64123;
/// First uid of the sandbox's own uids (see run/sandbox/child.rs).
const SANDBOX_UID_BASE: u32 = 0x4000_0000;
/// No grader run may take longer than this.
const GRADER_BUDGET: Duration = Duration::from_secs(90);

struct Fixture {
    name: String,
    ext: String,
    expect: String,
    text: String,
}

fn fixtures() -> Vec<Fixture> {
    let dir = root().join("tests/hostile");
    let mut out: Vec<Fixture> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| {
            let path = e.path();
            let text = std::fs::read_to_string(&path).unwrap();
            let expect = text
                .lines()
                .next()
                .and_then(|l| l.split("expect:").nth(1))
                .map(|v| v.trim().to_string())
                .unwrap_or_else(|| {
                    panic!(
                        "{} does not say `expect: <verdict>` on its first line",
                        path.display()
                    )
                });
            Fixture {
                name: path.file_name().unwrap().to_string_lossy().into_owned(),
                ext: path.extension().unwrap().to_string_lossy().into_owned(),
                expect,
                text,
            }
        })
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

/// Everything one pass sets up: a problems copy with a canary, a home with a
/// secret, a listener, a cache.
struct Stage {
    dir: tempfile::TempDir,
    /// The grader binary (a copy the pass's user can run).
    bin: PathBuf,
    /// Extra environment (e.g. layers turned off).
    env: Vec<(String, String)>,
    problems: PathBuf,
    home: PathBuf,
    cache: PathBuf,
    secret: String,
    canary: String,
    listener: TcpListener,
    uid: Option<u32>,
}

fn chown_all(path: &Path, uid: u32) {
    std::os::unix::fs::lchown(path, Some(uid), Some(uid)).unwrap();
    if path.is_dir() {
        for entry in std::fs::read_dir(path).unwrap().flatten() {
            chown_all(&entry.path(), uid);
        }
    }
}

impl Stage {
    fn new(uid: Option<u32>, cache: Option<PathBuf>, env: &[(&str, &str)]) -> Stage {
        let dir = tempfile::Builder::new()
            .prefix("hostile-")
            .tempdir()
            .unwrap();
        // The checkout may sit where another user cannot go (/root): run a copy.
        let bin = dir.path().join("grader");
        std::fs::copy(env!("CARGO_BIN_EXE_grader"), &bin).unwrap();
        let cache = cache.unwrap_or_else(|| dir.path().join("cache"));
        let nonce = format!(
            "{:x}",
            std::process::id() as u64 * 7919 + Instant::now().elapsed().as_nanos() as u64
        );
        let secret = format!("SECRET-{nonce}-{}", uid.unwrap_or(0));
        let canary = format!("CANARY-{nonce}-{}", uid.unwrap_or(0));
        let problems = dir.path().join("problems");
        copy_dir(
            &root().join("problems/kth-largest"),
            &problems.join("kth-largest"),
        );
        let toml = problems.join("kth-largest/problem.toml");
        let spec = std::fs::read_to_string(&toml)
            .unwrap()
            .replace("time_ms = 1000", "time_ms = 500");
        std::fs::write(&toml, spec).unwrap();
        std::fs::write(problems.join("kth-largest/CANARY.txt"), &canary).unwrap();
        let home = dir.path().join("home");
        std::fs::create_dir_all(&home).unwrap();
        std::fs::write(home.join("secret.txt"), &secret).unwrap();
        std::fs::create_dir_all(&cache).unwrap();
        if let Some(uid) = uid {
            std::fs::set_permissions(
                dir.path(),
                std::os::unix::fs::PermissionsExt::from_mode(0o755),
            )
            .unwrap();
            chown_all(&home, uid);
            chown_all(&cache, uid);
        }
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let env = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Stage {
            dir,
            bin,
            env,
            problems,
            home,
            cache,
            secret,
            canary,
            listener,
            uid,
        }
    }

    fn port(&self) -> u16 {
        self.listener.local_addr().unwrap().port()
    }

    fn write(&self, fixture: &Fixture) -> PathBuf {
        let text = fixture
            .text
            .replace("@PROBLEMS@", &self.problems.to_string_lossy())
            .replace("@HOME@", &self.home.to_string_lossy())
            .replace("@CACHE@", &self.cache.to_string_lossy())
            .replace("@ROOT@", &root().to_string_lossy())
            .replace("@PORT@", &self.port().to_string());
        let dir = self.dir.path().join("files");
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(&fixture.name);
        std::fs::write(&path, text).unwrap();
        if let Some(uid) = self.uid {
            chown_all(&dir, uid);
        }
        path
    }

    /// `grader <args>` as this pass's user, with its home, problems and cache.
    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(&self.bin);
        cmd.args(args)
            .current_dir(self.dir.path())
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("HOME", &self.home)
            .env("GRADER_PROBLEMS", &self.problems)
            .env("GRADER_CACHE_DIR", &self.cache)
            .env("GRADER_COMPILE_SECONDS", "10")
            .env("HOSTILE_SECRET", &self.secret)
            .envs(self.env.iter().map(|(k, v)| (k, v)))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        if let Some(node_modules) = std::env::var_os("GRADER_NODE_MODULES") {
            cmd.env("GRADER_NODE_MODULES", node_modules);
        }
        // rustup finds its toolchains from the real home, not the test's.
        if let Some(home) = std::env::var_os("HOME") {
            let home = PathBuf::from(home);
            for (var, default) in [("RUSTUP_HOME", ".rustup"), ("CARGO_HOME", ".cargo")] {
                cmd.env(
                    var,
                    std::env::var_os(var).map_or_else(|| home.join(default), PathBuf::from),
                );
            }
        }
        if let Some(uid) = self.uid {
            // Only what that user can reach: the system toolchains.
            cmd.env("PATH", "/usr/local/bin:/usr/bin:/bin");
            // SAFETY: set-uid calls between fork and exec.
            unsafe {
                cmd.pre_exec(move || {
                    if libc::setgroups(0, std::ptr::null()) != 0
                        || libc::setresgid(uid, uid, uid) != 0
                        || libc::setresuid(uid, uid, uid) != 0
                    {
                        return Err(std::io::Error::last_os_error());
                    }
                    Ok(())
                });
            }
        }
        cmd
    }

    fn grader(&self, file: &Path) -> Command {
        let file = file.to_string_lossy();
        self.command(&[
            "test",
            "kth-largest",
            &file,
            "--format",
            "json",
            "--case",
            "example/1",
            "--color",
            "never",
        ])
    }
}

/// Files of the cache (path → size, mtime), apart from new builds.
fn cache_state(cache: &Path) -> BTreeMap<PathBuf, (u64, i64)> {
    fn walk(dir: &Path, out: &mut BTreeMap<PathBuf, (u64, i64)>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let Ok(meta) = entry.path().symlink_metadata() else {
                continue;
            };
            if meta.is_dir() {
                walk(&entry.path(), out);
            } else {
                out.insert(entry.path(), (meta.len(), meta.mtime()));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(cache, &mut out);
    out
}

/// Processes of this pass's runs that are still there: sandboxed uids (or
/// the unprivileged user's) whose command line names the pass's grader copy
/// or cache (other tests may be grading at the same time).
fn leftover_processes(uid: Option<u32>, marks: &[&Path]) -> Vec<String> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir("/proc").unwrap().flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let Ok(meta) = std::fs::metadata(format!("/proc/{pid}")) else {
            continue;
        };
        let owner = meta.uid();
        let ours = match uid {
            Some(u) => owner == u,
            None => owner >= SANDBOX_UID_BASE,
        };
        let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).unwrap_or_default();
        let text = String::from_utf8_lossy(&cmdline);
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        // A zombie has no command line; any zombie of a sandboxed uid is a leak.
        let zombie = stat
            .rsplit(')')
            .next()
            .is_some_and(|rest| rest.trim_start().starts_with('Z'));
        let ours = ours && (zombie || marks.iter().any(|m| text.contains(&*m.to_string_lossy())));
        if ours {
            out.push(format!(
                "{pid} (uid {owner}): {} [{}]",
                String::from_utf8_lossy(&cmdline).replace('\0', " "),
                stat.trim()
            ));
        }
    }
    out
}

/// Runs one fixture; returns the problems found (empty: all good).
fn run_one(stage: &Stage, fixture: &Fixture) -> Vec<String> {
    let file = stage.write(fixture);
    let start = Instant::now();
    let mut child = stage.grader(&file).spawn().expect("start grader");
    let stdout = child.stdout.take().unwrap();
    let stderr = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || std::io::read_to_string(stdout).unwrap_or_default());
    let err = std::thread::spawn(move || std::io::read_to_string(stderr).unwrap_or_default());
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if start.elapsed() > GRADER_BUDGET {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let elapsed = start.elapsed();
    let (stdout, stderr) = (out.join().unwrap(), err.join().unwrap());
    let mut problems = Vec::new();
    let Some(status) = status else {
        return vec![format!(
            "the grader did not answer within {GRADER_BUDGET:?}"
        )];
    };
    let report = format!("{stdout}\n{stderr}");
    for (what, token) in [
        ("the secret", &stage.secret),
        ("the canary from the problems folder", &stage.canary),
    ] {
        if report.contains(token.as_str()) {
            problems.push(format!("{what} appears in the report"));
        }
    }
    if report.contains("root:x:0:0") {
        problems.push("/etc/passwd appears in the report".into());
    }
    match serde_json::from_str::<serde_json::Value>(&stdout) {
        Ok(json) => {
            let verdict = json["verdict"].as_str().unwrap_or("?");
            if verdict != fixture.expect {
                let why = json["failure"]["message"]
                    .as_str()
                    .or(json["compile"]["message"].as_str())
                    .unwrap_or("");
                problems.push(format!(
                    "verdict {verdict}, expected {} ({status}, {:.1} s): {}",
                    fixture.expect,
                    elapsed.as_secs_f64(),
                    why.chars().take(400).collect::<String>()
                ));
            }
        }
        Err(e) => problems.push(format!(
            "no JSON report ({e}; {status}); stderr: {}",
            stderr.chars().take(400).collect::<String>()
        )),
    }
    problems
}

/// Runs every fixture (of the languages available) in parallel; returns failures.
fn run_pass(stage: &Stage, fixtures: &[Fixture], label: &str) -> Vec<String> {
    let failures = Arc::new(Mutex::new(Vec::new()));
    let queue = Arc::new(Mutex::new(fixtures.iter().collect::<Vec<_>>()));
    std::thread::scope(|scope| {
        for _ in 0..3 {
            let queue = Arc::clone(&queue);
            let failures = Arc::clone(&failures);
            scope.spawn(move || loop {
                let Some(fixture) = queue.lock().unwrap().pop() else {
                    return;
                };
                let found = run_one(stage, fixture);
                eprintln!(
                    "{label} {:<36} {}",
                    fixture.name,
                    if found.is_empty() { "ok" } else { "FAILED" }
                );
                for problem in found {
                    failures
                        .lock()
                        .unwrap()
                        .push(format!("{label} {}: {problem}", fixture.name));
                }
            });
        }
    });
    let mut failures = Arc::try_unwrap(failures).unwrap().into_inner().unwrap();
    // Harm that shows only after the runs.
    std::thread::sleep(Duration::from_millis(500));
    let left = leftover_processes(stage.uid, &[stage.dir.path(), &stage.cache]);
    if !left.is_empty() {
        failures.push(format!("{label}: processes of the runs remain: {left:?}"));
    }
    if stage.listener.accept().is_ok() {
        failures.push(format!(
            "{label}: the TCP listener on 127.0.0.1 received a connection"
        ));
    }
    for escaped in [
        PathBuf::from("/tmp/hostile-escape"),
        stage.home.join("hostile-escape"),
        stage.cache.join("hostile-escape"),
        stage.problems.join("kth-largest/hostile-escape"),
        root().join("hostile-escape"),
    ] {
        if escaped.exists() {
            let _ = std::fs::remove_file(&escaped);
            failures.push(format!("{label}: a submission wrote {}", escaped.display()));
        }
    }
    let statement =
        std::fs::read_to_string(stage.problems.join("kth-largest/statement.md")).unwrap();
    let original =
        std::fs::read_to_string(root().join("problems/kth-largest/statement.md")).unwrap();
    if statement != original {
        failures.push(format!("{label}: a submission changed statement.md"));
    }
    failures
}

/// The extensions this pass can grade: each language's accepted kth-largest
/// solution, made unique to the pass (so it is compiled, not taken from the
/// cache), must be accepted when run as the pass's user with its layers.
fn available(stage: &Stage) -> Vec<String> {
    let dir = stage.dir.path().join("probe");
    std::fs::create_dir_all(&dir).unwrap();
    let exts = ["rs", "py", "cpp", "java", "js", "ts"];
    let found = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for ext in exts {
            let found = &found;
            let dir = &dir;
            scope.spawn(move || {
                let solution = root().join(format!(
                    "problems/kth-largest/submissions/accepted/heap.{ext}"
                ));
                let comment = if ext == "py" { "#" } else { "//" };
                let text = std::fs::read_to_string(solution).unwrap()
                    + &format!("\n{comment} {}\n", dir.display());
                let file = dir.join(format!("probe.{ext}"));
                std::fs::write(&file, text).unwrap();
                if let Some(uid) = stage.uid {
                    chown_all(dir, uid);
                }
                let out = stage.grader(&file).output().unwrap();
                let json: serde_json::Value =
                    serde_json::from_slice(&out.stdout).unwrap_or_default();
                if json["verdict"] == "AC" {
                    found.lock().unwrap().push(ext.to_string());
                }
            });
        }
    });
    found.into_inner().unwrap()
}

/// One pass over the files (those whose names contain one of `only`, if given).
fn pass(
    uid: Option<u32>,
    cache: Option<PathBuf>,
    env: &[(&str, &str)],
    only: &[&str],
    label: &str,
) -> Vec<String> {
    let stage = Stage::new(uid, cache, env);
    let mut all = fixtures();
    if !only.is_empty() {
        all.retain(|f| only.iter().any(|o| f.name.contains(o)));
    }
    let langs = available(&stage);
    let (runnable, skipped): (Vec<Fixture>, Vec<Fixture>) =
        all.into_iter().partition(|f| langs.contains(&f.ext));
    if !skipped.is_empty() {
        let mut exts: Vec<&str> = skipped.iter().map(|f| f.ext.as_str()).collect();
        exts.dedup();
        eprintln!(
            "SKIPPED ({label}): {} hostile files in languages without a toolchain here: {exts:?}",
            skipped.len()
        );
    }
    let before = cache_state(&stage.cache);
    let failures = run_pass(&stage, &runnable, label);
    let after = cache_state(&stage.cache);
    let mut failures = failures;
    for (path, state) in &before {
        if after.get(path) != Some(state) {
            failures.push(format!(
                "{label}: the cache file {} changed",
                path.display()
            ));
        }
    }
    eprintln!(
        "{label}: {} hostile files, {} problems",
        runnable.len(),
        failures.len()
    );
    failures
}

#[test]
fn hostile_submissions_are_contained() {
    let fixtures = fixtures();
    assert!(
        fixtures.len() >= 30,
        "the suite has {} files",
        fixtures.len()
    );
    // Caches of their own: the check that nothing in the cache changed must
    // not see other tests' builds.
    let cache = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("grader-cache-hostile");
    let mut failures = pass(None, Some(cache.clone()), &[], &[], "[as this user]");
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } == 0 {
        failures.extend(pass(Some(USER_UID), None, &[], &[], "[as uid 64123]"));
    } else {
        eprintln!("SKIPPED: the unprivileged pass needs root to switch users (this run is already unprivileged)");
    }
    // A kernel without user namespaces (Ubuntu's AppArmor rule): Landlock,
    // seccomp and rlimits must still contain the escapes.
    let escapes = [
        "read_",
        "write_outside",
        "tcp_connect",
        "kill_",
        "fork_bomb",
        "infinite_loop",
        "ptrace",
        "system_sleep",
        "memory_bomb",
    ];
    // The builds of the first pass are reused (compiles are not what this pass is about).
    let degraded = [("GRADER_SANDBOX_WITHOUT", "namespaces")];
    failures.extend(pass(
        None,
        Some(cache),
        &degraded,
        &escapes,
        "[without namespaces]",
    ));
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
