//! The `problem.toml` file as written by instructors (format version 1):
//! plain serde structs that reject unknown fields. `problem` turns a parsed
//! spec into a checked [`crate::problem::Problem`].

use serde::Deserialize;

use crate::types::Type;

/// The whole `problem.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProblemSpec {
    /// Must be 1.
    pub format_version: u32,
    /// Must equal the folder name.
    pub slug: String,
    /// Human title.
    pub title: String,
    /// `easy`, `medium` or `hard`.
    pub difficulty: Difficulty,
    /// Topic tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// The LeetCode number and slug, usable as aliases.
    pub leetcode: Option<LeetCodeRef>,
    /// Function or class-design signature with per-parameter constraints.
    pub signature: SignatureSpec,
    /// LeetCode's constraint lines and named extra rules.
    #[serde(default)]
    pub constraints: ConstraintsSpec,
    /// How answers are compared.
    pub checker: CheckerSpec,
    /// Time and memory limits.
    pub limits: LimitsSpec,
    /// Parameters of the random generator.
    #[serde(default)]
    pub generator: GeneratorSpec,
    /// The reference solution as a file in the folder (problems without a built-in oracle).
    pub reference: Option<ReferenceSpec>,
    /// How `grader scale` grows the input, and the growth the reference must show.
    pub scaling: Option<ScalingSpec>,
    /// How `grader batch` turns case groups into a score (default: every group weighs 1).
    #[serde(default)]
    pub scoring: ScoringSpec,
}

/// `[scaling]`: the parameters `grader scale` grows and the declared growth.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScalingSpec {
    /// What `n` is, as learners read it (`"nums.length"`, `"calls"`).
    pub size: String,
    /// The second parameter varied at the largest `n` (`"k"`, `"lists.length"`).
    pub second: Option<String>,
    /// The reference's complexity as shown to learners, e.g. `"O(n log k)"`.
    pub expected: String,
    /// Growth class of the reference along `n` (the second parameter held at
    /// `second_at`): one of `1`, `log n`, `n`, `n log n`, `n^2`, `n^2 log n`, `n^3`.
    pub expected_n: String,
    /// Growth class of the reference along the second parameter at the largest `n`.
    pub expected_second: Option<String>,
    /// The second parameter's value while `n` grows (default 10).
    pub second_at: Option<usize>,
    /// Largest `n` (default: the constraints' largest size).
    pub max: Option<usize>,
    /// Generator patterns to grow, the slow shapes first (default `["random"]`).
    #[serde(default)]
    pub shapes: Vec<String>,
}

/// `[scoring]`: the points of a problem and the weight of each case group in
/// `grader batch`. A score is `points` × the weighted share of groups passed,
/// each group counting the share of its cases accepted (the random stage is
/// one case: it passes when every random case does).
#[derive(Debug, Clone, Deserialize, serde::Serialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ScoringSpec {
    /// Points for a fully accepted submission (default 100).
    pub points: f64,
    /// Weight of LeetCode's examples (default 1).
    pub example: f64,
    /// Weight of the hidden cases (default 1).
    pub hidden: f64,
    /// Weight of the large cases (default 1).
    pub large: f64,
    /// Weight of the random stage (default 1).
    pub random: f64,
}

impl Default for ScoringSpec {
    fn default() -> Self {
        ScoringSpec {
            points: 100.0,
            example: 1.0,
            hidden: 1.0,
            large: 1.0,
            random: 1.0,
        }
    }
}

/// `[reference]`: a solution file in the problem folder that gives expected answers.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReferenceSpec {
    /// Path relative to the problem folder, e.g. `submissions/accepted/reference.py`.
    pub file: String,
}

/// `[generator]`: how random testing sizes its inputs.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GeneratorSpec {
    /// Random cases per `grader test` run (default 1000; `--random N` overrides).
    pub count: Option<usize>,
    /// Largest input size in the small, medium and large phases of a run
    /// (the first 60% of cases, the next 35%, the last 5%); default [8, 48, 300].
    pub sizes: Option<[usize; 3]>,
}

/// Problem difficulty as LeetCode labels it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Difficulty {
    /// Easy.
    Easy,
    /// Medium.
    Medium,
    /// Hard.
    Hard,
}

/// `[leetcode]`: the problem's number and URL slug on LeetCode.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeetCodeRef {
    /// e.g. 215.
    pub number: u32,
    /// e.g. `kth-largest-element-in-an-array`.
    pub slug: String,
}

