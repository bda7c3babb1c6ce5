//! Tests of [`parse`] on the bundled statements and on hand-made edge cases.

use super::*;
use std::path::Path;

/// Every bundled problem and the number of hints its statement has.
const PROBLEMS: [(&str, usize); 9] = [
    ("k-closest-points", 3),
    ("kth-largest", 3),
    ("kth-largest-stream", 3),
    ("last-stone-weight", 3),
    ("median-stream", 3),
    ("merge-k-lists", 3),
    ("sliding-window-median", 3),
    ("task-scheduler", 3),
    ("top-k-frequent", 3),
];

fn read(slug: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../problems")
        .join(slug)
        .join("statement.md");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn every_bundled_statement_splits_into_body_hints_and_editorial() {
    for (slug, count) in PROBLEMS {
        let source = read(slug);
        let s = parse(&source);
        assert_eq!(s.hints.len(), count, "{slug}: {:#?}", s.hints);
        for hint in &s.hints {
            assert!(!hint.contains('\n'), "{slug}: hint not joined: {hint}");
            assert!(
                !hint.starts_with(char::is_numeric),
                "{slug}: marker kept: {hint}"
            );
            assert!(source.contains(hint.split(' ').next().unwrap()), "{slug}");
        }
        let editorial = s
            .editorial
            .unwrap_or_else(|| panic!("{slug}: no editorial"));
        assert!(editorial.contains("### Approach 1"), "{slug}");
        assert!(editorial.contains("### Common mistakes"), "{slug}");
        assert!(!editorial.contains("## Editorial"), "{slug}");
        assert!(s.body.starts_with("# "), "{slug}");
        for kept in ["## Examples", "## Constraints", "### Example 1"] {
            assert!(
                s.body.contains(kept),
                "{slug}: {kept} missing from the body"
            );
        }
        for gone in ["## Hints", "## Editorial", "### Approach", "1. "] {
            assert!(!s.body.contains(gone), "{slug}: {gone} left in the body");
        }
        assert!(
            s.body.ends_with('\n') && !s.body.ends_with("\n\n"),
            "{slug}"
        );
        // Hints then editorial close every bundled statement: the body is all before them.
        let before = source[..source.find("\n## Hints").unwrap()].trim_end();
        assert_eq!(s.body, format!("{before}\n"), "{slug}");
    }
}

#[test]
fn wrapped_hints_are_joined_with_inline_code_kept() {
    let s = parse(&read("kth-largest"));
    assert_eq!(
        s.hints[1],
        "You do not need the order of all the elements, only the `k` largest. What is the \
         smallest structure that can keep \"the `k` largest values seen so far\" up to date as \
         you scan?"
    );
    assert_eq!(
        s.hints[0],
        "If the array were sorted, where would the answer be? Be careful with the direction of \
         the sort."
    );
}

#[test]
fn a_statement_without_hints_or_editorial_is_all_body() {
    let source = "# Title\n\nText.\n\n## Constraints\n\n- `1 <= n`\n";
    let s = parse(source);
    assert_eq!(s.body, source);
    assert!(s.hints.is_empty());
    assert_eq!(s.editorial, None);
}

#[test]
fn empty_sections_give_no_hints_and_no_editorial() {
    let s = parse("# T\n\nBody.\n\n## Hints\n\n## Editorial\n\n");
    assert_eq!(s.body, "# T\n\nBody.\n");
    assert!(s.hints.is_empty());
    assert_eq!(s.editorial, None);
    let s = parse("# T\n\n## Hints\n\n1.\n2. Real.\n");
    assert_eq!(s.hints, ["Real."]);
}

#[test]
fn crlf_line_endings_are_accepted() {
    let s = parse("# T\r\n\r\nBody\r\nmore.\r\n\r\n## Hints\r\n\r\n1. One\r\n   two.\r\n2. Three.\r\n\r\n## Editorial\r\n\r\nWhy.\r\n");
    assert_eq!(s.body, "# T\n\nBody\nmore.\n");
    assert_eq!(s.hints, ["One two.", "Three."]);
    assert_eq!(s.editorial.as_deref(), Some("Why."));
}

#[test]
fn sections_may_come_first_in_any_order() {
    let source = "## Editorial\n\n### A\n\nX.\n\n## Hints\n\n1. H.\n\n# Title\n\nBody.\n\n## Examples\n\nE.\n";
    let s = parse(source);
    assert_eq!(s.body, "# Title\n\nBody.\n\n## Examples\n\nE.\n");
    assert_eq!(s.hints, ["H."]);
    assert_eq!(s.editorial.as_deref(), Some("### A\n\nX."));
}

#[test]
fn a_hints_section_in_the_middle_is_cut_out_cleanly() {
    let source = "# T\n\nA.\n\n## Hints\n\n1. H.\n\n## Constraints\n\n- c\n\n## Editorial\n\nE.";
    let s = parse(source);
    assert_eq!(s.body, "# T\n\nA.\n\n## Constraints\n\n- c\n");
    assert_eq!(s.hints, ["H."]);
    assert_eq!(s.editorial.as_deref(), Some("E."));
}

#[test]
fn headings_inside_code_fences_and_quotes_are_not_sections() {
    let source = "# T\n\n```md\n## Hints\n1. no\n```\n\n> ## Editorial\n\n## Hints\n\n1. yes\n";
    let s = parse(source);
    assert_eq!(s.hints, ["yes"]);
    assert_eq!(s.editorial, None);
    assert!(s.body.contains("```md\n## Hints\n1. no\n```"));
    assert!(s.body.contains("> ## Editorial"));
}

#[test]
fn hint_items_keep_their_inner_blocks() {
    let source = "## Hints\n\n1. Try\n   this:\n\n   ```py\n   x = 1\n     y\n   ```\n2. Or:\n   - a\n   - b\n10) Last `x`\n";
    let s = parse(source);
    assert_eq!(s.hints[0], "Try this:\n\n```py\nx = 1\n  y\n```");
    assert_eq!(s.hints[1], "Or:\n- a\n- b");
    // A different delimiter starts a new list, whose items are hints too.
    assert_eq!(s.hints[2], "Last `x`");
    assert_eq!(s.body, "");
}

#[test]
fn bullet_hints_and_a_setext_heading_are_understood() {
    let s = parse("Title\n=====\n\nHints\n-----\n\n- one\n* two\n");
    assert_eq!(s.body, "Title\n=====\n");
    assert_eq!(s.hints, ["one", "two"]);
}
