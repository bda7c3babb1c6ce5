//! The JavaScript driver: a static Node script (`node_driver.js`) that defines
//! LeetCode's globals (`ListNode`, the `@datastructures-js` priority queues and
//! `Queue`, from the npm packages in `languages/node`), runs the learner's file
//! as written, and calls the function or class named by the signature (given
//! as JSON). A build step (`node_build.js`) reports syntax errors as compile
//! errors. TypeScript reuses all of this (see `typescript.rs`).

use super::Sources;
use crate::problem::{Problem, Signature};
use crate::spec::ParamSpec;
use crate::types::Type;

/// The runtime driver, shared with TypeScript.
pub const DRIVER: &str = include_str!("node_driver.js");
/// The build step (syntax check or TypeScript compile), shared with TypeScript.
pub const BUILD: &str = include_str!("node_build.js");

/// The environment of builds and runs: `NODE_PATH` pointing at LeetCode's
/// npm packages (provisioned on first use, see [`crate::provision`]), which
/// are checked to be there (a grader set-up problem, not the learner's).
pub fn env(node: &str) -> Result<Vec<(String, String)>, String> {
    let root = crate::provision::node_modules(node)?;
    for package in PACKAGES {
        if !root.join(package).join("package.json").is_file() {
            return Err(format!(
                "the npm package `{package}` that LeetCode's environment provides is not installed in {}; \
                 run `npm ci --prefix languages/node` (or `scripts/setup-languages.sh`), \
                 or point GRADER_NODE_MODULES at a node_modules folder that has it",
                root.display()
            ));
        }
    }
    Ok(vec![(
        "NODE_PATH".to_string(),
        root.to_string_lossy().into_owned(),
    )])
}

/// The packages of LeetCode's JavaScript and TypeScript (`typescript` builds the latter).
const PACKAGES: &[&str] = &[
    "@datastructures-js/priority-queue",
    "@datastructures-js/queue",
    "typescript",
];

/// The signature as the driver reads it; `expect` is shown when the learner's
/// code does not define the entry point.
pub fn signature_json(problem: &Problem, expect: &str) -> serde_json::Value {
    let types = |ps: &[ParamSpec]| ps.iter().map(|p| p.ty.to_string()).collect::<Vec<_>>();
    match &problem.signature {
        Signature::Function {
            name,
            params,
            returns,
        } => serde_json::json!({
            "kind": "function", "name": name, "params": types(params),
            "returns": returns.to_string(), "expect": expect,
        }),
        Signature::Class {
            name,
            constructor,
            methods,
            ..
        } => {
            let methods: serde_json::Map<String, serde_json::Value> = methods
                .iter()
                .map(|m| {
                    let spec = serde_json::json!({"params": types(&m.params), "returns": m.returns.to_string()});
                    (m.name.clone(), spec)
                })
                .collect();
            serde_json::json!({
                "kind": "class", "class": name, "constructor": types(constructor),
                "methods": methods, "expect": expect,
            })
        }
    }
}

/// The driver with the signature filled in.
pub fn driver(problem: &Problem, expect: &str) -> String {
    DRIVER.replace(
        "__SIGNATURE__",
        &signature_json(problem, expect).to_string(),
    )
}

/// The build's files: the learner's file untouched, the driver and the build step.
pub fn sources(problem: &Problem, file_name: &str, source: &str) -> Sources {
    let expect = stub(problem)
        .lines()
        .find(|l| l.starts_with("var "))
        .unwrap_or_default()
        .to_string();
    vec![
        (file_name.to_string(), source.to_string()),
        ("__grader_driver.js".to_string(), driver(problem, &expect)),
        ("__grader_build.js".to_string(), BUILD.to_string()),
    ]
}

/// A type as LeetCode's JSDoc comments write it.
fn js_type(ty: &Type) -> String {
    match ty {
        Type::Int | Type::Long | Type::Double => "number".into(),
        Type::Bool => "boolean".into(),
        Type::Char => "character".into(),
        Type::Str => "string".into(),
        Type::ListNode => "ListNode".into(),
        Type::Void => "void".into(),
        Type::List(inner) => format!("{}[]", js_type(inner)),
    }
}

fn jsdoc(params: &[ParamSpec], returns: Option<&Type>) -> String {
    let mut s = String::from("/**\n");
    for p in params {
        s.push_str(&format!(" * @param {{{}}} {}\n", js_type(&p.ty), p.name));
    }
    if let Some(r) = returns {
        s.push_str(&format!(" * @return {{{}}}\n", js_type(r)));
    }
    s.push_str(" */\n");
    s
}

fn names(params: &[ParamSpec]) -> String {
    params
        .iter()
        .map(|p| p.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The signature a learner must write, as LeetCode shows it.
pub fn stub(problem: &Problem) -> String {
    match &problem.signature {
        Signature::Function {
            name,
            params,
            returns,
        } => format!(
            "{}var {name} = function({}) {{\n    \n}};",
            jsdoc(params, Some(returns)),
            names(params)
        ),
        Signature::Class {
            name,
            constructor,
            methods,
            ..
        } => {
            let mut s = format!(
                "{}var {name} = function({}) {{\n    \n}};",
                jsdoc(constructor, None),
                names(constructor)
            );
            for m in methods {
                s.push_str(&format!(
                    "\n\n{}{name}.prototype.{} = function({}) {{\n    \n}};",
                    jsdoc(&m.params, Some(&m.returns)),
                    m.name,
                    names(&m.params)
                ));
            }
            s
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use crate::problem::Problem;

    fn problem(slug: &str) -> Problem {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../problems")
            .join(slug);
        Problem::load(&dir).expect("a built-in problem loads")
    }

    #[test]
    fn stubs_look_like_leetcode() {
        let stub = super::stub(&problem("kth-largest"));
        assert!(stub.contains(" * @param {number[]} nums\n"));
        assert!(stub.contains(" * @return {number}\n"));
        assert!(stub.contains("var findKthLargest = function(nums, k) {"));
        let class = super::stub(&problem("median-stream"));
        assert!(class.contains("var MedianFinder = function() {"));
        assert!(class.contains("MedianFinder.prototype.addNum = function(num) {"));
    }

    #[test]
    fn driver_carries_the_signature_and_what_to_write() {
        let p = problem("merge-k-lists");
        let files = super::sources(&p, "heap.js", "var mergeKLists = null;");
        assert_eq!(files[0].0, "heap.js");
        let driver = &files[1].1;
        assert!(driver.contains(r#""params":["ListNode[]"]"#));
        assert!(driver.contains(r#""expect":"var mergeKLists = function(lists) {""#));
        assert!(!driver.contains("__SIGNATURE__"));
    }
}
