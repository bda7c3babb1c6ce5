//! The constraint validator: checks that an input (stored, generated or
//! random) obeys the types and bounds in the signature and the named rules.

use std::collections::HashMap;

use crate::problem::{Problem, Signature};
use crate::spec::{Bound, ParamSpec, SortOrder};
use crate::types::Type;
use crate::value::Value;

/// Checks `input` (one value per argument line) against `problem`'s constraints.
pub fn validate(problem: &Problem, input: &[Value]) -> Result<(), String> {
    match &problem.signature {
        Signature::Function { params, .. } => {
            if input.len() != params.len() {
                return Err(format!(
                    "expected {} arguments, got {}",
                    params.len(),
                    input.len()
                ));
            }
            check_params(params, input)?;
        }
        Signature::Class {
            name,
            constructor,
            methods,
            calls,
        } => {
            let ops = input
                .first()
                .and_then(Value::as_list)
                .ok_or("line 1 must be a list of operation names")?;
            let args = input
                .get(1)
                .and_then(Value::as_list)
                .ok_or("line 2 must be a list of argument lists")?;
            if ops.len() != args.len() {
                return Err(format!(
                    "{} operations but {} argument lists",
                    ops.len(),
                    args.len()
                ));
            }
            if ops.first().and_then(Value::as_str) != Some(name.as_str()) {
                return Err(format!(
                    "the first operation must be the constructor \"{name}\""
                ));
            }
            let made = (ops.len() - 1) as u64;
            if made < calls[0] || made > calls[1] {
                return Err(format!("{made} calls, allowed {}..={}", calls[0], calls[1]));
            }
            for (i, (op, arg)) in ops.iter().zip(args).enumerate() {
                let arg = arg
                    .as_list()
                    .ok_or(format!("operation {i}: arguments must be a list"))?;
                let params = if i == 0 {
                    constructor
                } else {
                    let op = op.as_str().ok_or(format!("operation {i} is not a name"))?;
                    &methods
                        .iter()
                        .find(|m| m.name == op)
                        .ok_or(format!("operation {i}: unknown method \"{op}\""))?
                        .params
                };
                if arg.len() != params.len() {
                    return Err(format!(
                        "operation {i}: expected {} arguments, got {}",
                        params.len(),
                        arg.len()
                    ));
                }
                check_params(params, arg).map_err(|e| format!("operation {i}: {e}"))?;
            }
        }
    }
    for rule in &problem.spec.constraints.rules {
        check_rule(problem, rule, input)?;
    }
    Ok(())
}

fn check_params(params: &[ParamSpec], values: &[Value]) -> Result<(), String> {
    let lengths: HashMap<&str, i64> = params
        .iter()
        .zip(values)
        .filter_map(|(p, v)| v.as_list().map(|l| (p.name.as_str(), l.len() as i64)))
        .collect();
    for (p, v) in params.iter().zip(values) {
        check_param(p, v, &lengths).map_err(|e| format!("`{}`: {e}", p.name))?;
    }
    Ok(())
}

fn bound(b: &Bound, lengths: &HashMap<&str, i64>) -> i64 {
    b.resolve(|name| lengths.get(name).copied())
}

fn within(
    what: &str,
    x: i64,
    b: &Option<[Bound; 2]>,
    lengths: &HashMap<&str, i64>,
) -> Result<(), String> {
    if let Some([lo, hi]) = b {
        let (lo, hi) = (bound(lo, lengths), bound(hi, lengths));
        if x < lo || x > hi {
            return Err(format!("{what} {x} is outside {lo}..={hi}"));
        }
    }
    Ok(())
}

fn check_param(p: &ParamSpec, v: &Value, lengths: &HashMap<&str, i64>) -> Result<(), String> {
    // The fast pass keeps only the numbers; where each one sits (`nums[12345]`)
    // is worked out again only for a message, when something is wrong.
    let mut values = Vec::new();
    if !scalar_values(&p.ty, v, &mut values) {
        collect_scalars(&p.ty, v, &mut Vec::new(), &p.name)?;
    }
    if let Some(list) = v.as_list() {
        within("length", list.len() as i64, &p.length, lengths)?;
        if p.ty.depth() >= 2 {
            let mut total = 0;
            for (i, item) in list.iter().enumerate() {
                let n = item.as_list().map_or(0, <[Value]>::len) as i64;
                total += n;
                within(&format!("item {i} length"), n, &p.item_length, lengths)?;
            }
            within("total length", total, &p.total_length, lengths)?;
        }
    }
    if let Some(range) = &p.range {
        let [lo, hi] = [bound(&range[0], lengths), bound(&range[1], lengths)];
        if let Some(k) = values.iter().position(|x| *x < lo || *x > hi) {
            let mut located = Vec::new();
            collect_scalars(&p.ty, v, &mut located, &p.name)?;
            let (x, at) = &located[k];
            within(&format!("{at} ="), *x, &p.range, lengths)?;
        }
    }
    if let Some(order) = p.sorted {
        let lists: Vec<&[Value]> = match v.as_list() {
            Some(items) if p.ty.depth() >= 2 => items.iter().filter_map(Value::as_list).collect(),
            Some(items) => vec![items],
            None => vec![],
        };
        for (i, list) in lists.iter().enumerate() {
            let ok = list.windows(2).all(|w| match order {
                SortOrder::Ascending => w[0].total_cmp(&w[1]).is_le(),
                SortOrder::Descending => w[0].total_cmp(&w[1]).is_ge(),
            });
            if !ok {
                return Err(format!("list {i} is not sorted {order:?}").to_lowercase());
            }
        }
    }
    Ok(())
}

