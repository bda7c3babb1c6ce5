//! Random inputs (and every step of their shrinking) obey each problem's
//! constraints, and the same (seed, index) always gives the same input.

use grader::oracle::builtin;
use grader::problem::find_problem;
use grader::random::{case_tree, DEFAULT_SIZES};
use grader::validate::validate;

const SLUGS: [&str; 8] = [
    "kth-largest",
    "top-k-frequent",
    "merge-k-lists",
    "median-stream",
    "sliding-window-median",
    "task-scheduler",
    "k-closest-points",
    "last-stone-weight",
];

#[test]
fn random_inputs_and_their_shrinks_are_valid() {
    for slug in SLUGS {
        let problem = find_problem(&problems_root(), slug).unwrap();
        let oracle = builtin(slug).unwrap();
        for seed in [1u64, 42, 7_777] {
            for index in (0..100).chain([95, 99]) {
                let mut tree = case_tree(&problem, seed, index, 100, DEFAULT_SIZES).unwrap();
                let input = tree.current();
                validate(&problem, &input)
                    .unwrap_or_else(|e| panic!("{slug} seed {seed} case {index}: {e}"));
                let reference = (oracle.reference)(&input).unwrap();
                let naive = (oracle.naive)(&input).unwrap();
                problem
                    .checker
                    .check(&naive, &reference)
                    .unwrap_or_else(|e| panic!("{slug} seed {seed} case {index}: {e}"));
                for step in 0..30 {
                    let moved = if step % 3 == 2 {
                        tree.complicate()
                    } else {
                        tree.simplify()
                    };
                    if !moved {
                        break;
                    }
                    let shrunk = tree.current();
                    validate(&problem, &shrunk).unwrap_or_else(|e| {
                        panic!("{slug} seed {seed} case {index} shrink {step}: {e}")
                    });
                }
            }
        }
    }
}

#[test]
fn the_same_seed_gives_the_same_inputs() {
    for slug in SLUGS {
        let problem = find_problem(&problems_root(), slug).unwrap();
        for index in [0, 50, 99] {
            let a = case_tree(&problem, 123, index, 100, DEFAULT_SIZES)
                .unwrap()
                .current();
            let b = case_tree(&problem, 123, index, 100, DEFAULT_SIZES)
                .unwrap()
                .current();
            assert_eq!(a, b, "{slug} case {index}");
        }
        let a = case_tree(&problem, 1, 5, 100, DEFAULT_SIZES)
            .unwrap()
            .current();
        let b = case_tree(&problem, 2, 5, 100, DEFAULT_SIZES)
            .unwrap()
            .current();
        let c = case_tree(&problem, 3, 5, 100, DEFAULT_SIZES)
            .unwrap()
            .current();
        assert!(a != b || b != c, "{slug}: different seeds should differ");
    }
}

#[test]
fn the_signature_derived_strategy_draws_valid_inputs_for_every_problem() {
    use proptest::strategy::{Strategy, ValueTree};
    use proptest::test_runner::TestRunner;
    for slug in SLUGS {
        let problem = find_problem(&problems_root(), slug).unwrap();
        let mut runner = TestRunner::deterministic();
        for size in [1, 8, 48] {
            for _ in 0..20 {
                let mut tree = grader::generic::strategy(&problem, size, size == 48)
                    .new_tree(&mut runner)
                    .unwrap();
                validate(&problem, &tree.current()).unwrap_or_else(|e| panic!("{slug}: {e}"));
                for _ in 0..10 {
                    if !tree.simplify() {
                        break;
                    }
                    validate(&problem, &tree.current())
                        .unwrap_or_else(|e| panic!("{slug} (shrunk): {e}"));
                }
            }
        }
    }
}

/// The problems folder of this checkout.
fn problems_root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../problems")
}
