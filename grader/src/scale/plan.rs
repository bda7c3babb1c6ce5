//! What `grader scale` runs: the series of inputs, from a problem's
//! `[scaling]` table. Along `n`, sizes double from the largest down over more
//! than two orders of magnitude, once per shape (the slow shapes: sorted, all
//! equal, one dominant value…), with the second parameter held small; along
//! the second parameter, values grow ×4 at the largest `n`. Every input comes
//! from the problem's own deterministic generators.

use crate::case::Recipe;
use crate::generate::{generate, patterns};
use crate::problem::{Problem, Signature};
use crate::spec::ScalingSpec;
use crate::value::Value;

/// Which parameter a series grows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Axis {
    /// The size parameter `n`.
    Size,
    /// The second parameter (k, the number of lists…) at the largest `n`.
    Second,
}

/// One series: a shape and the values its parameter takes, ascending.
#[derive(Debug, Clone)]
pub struct SeriesPlan {
    /// Which parameter grows.
    pub axis: Axis,
    /// The generator pattern.
    pub shape: String,
    /// The other parameter's value while this one grows.
    pub held: usize,
    /// The values of the growing parameter.
    pub values: Vec<usize>,
}

/// Every series of a run.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The series, `n` first.
    pub series: Vec<SeriesPlan>,
    /// The largest `n`.
    pub max: usize,
}

/// Sizes along `n`: the largest, halved this many times (2^8 = 256×: 2.4 decades).
const HALVINGS: u32 = 8;
/// Fewer, smaller points for `--quick` (`grader verify --scaling`): the
/// largest is max / 4, halved 5 times.
const QUICK_HALVINGS: u32 = 5;
/// Values the second parameter takes (fewer when the range is small).
const SECOND_POINTS: u32 = 12;
/// The second parameter's value along `n` unless `second_at` says otherwise.
const SECOND_AT: usize = 10;

/// The series for `problem` under its `[scaling]` table.
pub fn plan(problem: &Problem, spec: &ScalingSpec, quick: bool) -> Plan {
    let full = spec.max.unwrap_or(problem.max_size() as usize).max(8);
    let (max, halvings) = if quick {
        ((full / 4).max(8), QUICK_HALVINGS)
    } else {
        (full, HALVINGS)
    };
    let sizes: Vec<usize> = (0..=halvings)
        .rev()
        .map(|j| max >> j)
        .filter(|&n| n >= 2)
        .collect();
    let shapes = if spec.shapes.is_empty() {
        vec!["random".to_string()]
    } else {
        spec.shapes.clone()
    };
    let held = spec.second_at.unwrap_or(SECOND_AT);
    let mut series: Vec<SeriesPlan> = shapes
        .iter()
        .map(|shape| SeriesPlan {
            axis: Axis::Size,
            shape: shape.clone(),
            held,
            values: sizes.clone(),
        })
        .collect();
    if spec.second.is_some() {
        // About a dozen values, evenly spread in log from 2 to n/2.
        let cap = (max / 2).max(2);
        let steps = SECOND_POINTS - 1;
        let mut values: Vec<usize> = (0..=steps)
            .map(|j| (2.0 * (cap as f64 / 2.0).powf(j as f64 / steps as f64)).round() as usize)
            .collect();
        values.dedup();
        series.push(SeriesPlan {
            axis: Axis::Second,
            shape: "random".into(),
            held: max,
            values,
        });
    }
    Plan { series, max }
}

/// The input of one point: the growing parameter at `value`, the other at `series.held`.
pub fn input(
    problem: &Problem,
    spec: &ScalingSpec,
    series: &SeriesPlan,
    value: usize,
    seed: u64,
) -> Result<Vec<Value>, String> {
    let (n, second) = match series.axis {
        Axis::Size => (value, series.held),
        Axis::Second => (series.held, value),
    };
    let cap = problem.max_size() as usize;
    if n > cap && !patterns(problem.slug()).is_empty() {
        return stretched(problem, spec, &series.shape, n, second, seed, cap);
    }
    let mut input = generate(problem, &recipe(spec, &series.shape, n, second, seed))?;
    if patterns(problem.slug()).is_empty() {
        if let Some(name) = &spec.second {
            set_param(problem, &mut input, name, second)?;
        }
    }
    Ok(input)
}

/// A recipe for the built-in generators; the second parameter goes to the
/// field its name means (`k`, `lists.length`, the cooldown `n`).
fn recipe(spec: &ScalingSpec, shape: &str, n: usize, second: usize, seed: u64) -> Recipe {
    let second_is = |name: &str| spec.second.as_deref() == Some(name);
    Recipe {
        name: format!("scale-{shape}-{n}"),
        pattern: shape.to_string(),
        n,
        seed,
        k: second_is("k").then_some(second),
        lists: second_is("lists.length").then_some(second),
        cooldown: second_is("n").then_some(second),
    }
}

