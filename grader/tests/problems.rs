//! Every bundled problem folder loads, every case obeys the constraints, and
//! the reference solution passes every case; every large recipe generates a
//! valid input on which the reference agrees with the naive oracle.

use grader::case::{load_recipes, load_stored, CaseKind, Recipe};
use grader::generate::generate;
use grader::oracle::builtin;
use grader::problem::{problem_dirs, Problem};
use grader::validate::validate;

const SLUGS: [&str; 8] = [
    "k-closest-points",
    "kth-largest",
    "last-stone-weight",
    "median-stream",
    "merge-k-lists",
    "sliding-window-median",
    "task-scheduler",
    "top-k-frequent",
];

fn problems() -> Vec<Problem> {
    let root = problems_root();
    problem_dirs(&root)
        .unwrap()
        .iter()
        .map(|d| Problem::load(d).unwrap_or_else(|e| panic!("{e}")))
        .filter(|p| SLUGS.contains(&p.slug()))
        .collect()
}

#[test]
fn the_eight_problems_are_present() {
    let slugs: Vec<String> = problems().iter().map(|p| p.slug().to_string()).collect();
    assert_eq!(slugs, SLUGS);
}

#[test]
fn reference_passes_every_stored_case() {
    for problem in problems() {
        let oracle = builtin(problem.slug()).expect("built-in oracle");
        let examples = load_stored(&problem, CaseKind::Example).unwrap();
        let hidden = load_stored(&problem, CaseKind::Hidden).unwrap();
        assert!(!examples.is_empty(), "{}: no examples", problem.slug());
        assert!(
            hidden.len() >= 15,
            "{}: only {} hidden cases",
            problem.slug(),
            hidden.len()
        );
        for case in examples.iter().chain(&hidden) {
            let at = case.source.display();
            validate(&problem, &case.input).unwrap_or_else(|e| panic!("{at}: {e}"));
            let expected = case.expected.as_ref().unwrap();
            let got = (oracle.reference)(&case.input).unwrap_or_else(|e| panic!("{at}: {e}"));
            problem
                .checker
                .check(expected, &got)
                .unwrap_or_else(|e| panic!("{at}: reference: {e}"));
            let naive = (oracle.naive)(&case.input).unwrap();
            problem
                .checker
                .check(expected, &naive)
                .unwrap_or_else(|e| panic!("{at}: naive: {e}"));
        }
    }
}

/// The recipe at a size where the naive oracle is fast in a debug build.
fn shrunk(recipe: &Recipe) -> Recipe {
    let scale = (recipe.n / 1500).max(1);
    Recipe {
        n: recipe.n / scale,
        k: recipe.k.map(|k| (k / scale).max(1)),
        lists: recipe.lists.map(|l| (l / scale).max(1)),
        ..recipe.clone()
    }
}

#[test]
fn large_recipes_are_valid_and_reference_matches_naive() {
    for problem in problems() {
        let oracle = builtin(problem.slug()).unwrap();
        let recipes = load_recipes(&problem).unwrap();
        assert!(
            recipes.len() >= 3,
            "{}: only {} recipes",
            problem.slug(),
            recipes.len()
        );
        for recipe in &recipes {
            let at = format!("{}/cases/large.toml [{}]", problem.slug(), recipe.name);
            let input = generate(&problem, recipe).unwrap_or_else(|e| panic!("{at}: {e}"));
            validate(&problem, &input).unwrap_or_else(|e| panic!("{at}: {e}"));
            assert_eq!(
                generate(&problem, recipe).unwrap(),
                input,
                "{at}: not deterministic"
            );
            (oracle.reference)(&input).unwrap_or_else(|e| panic!("{at}: {e}"));
            let small = generate(&problem, &shrunk(recipe)).unwrap();
            validate(&problem, &small).unwrap_or_else(|e| panic!("{at} (shrunk): {e}"));
            let r = (oracle.reference)(&small).unwrap();
            let n = (oracle.naive)(&small).unwrap();
            problem
                .checker
                .check(&n, &r)
                .unwrap_or_else(|e| panic!("{at} (shrunk): {e}"));
        }
    }
}

/// The problems folder of this checkout.
fn problems_root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../problems")
}
