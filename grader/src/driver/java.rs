//! The Java driver: LeetCode's implicit imports on the learner's first line
//! (so line numbers stay exact), the learner's code, LeetCode's `ListNode`
//! unless the learner defined one, and a generated `Main` that converts each
//! request to Java's types (arrays, chars) and calls the learner's code.
//! LeetCode's `javafx.util.Pair` is compiled beside it (`Pair.java`).

use std::fmt::Write;

use super::cpp::{code_only, defines};
use super::Sources;
use crate::problem::{Problem, Signature};
use crate::spec::{MethodSpec, ParamSpec};
use crate::types::Type;

const RUNTIME: &str = include_str!("java_runtime.java");

const IMPORTS: &str =
    "import java.util.*; import java.util.stream.*; import java.util.function.*; ";

/// LeetCode's `javafx.util.Pair` (as in JavaFX: `getKey()`, `getValue()`,
/// `key=value`, equality by both), imported unless the learner defines a `Pair`.
const PAIR: &str = "package javafx.util;

public class Pair<K, V> implements java.io.Serializable {
    private final K key;
    private final V value;

    public Pair(K key, V value) {
        this.key = key;
        this.value = value;
    }

    public K getKey() { return key; }

    public V getValue() { return value; }

    @Override
    public String toString() { return key + \"=\" + value; }

    @Override
    public int hashCode() { return key.hashCode() * 13 + (value == null ? 0 : value.hashCode()); }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Pair)) return false;
        Pair<?, ?> p = (Pair<?, ?>) o;
        return java.util.Objects.equals(key, p.key) && java.util.Objects.equals(value, p.value);
    }
}
";

/// The file holding `javafx.util.Pair`, compiled with the learner's (see the
/// `java` entry in `language.rs`).
pub const PAIR_FILE: &str = "Pair.java";

const LIST_NODE: &str = "class ListNode {
    int val;
    ListNode next;
    ListNode() {}
    ListNode(int val) { this.val = val; }
    ListNode(int val, ListNode next) { this.val = val; this.next = next; }
}
";

/// The Java type LeetCode uses for a signature type.
pub fn java_type(ty: &Type) -> String {
    match ty {
        Type::Int => "int".into(),
        Type::Long => "long".into(),
        Type::Double => "double".into(),
        Type::Bool => "boolean".into(),
        Type::Char => "char".into(),
        Type::Str => "String".into(),
        Type::ListNode => "ListNode".into(),
        Type::Void => "void".into(),
        Type::List(inner) => format!("{}[]", java_type(inner)),
    }
}

/// An expression reading a value of `ty` from the cursor `p`.
fn read_expr(ty: &Type) -> String {
    match ty {
        Type::Int => "p.i32()".into(),
        Type::Long => "p.i64()".into(),
        Type::Double => "p.f64()".into(),
        Type::Bool => "p.bool()".into(),
        Type::Char => "p.chr()".into(),
        Type::Str => "p.str()".into(),
        Type::ListNode => "p.node()".into(),
        Type::Void => "null".into(),
        Type::List(inner) => match **inner {
            Type::Int => "p.ints()".into(),
            Type::Long => "p.longs()".into(),
            Type::Double => "p.doubles()".into(),
            Type::Bool => "p.bools()".into(),
            Type::Char => "p.chars()".into(),
            _ => {
                // `new int[0][]` for int[][]: the base type, `[0]`, then the remaining brackets.
                let inner_ty = java_type(inner);
                let cut = inner_ty.find('[').unwrap_or(inner_ty.len());
                format!(
                    "p.list(() -> {}).toArray(new {}[0]{})",
                    read_expr(inner),
                    &inner_ty[..cut],
                    &inner_ty[cut..]
                )
            }
        },
    }
}

fn params_text(ps: &[ParamSpec]) -> String {
    ps.iter()
        .map(|p| format!("{} {}", java_type(&p.ty), p.name))
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
            "class Solution {{ public {} {name}({}) {{ … }} }}",
            java_type(returns),
            params_text(params)
        ),
        Signature::Class {
            name,
            constructor,
            methods,
            ..
        } => {
            let mut s = format!(
                "class {name} {{ public {name}({}) {{ … }}",
                params_text(constructor)
            );
            for m in methods {
                let _ = write!(
                    s,
                    " public {} {}({}) {{ … }}",
                    java_type(&m.returns),
                    m.name,
                    params_text(&m.params)
                );
            }
            s.push_str(" }");
            s
        }
    }
}

/// The source file's name: the learner's own when it can name a Java file
/// (javac and stack traces then show it), else `Solution.java`.
fn java_file_name(file_name: &str) -> String {
    let stem = file_name.strip_suffix(".java").unwrap_or("");
    let ok = stem
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && stem.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && stem != "Main"
        && stem != "Pair";
    if ok {
        file_name.to_string()
    } else {
        "Solution.java".to_string()
    }
}

/// The learner's code with `public` removed from top-level types (the file
/// is not named after them), keeping every column in place.
fn drop_top_level_public(source: &str) -> String {
    let code = code_only(source);
    let mut depth = 0i64;
    let mut out = String::with_capacity(source.len());
    for (line, code_line) in source.split_inclusive('\n').zip(code.split('\n')) {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let declares = trimmed.strip_prefix("public ").is_some_and(|rest| {
            let rest = rest
                .trim_start()
                .trim_start_matches("final ")
                .trim_start_matches("abstract ")
                .trim_start();
            ["class ", "interface ", "enum ", "record "]
                .iter()
                .any(|k| rest.starts_with(k))
        });
        if depth == 0 && declares && code_line.trim_start().starts_with("public ") {
            out.push_str(&line[..indent]);
            out.push_str("       ");
            out.push_str(&trimmed["public ".len()..]);
        } else {
            out.push_str(line);
        }
        depth += code_line.matches('{').count() as i64 - code_line.matches('}').count() as i64;
    }
    out
}