/// Past the constraints' size (a problem whose limit is too small to show
/// growth, like LC1046's 30 stones): the first list is drawn in chunks of the
/// largest allowed size and joined; the other arguments come from the first chunk.
fn stretched(
    problem: &Problem,
    spec: &ScalingSpec,
    shape: &str,
    n: usize,
    second: usize,
    seed: u64,
    cap: usize,
) -> Result<Vec<Value>, String> {
    if problem.signature.is_class() {
        return Err(format!(
            "[scaling] max = {n} is past the constraints of {}, which only a function taking a list can be stretched to",
            problem.slug()
        ));
    }
    let mut first = generate(problem, &recipe(spec, shape, cap, second, seed))?;
    let Some(Value::List(joined)) = first.first_mut() else {
        return Err(
            "[scaling] max past the constraints needs a first parameter that is a list".into(),
        );
    };
    let mut chunk = 1u64;
    while joined.len() < n {
        // All-equal stays all equal: every chunk from the same seed.
        let chunk_seed = if shape == "all-equal" {
            seed
        } else {
            seed + chunk
        };
        let more = generate(problem, &recipe(spec, shape, cap, second, chunk_seed))?;
        match more.into_iter().next() {
            Some(Value::List(items)) if !items.is_empty() => joined.extend(items),
            _ => return Err("the generator gave an empty list to stretch".into()),
        }
        chunk += 1;
    }
    joined.truncate(n);
    Ok(first)
}

/// Sets the integer parameter `name` of a generic problem's input (a
/// function argument or a constructor argument), within its constraints.
fn set_param(
    problem: &Problem,
    input: &mut [Value],
    name: &str,
    value: usize,
) -> Result<(), String> {
    let (params, slot): (Vec<&str>, Option<&mut Value>) = match &problem.signature {
        Signature::Function { params, .. } => {
            let i = params.iter().position(|p| p.name == name);
            (
                params.iter().map(|p| p.name.as_str()).collect(),
                i.and_then(|i| input.get_mut(i)),
            )
        }
        Signature::Class { constructor, .. } => {
            let i = constructor.iter().position(|p| p.name == name);
            let args = match input.get_mut(1) {
                Some(Value::List(calls)) => match calls.get_mut(0) {
                    Some(Value::List(args)) => Some(args),
                    _ => None,
                },
                _ => None,
            };
            (
                constructor.iter().map(|p| p.name.as_str()).collect(),
                i.and_then(|i| args.and_then(|a| a.get_mut(i))),
            )
        }
    };
    match slot {
        Some(v @ Value::Int(_)) => {
            *v = Value::Int(value as i64);
            crate::validate::validate(problem, input)
                .map_err(|e| format!("{name} = {value} breaks the constraints: {e}"))
        }
        _ => Err(format!(
            "[scaling] second = \"{name}\" must name an integer parameter of the function or constructor (parameters: {})",
            params.join(", ")
        )),
    }
}

/// Whether an input of `weight` is the held size (`first`, the weight of the
/// series' first input) within 10%: along the second parameter, generators
/// may cap a size (lists × 500 elements) or pass it (many top-k values).
pub fn near(first: usize, weight: usize) -> bool {
    weight * 10 >= first * 9 && weight * 10 <= first * 11
}

/// The number of scalars in an input: how big it really is (generators cap sizes).
pub fn weight(input: &[Value]) -> usize {
    fn count(v: &Value) -> usize {
        match v {
            Value::List(items) => items.iter().map(count).sum::<usize>().max(1),
            _ => 1,
        }
    }
    input.iter().map(count).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every point of every problem's plan generates (quick sizes, and the
    /// smallest and largest full sizes), within the constraints unless stretched.
    #[test]
    fn every_planned_input_generates() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../problems");
        for dir in crate::problem::problem_dirs(&root).unwrap() {
            let problem = Problem::load(&dir).unwrap();
            let Some(spec) = problem.spec.scaling.clone() else {
                continue;
            };
            for quick in [true, false] {
                for series in plan(&problem, &spec, quick).series {
                    let ends = [series.values[0], *series.values.last().unwrap()];
                    let values: Vec<usize> = if quick {
                        series.values.clone()
                    } else {
                        ends.to_vec()
                    };
                    let first =
                        weight(&input(&problem, &spec, &series, series.values[0], 7).unwrap());
                    for v in values {
                        let got = input(&problem, &spec, &series, v, 7);
                        let got = got.unwrap_or_else(|e| {
                            panic!("{} {} {v}: {e}", problem.slug(), series.shape)
                        });
                        let skipped = series.axis == Axis::Second && !near(first, weight(&got));
                        if v <= problem.max_size() as usize && !skipped {
                            crate::validate::validate(&problem, &got).unwrap_or_else(|e| {
                                panic!("{} {} {v}: {e}", problem.slug(), series.shape)
                            });
                        }
                    }
                }
            }
        }
    }
}
