//! The Rust driver: LeetCode's `struct Solution` and `ListNode`, a reader and
//! writer for values, and the case loop. It is appended after the learner's
//! code so compiler messages keep the learner's own line numbers, and it
//! imports no names at the top level (a learner's `use` never collides).

use std::fmt::Write;

use super::snake_case;
use crate::problem::{Problem, Signature};
use crate::spec::ParamSpec;
use crate::types::Type;

/// The runtime part: protocol, value reading and writing, `main`.
const RUNTIME: &str = include_str!("rust_runtime.rs");

/// LeetCode's hidden definitions, added unless the learner defined them too.
const SOLUTION: &str = "#[allow(dead_code)]\npub struct Solution;\n";
const LIST_NODE: &str = "#[derive(PartialEq, Eq, Clone, Debug)]
pub struct ListNode {
    pub val: i32,
    pub next: Option<Box<ListNode>>,
}

#[allow(dead_code)]
impl ListNode {
    #[inline]
    fn new(val: i32) -> Self {
        ListNode { next: None, val }
    }
}
";

/// Whether `source` defines `struct <name>` outside comments.
fn defines(source: &str, name: &str) -> bool {
    source.lines().any(|line| {
        let code = line.split("//").next().unwrap_or("").trim_start();
        let code = code.strip_prefix("pub ").unwrap_or(code);
        code.strip_prefix("struct ").is_some_and(|rest| {
            rest.trim_start()
                .strip_prefix(name)
                .is_some_and(|after| !after.starts_with(|c: char| c.is_alphanumeric() || c == '_'))
        })
    })
}

/// The Rust type LeetCode uses for a signature type.
pub fn rust_type(ty: &Type) -> String {
    match ty {
        Type::Int => "i32".into(),
        Type::Long => "i64".into(),
        Type::Double => "f64".into(),
        Type::Bool => "bool".into(),
        Type::Char => "char".into(),
        Type::Str => "String".into(),
        Type::ListNode => "Option<Box<crate::ListNode>>".into(),
        Type::Void => "()".into(),
        Type::List(inner) => format!("Vec<{}>", rust_type(inner)),
    }
}

