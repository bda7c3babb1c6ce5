//! The Python driver: a static script (`python_driver.py`) that runs the
//! learner's file in LeetCode's implicit environment, plus the signature as
//! JSON. The learner's file is executed as written, so tracebacks carry its
//! own name and line numbers.

use super::Sources;
use crate::problem::{Problem, Signature};
use crate::spec::ParamSpec;
use crate::types::Type;

const DRIVER: &str = include_str!("python_driver.py");

/// The signature as the driver reads it.
fn signature_json(problem: &Problem) -> serde_json::Value {
    let types = |ps: &[ParamSpec]| ps.iter().map(|p| p.ty.to_string()).collect::<Vec<_>>();
    match &problem.signature {
        Signature::Function {
            name,
            params,
            returns,
        } => serde_json::json!({
            "kind": "function", "name": name, "params": types(params), "returns": returns.to_string(),
        }),
        Signature::Class {
            name,
            constructor,
            methods,
            ..
        } => {
            let methods: serde_json::Map<String, serde_json::Value> = methods
                .iter()
                .map(|m| (m.name.clone(), serde_json::json!({"params": types(&m.params), "returns": m.returns.to_string()})))
                .collect();
            serde_json::json!({"kind": "class", "class": name, "constructor": types(constructor), "methods": methods})
        }
    }
}

/// The environment of builds and runs: `PYTHONPATH` at `sortedcontainers`
/// when the interpreter lacks it (provisioned into the cache on first use).
pub fn env(python: &str) -> Result<Vec<(String, String)>, String> {
    Ok(crate::provision::python_packages(python)?
        .map(|dir| ("PYTHONPATH".to_string(), dir.to_string_lossy().into_owned()))
        .into_iter()
        .collect())
}

/// The build's files: the learner's file untouched, and the driver.
pub fn sources(problem: &Problem, file_name: &str, source: &str) -> Sources {
    let driver = DRIVER.replace("__SIGNATURE__", &signature_json(problem).to_string());
    vec![
        (file_name.to_string(), source.to_string()),
        ("__grader_driver.py".to_string(), driver),
    ]
}

fn py_type(ty: &Type) -> String {
    match ty {
        Type::Int | Type::Long => "int".into(),
        Type::Double => "float".into(),
        Type::Bool => "bool".into(),
        Type::Char | Type::Str => "str".into(),
        Type::ListNode => "Optional[ListNode]".into(),
        Type::Void => "None".into(),
        Type::List(inner) => format!("List[{}]", py_type(inner)),
    }
}

/// The signature a learner must write, as LeetCode shows it.
pub fn stub(problem: &Problem) -> String {
    let params = |ps: &[ParamSpec]| {
        ps.iter()
            .map(|p| format!(", {}: {}", p.name, py_type(&p.ty)))
            .collect::<String>()
    };
    match &problem.signature {
        Signature::Function {
            name,
            params: ps,
            returns,
        } => {
            format!(
                "class Solution:\n    def {name}(self{}) -> {}:",
                params(ps),
                py_type(returns)
            )
        }
        Signature::Class {
            name,
            constructor,
            methods,
            ..
        } => {
            let mut s = format!(
                "class {name}:\n    def __init__(self{}):",
                params(constructor)
            );
            for m in methods {
                s.push_str(&format!(
                    "\n    def {}(self{}) -> {}:",
                    m.name,
                    params(&m.params),
                    py_type(&m.returns)
                ));
            }
            s
        }
    }
}
