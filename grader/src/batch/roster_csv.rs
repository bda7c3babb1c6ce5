//! The CSV form of a roster: a header naming `student`, `problem` and `file`
//! (any order, other columns ignored), a line per submission, file paths
//! relative to the CSV's folder. Bad lines become issues.

use std::path::Path;

use crate::error::GradeError;

use super::roster::{issue, Entry, Raw};

/// Reads a CSV roster.
pub(super) fn read_csv(path: &Path) -> Result<Raw, GradeError> {
    let base = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .to_path_buf();
    let bad = |e: csv::Error| {
        GradeError::Usage(format!(
            "{}: not a readable CSV roster: {e}",
            path.display()
        ))
    };
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_path(path)
        .map_err(bad)?;
    let headers = reader.headers().map_err(bad)?.clone();
    let column = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    let (Some(s), Some(p), Some(f)) = (column("student"), column("problem"), column("file")) else {
        return Err(GradeError::Usage(format!(
            "{}: a CSV roster needs the header `student,problem,file` (found `{}`)",
            path.display(),
            headers.iter().collect::<Vec<_>>().join(",")
        )));
    };
    let (mut raw, mut issues, mut students) = (Vec::new(), Vec::new(), Vec::new());
    for (i, record) in reader.records().enumerate() {
        let place = format!("{}:{}", path.display(), i + 2);
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                issues.push(issue("", &place, format!("unreadable line: {e}")));
                continue;
            }
        };
        let cell = |i: usize| record.get(i).unwrap_or("").to_string();
        let (student, problem, file) = (cell(s), cell(p), cell(f));
        if student.is_empty() || problem.is_empty() || file.is_empty() {
            issues.push(issue(
                &student,
                &place,
                "student, problem and file must all be given",
            ));
            continue;
        }
        students.push(student.clone());
        if !base.join(&file).is_file() {
            issues.push(issue(&student, &place, format!("no such file: {file}")));
            continue;
        }
        raw.push((
            Entry {
                student,
                problem,
                file,
            },
            place,
        ));
    }
    Ok((base, raw, issues, students))
}
