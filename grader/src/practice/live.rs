//! What a run shows while it goes on: a progress bar on a terminal for
//! `grader test` (compiling, cases, random testing; only once a run has taken
//! over a second, never in pipes or JSON), and the group lines that watch
//! mode prints as each group of cases finishes.

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::case::CaseKind;
use crate::grade::{Event, Observer};
use crate::verdict::Verdict;

/// A progress bar on stderr that appears after one second.
pub struct Bar {
    bar: ProgressBar,
}

impl Bar {
    /// A bar, hidden unless stderr is a terminal.
    pub fn new() -> Bar {
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        let later = bar.clone();
        if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
            std::thread::spawn(move || {
                std::thread::sleep(Duration::from_secs(1));
                if !later.is_finished() {
                    later.set_draw_target(ProgressDrawTarget::stderr());
                    later.enable_steady_tick(Duration::from_millis(120));
                }
            });
        }
        Bar { bar }
    }

    /// The observer that drives it.
    pub fn observer(&self) -> Observer {
        let bar = self.bar.clone();
        Observer(Arc::new(move |event: &Event| match event {
            Event::Building { language } => {
                bar.set_style(spinner());
                bar.set_message(format!("building ({language})…"));
            }
            Event::Built { .. } => {}
            Event::FixedCases { total } => {
                bar.set_style(counter("cases"));
                bar.set_length(*total as u64);
                bar.set_position(0);
                bar.set_message("");
            }
            Event::Case(c) => {
                bar.inc(1);
                bar.set_message(c.name.clone());
            }
            Event::RandomStarted { count } => {
                bar.set_style(counter("random"));
                bar.set_length(*count as u64);
                bar.set_position(0);
                bar.set_message("against the reference");
            }
            Event::Random { done } => bar.set_position(*done as u64),
        }))
    }

    /// Removes the bar before the report is printed.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

impl Default for Bar {
    fn default() -> Self {
        Bar::new()
    }
}

impl Drop for Bar {
    fn drop(&mut self) {
        self.bar.finish_and_clear();
    }
}

fn spinner() -> ProgressStyle {
    ProgressStyle::with_template("{spinner} {msg} {elapsed}")
        .unwrap_or_else(|_| ProgressStyle::default_spinner())
}

fn counter(what: &str) -> ProgressStyle {
    ProgressStyle::with_template(&format!(
        "{what:<7} [{{bar:30}}] {{pos}}/{{len}} {{msg:.dim}} {{elapsed}}"
    ))
    .unwrap_or_else(|_| ProgressStyle::default_bar())
    .progress_chars("=> ")
}

/// Prints a line for each group of cases as soon as it is done (watch mode).
pub fn group_lines(out: Arc<Mutex<dyn Write + Send>>) -> Observer {
    let current: Mutex<Option<(CaseKind, usize, usize)>> = Mutex::new(None);
    Observer(Arc::new(move |event: &Event| {
        let mut current = current.lock().unwrap_or_else(|e| e.into_inner());
        let flush = |group: &Option<(CaseKind, usize, usize)>| {
            if let Some((kind, passed, total)) = group {
                let mark = if passed == total { "passed" } else { "FAILED" };
                let mut out = out.lock().unwrap_or_else(|e| e.into_inner());
                let _ = writeln!(out, "  {:<8} {passed:>3}/{total:<3} {mark}", kind.name());
                let _ = out.flush();
            }
        };
        match event {
            Event::Building { language } => {
                let mut out = out.lock().unwrap_or_else(|e| e.into_inner());
                let _ = writeln!(out, "  building ({language})…");
                let _ = out.flush();
            }
            Event::Case(c) => {
                if current.as_ref().is_some_and(|(k, _, _)| *k != c.kind) {
                    flush(&current);
                    *current = None;
                }
                let group = current.get_or_insert((c.kind, 0, 0));
                group.1 += usize::from(c.verdict == Verdict::AC);
                group.2 += 1;
            }
            Event::RandomStarted { count } => {
                flush(&current);
                *current = None;
                let mut out = out.lock().unwrap_or_else(|e| e.into_inner());
                let _ = writeln!(out, "  random   up to {count} cases against the reference…");
                let _ = out.flush();
            }
            Event::Built { .. } | Event::FixedCases { .. } | Event::Random { .. } => {}
        }
    }))
}
