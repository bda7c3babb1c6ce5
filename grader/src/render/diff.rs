//! A colored line diff of expected and actual answers (crate `similar`),
//! one list item per line, for answers too long to compare by eye.

use colored::Colorize;
use similar::{ChangeTag, TextDiff};

use crate::value::Value;

/// Answers at least this long get a diff.
pub const DIFF_FROM: usize = 60;

/// One top-level item per line (or the whole text when it is not a list).
fn itemize(text: &str) -> String {
    match Value::parse(text) {
        Ok(Value::List(items)) => items
            .iter()
            .enumerate()
            .map(|(i, v)| format!("[{i}] {v}\n"))
            .collect(),
        _ => format!("{text}\n"),
    }
}

/// The changed lines with two lines of context, `-` expected and `+` actual.
pub fn diff(expected: &str, actual: &str) -> String {
    let (e, a) = (itemize(expected), itemize(actual));
    let diff = TextDiff::from_lines(&e, &a);
    let mut out = String::new();
    for (i, group) in diff.grouped_ops(2).iter().enumerate() {
        if i > 0 {
            out.push_str("    …\n");
        }
        for op in group {
            for change in diff.iter_changes(op) {
                let line = change.value().trim_end();
                let shown = match change.tag() {
                    ChangeTag::Delete => format!("- {line}").red().to_string(),
                    ChangeTag::Insert => format!("+ {line}").green().to_string(),
                    ChangeTag::Equal => format!("  {line}").dimmed().to_string(),
                };
                out.push_str(&format!("    {shown}\n"));
            }
        }
        if out.lines().count() > 40 {
            out.push_str("    … (diff truncated)\n");
            break;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn shows_changed_items_with_context() {
        colored::control::set_override(false);
        let d = super::diff("[1,2,3,4,5,6,7,8]", "[1,2,3,4,9,6,7,8]");
        assert!(d.contains("- [4] 5"), "{d}");
        assert!(d.contains("+ [4] 9"), "{d}");
        assert!(!d.contains("[0] 1"), "context is limited: {d}");
    }
}
