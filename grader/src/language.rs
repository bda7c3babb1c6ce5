//! The table of languages: extension, toolchain, compile and run commands,
//! driver, time multiplier. Adding a language means adding one entry here
//! (and its driver under `driver/`).

use std::path::Path;

use crate::driver::{self, Sources};
use crate::problem::Problem;

/// Environment variables (name, value).
pub type Env = Vec<(String, String)>;

/// How to build and run submissions in one language.
#[derive(Debug)]
pub struct Language {
    /// Short name used in reports (`rust`, `python`).
    pub name: &'static str,
    /// File extensions (without the dot).
    pub extensions: &'static [&'static str],
    /// The toolchain's program (`rustc`, `python3`…): `{interp}` in the commands.
    pub program: &'static str,
    /// Ask the program for its real executable (`sys.executable`) and use that:
    /// the program on PATH may be a slow shim. A folder printed instead
    /// (rustc's sysroot) holds the program in `bin/`.
    pub resolve: &'static [&'static str],
    /// Arguments that make the program print its version (part of the cache key).
    pub version_args: &'static [&'static str],
    /// The files of a build: the learner's code with the driver and prelude.
    pub sources: fn(&Problem, &str, &str) -> Sources,
    /// Compile command, run in the build folder; `{src}` is the main file's name.
    /// Empty for interpreted languages.
    pub compile: &'static [&'static str],
    /// Run command; `{dir}` is the build folder, `{src}` the main file's name.
    pub run: &'static [&'static str],
    /// The signature a learner must write, as LeetCode shows it.
    pub stub: fn(&Problem) -> String,
    /// The problem's time limit is multiplied by this.
    pub time_multiplier: f64,
    /// Extra compile arguments for the libraries the source uses (given the toolchain version).
    pub libraries: fn(&str, &str) -> Result<Vec<String>, String>,
    /// Environment variables for compiling and running (e.g. where Node finds its packages).
    /// (Given the toolchain's program; may provision LeetCode's packages.)
    pub env: fn(&str) -> Result<Env, String>,
    /// How to install the toolchain when it is missing.
    pub install_hint: &'static str,
    /// Tasks (threads) a running program may have: the runtime's own plus a few.
    pub threads: u64,
}

fn no_libraries(_: &str, _: &str) -> Result<Vec<String>, String> {
    Ok(Vec::new())
}

fn no_env(_program: &str) -> Result<Env, String> {
    Ok(Vec::new())
}

