//! Oracles for the built-in problems: adapters from LeetCode values to the
//! `solutions` crate's reference solutions and naive oracles, and back.

use solutions::{
    k_closest, kth_largest, last_stone_weight, median_stream, merge_k_lists, sliding_window_median,
    task_scheduler, top_k_frequent,
};

use crate::value::Value;

/// Computes the answer to one input (one value per argument line).
pub type OracleFn = fn(&[Value]) -> Result<Value, String>;

/// The reference and naive solutions of a built-in problem.
#[derive(Debug, Clone, Copy)]
pub struct Oracle {
    /// The optimal solution (used for expected outputs).
    pub reference: OracleFn,
    /// The slow, obviously-correct solution (used to check the reference).
    pub naive: OracleFn,
}

/// The oracle of a built-in problem, by folder name.
pub fn builtin(slug: &str) -> Option<Oracle> {
    let (reference, naive): (OracleFn, OracleFn) = match slug {
        "kth-largest" => (
            |a| Ok(kth_largest::reference(&ints(a, 0)?, index(a, 1)?).into()),
            |a| Ok(kth_largest::naive(&ints(a, 0)?, index(a, 1)?).into()),
        ),
        "top-k-frequent" => (
            |a| Ok(top_k_frequent::reference(&ints(a, 0)?, index(a, 1)?).into()),
            |a| Ok(top_k_frequent::naive(&ints(a, 0)?, index(a, 1)?).into()),
        ),
        "merge-k-lists" => (
            |a| Ok(merge_k_lists::reference(&lists(a, 0)?).into()),
            |a| Ok(merge_k_lists::naive(&lists(a, 0)?).into()),
        ),
        "median-stream" => (
            |a| {
                median_ops(
                    a,
                    median_stream::MedianFinder::new,
                    |m, x| m.add_num(x),
                    |m| m.find_median(),
                )
            },
            |a| {
                median_ops(
                    a,
                    median_stream::NaiveMedianFinder::new,
                    |m, x| m.add_num(x),
                    |m| m.find_median(),
                )
            },
        ),
        "sliding-window-median" => (
            |a| Ok(sliding_window_median::reference(&ints(a, 0)?, index(a, 1)?).into()),
            |a| Ok(sliding_window_median::naive(&ints(a, 0)?, index(a, 1)?).into()),
        ),
        "task-scheduler" => (
            |a| Ok(task_scheduler::reference(&chars(a, 0)?, index(a, 1)?).into()),
            |a| Ok(task_scheduler::naive(&chars(a, 0)?, index(a, 1)?).into()),
        ),
        "k-closest-points" => (
            |a| {
                Ok(points_value(k_closest::reference(
                    &points(a, 0)?,
                    index(a, 1)?,
                )))
            },
            |a| Ok(points_value(k_closest::naive(&points(a, 0)?, index(a, 1)?))),
        ),
        "last-stone-weight" => (
            |a| Ok(last_stone_weight::reference(&ints(a, 0)?).into()),
            |a| Ok(last_stone_weight::naive(&ints(a, 0)?).into()),
        ),
        _ => return None,
    };
    Some(Oracle { reference, naive })
}

fn arg(args: &[Value], i: usize) -> Result<&Value, String> {
    args.get(i)
        .ok_or_else(|| format!("missing argument {}", i + 1))
}

fn int_of(v: &Value) -> Result<i32, String> {
    v.as_int()
        .and_then(|i| i32::try_from(i).ok())
        .ok_or_else(|| format!("{v} is not an int"))
}

fn list_of(v: &Value) -> Result<&[Value], String> {
    v.as_list().ok_or_else(|| format!("{v} is not a list"))
}

fn ints(args: &[Value], i: usize) -> Result<Vec<i32>, String> {
    list_of(arg(args, i)?)?.iter().map(int_of).collect()
}

fn index(args: &[Value], i: usize) -> Result<usize, String> {
    usize::try_from(int_of(arg(args, i)?)?).map_err(|_| "expected a non-negative int".to_string())
}

fn lists(args: &[Value], i: usize) -> Result<Vec<Vec<i32>>, String> {
    list_of(arg(args, i)?)?
        .iter()
        .map(|l| list_of(l)?.iter().map(int_of).collect())
        .collect()
}

fn chars(args: &[Value], i: usize) -> Result<Vec<char>, String> {
    list_of(arg(args, i)?)?
        .iter()
        .map(|v| {
            v.as_str()
                .and_then(|s| s.chars().next())
                .ok_or_else(|| format!("{v} is not a char"))
        })
        .collect()
}

fn points(args: &[Value], i: usize) -> Result<Vec<[i32; 2]>, String> {
    list_of(arg(args, i)?)?
        .iter()
        .map(|p| match list_of(p)? {
            [x, y] => Ok([int_of(x)?, int_of(y)?]),
            _ => Err(format!("{p} is not a point")),
        })
        .collect()
}

fn points_value(points: Vec<[i32; 2]>) -> Value {
    Value::List(
        points
            .into_iter()
            .map(|p| Value::from(p.to_vec()))
            .collect(),
    )
}

fn median_ops<M>(
    args: &[Value],
    new: fn() -> M,
    add: fn(&mut M, i32),
    find: fn(&M) -> f64,
) -> Result<Value, String> {
    let ops = list_of(arg(args, 0)?)?;
    let params = list_of(arg(args, 1)?)?;
    let mut finder: Option<M> = None;
    let mut out = Vec::with_capacity(ops.len());
    for (op, p) in ops.iter().zip(params) {
        match (op.as_str(), &mut finder) {
            (Some("MedianFinder"), _) => {
                finder = Some(new());
                out.push(Value::Null);
            }
            (Some("addNum"), Some(m)) => {
                add(
                    m,
                    int_of(list_of(p)?.first().ok_or("addNum needs an argument")?)?,
                );
                out.push(Value::Null);
            }
            (Some("findMedian"), Some(m)) => out.push(Value::Float(find(m))),
            _ => return Err(format!("unexpected operation {op}")),
        }
    }
    Ok(Value::List(out))
}
