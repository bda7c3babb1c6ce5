//! Partitions, for grading on many machines through an engine people already
//! run (a CI matrix, a Kubernetes Indexed Job): `--partition i/n` keeps the
//! students whose id hashes to share `i`, and `merge` joins the partial
//! folders into the book an unsharded run would have made.

use std::path::PathBuf;

use sha2::{Digest, Sha256};

use crate::error::GradeError;

use super::gradebook::{read, Book, Share};

/// The file a partial folder holds.
pub const PART_FILE: &str = "part.json";

/// Parses `i/n` (1 ≤ i ≤ n).
pub fn parse(text: &str) -> Result<Share, String> {
    let bad = || {
        format!("`{text}`: a partition is i/n with 1 ≤ i ≤ n, e.g. 2/4 (a Kubernetes completion index k is ${{k+1}}/n)")
    };
    let (i, n) = text.split_once('/').ok_or_else(bad)?;
    let index: u32 = i.trim().parse().map_err(|_| bad())?;
    let count: u32 = n.trim().parse().map_err(|_| bad())?;
    if count == 0 || index == 0 || index > count {
        return Err(bad());
    }
    Ok(Share { index, count })
}

/// The share (1-based) a student belongs to among `count`: a hash of the id,
/// so it never depends on who else is in the roster.
pub fn share_of(student: &str, count: u32) -> u32 {
    let digest = Sha256::digest(student.as_bytes());
    let mut bytes = [0u8; 8];
    bytes.copy_from_slice(&digest[..8]);
    (u64::from_le_bytes(bytes) % u64::from(count)) as u32 + 1
}

/// Whether `student` is in `share`. Issues not tied to a student (empty id)
/// go to the first share.
pub fn holds(share: Share, student: &str) -> bool {
    if student.is_empty() {
        return share.index == 1;
    }
    share_of(student, share.count) == share.index
}

/// Joins partial folders (or their `part.json` files) into one book. Every
/// share of one `n` must be there once, graded with the same settings.
pub fn merge(parts: &[PathBuf]) -> Result<Book, GradeError> {
    if parts.is_empty() {
        return Err(GradeError::Usage(
            "give the partial folders to merge: grader batch merge --out DIR PART...".into(),
        ));
    }
    let mut merged: Option<Book> = None;
    let mut seen: Vec<u32> = Vec::new();
    let mut count = 0;
    for part in parts {
        let file = if part.is_dir() {
            part.join(PART_FILE)
        } else {
            part.clone()
        };
        let book = read(&file)?;
        let Some(share) = book.partition else {
            return Err(GradeError::Usage(format!(
                "{}: not a partial result (it was graded without --partition)",
                file.display()
            )));
        };
        if seen.contains(&share.index) {
            return Err(GradeError::Usage(format!(
                "{}: partition {}/{} was given twice",
                file.display(),
                share.index,
                share.count
            )));
        }
        seen.push(share.index);
        count = share.count;
        match &mut merged {
            None => merged = Some(book),
            Some(into) => {
                let first = into.partition.unwrap_or(share);
                if share.count != first.count
                    || book.batch_seed != into.batch_seed
                    || book.random != into.random
                    || book.problems != into.problems
                {
                    return Err(GradeError::Usage(format!(
                        "{}: graded with other settings than the first part (partition count, --seed, --random, problems or their versions must match)",
                        file.display()
                    )));
                }
                into.students.extend(book.students);
                into.submissions.extend(book.submissions);
                into.issues.extend(book.issues);
            }
        }
    }
    let missing: Vec<String> = (1..=count)
        .filter(|i| !seen.contains(i))
        .map(|i| format!("{i}/{count}"))
        .collect();
    if !missing.is_empty() {
        return Err(GradeError::Usage(format!(
            "partitions missing: {} (every share of the class must be merged)",
            missing.join(", ")
        )));
    }
    let mut book = merged.expect("at least one part");
    book.partition = None;
    book.sort();
    Ok(book)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_shares() {
        assert_eq!(parse("2/3"), Ok(Share { index: 2, count: 3 }));
        assert!(parse("0/3").is_err());
        assert!(parse("4/3").is_err());
        assert!(parse("3").is_err());
        assert!(parse("a/b").is_err());
    }

    #[test]
    fn every_student_is_in_exactly_one_share() {
        for n in 1..6 {
            for id in ["alice", "bob", "carol", "d", "émile", "x y"] {
                let held = (1..=n)
                    .filter(|&i| holds(Share { index: i, count: n }, id))
                    .count();
                assert_eq!(held, 1, "{id} in {n} shares");
            }
        }
    }
}
