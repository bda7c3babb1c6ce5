//! End-to-end tests of `grader batch`: a synthetic class built from the
//! project's own submissions (accepted, wrong, slow, crashing, hostile; several
//! languages) graded into every output and checked against the known labels
//! ([`class`]); a hung submission stopped at its wall budget ([`budget`]); three
//! partitions graded as separate processes and merged, byte for byte equal to
//! one run, and a rerun with one changed file regrading only that file
//! ([`partitions`]). The tests run in parallel; each has its own folders.

#[path = "../support/mod.rs"]
mod support;

mod budget;
mod class;
mod helpers;
mod partitions;
