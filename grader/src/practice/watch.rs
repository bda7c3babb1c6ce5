//! `grader watch`: re-grades the learner's file whenever it is saved (also
//! by editors that save by rename), clearing the screen and showing each
//! group of cases as it finishes, then the full report. Keys, as rustlings
//! has them: `h` the next hint, `r` re-run, `q` quit (Ctrl-C and Ctrl-D too).

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{channel, Sender};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use notify::{RecursiveMode, Watcher};

use super::live::group_lines;
use crate::error::GradeError;
use crate::grade::{grade, GradeOptions};
use crate::problem::Problem;
use crate::report::Report;

/// What the loop waits for.
enum Message {
    Saved,
    Key(u8),
    Done(u64, Box<Result<Report, GradeError>>),
}

/// Watches `file` and grades it on every save until `q`. `render` turns a
/// report into text; `after` records it and returns lines to add.
pub fn watch(
    problem: &Problem,
    file: &Path,
    base: &GradeOptions,
    render: &dyn Fn(&Report) -> String,
    after: &dyn Fn(&Report) -> Vec<String>,
    hint: &dyn Fn() -> String,
) -> Result<i32, GradeError> {
    let file = std::path::absolute(file).unwrap_or_else(|_| file.to_path_buf());
    let (tx, rx) = channel();
    let _watcher = watch_file(&file, tx.clone())?;
    let _keys = Keys::start(tx.clone());
    let stdout: Arc<Mutex<dyn Write + Send>> = Arc::new(Mutex::new(std::io::stdout()));
    let mut generation = 0u64;
    let mut running: Option<(Arc<AtomicBool>, std::thread::JoinHandle<()>)> = None;
    let start =
        |generation: u64, running: &mut Option<(Arc<AtomicBool>, std::thread::JoinHandle<()>)>| {
            stop(running);
            clear_screen();
            say(&format!("grading {} …\n", file.display()));
            let cancel = Arc::new(AtomicBool::new(false));
            let mut options = base.clone();
            options.cancel = Some(cancel.clone());
            options.observer = Some(group_lines(stdout.clone()));
            let problem = problem.clone();
            let file = file.clone();
            let tx = tx.clone();
            let handle = std::thread::spawn(move || {
                let result = grade(&problem, &file, &options);
                let _ = tx.send(Message::Done(generation, Box::new(result)));
            });
            *running = Some((cancel, handle));
        };
    start(generation, &mut running);
    let keys_help = "watching for saves · h hint · r re-run · q quit\n";
    while let Ok(message) = rx.recv() {
        match message {
            Message::Saved => {
                // Editors write a file in several steps: wait for the last one.
                while let Ok(more) = rx.recv_timeout(Duration::from_millis(150)) {
                    if !matches!(more, Message::Saved) {
                        if let Message::Key(k) = more {
                            if is_quit(k) {
                                stop(&mut running);
                                return Ok(0);
                            }
                        }
                    }
                }
                generation += 1;
                start(generation, &mut running);
            }
            Message::Key(k) if is_quit(k) => break,
            Message::Key(b'r') => {
                generation += 1;
                start(generation, &mut running);
            }
            Message::Key(b'h') => say(&format!("\n{}{keys_help}", hint())),
            Message::Key(_) => {}
            Message::Done(g, result) if g == generation => {
                running = None;
                clear_screen();
                match *result {
                    Ok(report) => {
                        let mut text = render(&report);
                        for note in after(&report) {
                            text.push_str(&format!("note: {note}\n"));
                        }
                        say(&text);
                    }
                    Err(e) => say(&format!("grader: error: {e}\n")),
                }
                say(&format!("\n{keys_help}"));
            }
            Message::Done(..) => {}
        }
    }
    stop(&mut running);
    say("\n");
    Ok(0)
}

fn is_quit(key: u8) -> bool {
    matches!(key, b'q' | b'Q' | 3 | 4)
}

/// Cancels a run in progress and waits for it (at most one case's time).
fn stop(running: &mut Option<(Arc<AtomicBool>, std::thread::JoinHandle<()>)>) {
    if let Some((cancel, handle)) = running.take() {
        cancel.store(true, Ordering::Relaxed);
        let _ = handle.join();
    }
}

fn say(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
}

fn clear_screen() {
    if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
        say("\x1b[2J\x1b[H");
    }
}

/// Watches the file's folder (editors that save by rename replace the file).
fn watch_file(file: &Path, tx: Sender<Message>) -> Result<notify::RecommendedWatcher, GradeError> {
    let name = file.file_name().map(|n| n.to_os_string());
    let dir: PathBuf = file.parent().map_or_else(|| ".".into(), Path::to_path_buf);
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        let Ok(event) = event else { return };
        let ours = event
            .paths
            .iter()
            .any(|p| p.file_name().map(|n| n.to_os_string()) == name);
        let writes = matches!(
            event.kind,
            notify::EventKind::Create(_) | notify::EventKind::Modify(_)
        );
        if ours && writes {
            let _ = tx.send(Message::Saved);
        }
    })
    .map_err(|e| GradeError::Internal(format!("cannot watch files: {e}")))?;
    watcher
        .watch(&dir, RecursiveMode::NonRecursive)
        .map_err(|e| GradeError::Usage(format!("cannot watch {}: {e}", dir.display())))?;
    Ok(watcher)
}

/// Single key presses from stdin: on a terminal without waiting for Enter
/// and without echo (restored when dropped); from a pipe, a line at a time.
struct Keys {
    saved: Option<libc::termios>,
}

impl Keys {
    fn start(tx: Sender<Message>) -> Keys {
        let saved = cbreak();
        std::thread::spawn(move || {
            let mut stdin = std::io::stdin();
            let mut byte = [0u8; 1];
            while let Ok(1) = stdin.read(&mut byte) {
                if byte[0] == b'\n' || byte[0] == b'\r' {
                    continue;
                }
                if tx.send(Message::Key(byte[0])).is_err() {
                    break;
                }
            }
        });
        Keys { saved }
    }
}

impl Drop for Keys {
    fn drop(&mut self) {
        if let Some(t) = self.saved {
            // SAFETY: restores the attributes read from the same descriptor.
            unsafe { libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &t) };
        }
    }
}

/// Turns off line buffering, echo and signals on a terminal stdin; returns
/// the attributes to restore.
fn cbreak() -> Option<libc::termios> {
    // SAFETY: plain termios calls on stdin with a zeroed, then filled, struct.
    unsafe {
        let mut t: libc::termios = std::mem::zeroed();
        if libc::isatty(libc::STDIN_FILENO) != 1 || libc::tcgetattr(libc::STDIN_FILENO, &mut t) != 0
        {
            return None;
        }
        let saved = t;
        t.c_lflag &= !(libc::ICANON | libc::ECHO | libc::ISIG);
        t.c_cc[libc::VMIN] = 1;
        t.c_cc[libc::VTIME] = 0;
        libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, &t);
        Some(saved)
    }
}
