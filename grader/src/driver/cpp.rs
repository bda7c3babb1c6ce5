//! The C++ driver: LeetCode's environment (`<bits/stdc++.h>`, `using
//! namespace std`, `ListNode`) before the learner's code, a `#line` directive
//! so compiler messages carry the learner's own file name and line numbers,
//! then a reader and writer for values and a generated `main` that calls the
//! learner's `Solution` (or class) the way LeetCode does.

use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use sha2::{Digest, Sha256};

use crate::cache::cache_root;
use crate::run::process::run_with_timeout;

use super::Sources;
use crate::problem::{Problem, Signature};
use crate::spec::{MethodSpec, ParamSpec};
use crate::types::Type;

/// The runtime part: protocol, value reading and writing, the case loop.
const RUNTIME: &str = include_str!("cpp_runtime.cpp");

const PRELUDE: &str = "#include <bits/stdc++.h>\nusing namespace std;\n";

const LIST_NODE: &str = "struct ListNode {
    int val;
    ListNode *next;
    ListNode() : val(0), next(nullptr) {}
    ListNode(int x) : val(x), next(nullptr) {}
    ListNode(int x, ListNode *next) : val(x), next(next) {}
};
";

/// `source` without its `//` and `/* */` comments and string literals (kept
/// as blanks), for finding the learner's own definitions.
pub fn code_only(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                let mut last = ' ';
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                    }
                    if last == '*' && c == '/' {
                        break;
                    }
                    last = c;
                }
                out.push(' ');
            }
            '"' => {
                let mut escaped = false;
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                    if !escaped && c == '"' {
                        break;
                    }
                    escaped = !escaped && c == '\\';
                }
                out.push_str("\"\"");
            }
            c => out.push(c),
        }
    }
    out
}

/// Whether the code (comments removed) defines `<keyword> <name>` with a body.
pub fn defines(code: &str, keyword: &str, name: &str) -> bool {
    let mut rest = code;
    while let Some(at) = rest.find(keyword) {
        let before_ok = rest[..at]
            .chars()
            .next_back()
            .is_none_or(|c| !(c.is_alphanumeric() || c == '_'));
        let after = &rest[at + keyword.len()..];
        rest = after;
        if !before_ok || !after.starts_with(char::is_whitespace) {
            continue;
        }
        let after = after.trim_start();
        let Some(tail) = after.strip_prefix(name) else {
            continue;
        };
        if tail.starts_with(|c: char| c.is_alphanumeric() || c == '_') {
            continue;
        }
        // A forward declaration (`struct ListNode;`) is not a definition.
        if !tail.trim_start().starts_with(';') {
            return true;
        }
    }
    false
}

/// The flags every C++ build uses; the precompiled header must be built with
/// the same ones (keep in sync with the `cpp` entry in `language.rs`).
/// C++23 as on LeetCode (clang 19 and g++ 12 both accept it with libstdc++ 12).
/// `_GLIBCXX_ASSERTIONS` bounds-checks `vector[]`, `top()` / `pop()` on an
/// empty queue and the like: an out-of-range access aborts (a runtime error,
/// as LeetCode's sanitizer reports it) instead of reading garbage silently.
pub const FLAGS: &[&str] = &["-std=c++23", "-O2", "-pthread", "-D_GLIBCXX_ASSERTIONS"];

/// The compiler that printed `version` (`--version`): clang names its
/// folder (`InstalledDir: /usr/lib/llvm-19/bin`); anything else is g++.
fn compiler_of(version: &str) -> Option<PathBuf> {
    if !version.contains("clang version") {
        return None;
    }
    let dir = version
        .lines()
        .find_map(|l| l.trim().strip_prefix("InstalledDir:"))?
        .trim();
    Some(Path::new(dir).join("clang++"))
}

/// Extra compile arguments: a precompiled `<bits/stdc++.h>` (built once per
/// compiler version; it cuts every later compile by half or more). g++ finds
/// `bits/stdc++.h.gch` through `-I` and ignores a stale one; clang is given
/// `-include-pch` and refuses a stale one, which must never become the
/// learner's compile error: it is rebuilt when a header it was built from is
/// newer. Without it, or when it cannot be built, the compile still works.
pub fn pch_args(_source: &str, version: &str) -> Result<Vec<String>, String> {
    let key: String = Sha256::digest(format!("{version}\0{}", FLAGS.join(" ")).as_bytes())
        .iter()
        .take(6)
        .map(|b| format!("{b:02x}"))
        .collect();
    let dir = cache_root().join(format!("cpp-pch-{key}"));
    let Some(clang) = compiler_of(version) else {
        let gch = dir.join("bits").join("stdc++.h.gch");
        if gch.is_file() || build_pch(&dir, Path::new("g++"), false).is_ok() {
            return Ok(vec!["-I".into(), dir.to_string_lossy().into_owned()]);
        }
        return Ok(Vec::new());
    };
    let pch = dir.join(CLANG_PCH);
    if pch.is_file() && !fresh(&dir) {
        let _ = std::fs::remove_dir_all(&dir);
    }
    if pch.is_file() || (build_pch(&dir, &clang, true).is_ok() && fresh(&dir)) {
        return Ok(vec![
            "-include-pch".into(),
            pch.to_string_lossy().into_owned(),
        ]);
    }
    Ok(Vec::new())
}

