//! The grader library: everything `grader` does, from loading a problem
//! folder to reporting a verdict. The binary is a thin shell over [`cli`].
//!
//! Data flows one way: `problem` + `case` → `session` (the learner's program)
//! → `checker` → `report`.

pub mod batch;
pub mod build;
pub mod cache;
pub mod case;
pub mod catalog;
pub mod checker;
pub mod cli;
pub mod crates;
pub mod custom;
pub mod doctor;
pub mod driver;
pub mod error;
pub mod fuzz;
pub mod generate;
pub mod generic;
pub mod grade;
pub mod language;
pub mod oracle;
pub mod panel;
pub mod practice;
pub mod problem;
pub mod provision;
pub mod random;
pub mod reference;
pub mod render;
pub mod report;
pub mod run;
pub mod runner;
pub mod scaffold;
pub mod scale;
pub mod serve;
pub mod spec;
pub mod types;
pub mod validate;
pub mod value;
pub mod verdict;
pub mod verify;
