//! The grader library: everything `grader` does, from loading a problem
//! folder to reporting a verdict. The binary is a thin shell over [`cli`].
//!
//! Data flows one way: `problem` + `case` → `session` (the learner's program)
//! → `checker` → `report`.

pub mod case;
pub mod checker;
pub mod error;
pub mod generate;
pub mod oracle;
pub mod problem;
pub mod spec;
pub mod types;
pub mod validate;
pub mod value;
pub mod build;
pub mod driver;
pub mod grade;
pub mod language;
pub mod process;
pub mod report;
pub mod session;
pub mod verdict;
pub mod cli;
pub mod render;