/// clang's precompiled header and the list of headers it was built from.
const CLANG_PCH: &str = "stdc++.pch";
const CLANG_DEPS: &str = "stdc++.d";

/// Whether no header the precompiled header was built from changed since
/// (a `make` rule: `stdc++.pch: /usr/include/c++/12/… \`).
fn fresh(dir: &Path) -> bool {
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let (Some(built), Ok(deps)) = (
        modified(&dir.join(CLANG_PCH)),
        std::fs::read_to_string(dir.join(CLANG_DEPS)),
    ) else {
        return false;
    };
    let Some((_, headers)) = deps.split_once(": ") else {
        return false;
    };
    headers
        .split_whitespace()
        .filter(|h| *h != "\\" && !h.starts_with("/dev/"))
        .all(|h| modified(Path::new(h)).is_some_and(|m| m <= built))
}

fn build_pch(dir: &Path, compiler: &Path, clang: bool) -> std::io::Result<()> {
    let parent = dir.parent().unwrap_or(dir);
    std::fs::create_dir_all(parent)?;
    let tmp = tempfile::Builder::new()
        .prefix(".tmp-pch-")
        .tempdir_in(parent)?;
    let mut cmd = Command::new(compiler);
    cmd.args(FLAGS).current_dir(tmp.path());
    if clang {
        // The header comes in through `-include` on an empty input at a
        // fixed path: clang records its inputs' paths, and this folder moves.
        cmd.args([
            "-x",
            "c++-header",
            "/dev/null",
            "-include",
            "bits/stdc++.h",
            "-o",
            CLANG_PCH,
        ])
        .args(["-MD", "-MF", CLANG_DEPS]);
    } else {
        std::fs::create_dir_all(tmp.path().join("bits"))?;
        std::fs::write(tmp.path().join("all.h"), "#include <bits/stdc++.h>\n")?;
        cmd.args(["-x", "c++-header", "all.h", "-o", "bits/stdc++.h.gch"]);
    }
    let done = run_with_timeout(cmd, Duration::from_secs(300), None)?;
    if !done.status.is_some_and(|s| s.success()) {
        return Err(std::io::Error::other(done.output));
    }
    let _ = std::fs::remove_file(tmp.path().join("all.h"));
    let tmp_path = tmp.keep();
    if std::fs::rename(&tmp_path, dir).is_err() {
        // Another grader built it first: use theirs.
        let _ = std::fs::remove_dir_all(&tmp_path);
    }
    Ok(())
}

/// The C++ type LeetCode uses for a signature type.
pub fn cpp_type(ty: &Type) -> String {
    match ty {
        Type::Int => "int".into(),
        Type::Long => "long long".into(),
        Type::Double => "double".into(),
        Type::Bool => "bool".into(),
        Type::Char => "char".into(),
        Type::Str => "string".into(),
        Type::ListNode => "ListNode*".into(),
        Type::Void => "void".into(),
        Type::List(inner) => format!("vector<{}>", cpp_type(inner)),
    }
}

/// A parameter as LeetCode declares it: containers by reference.
fn cpp_param(p: &ParamSpec) -> String {
    match p.ty {
        Type::List(_) => format!("{}& {}", cpp_type(&p.ty), p.name),
        _ => format!("{} {}", cpp_type(&p.ty), p.name),
    }
}

fn params_text(ps: &[ParamSpec]) -> String {
    ps.iter().map(cpp_param).collect::<Vec<_>>().join(", ")
}

/// The signature a learner must write, as LeetCode shows it.
pub fn stub(problem: &Problem) -> String {
    match &problem.signature {
        Signature::Function {
            name,
            params,
            returns,
        } => format!(
            "class Solution {{ public: {} {name}({}) {{ … }} }};",
            cpp_type(returns),
            params_text(params)
        ),
        Signature::Class {
            name,
            constructor,
            methods,
            ..
        } => {
            let mut s = format!(
                "class {name} {{ public: {name}({}) {{ … }}",
                params_text(constructor)
            );
            for m in methods {
                let _ = write!(
                    s,
                    " {} {}({}) {{ … }}",
                    cpp_type(&m.returns),
                    m.name,
                    params_text(&m.params)
                );
            }
            s.push_str(" };");
            s
        }
    }
}

/// The file the compiler reads: prelude, `#line 1 "<learner file>"`, the
/// learner's code, the driver. The learner's file is kept beside it, under
/// its own name, so the compiler quotes the learner's lines in its messages.
pub const MAIN: &str = "__grader_main.cpp";