/// Every supported language.
pub static LANGUAGES: &[Language] = &[
    Language {
        name: "rust",
        extensions: &["rs"],
        program: "rustc",
        // The rustup proxy on PATH needs ~/.rustup; the sandbox runs the real one.
        resolve: &["--print", "sysroot"],
        version_args: &["--version"],
        sources: driver::rust::sources,
        compile: &[
            "{interp}", "-O", "--edition", "2021", "-A", "warnings", "--color", "never", "-C", "debuginfo=0",
            // The crate is named here: a file name like `my sol ✓.rs` is no crate name.
            "--crate-name", "solution", "-o", "solution", "{src}",
        ],
        run: &["{dir}/solution"],
        stub: driver::rust::stub,
        time_multiplier: 1.0,
        libraries: crate::crates::rustc_args,
        env: no_env,
        threads: 16,
        install_hint: "install Rust with rustup (https://rustup.rs), then check `rustc --version`",
    },
    Language {
        name: "python",
        extensions: &["py"],
        program: "python3",
        resolve: &["-c", "import sys; print(sys.executable)"],
        version_args: &["--version"],
        sources: driver::python::sources,
        // A syntax check: LeetCode reports a SyntaxError as a compile error.
        compile: &["{interp}", "-c", "import sys; compile(open(sys.argv[1]).read(), sys.argv[1], 'exec')", "{src}"],
        run: &["{interp}", "{dir}/__grader_driver.py", "{dir}/{src}"],
        stub: driver::python::stub,
        time_multiplier: 5.0,
        libraries: no_libraries,
        env: driver::python::env,
        threads: 16,
        install_hint: "install Python 3 (e.g. `apt-get install python3`), then `python3 -m pip install sortedcontainers`",
    },
    Language {
        name: "cpp",
        extensions: &["cpp", "cc", "cxx"],
        // LeetCode compiles with clang; the first compiler found is used (the
        // choice is remembered per PATH under the cache's `toolchains/`).
        program: "sh",
        resolve: &[
            "-c",
            "command -v clang++-19 || command -v g++ || { echo 'neither clang++-19 nor g++ is on PATH' >&2; exit 1; }",
        ],
        version_args: &["--version"],
        sources: driver::cpp::sources,
        // Keep the flags in sync with `driver::cpp::FLAGS` (the precompiled header's).
        compile: &["{interp}", "-std=c++23", "-O2", "-pthread", "-D_GLIBCXX_ASSERTIONS", "-fdiagnostics-color=never", "-o", "solution", "{src}"],
        run: &["{dir}/solution"],
        stub: driver::cpp::stub,
        time_multiplier: 1.0,
        libraries: driver::cpp::pch_args,
        env: no_env,
        threads: 16,
        install_hint: "install clang 19 as on LeetCode (`apt-get install clang-19`) or g++ (`apt-get install g++`), then check `clang++-19 --version`",
    },
    Language {
        name: "java",
        extensions: &["java"],
        program: "javac",
        resolve: &[],
        version_args: &["-version"],
        sources: driver::java::sources,
        compile: &["{interp}", "-encoding", "UTF-8", "-nowarn", "-d", ".", "{src}", driver::java::PAIR_FILE],
        run: &["java", "-XX:+UseSerialGC", "-Xshare:auto", "-XX:-UsePerfData", "-cp", "{dir}", "Main"],
        stub: driver::java::stub,
        time_multiplier: 2.0,
        libraries: no_libraries,
        env: no_env,
        threads: 64,
        install_hint: "install a JDK 17 (e.g. `apt-get install openjdk-17-jdk-headless`), then check `javac -version`",
    },
    // @cpp-java-entries (C++ and Java go here)
    Language {
        name: "javascript",
        extensions: &["js"],
        program: "node",
        resolve: &["-e", "console.log(process.execPath)"],
        version_args: &["--version"],
        sources: driver::javascript::sources,
        // A syntax check: LeetCode reports a SyntaxError as a compile error.
        compile: &["{interp}", "__grader_build.js", "{src}"],
        // A V8 stack of ~7 MB (under the usual 8 MB thread stack) so legal
        // recursion 10^4 deep works; deeper recursion is a RangeError (RE).
        run: &["{interp}", "--stack-size=7000", "{dir}/__grader_driver.js", "{dir}/{src}"],
        stub: driver::javascript::stub,
        time_multiplier: 3.0,
        libraries: no_libraries,
        env: driver::javascript::env,
        threads: 32,
        install_hint: "install Node.js 20 or newer (e.g. `apt-get install nodejs npm`), then run `scripts/setup-languages.sh`",
    },
    Language {
        name: "typescript",
        extensions: &["ts"],
        program: "node",
        resolve: &["-e", "console.log(process.execPath)"],
        version_args: &["--version"],
        sources: driver::typescript::sources,
        // Type-check and transpile with the installed `typescript`; type errors are compile errors.
        compile: &["{interp}", "__grader_build.js", "{src}"],
        run: &["{interp}", "--stack-size=7000", "{dir}/__grader_driver.js", "{dir}/{src}"],
        stub: driver::typescript::stub,
        time_multiplier: 3.0,
        libraries: no_libraries,
        env: driver::javascript::env,
        threads: 32,
        install_hint: "install Node.js 20 or newer (e.g. `apt-get install nodejs npm`), then run `scripts/setup-languages.sh`",
    },
    // @js-ts-entries (JavaScript and TypeScript go here)
];

/// The language of a learner's file, from its extension.
pub fn for_file(path: &Path) -> Option<&'static Language> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    LANGUAGES
        .iter()
        .find(|l| l.extensions.contains(&ext.as_str()))
}

/// The language of a learner's file, or a message saying which extensions are known.
pub fn of_submission(path: &Path) -> Result<&'static Language, String> {
    for_file(path).ok_or_else(|| {
        format!(
            "cannot tell the language of {}: supported extensions are {}",
            path.display(),
            known_extensions().join(", ")
        )
    })
}

/// Every known extension, for error messages.
pub fn known_extensions() -> Vec<String> {
    LANGUAGES
        .iter()
        .flat_map(|l| l.extensions.iter().map(|e| format!(".{e}")))
        .collect()
}
