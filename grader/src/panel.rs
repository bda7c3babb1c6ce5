//! What the learner's code printed, shown the way LeetCode's stdout panel
//! shows it: the first lines, a few kilobytes at most, each line cut short;
//! when there was more, everything kept is saved to a file and the panel ends
//! with "… N bytes in all, saved to <file>".

use std::path::PathBuf;

use sha2::Digest;

use crate::cache::cache_root;
use crate::run::session::Captured;

/// Lines shown at most.
pub const PANEL_LINES: usize = 30;
/// Bytes shown at most.
pub const PANEL_BYTES: usize = 4096;
/// Characters shown of one line.
pub const LINE_CHARS: usize = 300;

/// The panel's text, and the file holding all that was kept when the panel is
/// shorter than the output. `name` names the saved file (problem and case).
pub fn stdout_panel(captured: &Captured, name: &str) -> (String, Option<PathBuf>) {
    let mut shown = String::new();
    let mut cut = false;
    for (i, line) in captured.text.lines().enumerate() {
        if i == PANEL_LINES || shown.len() >= PANEL_BYTES {
            cut = true;
            break;
        }
        let mut chars = line.char_indices();
        match chars.nth(LINE_CHARS) {
            Some((at, _)) => {
                shown.push_str(&line[..at]);
                shown.push_str(" …");
                cut = true;
            }
            None => shown.push_str(line),
        }
        shown.push('\n');
    }
    if shown.len() > PANEL_BYTES {
        let mut at = PANEL_BYTES;
        while !shown.is_char_boundary(at) {
            at -= 1;
        }
        shown.truncate(at);
        shown.push_str(" …\n");
        cut = true;
    }
    let more = captured.bytes > captured.text.len();
    if !cut && !more {
        return (captured.text.clone(), None);
    }
    let saved = save(name, &captured.text);
    let kept = if more {
        format!(" (the first {} KiB kept)", captured.text.len() / 1024)
    } else {
        String::new()
    };
    match &saved {
        Some(path) => shown.push_str(&format!(
            "… {} bytes in all, saved to {}{kept}\n",
            captured.bytes,
            path.display()
        )),
        None => shown.push_str(&format!("… {} bytes in all\n", captured.bytes)),
    }
    (shown, saved)
}

fn save(name: &str, text: &str) -> Option<PathBuf> {
    let dir = cache_root().join("outputs");
    std::fs::create_dir_all(&dir).ok()?;
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    // Named by content too: two runs never overwrite each other's output,
    // and the same output is written once.
    let digest = sha2::Sha256::digest(text.as_bytes());
    let tag: String = digest[..4].iter().map(|b| format!("{b:02x}")).collect();
    let path = dir.join(format!("{safe}-{tag}.txt"));
    if !path.is_file() {
        crate::cache::write_atomically(&path, text.as_bytes()).ok()?;
    }
    Some(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn captured(text: &str, bytes: usize) -> Captured {
        Captured {
            text: text.to_string(),
            bytes,
        }
    }

    #[test]
    fn short_output_is_shown_whole() {
        let (panel, file) = stdout_panel(&captured("a\nb\n", 4), "t-short");
        assert_eq!(panel, "a\nb\n");
        assert!(file.is_none());
    }

    #[test]
    fn one_huge_line_is_cut_and_saved() {
        let line = "x".repeat(64 * 1024);
        let (panel, file) = stdout_panel(&captured(&line, 1 << 20), "t-huge");
        assert!(panel.len() < 600, "{}", panel.len());
        assert!(panel.contains("1048576 bytes in all, saved to"), "{panel}");
        let file = file.expect("saved");
        assert_eq!(std::fs::read_to_string(&file).unwrap().len(), 64 * 1024);
        let _ = std::fs::remove_file(file);
    }

    #[test]
    fn many_lines_stop_at_the_line_limit() {
        let text: String = (0..1000).map(|i| format!("line {i}\n")).collect();
        let len = text.len();
        let (panel, file) = stdout_panel(&captured(&text, len), "t-lines");
        assert_eq!(panel.lines().count(), PANEL_LINES + 1);
        assert!(panel.ends_with(&format!(
            "… {len} bytes in all, saved to {}\n",
            file.as_ref().unwrap().display()
        )));
        let _ = std::fs::remove_file(file.unwrap());
    }
}