/// `[signature]`: either `function` (+ `returns`, `params`) or `class`
/// (+ `constructor`, `methods`, `calls`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignatureSpec {
    /// LeetCode's camelCase function name.
    pub function: Option<String>,
    /// Return type of the function.
    pub returns: Option<Type>,
    /// Parameters of the function.
    #[serde(default)]
    pub params: Vec<ParamSpec>,
    /// Class name for class-design problems.
    pub class: Option<String>,
    /// Allowed number of method calls after the constructor.
    pub calls: Option<[u64; 2]>,
    /// Constructor parameters.
    pub constructor: Option<ConstructorSpec>,
    /// Methods of the class.
    #[serde(default)]
    pub methods: Vec<MethodSpec>,
}

/// `[signature.constructor]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConstructorSpec {
    /// Constructor parameters.
    #[serde(default)]
    pub params: Vec<ParamSpec>,
}

/// `[[signature.methods]]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MethodSpec {
    /// LeetCode's camelCase method name.
    pub name: String,
    /// Return type (`void` for none).
    pub returns: Type,
    /// Parameters.
    #[serde(default)]
    pub params: Vec<ParamSpec>,
}

/// One parameter with its type and constraints.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ParamSpec {
    /// LeetCode's camelCase parameter name.
    pub name: String,
    /// Its type.
    #[serde(rename = "type")]
    pub ty: Type,
    /// Bounds on the outer list's length.
    pub length: Option<[Bound; 2]>,
    /// Bounds on each inner list's length.
    pub item_length: Option<[Bound; 2]>,
    /// Bounds on the sum of the inner lists' lengths.
    pub total_length: Option<[Bound; 2]>,
    /// Bounds on every scalar inside.
    pub range: Option<[Bound; 2]>,
    /// Lists (inner lists, for nested types) are sorted this way.
    pub sorted: Option<SortOrder>,
}

/// A bound: a number, a one-letter char (`"A"`), or another parameter's
/// length (`"nums.length"`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum Bound {
    /// A literal integer.
    Int(i64),
    /// A char literal or a `<param>.length` reference.
    Text(String),
}

impl Bound {
    /// For `"<param>.length"`, `"<param>.length + N"` or `"<param>.length - N"`:
    /// the parameter's name and the offset.
    pub fn length_ref(&self) -> Option<(&str, i64)> {
        let Bound::Text(text) = self else { return None };
        let (name, rest) = text.split_once(".length")?;
        let rest: String = rest.chars().filter(|c| !c.is_whitespace()).collect();
        let offset = match rest.as_str() {
            "" => 0,
            r => match (r.strip_prefix('+'), r.strip_prefix('-')) {
                (Some(n), _) => n.parse().ok()?,
                (_, Some(n)) => -n.parse::<i64>().ok()?,
                _ => return None,
            },
        };
        Some((name.trim(), offset))
    }

    /// A one-letter char bound's code point.
    pub fn char_code(&self) -> Option<i64> {
        match self {
            Bound::Text(t) if t.chars().count() == 1 => t.chars().next().map(|c| c as i64),
            _ => None,
        }
    }

    /// The bound's value, given the lengths of list parameters.
    pub fn resolve(&self, length_of: impl Fn(&str) -> Option<i64>) -> i64 {
        match self {
            Bound::Int(i) => *i,
            other => other
                .char_code()
                .or_else(|| {
                    other
                        .length_ref()
                        .and_then(|(name, offset)| length_of(name).map(|n| n + offset))
                })
                .unwrap_or(0),
        }
    }
}

/// Sort order required of list parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SortOrder {
    /// Non-decreasing.
    Ascending,
    /// Non-increasing.
    Descending,
}

/// `[constraints]`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConstraintsSpec {
    /// LeetCode's constraint lines, verbatim.
    #[serde(default)]
    pub text: Vec<String>,
    /// Named rules checked in code (`unique-answer`, `median-needs-element`).
    #[serde(default)]
    pub rules: Vec<String>,
}

/// `[checker]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckerSpec {
    /// `exact`, `any-order` or `float`.
    pub kind: CheckerKind,
    /// Absolute tolerance for `float` (default 1e-5).
    pub tolerance: Option<f64>,
}

/// Checker kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CheckerKind {
    /// Equal values.
    Exact,
    /// The top-level list in any order.
    AnyOrder,
    /// Numbers within an absolute tolerance.
    Float,
}

/// `[limits]`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitsSpec {
    /// CPU time per case in milliseconds, before the language's multiplier.
    pub time_ms: u64,
    /// Memory limit in MiB.
    pub memory_mb: u64,
}
