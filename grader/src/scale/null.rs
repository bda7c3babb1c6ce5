//! The "null" solution of a problem in each language: the signature with
//! bodies that return a default value at once. Run through the same driver
//! on the same inputs, it costs exactly what every solution pays besides
//! its algorithm — reading and parsing the input, building the arguments
//! (linked lists, arrays), calling, writing an answer — so `grader scale`
//! subtracts its CPU time from the learner's to see the algorithm alone.

use crate::driver::{cpp::cpp_type, java::java_type, rust::rust_type, snake_case};
use crate::language::Language;
use crate::problem::{Problem, Signature};
use crate::spec::ParamSpec;
use crate::types::Type;

/// The language whose null solution measures `lang`'s fixed cost
/// (TypeScript runs as JavaScript once transpiled) and the file name to build.
pub fn null_file(lang: &Language) -> Option<(&'static str, &'static str)> {
    Some(match lang.name {
        "rust" => ("rust", "null_solution.rs"),
        "python" => ("python", "null_solution.py"),
        "cpp" => ("cpp", "null_solution.cpp"),
        "java" => ("java", "Solution.java"),
        "javascript" | "typescript" => ("javascript", "null_solution.js"),
        _ => return None,
    })
}

/// The null solution's source for the language named `name` (see [`null_file`]).
pub fn null_source(problem: &Problem, name: &str) -> Option<String> {
    let s = &problem.signature;
    Some(match name {
        "rust" => rust(s),
        "python" => python(s),
        "cpp" => cpp(s),
        "java" => java(s),
        "javascript" => javascript(s),
        _ => return None,
    })
}

