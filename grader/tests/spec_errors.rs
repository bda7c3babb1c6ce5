//! A malformed problem folder gives an error naming the file, the line and
//! the field, never a panic.

use std::path::{Path, PathBuf};

use grader::case::{load_stored, CaseKind};
use grader::problem::{find_problem, Problem};

/// A scratch copy of a bundled problem folder.
fn copy_of(slug: &str) -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dst = tmp.path().join(slug);
    copy_dir(&problems_root().join(slug), &dst);
    (tmp, dst)
}

fn copy_dir(src: &Path, dst: &Path) {
    std::fs::create_dir_all(dst).unwrap();
    for entry in std::fs::read_dir(src).unwrap() {
        let entry = entry.unwrap();
        let to = dst.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &to);
        } else {
            std::fs::copy(entry.path(), to).unwrap();
        }
    }
}

/// Applies `edit` to the copy's problem.toml and returns the load error text.
fn error_after(edit: impl Fn(&str) -> String) -> (String, Option<usize>) {
    let (_tmp, dir) = copy_of("kth-largest");
    let path = dir.join("problem.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let edited = edit(&text);
    assert_ne!(edited, text, "the edit must change the file");
    std::fs::write(&path, edited).unwrap();
    let err = Problem::load(&dir).expect_err("a broken spec must not load");
    assert!(
        err.file.ends_with("kth-largest/problem.toml"),
        "names the file: {err}"
    );
    (err.to_string(), err.line)
}

#[test]
fn missing_field_is_named() {
    let (msg, line) =
        error_after(|t| t.replace("title = \"Kth Largest Element in an Array\"\n", ""));
    assert!(msg.contains("missing field `title`"), "{msg}");
    assert!(line.is_some(), "{msg}");
}

#[test]
fn misspelled_field_is_named_with_line_and_suggestion() {
    let (msg, line) = error_after(|t| t.replace("memory_mb = 256", "memory_mib = 256"));
    assert!(msg.contains("unknown field `memory_mib`"), "{msg}");
    assert!(msg.contains("did you mean `memory_mb`"), "{msg}");
    let text = std::fs::read_to_string(problems_root().join("kth-largest/problem.toml")).unwrap();
    let expected_line = text
        .lines()
        .position(|l| l.starts_with("memory_mb"))
        .unwrap()
        + 1;
    assert_eq!(line, Some(expected_line), "{msg}");
}

#[test]
fn wrong_type_is_named_with_line() {
    let (msg, line) = error_after(|t| t.replace("time_ms = 1000", "time_ms = \"fast\""));
    assert!(
        msg.contains("time_ms") || msg.contains("invalid type"),
        "{msg}"
    );
    let text = std::fs::read_to_string(problems_root().join("kth-largest/problem.toml")).unwrap();
    let expected_line = text.lines().position(|l| l.starts_with("time_ms")).unwrap() + 1;
    assert_eq!(line, Some(expected_line), "{msg}");
}

#[test]
fn unknown_type_name_is_explained() {
    let (msg, _) = error_after(|t| t.replacen("type = \"int[]\"", "type = \"integer[]\"", 1));
    assert!(msg.contains("unknown type `integer`"), "{msg}");
}

#[test]
fn semantic_mistakes_are_located() {
    let (msg, line) = error_after(|t| t.replace("slug = \"kth-largest\"", "slug = \"kth-largst\""));
    assert!(msg.contains("must equal the folder name"), "{msg}");
    assert_eq!(line, Some(4), "{msg}");
    let (msg, _) = error_after(|t| {
        t.replace(
            "range = [1, \"nums.length\"]",
            "range = [1, \"num.length\"]",
        )
    });
    assert!(msg.contains("num.length"), "{msg}");
    let (msg, _) = error_after(|t| t.replace("format_version = 1", "format_version = 2"));
    assert!(msg.contains("format_version 2 is not supported"), "{msg}");
}

#[test]
fn broken_toml_syntax_is_located() {
    let (msg, line) = error_after(|t| t.replace("[limits]", "[limits"));
    assert!(line.is_some(), "{msg}");
}

#[test]
fn malformed_case_text_names_file_and_line() {
    let (_tmp, dir) = copy_of("kth-largest");
    std::fs::write(dir.join("cases/examples/1.in"), "[3,2,1,5,6,4\n2\n").unwrap();
    let problem = Problem::load(&dir).unwrap();
    let err = load_stored(&problem, CaseKind::Example).unwrap_err();
    assert!(err.file.ends_with("examples/1.in"), "{err}");
    assert_eq!(err.line, Some(1), "{err}");
    std::fs::write(dir.join("cases/examples/1.in"), "[3,2,1]\n").unwrap();
    let err = load_stored(&problem, CaseKind::Example).unwrap_err();
    assert!(err.message.contains("expected 2 lines"), "{err}");
    std::fs::remove_file(dir.join("cases/examples/1.out")).unwrap();
    std::fs::write(dir.join("cases/examples/1.in"), "[3,2,1]\n1\n").unwrap();
    let err = load_stored(&problem, CaseKind::Example).unwrap_err();
    assert!(err.file.ends_with("examples/1.out"), "{err}");
}

#[test]
fn problems_are_found_by_every_alias() {
    let root = problems_root();
    for name in [
        "kth-largest",
        "215",
        "kth-largest-element-in-an-array",
        "LC215",
    ] {
        assert_eq!(
            find_problem(&root, name).unwrap().slug(),
            "kth-largest",
            "{name}"
        );
    }
    let err = find_problem(&root, "kth-largets").unwrap_err();
    assert!(err.message.contains("Did you mean `kth-largest`"), "{err}");
}

/// The problems folder of this checkout.
fn problems_root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../problems")
}
