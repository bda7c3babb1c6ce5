//! The TypeScript driver: the learner's file is type-checked and transpiled
//! once per content hash by the installed `typescript` package (the build step
//! in `node_build.js`), against LeetCode's globals declared in
//! `node_globals.d.ts`; type errors are compile errors, as on LeetCode. The
//! emitted JavaScript runs under the JavaScript driver, which maps error
//! positions back to the `.ts` lines through the source map.

use super::Sources;
use crate::driver::javascript;
use crate::problem::{Problem, Signature};
use crate::spec::ParamSpec;
use crate::types::Type;

const GLOBALS: &str = include_str!("node_globals.d.ts");

/// The ambient declarations; without `ListNode` when the learner's file
/// declares its own (LeetCode shows it commented out; some uncomment it).
fn globals(source: &str) -> String {
    let defines_list_node = source.lines().any(|l| {
        let l = l.trim_start();
        l.starts_with("class ListNode") || l.starts_with("export class ListNode")
    });
    if !defines_list_node {
        return GLOBALS.to_string();
    }
    let mut out = String::new();
    let mut skipping = false;
    for line in GLOBALS.lines() {
        if line.trim() == "// @list-node" {
            skipping = true;
        }
        if !skipping {
            out.push_str(line);
            out.push('\n');
        }
        if line.trim() == "// @end-list-node" {
            skipping = false;
        }
    }
    out
}

/// The build's files: the learner's file, the driver, the build step and the globals.
pub fn sources(problem: &Problem, file_name: &str, source: &str) -> Sources {
    let expect = stub(problem).lines().next().unwrap_or_default().to_string();
    vec![
        (file_name.to_string(), source.to_string()),
        (
            "__grader_driver.js".to_string(),
            javascript::driver(problem, &expect),
        ),
        (
            "__grader_build.js".to_string(),
            javascript::BUILD.to_string(),
        ),
        ("__grader_globals.d.ts".to_string(), globals(source)),
    ]
}

/// A type as LeetCode's TypeScript signatures write it.
fn ts_type(ty: &Type) -> String {
    match ty {
        Type::Int | Type::Long | Type::Double => "number".into(),
        Type::Bool => "boolean".into(),
        Type::Char | Type::Str => "string".into(),
        Type::ListNode => "ListNode | null".into(),
        Type::Void => "void".into(),
        Type::List(inner) if **inner == Type::ListNode => "Array<ListNode | null>".into(),
        Type::List(inner) => format!("{}[]", ts_type(inner)),
    }
}

fn params(ps: &[ParamSpec]) -> String {
    ps.iter()
        .map(|p| format!("{}: {}", p.name, ts_type(&p.ty)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The signature a learner must write, as LeetCode shows it.
pub fn stub(problem: &Problem) -> String {
    match &problem.signature {
        Signature::Function {
            name,
            params: ps,
            returns,
        } => format!(
            "function {name}({}): {} {{\n    \n}};",
            params(ps),
            ts_type(returns)
        ),
        Signature::Class {
            name,
            constructor,
            methods,
            ..
        } => {
            let mut s = format!(
                "class {name} {{\n    constructor({}) {{\n        \n    }}",
                params(constructor)
            );
            for m in methods {
                s.push_str(&format!(
                    "\n\n    {}({}): {} {{\n        \n    }}",
                    m.name,
                    params(&m.params),
                    ts_type(&m.returns)
                ));
            }
            s.push_str("\n}");
            s
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::problem::Problem;

    #[test]
    fn declares_list_node_unless_the_file_does() {
        assert!(super::globals("function f() {}").contains("class ListNode {"));
        let own = "class ListNode {\n    val: number\n}\n";
        let globals = super::globals(own);
        assert!(!globals.contains("class ListNode {"));
        assert!(globals.contains("const MinPriorityQueue"));
        // LeetCode's commented-out definition does not count.
        assert!(super::globals(" * class ListNode {\n").contains("class ListNode {"));
    }

    #[test]
    fn stubs_look_like_leetcode() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../problems");
        let merge = Problem::load(&dir.join("merge-k-lists")).unwrap();
        assert!(super::stub(&merge)
            .starts_with("function mergeKLists(lists: Array<ListNode | null>): ListNode | null {"));
        let median = Problem::load(&dir.join("median-stream")).unwrap();
        let stub = super::stub(&median);
        assert!(stub.starts_with("class MedianFinder {\n    constructor() {"));
        assert!(stub.contains("    addNum(num: number): void {"));
        assert!(stub.contains("    findMedian(): number {"));
    }
}