/// The signature a learner must write, as LeetCode shows it.
pub fn stub(problem: &Problem) -> String {
    let params = |ps: &[ParamSpec]| {
        ps.iter()
            .map(|p| {
                format!(
                    "{}: {}",
                    snake_case(&p.name),
                    rust_type(&p.ty).replace("crate::", "")
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    match &problem.signature {
        Signature::Function {
            name,
            params: ps,
            returns,
        } => format!(
            "impl Solution {{ pub fn {}({}) -> {} }}",
            snake_case(name),
            params(ps),
            rust_type(returns).replace("crate::", "")
        ),
        Signature::Class {
            name,
            constructor,
            methods,
            ..
        } => {
            let mut s = format!("impl {name} {{ fn new({}) -> Self", params(constructor));
            for m in methods {
                let ret = if m.returns == Type::Void {
                    String::new()
                } else {
                    format!(" -> {}", rust_type(&m.returns))
                };
                let _ = write!(
                    s,
                    "; fn {}(&mut self, {}){ret}",
                    snake_case(&m.name),
                    params(&m.params)
                );
            }
            s.push_str(" }");
            s.replace("(&mut self, )", "(&mut self)")
        }
    }
}

/// The build's one file: the learner's code first (so compiler messages keep
/// its line numbers), then LeetCode's definitions and the driver.
pub fn sources(problem: &Problem, file_name: &str, source: &str) -> super::Sources {
    let mut text = source.to_string();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(&driver(problem, source));
    vec![(file_name.to_string(), text)]
}

/// The driver source appended to the learner's file.
pub fn driver(problem: &Problem, source: &str) -> String {
    let mut s =
        String::from("\n\n// ---- grader driver: everything below is added by the grader ----\n");
    if !defines(source, "Solution") {
        s.push_str(SOLUTION);
    }
    if !defines(source, "ListNode") {
        s.push_str(LIST_NODE);
    }
    s.push_str(RUNTIME);
    s.push_str("\n#[allow(dead_code, non_snake_case, unused_imports, unused_mut, unused_variables, clippy::all)]\nmod __grader_cases {\n    use crate::__grader::{Rd, Wr, P};\n\n");
    match &problem.signature {
        Signature::Function {
            name,
            params,
            returns,
        } => {
            s.push_str("    pub fn run(p: &mut P) -> Box<dyn FnOnce() -> String> {\n");
            for (i, param) in params.iter().enumerate() {
                let _ = writeln!(s, "        let a{i}: {} = Rd::rd(p);", rust_type(&param.ty));
            }
            let args: Vec<String> = (0..params.len()).map(|i| format!("a{i}")).collect();
            let _ = writeln!(
                s,
                "        Box::new(move || {{\n            let r: {} = crate::Solution::{}({});\n            let mut o = String::new();\n            r.wr(&mut o);\n            o\n        }})\n    }}",
                rust_type(returns),
                snake_case(name),
                args.join(", ")
            );
        }
        Signature::Class {
            name,
            constructor,
            methods,
            ..
        } => class_driver(&mut s, name, constructor, methods),
    }
    s.push_str("}\n");
    s
}

fn read_args(s: &mut String, params: &[ParamSpec], indent: &str) {
    let _ = writeln!(s, "{indent}p.eat(b'[');");
    for (i, param) in params.iter().enumerate() {
        if i > 0 {
            let _ = writeln!(s, "{indent}p.eat(b',');");
        }
        let _ = writeln!(s, "{indent}let a{i}: {} = Rd::rd(p);", rust_type(&param.ty));
    }
    let _ = writeln!(s, "{indent}p.eat(b']');");
}

fn class_driver(
    s: &mut String,
    class: &str,
    constructor: &[ParamSpec],
    methods: &[crate::spec::MethodSpec],
) {
    s.push_str("    enum Call {\n");
    let variant = |ps: &[ParamSpec]| {
        ps.iter()
            .map(|p| rust_type(&p.ty))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let _ = writeln!(s, "        New({}),", variant(constructor));
    for (i, m) in methods.iter().enumerate() {
        let _ = writeln!(s, "        M{i}({}),", variant(&m.params));
    }
    s.push_str("    }\n\n    pub fn run(p: &mut P) -> Box<dyn FnOnce() -> String> {\n");
    s.push_str("        let names: Vec<String> = Rd::rd(p);\n        let mut calls = Vec::with_capacity(names.len());\n        p.eat(b'[');\n");
    s.push_str("        for (i, name) in names.iter().enumerate() {\n            if i > 0 {\n                p.eat(b',');\n            }\n            match name.as_str() {\n");
    let list = |n: usize| {
        (0..n)
            .map(|i| format!("a{i}"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let _ = writeln!(s, "                \"{class}\" => {{");
    read_args(s, constructor, "                    ");
    let _ = writeln!(
        s,
        "                    calls.push(Call::New({}));\n                }}",
        list(constructor.len())
    );
    for (i, m) in methods.iter().enumerate() {
        let _ = writeln!(s, "                \"{}\" => {{", m.name);
        read_args(s, &m.params, "                    ");
        let _ = writeln!(
            s,
            "                    calls.push(Call::M{i}({}));\n                }}",
            list(m.params.len())
        );
    }
    s.push_str("                other => panic!(\"grader protocol: unknown operation {other}\"),\n            }\n        }\n        p.eat(b']');\n");
    let _ = writeln!(s, "        Box::new(move || {{\n            let mut obj: Option<crate::{class}> = None;\n            let mut o = String::from(\"[\");");
    s.push_str("            for (i, call) in calls.into_iter().enumerate() {\n                if i > 0 {\n                    o.push(',');\n                }\n                match call {\n");
    let _ = writeln!(
        s,
        "                    Call::New({}) => {{\n                        obj = Some(crate::{class}::new({}));\n                        o.push_str(\"null\");\n                    }}",
        list(constructor.len()),
        list(constructor.len())
    );
    for (i, m) in methods.iter().enumerate() {
        let args = list(m.params.len());
        let _ = writeln!(
            s,
            "                    Call::M{i}({args}) => {{\n                        let r: {} = obj.as_mut().expect(\"the constructor runs first\").{}({args});\n                        r.wr(&mut o);\n                    }}",
            rust_type(&m.returns),
            snake_case(&m.name)
        );
    }
    s.push_str("                }\n            }\n            o.push(']');\n            o\n        })\n    }\n");
}

#[cfg(test)]
mod tests {
    #[test]
    fn finds_learner_definitions_but_not_comments() {
        assert!(super::defines("pub struct ListNode {\n", "ListNode"));
        assert!(super::defines("struct Solution;", "Solution"));
        assert!(!super::defines("// pub struct ListNode {", "ListNode"));
        assert!(!super::defines(" * pub struct ListNode {", "ListNode"));
        assert!(!super::defines(
            "struct ListNodeWrapper(Box<ListNode>);",
            "ListNode"
        ));
    }
}