fn rust(s: &Signature) -> String {
    let params = |ps: &[ParamSpec]| {
        ps.iter()
            .map(|p| format!("_{}: {}", snake_case(&p.name), rust_type(&p.ty)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let ret = |t: &Type| match t {
        Type::Void => " {}".to_string(),
        t => format!(" -> {} {{ Default::default() }}", rust_type(t)),
    };
    match s {
        Signature::Function {
            name,
            params: ps,
            returns,
        } => format!(
            "impl Solution {{\n    pub fn {}({}){}\n}}\n",
            snake_case(name),
            params(ps),
            ret(returns)
        ),
        Signature::Class {
            name,
            constructor,
            methods,
            ..
        } => {
            let mut out = format!(
                "struct {name};\nimpl {name} {{\n    fn new({}) -> Self {{ {name} }}\n",
                params(constructor)
            );
            for m in methods {
                let ps = params(&m.params);
                let sep = if ps.is_empty() { "" } else { ", " };
                out.push_str(&format!(
                    "    fn {}(&mut self{sep}{ps}){}\n",
                    snake_case(&m.name),
                    ret(&m.returns)
                ));
            }
            out + "}\n"
        }
    }
}

/// A literal of `t` in Python, JavaScript (`null_word` = `None` / `null`).
fn script_default(t: &Type, null_word: &str) -> String {
    match t {
        Type::Int | Type::Long => "0".into(),
        Type::Double => "0.0".into(),
        Type::Bool => if null_word == "None" {
            "False"
        } else {
            "false"
        }
        .into(),
        Type::Char => "'a'".into(),
        Type::Str => "''".into(),
        Type::List(_) => "[]".into(),
        Type::ListNode | Type::Void => null_word.into(),
    }
}

fn python(s: &Signature) -> String {
    let (class, init, methods): (String, bool, Vec<(String, Type)>) = match s {
        Signature::Function { name, returns, .. } => (
            "Solution".into(),
            false,
            vec![(name.clone(), returns.clone())],
        ),
        Signature::Class { name, methods, .. } => (
            name.clone(),
            true,
            methods
                .iter()
                .map(|m| (m.name.clone(), m.returns.clone()))
                .collect(),
        ),
    };
    let mut out = format!("class {class}:\n");
    if init {
        out.push_str("    def __init__(self, *args):\n        pass\n");
    }
    for (name, ret) in methods {
        out.push_str(&format!(
            "    def {name}(self, *args):\n        return {}\n",
            script_default(&ret, "None")
        ));
    }
    out
}

fn cpp(s: &Signature) -> String {
    let params = |ps: &[ParamSpec]| {
        ps.iter()
            .map(|p| match p.ty {
                Type::List(_) => format!("{}& {}", cpp_type(&p.ty), p.name),
                _ => format!("{} {}", cpp_type(&p.ty), p.name),
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let method = |name: &str, ps: &[ParamSpec], t: &Type| match t {
        Type::Void => format!("    void {name}({}) {{}}\n", params(ps)),
        t => format!(
            "    {} {name}({}) {{ return {{}}; }}\n",
            cpp_type(t),
            params(ps)
        ),
    };
    c_like_class(s, "public:\n", "", "};\n", &params, &method)
}

fn java_default(t: &Type) -> String {
    match t {
        Type::Int | Type::Long => "0".into(),
        Type::Double => "0.0".into(),
        Type::Bool => "false".into(),
        Type::Char => "'a'".into(),
        Type::Str => "\"\"".into(),
        Type::ListNode | Type::Void => "null".into(),
        Type::List(_) => {
            // `int[][]` → `new int[0][]`.
            let ty = java_type(t);
            let cut = ty.find('[').unwrap_or(ty.len());
            format!("new {}[0]{}", &ty[..cut], &ty[cut..].replacen("[]", "", 1))
        }
    }
}

fn java(s: &Signature) -> String {
    let params = |ps: &[ParamSpec]| {
        ps.iter()
            .map(|p| format!("{} {}", java_type(&p.ty), p.name))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let method = |name: &str, ps: &[ParamSpec], t: &Type| match t {
        Type::Void => format!("    public void {name}({}) {{}}\n", params(ps)),
        t => format!(
            "    public {} {name}({}) {{ return {}; }}\n",
            java_type(t),
            params(ps),
            java_default(t)
        ),
    };
    c_like_class(s, "", "public ", "}\n", &params, &method)
}

/// A C++ or Java class with the signature's methods: `Solution` for a
/// function, else the design class with an empty constructor.
fn c_like_class(
    s: &Signature,
    access: &str,
    constructor_prefix: &str,
    close: &str,
    params: &dyn Fn(&[ParamSpec]) -> String,
    method: &dyn Fn(&str, &[ParamSpec], &Type) -> String,
) -> String {
    match s {
        Signature::Function {
            name,
            params: ps,
            returns,
        } => format!(
            "class Solution {{\n{access}{}{close}",
            method(name, ps, returns)
        ),
        Signature::Class {
            name,
            constructor,
            methods,
            ..
        } => {
            let mut out = format!(
                "class {name} {{\n{access}    {constructor_prefix}{name}({}) {{}}\n",
                params(constructor)
            );
            for m in methods {
                out.push_str(&method(&m.name, &m.params, &m.returns));
            }
            out + close
        }
    }
}

fn javascript(s: &Signature) -> String {
    match s {
        Signature::Function { name, returns, .. } => format!(
            "var {name} = function() {{ return {}; }};\n",
            script_default(returns, "null")
        ),
        Signature::Class { name, methods, .. } => {
            let mut out = format!("var {name} = function() {{}};\n");
            for m in methods {
                out.push_str(&format!(
                    "{name}.prototype.{} = function() {{ return {}; }};\n",
                    m.name,
                    script_default(&m.returns, "null")
                ));
            }
            out
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problem(slug: &str) -> Problem {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../problems");
        Problem::load(&root.join(slug)).unwrap()
    }

    #[test]
    fn writes_the_signature_with_default_returns() {
        let p = problem("kth-largest");
        let rs = null_source(&p, "rust").unwrap();
        assert!(rs.contains("pub fn find_kth_largest(_nums: Vec<i32>, _k: i32) -> i32"));
        let java = null_source(&p, "java").unwrap();
        assert!(java.contains("public int findKthLargest(int[] nums, int k) { return 0; }"));
        let m = problem("merge-k-lists");
        assert!(null_source(&m, "cpp")
            .unwrap()
            .contains("ListNode* mergeKLists(vector<ListNode*>& lists) { return {}; }"));
        let median = problem("median-stream");
        let py = null_source(&median, "python").unwrap();
        assert!(py.contains("class MedianFinder:") && py.contains("def findMedian(self, *args):"));
        assert!(null_source(&median, "javascript")
            .unwrap()
            .contains("MedianFinder.prototype.addNum = function() { return null; };"));
    }

    #[test]
    fn java_empty_arrays_keep_their_inner_brackets() {
        let t = Type::List(Box::new(Type::List(Box::new(Type::Int))));
        assert_eq!(java_default(&t), "new int[0][]");
    }
}