/// [`collect_scalars`] without the locations: false when the shape is wrong.
fn scalar_values(ty: &Type, v: &Value, out: &mut Vec<i64>) -> bool {
    match ty {
        Type::Int => match v.as_int() {
            Some(i) if i32::try_from(i).is_ok() => out.push(i),
            _ => return false,
        },
        Type::Long => match v.as_int() {
            Some(i) => out.push(i),
            None => return false,
        },
        Type::Double => return v.as_f64().is_some(),
        Type::Bool => return matches!(v, Value::Bool(_)),
        Type::Char => {
            let mut chars = v.as_str().map(str::chars);
            match chars.as_mut().map(|c| (c.next(), c.next())) {
                Some((Some(c), None)) => out.push(c as i64),
                _ => return false,
            }
        }
        Type::Str => return v.as_str().is_some(),
        Type::Void => return *v == Value::Null,
        Type::ListNode => return scalar_values(&Type::List(Box::new(Type::Int)), v, out),
        Type::List(inner) => {
            let Some(items) = v.as_list() else {
                return false;
            };
            return items.iter().all(|item| scalar_values(inner, item, out));
        }
    }
    true
}

/// Checks the value has the shape of `ty`, collecting integer-like scalars (chars as code points).
fn collect_scalars(
    ty: &Type,
    v: &Value,
    out: &mut Vec<(i64, String)>,
    at: &str,
) -> Result<(), String> {
    let bad = || {
        let name = ty.to_string();
        let article = if name.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        Err(format!("{at} = {v} is not {article} {name}"))
    };
    match ty {
        Type::Int => match v.as_int() {
            Some(i) if i32::try_from(i).is_ok() => out.push((i, at.to_string())),
            _ => return bad(),
        },
        Type::Long => match v.as_int() {
            Some(i) => out.push((i, at.to_string())),
            None => return bad(),
        },
        Type::Double => {
            if v.as_f64().is_none() {
                return bad();
            }
        }
        Type::Bool => {
            if !matches!(v, Value::Bool(_)) {
                return bad();
            }
        }
        Type::Char => match v.as_str().map(|s| s.chars().collect::<Vec<_>>()) {
            Some(cs) if cs.len() == 1 => out.push((cs[0] as i64, at.to_string())),
            _ => return bad(),
        },
        Type::Str => {
            if v.as_str().is_none() {
                return bad();
            }
        }
        Type::Void => {
            if *v != Value::Null {
                return bad();
            }
        }
        Type::ListNode => collect_scalars(&Type::List(Box::new(Type::Int)), v, out, at)?,
        Type::List(inner) => {
            let Some(items) = v.as_list() else {
                return bad();
            };
            for (i, item) in items.iter().enumerate() {
                collect_scalars(inner, item, out, &format!("{at}[{i}]"))?;
            }
        }
    }
    Ok(())
}

fn check_rule(problem: &Problem, rule: &str, input: &[Value]) -> Result<(), String> {
    match (rule, problem.slug()) {
        ("median-needs-element", _) => {
            let ops = input.first().and_then(Value::as_list).unwrap_or(&[]);
            let mut added = 0usize;
            for (i, op) in ops.iter().enumerate().skip(1) {
                match op.as_str() {
                    Some(name) if name.starts_with("add") => added += 1,
                    Some(name) if name.starts_with("find") && added == 0 => {
                        return Err(format!(
                            "operation {i}: {name} is called before any element was added"
                        ));
                    }
                    _ => {}
                }
            }
            Ok(())
        }
        ("unique-answer", _) => {
            let k = input.get(1).and_then(Value::as_int).unwrap_or(0) as usize;
            let items = input.first().and_then(Value::as_list).unwrap_or(&[]);
            let mut keys: Vec<i64> = if items.first().is_some_and(|v| v.as_list().is_some()) {
                // Points: the answer is unique when the k-th and (k+1)-th distances differ.
                items
                    .iter()
                    .map(|p| {
                        p.as_list()
                            .unwrap_or(&[])
                            .iter()
                            .filter_map(Value::as_int)
                            .map(|c| c * c)
                            .sum()
                    })
                    .collect()
            } else {
                // Values: the answer is unique when the k-th and (k+1)-th frequencies differ.
                let mut counts: HashMap<i64, i64> = HashMap::new();
                for x in items.iter().filter_map(Value::as_int) {
                    *counts.entry(x).or_default() += 1;
                }
                counts.into_values().map(|c| -c).collect()
            };
            keys.sort_unstable();
            if k == 0 || k > keys.len() {
                return Err(format!(
                    "k = {k} must be between 1 and {} (the number of candidates)",
                    keys.len()
                ));
            }
            if k < keys.len() && keys[k - 1] == keys[k] {
                return Err(format!(
                    "the answer is not unique: the {k}-th and {}-th candidates tie",
                    k + 1
                ));
            }
            Ok(())
        }
        _ => Err(format!("rule `{rule}` is not implemented")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kth_largest() -> Problem {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../problems/kth-largest");
        Problem::load(&dir).unwrap()
    }

    #[test]
    fn messages_say_where_the_bad_value_sits() {
        let p = kth_largest();
        let input = |text: &str| Value::parse_lines(text).unwrap();
        assert_eq!(validate(&p, &input("[1,2,3]\n2\n")), Ok(()));
        let err = validate(&p, &input("[1,2,20000,3]\n2\n")).unwrap_err();
        assert!(err.contains("nums[2] = 20000 is outside"), "{err}");
        let err = validate(&p, &input("[1,[2],3]\n2\n")).unwrap_err();
        assert!(err.contains("nums[1] = [2] is not an int"), "{err}");
        let err = validate(&p, &input("[1,2,3]\n4\n")).unwrap_err();
        assert!(err.contains("k = 4 is outside 1..=3"), "{err}");
    }
}
