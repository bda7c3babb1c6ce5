//! Random inputs derived from a signature alone, for problems added as a
//! folder (no built-in strategy): every parameter is drawn from its type,
//! lengths and ranges — bounds that refer to another parameter's length are
//! resolved after the lists are drawn — and anything the validator rejects
//! is filtered out, so inputs and their shrinks always obey the constraints.

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::strategy::BoxedStrategy;

use crate::problem::{Problem, Signature};
use crate::spec::{Bound, ParamSpec, SortOrder};
use crate::types::Type;
use crate::validate::validate;
use crate::value::Value;

/// A parameter before bounds that depend on other parameters are resolved.
#[derive(Debug, Clone)]
enum Raw {
    /// A finished value.
    Done(Value),
    /// An integer whose bounds refer to lengths: a fraction of the way from low to high.
    Fraction(f64),
}

fn constant(b: &Bound) -> Option<i64> {
    match b {
        Bound::Int(i) => Some(*i),
        other => other.char_code(),
    }
}

/// Constant bounds of `range` (or the type's own range).
fn scalar_range(p: &ParamSpec, ty: &Type) -> (i64, i64) {
    let default = match ty {
        Type::Char => ('a' as i64, 'z' as i64),
        Type::Long => (-1_000_000_000_000, 1_000_000_000_000),
        Type::Double => (-1_000_000, 1_000_000),
        _ => (i32::MIN as i64, i32::MAX as i64),
    };
    match &p.range {
        Some([lo, hi]) => (
            constant(lo).unwrap_or(default.0),
            constant(hi).unwrap_or(default.1),
        ),
        None => default,
    }
}

fn length_range(b: &Option<[Bound; 2]>, max_len: usize, full: bool) -> (usize, usize) {
    let (lo, hi) = match b {
        Some([lo, hi]) => (
            constant(lo).unwrap_or(0).max(0) as usize,
            constant(hi).unwrap_or(max_len as i64).max(0) as usize,
        ),
        None => (0, max_len),
    };
    let hi = hi.min(max_len.max(lo)).max(lo);
    if full {
        (hi, hi)
    } else {
        (lo, hi)
    }
}

fn scalar(ty: &Type, lo: i64, hi: i64) -> BoxedStrategy<Value> {
    let (lo, hi) = (lo.min(hi), hi.max(lo));
    match ty {
        Type::Bool => any::<bool>().prop_map(Value::Bool).boxed(),
        Type::Double => ((lo as f64)..=(hi as f64)).prop_map(Value::Float).boxed(),
        Type::Char => (lo..=hi)
            .prop_map(|c| Value::Str(char::from_u32(c as u32).unwrap_or('a').to_string()))
            .boxed(),
        Type::Str => "[a-z]{0,8}".prop_map(Value::Str).boxed(),
        _ => {
            let small = (lo.max(-3))..=(hi.min(3).max(lo.max(-3)));
            prop_oneof![3 => lo..=hi, 2 => small, 1 => prop_oneof![Just(lo), Just(hi)]]
                .prop_map(Value::Int)
                .boxed()
        }
    }
}

fn sorted(mut items: Vec<Value>, order: Option<SortOrder>) -> Vec<Value> {
    match order {
        Some(SortOrder::Ascending) => items.sort_by(Value::total_cmp),
        Some(SortOrder::Descending) => items.sort_by(|a, b| b.total_cmp(a)),
        None => {}
    }
    items
}

