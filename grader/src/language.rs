//! The table of languages: extension, compile and run commands, driver
//! generator, time multiplier. Adding a language means adding one entry.

use std::path::Path;

use crate::driver;
use crate::problem::Problem;

/// How to build and run submissions in one language.
#[derive(Debug)]
pub struct Language {
    /// Short name used in reports (`rust`).
    pub name: &'static str,
    /// File extensions (without the dot).
    pub extensions: &'static [&'static str],
    /// The compiler whose version goes into the cache key, with its version flag.
    pub version_command: &'static [&'static str],
    /// Compile command; `{src}` is the source file name, `{out}` the binary path.
    /// Runs in the build folder. Empty for interpreted languages.
    pub compile: &'static [&'static str],
    /// Run command; `{out}` is the binary path, `{src}` the source file.
    pub run: &'static [&'static str],
    /// The driver appended after the learner's code (given the problem and the learner's source).
    pub driver: fn(&Problem, &str) -> String,
    /// The signature a learner must write, as LeetCode shows it.
    pub stub: fn(&Problem) -> String,
    /// The problem's time limit is multiplied by this.
    pub time_multiplier: f64,
    /// Extra compile arguments for the libraries the source uses (given the toolchain version).
    pub libraries: fn(&str, &str) -> Result<Vec<String>, String>,
    /// How to install the toolchain when it is missing.
    pub install_hint: &'static str,
}

/// Every supported language.
pub static LANGUAGES: &[Language] = &[Language {
    name: "rust",
    extensions: &["rs"],
    version_command: &["rustc", "--version"],
    compile: &[
        "rustc",
        "-O",
        "--edition",
        "2021",
        "-A",
        "warnings",
        "--color",
        "never",
        "-C",
        "debuginfo=0",
        "-o",
        "{out}",
        "{src}",
    ],
    run: &["{out}"],
    driver: driver::rust::driver,
    stub: driver::rust::stub,
    time_multiplier: 1.0,
    libraries: crate::crates::rustc_args,
    install_hint: "install Rust with rustup (https://rustup.rs), then check `rustc --version`",
}];

/// The language of a learner's file, from its extension.
pub fn for_file(path: &Path) -> Option<&'static Language> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    LANGUAGES
        .iter()
        .find(|l| l.extensions.contains(&ext.as_str()))
}

/// Every known extension, for error messages.
pub fn known_extensions() -> Vec<String> {
    LANGUAGES
        .iter()
        .flat_map(|l| l.extensions.iter().map(|e| format!(".{e}")))
        .collect()
}