/// The build's files: the combined source, and the learner's file as written.
pub fn sources(problem: &Problem, file_name: &str, source: &str) -> Sources {
    let mut text = String::from(PRELUDE);
    if !defines(&code_only(source), "struct", "ListNode")
        && !defines(&code_only(source), "class", "ListNode")
    {
        text.push_str(LIST_NODE);
    }
    let quoted = file_name.replace('\\', "\\\\").replace('"', "\\\"");
    let _ = writeln!(text, "#line 1 \"{quoted}\"");
    text.push_str(source);
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(RUNTIME);
    text.push_str(&cases(problem));
    let mut files = vec![(MAIN.to_string(), text)];
    if file_name != MAIN {
        files.push((file_name.to_string(), source.to_string()));
    }
    files
}

/// Declares and reads `a0, a1…` (one JSON value each) from the cursor `p`.
fn read_params(s: &mut String, params: &[ParamSpec], indent: &str, separated: bool) {
    for (i, param) in params.iter().enumerate() {
        if separated && i > 0 {
            let _ = writeln!(s, "{indent}p.eat(',');");
        }
        let _ = writeln!(
            s,
            "{indent}{} a{i}{{}};\n{indent}__grader::rd(p, a{i});",
            cpp_type(&param.ty)
        );
    }
}

fn arg_list(n: usize) -> String {
    (0..n)
        .map(|i| format!("a{i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The generated part: parse a request's arguments into a call, and `main`.
fn cases(problem: &Problem) -> String {
    let mut s = String::from(
        "\nstatic __grader::Call __grader_case(__grader::P& p) {\n    using namespace __grader;\n",
    );
    match &problem.signature {
        Signature::Function {
            name,
            params,
            returns,
        } => {
            read_params(&mut s, params, "    ", false);
            let captures: Vec<String> = (0..params.len())
                .map(|i| format!("a{i} = std::move(a{i})"))
                .collect();
            let call = format!("solution->{name}({})", arg_list(params.len()));
            let body = if *returns == Type::Void {
                format!("{call};\n        o += \"null\";")
            } else {
                format!("auto r = {call};\n        __grader::wr(o, r);")
            };
            let _ = writeln!(
                s,
                "    return [{}](std::string& o) mutable {{\n        std::unique_ptr<Solution> solution(new Solution());\n        {body}\n    }};",
                captures.join(", ")
            );
        }
        Signature::Class {
            name,
            constructor,
            methods,
            ..
        } => class_cases(&mut s, name, constructor, methods),
    }
    s.push_str("}\n\nint main() {\n    return __grader::serve(__grader_case);\n}\n");
    s
}

fn class_cases(s: &mut String, class: &str, constructor: &[ParamSpec], methods: &[MethodSpec]) {
    let _ = writeln!(
        s,
        "    std::vector<std::string> names;\n    rd(p, names);\n    std::vector<Call> calls;\n    calls.reserve(names.size());\n    auto obj = std::make_shared<{class}*>(nullptr);\n    p.eat('[');\n    for (size_t i = 0; i < names.size(); i++) {{\n        if (i) p.eat(',');\n        const std::string& name = names[i];\n        p.eat('[');"
    );
    let captures = |n: usize| {
        std::iter::once("obj".to_string())
            .chain((0..n).map(|i| format!("a{i} = std::move(a{i})")))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let _ = writeln!(s, "        if (name == \"{class}\") {{");
    read_params(s, constructor, "            ", true);
    let _ = writeln!(
        s,
        "            calls.push_back([{}](std::string& o) mutable {{ *obj = new {class}({}); o += \"null\"; }});",
        captures(constructor.len()),
        arg_list(constructor.len())
    );
    for m in methods {
        let _ = writeln!(s, "        }} else if (name == \"{}\") {{", m.name);
        read_params(s, &m.params, "            ", true);
        let call = format!("(*obj)->{}({})", m.name, arg_list(m.params.len()));
        let body = if m.returns == Type::Void {
            format!("{call}; o += \"null\";")
        } else {
            format!("auto r = {call}; __grader::wr(o, r);")
        };
        let _ = writeln!(
            s,
            "            calls.push_back([{}](std::string& o) mutable {{ {body} }});",
            captures(m.params.len())
        );
    }
    s.push_str("        } else {\n            throw ProtocolError(\"grader protocol: unknown operation \" + name);\n        }\n        p.eat(']');\n    }\n    p.eat(']');\n");
    s.push_str("    return [calls = std::move(calls)](std::string& o) mutable {\n        o += '[';\n        for (size_t i = 0; i < calls.size(); i++) {\n            if (i) o += ',';\n            calls[i](o);\n        }\n        o += ']';\n    };\n");
}

#[cfg(test)]
mod tests {
    use super::{code_only, defines};

    #[test]
    fn finds_definitions_outside_comments() {
        let has = |src: &str| defines(&code_only(src), "struct", "ListNode");
        assert!(has("struct ListNode {\n int val; };"));
        assert!(has("struct ListNode{int val;};"));
        assert!(!has("/**\n * struct ListNode {\n */"));
        assert!(!has("// struct ListNode {"));
        assert!(!has("struct ListNode;"));
        assert!(!has("struct ListNodeWrapper { };"));
        assert!(!has("mystruct ListNode {"));
        assert!(!has("auto s = \"struct ListNode {\";"));
    }
}
