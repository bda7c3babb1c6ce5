//! The practice loop end to end, as a new learner meets it: the binary run
//! from an empty folder with a fresh HOME (so only the bundled problems and a
//! new data folder exist): next → start → the stub → a solution → test →
//! progress; hints revealed and recorded; the editorial locked until the
//! first accept; a random counterexample kept as the learner's own case and
//! run first next time; a corrupt state file reported and left alone; and a
//! watch session driven through a pseudo-terminal.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use support::{cache_dir, root};

/// A learner's world: an empty working folder and a fresh HOME.
struct Learner {
    _tmp: tempfile::TempDir,
    work: PathBuf,
    home: PathBuf,
}

impl Learner {
    fn new() -> Learner {
        let tmp = tempfile::tempdir().unwrap();
        let work = tmp.path().join("work");
        let home = tmp.path().join("home");
        std::fs::create_dir_all(&work).unwrap();
        std::fs::create_dir_all(&home).unwrap();
        Learner {
            _tmp: tmp,
            work,
            home,
        }
    }

    fn command(&self) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_grader"));
        cmd.current_dir(&self.work)
            .env("HOME", &self.home)
            .env("GRADER_CACHE_DIR", cache_dir())
            .env("NO_COLOR", "1")
            .env_remove("GRADER_HOME")
            .env_remove("XDG_DATA_HOME")
            .env_remove("GRADER_PROBLEMS");
        cmd
    }

    fn run(&self, args: &[&str]) -> (i32, String, String) {
        let out: Output = self.command().args(args).output().expect("run grader");
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    fn state_file(&self) -> PathBuf {
        self.home.join(".local/share/grader/state.toml")
    }

    fn progress(&self) -> serde_json::Value {
        let (code, out, err) = self.run(&["progress", "--format", "json"]);
        assert_eq!(code, 0, "{err}");
        serde_json::from_str(&out).unwrap()
    }
}

fn problem_row<'a>(progress: &'a serde_json::Value, slug: &str) -> &'a serde_json::Value {
    progress["problems"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["problem"] == slug)
        .unwrap_or_else(|| panic!("{slug} not in {progress}"))
}

fn fixture(slug: &str, rel: &str) -> PathBuf {
    root()
        .join("problems")
        .join(slug)
        .join("submissions")
        .join(rel)
}