/// The build's files: imports on the learner's first line, the learner's
/// code, `ListNode` when needed, and the driver class `Main`; then `Pair.java`.
pub fn sources(problem: &Problem, file_name: &str, source: &str) -> Sources {
    let name = java_file_name(file_name);
    let code = code_only(source);
    let mut text = String::from(IMPORTS);
    // A learner's own `Pair` (any kind of type) would clash with the import.
    if !["class", "record", "interface", "enum"]
        .iter()
        .any(|k| defines(&code, k, "Pair"))
    {
        text.push_str("import javafx.util.Pair; ");
    }
    text.push_str(&drop_top_level_public(source));
    if !text.ends_with('\n') {
        text.push('\n');
    }
    if !defines(&code, "class", "ListNode") {
        text.push_str(LIST_NODE);
    }
    let runtime = RUNTIME
        .replace("__LEARNER_FILE__", &name)
        .replace("__LEARNER_LINES__", &source.lines().count().to_string())
        .replace("/*__CASE__*/", &cases(problem));
    text.push_str(&runtime);
    vec![(name, text), (PAIR_FILE.to_string(), PAIR.to_string())]
}

fn read_params(s: &mut String, params: &[ParamSpec], indent: &str, separated: bool) {
    for (i, param) in params.iter().enumerate() {
        if separated && i > 0 {
            let _ = writeln!(s, "{indent}p.eat(',');");
        }
        let _ = writeln!(
            s,
            "{indent}final {} a{i} = {};",
            java_type(&param.ty),
            read_expr(&param.ty)
        );
    }
}

fn arg_list(n: usize) -> String {
    (0..n)
        .map(|i| format!("a{i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn cases(problem: &Problem) -> String {
    let mut s =
        String::from("    static java.util.function.Consumer<StringBuilder> readCase(P p) {\n");
    match &problem.signature {
        Signature::Function {
            name,
            params,
            returns,
        } => {
            read_params(&mut s, params, "        ", false);
            let call = format!("new Solution().{name}({})", arg_list(params.len()));
            let body = if *returns == Type::Void {
                format!("{call}; o.append(\"null\");")
            } else {
                format!("{} r = {call}; w(o, r);", java_type(returns))
            };
            let _ = writeln!(s, "        return o -> {{ {body} }};");
        }
        Signature::Class {
            name,
            constructor,
            methods,
            ..
        } => class_cases(&mut s, name, constructor, methods),
    }
    s.push_str("    }\n");
    s
}

fn class_cases(s: &mut String, class: &str, constructor: &[ParamSpec], methods: &[MethodSpec]) {
    let _ = writeln!(
        s,
        "        String[] names = p.list(p::str).toArray(new String[0]);\n        final {class}[] obj = new {class}[1];\n        ArrayList<java.util.function.Consumer<StringBuilder>> calls = new ArrayList<>(names.length);\n        p.eat('[');\n        for (int i = 0; i < names.length; i++) {{\n            if (i > 0) p.eat(',');\n            p.eat('[');\n            switch (names[i]) {{"
    );
    let _ = writeln!(s, "                case \"{class}\": {{");
    read_params(s, constructor, "                    ", true);
    let _ = writeln!(
        s,
        "                    calls.add(o -> {{ obj[0] = new {class}({}); o.append(\"null\"); }});\n                    break;\n                }}",
        arg_list(constructor.len())
    );
    for m in methods {
        let _ = writeln!(s, "                case \"{}\": {{", m.name);
        read_params(s, &m.params, "                    ", true);
        let call = format!("obj[0].{}({})", m.name, arg_list(m.params.len()));
        let body = if m.returns == Type::Void {
            format!("{call}; o.append(\"null\");")
        } else {
            format!("{} r = {call}; w(o, r);", java_type(&m.returns))
        };
        let _ = writeln!(
            s,
            "                    calls.add(o -> {{ {body} }});\n                    break;\n                }}"
        );
    }
    s.push_str("                default:\n                    throw new IllegalStateException(\"grader protocol: unknown operation \" + names[i]);\n            }\n            p.eat(']');\n        }\n        p.eat(']');\n");
    s.push_str("        return o -> {\n            o.append('[');\n            for (int i = 0; i < calls.size(); i++) {\n                if (i > 0) o.append(',');\n                calls.get(i).accept(o);\n            }\n            o.append(']');\n        };\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_public_only_on_top_level_types() {
        let src = "public class Solution {\n    public static class Node {}\n    public int f() { return 0; }\n}\n";
        let out = drop_top_level_public(src);
        assert!(out.starts_with("       class Solution {\n"));
        assert!(out.contains("    public static class Node {}"));
        assert_eq!(out.lines().count(), src.lines().count());
    }

    #[test]
    fn reads_nested_arrays_into_typed_arrays() {
        let nested: Type = "int[][]".parse().unwrap();
        assert_eq!(
            read_expr(&nested),
            "p.list(() -> p.ints()).toArray(new int[0][])"
        );
        let lists: Type = "ListNode[]".parse().unwrap();
        assert_eq!(
            read_expr(&lists),
            "p.list(() -> p.node()).toArray(new ListNode[0])"
        );
    }

    #[test]
    fn keeps_learner_file_names_java_accepts() {
        assert_eq!(java_file_name("heap.java"), "heap.java");
        assert_eq!(java_file_name("my-solution.java"), "Solution.java");
        assert_eq!(java_file_name("Main.java"), "Solution.java");
        assert_eq!(java_file_name("Pair.java"), "Solution.java");
    }
}
