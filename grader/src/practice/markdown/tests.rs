//! Tests of [`render_terminal`]: snapshots of two bundled statements in plain
//! mode, one with color, and the wrapping rules checked on every statement.

use super::*;
use std::path::Path;

fn statement(slug: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../problems")
        .join(slug)
        .join("statement.md");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

const SLUGS: [&str; 9] = [
    "k-closest-points",
    "kth-largest",
    "kth-largest-stream",
    "last-stone-weight",
    "median-stream",
    "merge-k-lists",
    "sliding-window-median",
    "task-scheduler",
    "top-k-frequent",
];

/// A small document with every construct the renderer knows.
const SAMPLE: &str = "# Title with `code`\n\nSome **bold**, *emphasis* and `inline code` in a \
paragraph that is long enough to be wrapped at least once at forty columns.\n\n## Section\n\n\
1. First item, long enough to wrap onto a second line with a hanging indent.\n2. Second:\n   \
- nested bullet\n   - another\n\n> A quote that is also long enough to be wrapped onto a second line.\n\n\
```text\nInput:  a very long code line that must never be wrapped whatever the width is set to\n\n  indented\n```\n\n\
### Sub\n\nSee [the docs](https://example.org) and <https://example.org>.\n";

#[test]
fn kth_largest_plain() {
    insta::assert_snapshot!(render_terminal(&statement("kth-largest"), false, 80));
}

#[test]
fn median_stream_plain() {
    insta::assert_snapshot!(render_terminal(&statement("median-stream"), false, 80));
}

#[test]
fn sample_with_color() {
    let out = render_terminal(SAMPLE, true, 40);
    insta::assert_snapshot!(out.replace('\x1b', "<ESC>"));
}

#[test]
fn sample_plain() {
    insta::assert_snapshot!(render_terminal(SAMPLE, false, 40));
}

/// The words of `text` once styles and marks are set aside.
fn words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| {
            w.trim_matches(|c| matches!(c, '*' | '`' | '>' | '#'))
                .to_string()
        })
        .filter(|w| !w.is_empty() && !w.chars().all(|c| c == '=' || c == '-'))
        .collect()
}

/// The lines of the fenced code blocks of `source`.
fn code_lines(source: &str) -> Vec<&str> {
    let mut inside = false;
    let mut lines = Vec::new();
    for line in source.lines() {
        if line.starts_with("```") {
            inside = !inside;
        } else if inside {
            lines.push(line);
        }
    }
    lines
}

#[test]
fn wrapping_keeps_every_word_whole_and_code_lines_untouched() {
    for slug in SLUGS {
        let source = statement(slug);
        let code = code_lines(&source);
        assert!(!code.is_empty(), "{slug}");
        for width in [40, 57, 80, 120] {
            let out = render_terminal(&source, false, width);
            assert!(!out.contains('\x1b'), "{slug}: escape code in plain mode");
            let rendered: Vec<&str> = out.lines().collect();
            for line in &code {
                let want = if line.is_empty() {
                    String::new()
                } else {
                    format!("    {line}")
                };
                assert!(
                    rendered.contains(&want.as_str()),
                    "{slug} at {width}: {line}"
                );
            }
            for line in rendered {
                let is_code = code.iter().any(|c| line.strip_prefix("    ") == Some(c));
                // A word longer than the line may stick out, alone on its line.
                let text = line.trim_start();
                let alone = !text.strip_prefix("- ").unwrap_or(text).contains(' ');
                let fits = line.chars().count() <= width;
                assert!(is_code || fits || alone, "{slug} at {width}: {line}");
            }
            let prose = |t: &str| {
                let lines: Vec<&str> = t.lines().filter(|l| !l.starts_with("```")).collect();
                words(&lines.join("\n"))
            };
            assert_eq!(
                prose(&out),
                prose(&source),
                "{slug} at {width}: a word was split or lost"
            );
        }
    }
}

#[test]
fn plain_mode_keeps_the_marks_and_has_no_escape_codes() {
    // The renderer never asks `colored`, so its global switch cannot matter.
    // Turning it on here would race with tests that need it off (render::diff).
    let out = render_terminal(SAMPLE, false, 80);
    assert!(!out.contains('\x1b'), "{out}");
    assert!(
        out.contains("`inline code`") && out.contains("**bold**") && out.contains("*emphasis*")
    );
}

#[test]
fn color_mode_does_not_need_the_global_override() {
    // Off is what the other tests of this crate want too.
    colored::control::set_override(false);
    let out = render_terminal(SAMPLE, true, 80);
    assert!(
        out.starts_with("\x1b[1;4mTitle with \x1b[0m\x1b[1;4;36mcode\x1b[0m\n"),
        "{out:?}"
    );
    assert!(out.contains("\x1b[36minline code\x1b[0m"));
    assert!(out.contains("\x1b[1mbold\x1b[0m"));
}

#[test]
fn lists_hang_their_wrapped_lines_under_the_text() {
    let out = render_terminal(
        "1. aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll\n",
        false,
        10,
    );
    assert_eq!(
        out,
        "1. aaaa bbbb cccc dddd eeee ffff gggg\n   hhhh iiii jjjj kkkk llll\n"
    );
    let out = render_terminal("- a\n  - b\n    - c\n- d\n\nafter\n", false, 40);
    assert_eq!(out, "- a\n  - b\n    - c\n- d\n\nafter\n");
    let out = render_terminal("9. nine\n10. ten\n", false, 40);
    assert_eq!(out, "9. nine\n10. ten\n");
}

#[test]
fn loose_lists_and_quotes_keep_blank_lines_inside_their_prefix() {
    let out = render_terminal("- one\n\n- two\n\n> a\n>\n> b\n", false, 40);
    assert_eq!(out, "- one\n\n- two\n\n> a\n>\n> b\n");
    let out = render_terminal("> quoted\n", true, 40);
    assert_eq!(out, "│ quoted\n");
}

#[test]
fn escape_codes_in_the_source_are_dropped() {
    let out = render_terminal("a \x1b[31mred\n\n```\n\x1b[2Jx\n```\n", false, 40);
    assert_eq!(out, "a [31mred\n\n    [2Jx\n");
}

#[test]
fn crlf_input_renders_like_lf() {
    let source = statement("kth-largest");
    let crlf = source.replace('\n', "\r\n");
    assert_eq!(
        render_terminal(&crlf, false, 80),
        render_terminal(&source, false, 80)
    );
    assert_eq!(
        render_terminal(&crlf, true, 60),
        render_terminal(&source, true, 60)
    );
}