#[test]
fn start_solve_and_see_progress_from_an_empty_folder_in_python() {
    let me = Learner::new();
    let (code, out, err) = me.run(&["next"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("last-stone-weight"), "{out}");

    let (code, out, err) = me.run(&["start", "1046", "--lang", "py"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Last Stone Weight"), "statement shown: {out}");
    assert!(out.contains("grader test last-stone-weight"), "{out}");
    let file = me.work.join("last-stone-weight.py");
    let stub = std::fs::read_to_string(&file).unwrap();
    assert!(
        stub.contains("class Solution:")
            && stub.contains("def lastStoneWeight(self, stones: List[int]) -> int:"),
        "{stub}"
    );

    // The stub alone is not a solution; starting again never overwrites work.
    let (code, _, _) = me.run(&["test", "1046", "--random", "20"]);
    assert_eq!(code, 1);
    std::fs::write(&file, "# my work\n").unwrap();
    let (code, out, _) = me.run(&["start", "1046", "--lang", "py"]);
    assert_eq!(code, 0);
    assert!(out.contains("kept as it is"), "{out}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "# my work\n");

    // Hints one at a time, recorded; the editorial locked before an accept.
    let (_, first, _) = me.run(&["show", "1046", "--hint"]);
    assert!(first.contains("Hint 1 of 3 (new):"), "{first}");
    let (_, second, _) = me.run(&["show", "1046", "--hint"]);
    assert!(
        second.contains("Hint 1 of 3:") && second.contains("Hint 2 of 3 (new):"),
        "{second}"
    );
    assert_eq!(
        problem_row(&me.progress(), "last-stone-weight")["hints_seen"],
        2
    );
    let (code, _, err) = me.run(&["show", "1046", "--editorial"]);
    assert_eq!(code, 2, "locked before the first accept");
    assert!(err.contains("--peek"), "{err}");

    // A real solution, graded without naming the file: the one `start` wrote.
    std::fs::copy(fixture("last-stone-weight", "accepted/heap.py"), &file).unwrap();
    let (code, out, err) = me.run(&["test", "1046", "--random", "50"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("Accepted"), "{out}");
    let (code, out, _) = me.run(&["show", "1046", "--editorial"]);
    assert_eq!(code, 0);
    assert!(
        out.contains("Editorial") && out.contains("Approach"),
        "{out}"
    );

    let progress = me.progress();
    let row = problem_row(&progress, "last-stone-weight");
    assert_eq!(row["solved"], true);
    let python = &row["languages"]["python"];
    assert_eq!(python["attempts"], 2, "{python}");
    assert_eq!(python["last_verdict"], "AC");
    assert!(python["first_accepted"].as_str().unwrap().starts_with("20"));
    assert!(python["best_ms"].as_f64().is_some());
    assert_eq!(progress["next"], "kth-largest", "the study list goes on");
    let (_, table, _) = me.run(&["progress"]);
    assert!(table.contains("1/9 solved"), "{table}");
    assert!(me.state_file().is_file());
}

#[test]
fn a_counterexample_becomes_your_case_and_runs_first_in_rust() {
    let me = Learner::new();
    let (code, _, err) = me.run(&["start", "last-stone-weight", "--lang", "rs"]);
    assert_eq!(code, 0, "{err}");
    let file = me.work.join("last-stone-weight.rs");
    assert!(std::fs::read_to_string(&file)
        .unwrap()
        .contains("impl Solution"));
    std::fs::copy(
        fixture(
            "last-stone-weight",
            "wrong_answer/subtle_even_parity_shortcut.rs",
        ),
        &file,
    )
    .unwrap();
    let (code, out, err) = me.run(&["test", "1046", "--seed", "1"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("Wrong Answer on random/"), "{out}");
    assert!(out.contains("now your case yours/001-random"), "{out}");
    let saved = me
        .home
        .join(".local/share/grader/cases/last-stone-weight/001-random.in");
    assert!(saved.is_file());

    // Next time it runs first, as its own group, even with random testing off.
    let (code, out, _) = me.run(&["test", "1046", "--random", "0", "--format", "json"]);
    assert_eq!(code, 1);
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["cases"][0]["name"], "yours/001-random");
    assert_eq!(report["cases"][0]["kind"], "yours");
    assert_eq!(report["cases"][0]["verdict"], "WA");
    let (_, human, _) = me.run(&["test", "1046", "--random", "0"]);
    assert!(human.contains("yours      0/1"), "{human}");

    // The same counterexample is not kept twice; `run --save` adds inputs.
    let (_, out, _) = me.run(&["test", "1046", "--seed", "1"]);
    assert!(!out.contains("yours/002"), "{out}");
    let (code, out, err) = me.run(&["run", "1046", "--input", "[5,5,1]", "--save"]);
    assert!(code <= 1, "{err}");
    assert!(out.contains("saved as your case yours/002-run"), "{out}");

    // Fixed, it passes every case, its own included.
    std::fs::copy(fixture("last-stone-weight", "accepted/heap.rs"), &file).unwrap();
    let (code, out, _) = me.run(&["test", "1046", "--random", "30"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("yours      2/2"), "{out}");
}

#[test]
fn a_corrupt_or_newer_state_file_is_reported_and_kept() {
    let me = Learner::new();
    let state = me.state_file();
    std::fs::create_dir_all(state.parent().unwrap()).unwrap();
    for text in ["format_version = 1\n[problems\n", "format_version = 7\n"] {
        std::fs::write(&state, text).unwrap();
        for args in [&["progress"][..], &["show", "215", "--hint"], &["next"]] {
            let (code, out, err) = me.run(args);
            assert_eq!(code, 2, "{args:?}: {out}{err}");
            assert!(err.contains("state.toml"), "{err}");
            assert!(err.contains("left as it is"), "{err}");
            assert_eq!(std::fs::read_to_string(&state).unwrap(), text);
        }
    }
}

#[test]
fn instructors_folders_override_bundled_problems() {
    let me = Learner::new();
    let mine = me.work.join("course");
    let copy = mine.join("kth-largest");
    support::copy_dir(&root().join("problems/kth-largest"), &copy);
    let toml = copy.join("problem.toml");
    let text = std::fs::read_to_string(&toml).unwrap().replace(
        "title = \"Kth Largest Element in an Array\"",
        "title = \"Course edition\"",
    );
    std::fs::write(&toml, text).unwrap();
    let (code, out, err) = me.run(&["--problems", mine.to_str().unwrap(), "list"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Course edition  (--problems)"), "{out}");
    assert!(
        out.contains("Last Stone Weight"),
        "bundled ones stay: {out}"
    );
    let (code, out) = me
        .command()
        .env("GRADER_PROBLEMS", &mine)
        .args(["doctor", "--format", "json"])
        .output()
        .map(|o| {
            (
                o.status.code(),
                String::from_utf8_lossy(&o.stdout).into_owned(),
            )
        })
        .unwrap();
    assert!(code.is_some());
    let doctor: serde_json::Value = serde_json::from_str(&out).unwrap();
    let origins: Vec<(String, String)> = doctor["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                Path::new(p["dir"].as_str().unwrap())
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .into_owned(),
                p["origin"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(
        origins.contains(&("kth-largest".into(), "env".into())),
        "{origins:?}"
    );
    assert!(
        origins.contains(&("median-stream".into(), "bundled".into())),
        "{origins:?}"
    );
}

/// A pseudo-terminal: the grader gets the follower end as its stdin, stdout
/// and stderr; the test reads and writes the leader end.
struct Pty {
    leader: std::fs::File,
    follower: std::fs::File,
}

impl Pty {
    fn open() -> Pty {
        use std::os::fd::FromRawFd;
        let (mut leader, mut follower) = (0, 0);
        let size = libc::winsize {
            ws_row: 40,
            ws_col: 100,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        // SAFETY: openpty fills two descriptors that we then own.
        let rc = unsafe {
            libc::openpty(
                &mut leader,
                &mut follower,
                std::ptr::null_mut(),
                std::ptr::null(),
                &size,
            )
        };
        assert_eq!(rc, 0, "openpty: {}", std::io::Error::last_os_error());
        // SAFETY: both descriptors are fresh and owned by nothing else.
        unsafe {
            Pty {
                leader: std::fs::File::from_raw_fd(leader),
                follower: std::fs::File::from_raw_fd(follower),
            }
        }
    }
}

/// Waits until `text` has appeared in `screen` after byte `from`; returns
/// the position after it.
fn wait_for(
    screen: &std::sync::Arc<std::sync::Mutex<String>>,
    from: usize,
    text: &str,
    within: std::time::Duration,
) -> usize {
    let start = std::time::Instant::now();
    loop {
        {
            let s = screen.lock().unwrap();
            if let Some(at) = s.get(from..).and_then(|rest| rest.find(text)) {
                return from + at + text.len();
            }
            assert!(
                start.elapsed() < within,
                "`{text}` did not appear within {within:?}; the screen after byte {from}:\n{}",
                s.get(from..).unwrap_or("")
            );
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

#[test]
fn watch_regrades_on_save_shows_hints_and_quits_on_q() {
    use std::io::{Read, Write};
    use std::sync::{Arc, Mutex};
    use std::time::{Duration, Instant};
    let me = Learner::new();
    let file = me.work.join("last-stone-weight.py");
    std::fs::copy(
        fixture("last-stone-weight", "wrong_answer/sorts_once.py"),
        &file,
    )
    .unwrap();
    let pty = Pty::open();
    let mut child = me
        .command()
        .args(["watch", "1046", "last-stone-weight.py", "--random", "20"])
        .stdin(pty.follower.try_clone().unwrap())
        .stdout(pty.follower.try_clone().unwrap())
        .stderr(pty.follower.try_clone().unwrap())
        .spawn()
        .unwrap();
    drop(pty.follower);
    let screen = Arc::new(Mutex::new(String::new()));
    let mut reader = pty.leader.try_clone().unwrap();
    let sink = screen.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            sink.lock()
                .unwrap()
                .push_str(&String::from_utf8_lossy(&buf[..n]));
        }
    });
    let long = Duration::from_secs(120);
    let mut at = wait_for(&screen, 0, "Wrong Answer", long);
    at = wait_for(&screen, at, "q quit", long);

    // Save the way editors that write a temporary file and rename it do.
    let saved = Instant::now();
    let temp = me.work.join(".last-stone-weight.py.swp");
    std::fs::copy(fixture("last-stone-weight", "accepted/heap.py"), &temp).unwrap();
    std::fs::rename(&temp, &file).unwrap();
    let started = wait_for(&screen, at, "example", long);
    let regraded = saved.elapsed();
    at = wait_for(&screen, started, "Accepted", long);
    at = wait_for(&screen, at, "q quit", long);
    eprintln!("watch: a save was re-graded after {regraded:?} (examples shown)");

    let mut keys = pty.leader.try_clone().unwrap();
    keys.write_all(b"h").unwrap();
    at = wait_for(&screen, at, "Hint 1 of 3 (new):", long);
    keys.write_all(b"q").unwrap();
    let deadline = Instant::now() + Duration::from_secs(30);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!(
                "watch did not quit on q; screen:\n{}",
                &screen.lock().unwrap()[at..]
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "{status:?}");
    assert_eq!(
        problem_row(&me.progress(), "last-stone-weight")["hints_seen"],
        1
    );
    let row = problem_row(&me.progress(), "last-stone-weight").clone();
    assert_eq!(row["languages"]["python"]["last_verdict"], "AC", "{row}");
}