/// One parameter's raw strategy.
fn param(p: &ParamSpec, max_len: usize, full: bool) -> BoxedStrategy<Raw> {
    let depends = |b: &Option<[Bound; 2]>| {
        b.as_ref()
            .is_some_and(|[lo, hi]| lo.length_ref().is_some() || hi.length_ref().is_some())
    };
    let order = p.sorted;
    match &p.ty {
        Type::List(inner) if matches!(**inner, Type::List(_)) || **inner == Type::ListNode => {
            let (olo, ohi) = length_range(&p.length, (max_len / 4).max(2), full);
            let (ilo, ihi) = length_range(&p.item_length, (max_len / 2).max(2), full);
            let leaf = inner.item().cloned().unwrap_or(Type::Int);
            let (lo, hi) = scalar_range(p, &leaf);
            vec(vec(scalar(&leaf, lo, hi), ilo..=ihi), olo..=ohi)
                .prop_map(move |lists| {
                    Raw::Done(Value::List(
                        lists
                            .into_iter()
                            .map(|l| Value::List(sorted(l, order)))
                            .collect(),
                    ))
                })
                .boxed()
        }
        Type::List(_) | Type::ListNode => {
            let leaf = *inner_or_int(&p.ty);
            let (lo, hi) = scalar_range(p, &leaf);
            let (llo, lhi) = length_range(&p.length, max_len, full);
            vec(scalar(&leaf, lo, hi), llo..=lhi)
                .prop_map(move |items| Raw::Done(Value::List(sorted(items, order))))
                .boxed()
        }
        ty if depends(&p.range) => {
            let _ = ty;
            (0.0..1.0f64).prop_map(Raw::Fraction).boxed()
        }
        ty => {
            let (lo, hi) = scalar_range(p, ty);
            scalar(ty, lo, hi).prop_map(Raw::Done).boxed()
        }
    }
}

fn inner_or_int(ty: &Type) -> Box<Type> {
    match ty {
        Type::List(inner) => inner.clone(),
        _ => Box::new(Type::Int),
    }
}

/// Resolves fractions against the drawn lists' lengths.
fn resolve(params: &[ParamSpec], raw: Vec<Raw>) -> Vec<Value> {
    let lengths: Vec<(String, i64)> = params
        .iter()
        .zip(&raw)
        .filter_map(|(p, r)| match r {
            Raw::Done(Value::List(items)) => Some((p.name.clone(), items.len() as i64)),
            _ => None,
        })
        .collect();
    let length_of = |name: &str| lengths.iter().find(|(n, _)| n == name).map(|(_, l)| *l);
    params
        .iter()
        .zip(raw)
        .map(|(p, r)| match r {
            Raw::Done(v) => v,
            Raw::Fraction(f) => {
                let (lo, hi) = match &p.range {
                    Some([lo, hi]) => (lo.resolve(length_of), hi.resolve(length_of)),
                    None => (0, 0),
                };
                let hi = hi.max(lo);
                Value::Int(lo + ((f * (hi - lo + 1) as f64) as i64).min(hi - lo))
            }
        })
        .collect()
}

fn params_strategy(params: &[ParamSpec], max_len: usize, full: bool) -> BoxedStrategy<Vec<Value>> {
    let owned = params.to_vec();
    params
        .iter()
        .map(|p| param(p, max_len, full))
        .collect::<Vec<_>>()
        .prop_map(move |raw| resolve(&owned, raw))
        .boxed()
}

/// Inputs (one value per input line) for `problem` at the given size; with
/// `full`, every list and the call sequence are as long as the size allows
/// (large cases at the maximum constraints).
pub fn strategy(problem: &Problem, max_len: usize, full: bool) -> BoxedStrategy<Vec<Value>> {
    let checked = problem.clone();
    let raw = match &problem.signature {
        Signature::Function { params, .. } => params_strategy(params, max_len, full),
        Signature::Class {
            name,
            constructor,
            methods,
            calls,
        } => {
            let name = name.clone();
            let names: Vec<String> = methods.iter().map(|m| m.name.clone()).collect();
            let per_method: Vec<BoxedStrategy<Vec<Value>>> = methods
                .iter()
                .map(|m| params_strategy(&m.params, max_len, full))
                .collect();
            let call = (0..methods.len())
                .prop_flat_map(move |i| per_method[i].clone().prop_map(move |args| (i, args)));
            let (lo, hi) = (
                calls[0] as usize,
                (calls[1] as usize).min(max_len.max(calls[0] as usize)),
            );
            (
                params_strategy(constructor, max_len, full),
                vec(
                    call,
                    if full {
                        hi.max(lo)..=hi.max(lo)
                    } else {
                        lo..=hi.max(lo)
                    },
                ),
            )
                .prop_map(move |(init, calls)| {
                    let mut ops = vec![Value::Str(name.clone())];
                    let mut args = vec![Value::List(init)];
                    for (i, a) in calls {
                        ops.push(Value::Str(names[i].clone()));
                        args.push(Value::List(a));
                    }
                    vec![Value::List(ops), Value::List(args)]
                })
                .boxed()
        }
    };
    raw.prop_filter("inputs must obey the problem's constraints", move |input| {
        validate(&checked, input).is_ok()
    })
    .boxed()
}
