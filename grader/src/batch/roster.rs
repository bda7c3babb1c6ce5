//! The roster: who submitted what. Either a folder `<student>/<problem>.<ext>`
//! or a CSV `student,problem,file` (paths relative to the CSV). The problem is
//! named as `grader test` accepts it (folder name, LeetCode number or slug).
//! Anything unexpected is collected as an issue for the report, never fatal.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::GradeError;
use crate::language;
use crate::problem::Problem;

/// One submission file to grade.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Student id (folder name or CSV cell).
    pub student: String,
    /// Problem folder name.
    pub problem: String,
    /// The file, relative to [`Roster::base`].
    pub file: String,
}

/// Something in the roster that was not graded, and why.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Issue {
    /// The student it concerns (empty when none).
    pub student: String,
    /// The path or CSV line.
    pub place: String,
    /// What is wrong.
    pub message: String,
}

/// The whole roster.
#[derive(Debug)]
pub struct Roster {
    /// Folder the submission paths are relative to.
    pub base: PathBuf,
    /// Every student, sorted (a student whose files were all rejected is kept).
    pub students: Vec<String>,
    /// Gradable submissions, sorted by student then problem.
    pub entries: Vec<Entry>,
    /// Problems that appear in the roster (or were asked for), by folder name.
    pub problems: BTreeMap<String, Problem>,
    /// What was left out.
    pub issues: Vec<Issue>,
}

/// Resolves problem names once each (an alias lookup loads every problem).
struct Resolver {
    known: BTreeMap<String, Result<String, String>>,
    problems: BTreeMap<String, Problem>,
}

impl Resolver {
    fn resolve(&mut self, name: &str) -> Result<String, String> {
        if let Some(found) = self.known.get(name) {
            return found.clone();
        }
        // `Kth_Largest.py`: file names often cannot hold a hyphen (Python
        // modules, Java classes); try the name as written, then normalised.
        let normal: String = name
            .to_lowercase()
            .chars()
            .map(|c| if c == '_' || c == ' ' { '-' } else { c })
            .collect();
        let found = crate::catalog::find(name)
            .or_else(|e| {
                if normal != name {
                    crate::catalog::find(&normal).map_err(|_| e)
                } else {
                    Err(e)
                }
            })
            .map(|p| {
                let slug = p.slug().to_string();
                self.problems.entry(slug.clone()).or_insert(p);
                slug
            })
            .map_err(|e| e.to_string());
        self.known.insert(name.to_string(), found.clone());
        found
    }
}

/// Reads a roster folder or CSV. `only_problems` (names as the user gave
/// them) keeps those problems and makes them the gradebook's columns.
pub fn read(path: &Path, only_problems: &[String]) -> Result<Roster, GradeError> {
    let mut resolver = Resolver {
        known: BTreeMap::new(),
        problems: BTreeMap::new(),
    };
    let mut wanted = Vec::new();
    for name in only_problems {
        wanted.push(resolver.resolve(name).map_err(GradeError::Usage)?);
    }
    let (base, raw, mut issues, mut students) = if path.is_dir() {
        read_folder(path)?
    } else if path.is_file() {
        super::roster_csv::read_csv(path)?
    } else {
        return Err(GradeError::Usage(format!(
            "no such roster: {} (give a folder of <student>/<problem>.<ext> files or a CSV student,problem,file)",
            path.display()
        )));
    };
    let mut by_key: BTreeMap<(String, String), Vec<Entry>> = BTreeMap::new();
    for (entry, place) in raw {
        students.push(entry.student.clone());
        if let Err(e) = language::of_submission(Path::new(&entry.file)) {
            issues.push(issue(&entry.student, &place, e));
            continue;
        }
        match resolver.resolve(&entry.problem) {
            Ok(slug) if wanted.is_empty() || wanted.contains(&slug) => {
                let key = (entry.student.clone(), slug.clone());
                by_key.entry(key).or_default().push(Entry {
                    problem: slug,
                    ..entry
                });
            }
            Ok(_) => {}
            Err(e) => issues.push(issue(
                &entry.student,
                &place,
                format!("unknown problem: {e}"),
            )),
        }
    }
    let mut entries = Vec::new();
    for ((student, problem), found) in by_key {
        if found.len() == 1 {
            entries.extend(found);
        } else {
            let files: Vec<&str> = found.iter().map(|e| e.file.as_str()).collect();
            issues.push(issue(
                &student,
                &files.join(", "),
                format!("{} files for {problem}: none graded; keep one", found.len()),
            ));
        }
    }
    let mut problems = resolver.problems;
    if !wanted.is_empty() {
        problems.retain(|slug, _| wanted.contains(slug));
    } else {
        problems.retain(|slug, _| entries.iter().any(|e| &e.problem == slug));
    }
    students.sort();
    students.dedup();
    issues.sort();
    Ok(Roster {
        base,
        students,
        entries,
        problems,
        issues,
    })
}

pub(super) fn issue(student: &str, place: &str, message: impl Into<String>) -> Issue {
    Issue {
        student: student.to_string(),
        place: place.to_string(),
        message: message.into(),
    }
}

/// What a roster reader found: the base folder, (entry, place) pairs, issues, students.
pub(super) type Raw = (PathBuf, Vec<(Entry, String)>, Vec<Issue>, Vec<String>);

fn read_folder(root: &Path) -> Result<Raw, GradeError> {
    let list = |dir: &Path| -> Result<Vec<std::fs::DirEntry>, GradeError> {
        let mut items: Vec<_> = std::fs::read_dir(dir)
            .map_err(|e| GradeError::Usage(format!("cannot list {}: {e}", dir.display())))?
            .filter_map(Result::ok)
            .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
            .collect();
        items.sort_by_key(|e| e.file_name());
        Ok(items)
    };
    let (mut raw, mut issues, mut students) = (Vec::new(), Vec::new(), Vec::new());
    for item in list(root)? {
        let name = item.file_name().to_string_lossy().into_owned();
        if !item.path().is_dir() {
            issues.push(issue(
                "",
                &name,
                "a file outside any student folder: not graded",
            ));
            continue;
        }
        students.push(name.clone());
        for file in list(&item.path())? {
            let file_name = file.file_name().to_string_lossy().into_owned();
            let rel = format!("{name}/{file_name}");
            if !file.path().is_file() {
                issues.push(issue(
                    &name,
                    &rel,
                    "not a file (a submission is <student>/<problem>.<ext>): not graded",
                ));
                continue;
            }
            let problem = Path::new(&file_name)
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let entry = Entry {
                student: name.clone(),
                problem,
                file: rel.clone(),
            };
            raw.push((entry, rel));
        }
    }
    Ok((root.to_path_buf(), raw, issues, students))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn touch(root: &Path, rel: &str) {
        let path = root.join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, "x").unwrap();
    }

    #[test]
    fn folder_roster_keeps_what_it_can_and_lists_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for rel in [
            "ann/Kth_Largest.py",
            "ann/1046.cpp",
            "ann/.DS_Store",
            "bob/215.js",
            "bob/kth-largest.py",
            "bob/notes/readme.md",
            "cy/no-such-problem.py",
            "cy/kth-largest.txt",
            "stray.py",
        ] {
            touch(root, rel);
        }
        std::fs::create_dir(root.join("dee")).unwrap();
        let roster = read(root, &[]).unwrap();
        assert_eq!(roster.students, ["ann", "bob", "cy", "dee"]);
        let got: Vec<(&str, &str)> = roster
            .entries
            .iter()
            .map(|e| (e.student.as_str(), e.problem.as_str()))
            .collect();
        assert_eq!(got, [("ann", "kth-largest"), ("ann", "last-stone-weight")]);
        let places: Vec<&str> = roster.issues.iter().map(|i| i.place.as_str()).collect();
        assert_eq!(
            places,
            [
                "stray.py",
                "bob/215.js, bob/kth-largest.py",
                "bob/notes",
                "cy/kth-largest.txt",
                "cy/no-such-problem.py"
            ]
        );
        let only = read(root, &["lc1046".to_string()]).unwrap();
        assert_eq!(only.entries.len(), 1);
        assert_eq!(
            only.problems.keys().collect::<Vec<_>>(),
            ["last-stone-weight"]
        );
    }

    #[test]
    fn csv_roster_needs_its_header_and_its_files() {
        let dir = tempfile::tempdir().unwrap();
        touch(dir.path(), "files/a.py");
        let csv = dir.path().join("roster.csv");
        std::fs::write(
            &csv,
            "student,problem,file\nann,215,files/a.py\nbob,215,files/gone.py\ncy,,x\n",
        )
        .unwrap();
        let roster = read(&csv, &[]).unwrap();
        assert_eq!(roster.entries.len(), 1);
        assert_eq!(roster.entries[0].file, "files/a.py");
        assert_eq!(roster.issues.len(), 2);
        std::fs::write(&csv, "name,task\nann,215\n").unwrap();
        assert!(
            matches!(read(&csv, &[]), Err(GradeError::Usage(m)) if m.contains("student,problem,file"))
        );
    }
}
