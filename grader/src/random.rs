//! Random inputs for the built-in problems, as proptest strategies: mixed
//! shapes (duplicates, all equal, sorted, values at the bounds, k = 1 / n /
//! between, empty lists, heavy hitters, near-ties that keep the answer
//! unique…), valid by construction so that shrinking stays inside the
//! constraints. Every case comes from (seed, index) through ChaCha.

use std::collections::HashMap;

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::strategy::{BoxedStrategy, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use sha2::{Digest, Sha256};

use crate::problem::Problem;
use crate::value::Value;

/// The input strategy of a built-in problem at a given size.
pub fn strategy(slug: &str, max_len: usize) -> Option<BoxedStrategy<Vec<Value>>> {
    let n = max_len.max(1);
    Some(match slug {
        "kth-largest" => (ints(-10_000, 10_000, 1, n), pick_k())
            .prop_map(|(nums, k)| with_k(nums, k))
            .boxed(),
        "sliding-window-median" => (ints(i32::MIN, i32::MAX, 1, n), pick_k())
            .prop_map(|(nums, k)| with_k(nums, k))
            .boxed(),
        "last-stone-weight" => ints(1, 1000, 1, n.min(30))
            .prop_map(|s| vec![s.into()])
            .boxed(),
        "top-k-frequent" => (frequencies(n), any::<prop::sample::Index>(), any::<bool>())
            .prop_map(|(nums, i, near)| top_k_input(nums, i, near))
            .boxed(),
        "merge-k-lists" => sorted_lists(n)
            .prop_map(|lists| vec![Value::List(lists.into_iter().map(Value::from).collect())])
            .boxed(),
        "median-stream" => median_ops(n).boxed(),
        "task-scheduler" => tasks(n).boxed(),
        "k-closest-points" => (points(n), any::<prop::sample::Index>(), any::<bool>())
            .prop_map(|(p, i, near)| closest_input(p, i, near))
            .boxed(),
        _ => return None,
    })
}

/// Default largest sizes of the small, medium and large phases.
pub const DEFAULT_SIZES: [usize; 3] = [8, 48, 300];

/// The largest input size for case `index` of `count`: mostly small inputs
/// (60%), then medium ones (35%), then a few large ones.
pub fn size_for(index: usize, count: usize, sizes: [usize; 3]) -> usize {
    let f = index as f64 / count.max(1) as f64;
    if f < 0.6 {
        sizes[0]
    } else if f < 0.95 {
        sizes[1]
    } else {
        sizes[2]
    }
}

/// The input strategy of `problem` at inputs of at most `size` elements.
/// Problems without a built-in strategy get one derived from their signature.
pub fn problem_strategy(problem: &Problem, size: usize) -> BoxedStrategy<Vec<Value>> {
    strategy(problem.slug(), size).unwrap_or_else(|| crate::generic::strategy(problem, size, false))
}

/// The value tree (input plus its shrinking) of random case `index` under
/// `seed`, drawn from `strategy` (see [`problem_strategy`]).
pub fn tree_of(
    strategy: &BoxedStrategy<Vec<Value>>,
    seed: u64,
    index: usize,
) -> Option<Box<dyn ValueTree<Value = Vec<Value>>>> {
    let mut hasher = Sha256::new();
    hasher.update(seed.to_le_bytes());
    hasher.update((index as u64).to_le_bytes());
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &hasher.finalize());
    let mut runner = TestRunner::new_with_rng(Config::default(), rng);
    strategy
        .new_tree(&mut runner)
        .ok()
        .map(|t| Box::new(t) as Box<dyn ValueTree<Value = Vec<Value>>>)
}

/// The value tree of random case `index` of `count` under `seed`.
pub fn case_tree(
    problem: &Problem,
    seed: u64,
    index: usize,
    count: usize,
    sizes: [usize; 3],
) -> Option<Box<dyn ValueTree<Value = Vec<Value>>>> {
    tree_of(
        &problem_strategy(problem, size_for(index, count, sizes)),
        seed,
        index,
    )
}

/// A fresh seed from the clock and the process id.
pub fn fresh_seed() -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    let mixed = (nanos as u64) ^ (u64::from(std::process::id()) << 32);
    mixed % 1_000_000_000
}

/// How `k` is chosen: 1, 2, n, or a fraction of n.
#[derive(Debug, Clone, Copy)]
enum PickK {
    One,
    Two,
    All,
    Fraction(f64),
}

fn pick_k() -> impl Strategy<Value = PickK> {
    prop_oneof![
        2 => Just(PickK::One),
        1 => Just(PickK::Two),
        2 => Just(PickK::All),
        6 => (0.0..1.0f64).prop_map(PickK::Fraction)
    ]
}

fn with_k(nums: Vec<i32>, k: PickK) -> Vec<Value> {
    let n = nums.len().max(1);
    let k = match k {
        PickK::One => 1,
        PickK::Two => 2.min(n),
        PickK::All => n,
        PickK::Fraction(f) => 1 + ((f * n as f64) as usize).min(n - 1),
    };
    vec![nums.into(), (k as i32).into()]
}

/// Integer lists of mixed shapes within `lo..=hi`.
fn ints(lo: i32, hi: i32, min_len: usize, max_len: usize) -> BoxedStrategy<Vec<i32>> {
    let len = min_len..=max_len.max(min_len);
    let small = lo.max(-3)..=hi.min(3).max(lo.max(-3));
    let edge = prop_oneof![
        Just(lo),
        Just(hi),
        Just(lo.saturating_add(1)),
        Just(hi.saturating_sub(1)),
        lo..=hi
    ];
    // A few distinct values anywhere in the range, repeated.
    let few = (vec(lo..=hi, 2..=3), len.clone())
        .prop_flat_map(|(pool, len)| vec(prop::sample::select(pool), len..=len));
    let raw = prop_oneof![
        3 => vec(lo..=hi, len.clone()),
        4 => vec(small, len.clone()),
        1 => (lo..=hi, len.clone()).prop_map(|(x, n)| vec![x; n]),
        2 => vec(edge, len),
        2 => few,
    ];
    (raw, 0u8..4)
        .prop_map(|(mut v, order)| {
            match order {
                1 => v.sort_unstable(),
                2 => v.sort_unstable_by(|a, b| b.cmp(a)),
                _ => {}
            }
            v
        })
        .boxed()
}

/// Values with repeated counts, including heavy hitters counted in the hundreds.
fn frequencies(n: usize) -> BoxedStrategy<Vec<i32>> {
    let plain = ints(-10_000, 10_000, 1, n);
    let heavy = (
        vec((-10_000..=10_000i32, 1usize..=(n * 4).max(2)), 1..=4),
        vec(-5..=5i32, 0..=n),
    )
        .prop_map(|(hitters, mut noise)| {
            for (value, count) in hitters {
                noise.extend(std::iter::repeat_n(value, count));
            }
            noise
        });
    prop_oneof![2 => plain, 1 => heavy].boxed()
}

/// Chooses `k` among the cut points where the answer is unique.
fn top_k_input(nums: Vec<i32>, pick: prop::sample::Index, near: bool) -> Vec<Value> {
    let mut counts: HashMap<i32, usize> = HashMap::new();
    for &x in &nums {
        *counts.entry(x).or_default() += 1;
    }
    let mut freq: Vec<i64> = counts.into_values().map(|c| -(c as i64)).collect();
    freq.sort_unstable();
    let k = unique_cut(&freq, pick, near);
    vec![nums.into(), (k as i32).into()]
}

/// A `k` such that the k-th and (k+1)-th keys (sorted ascending) differ, or
/// k = len. With `near`, a cut where they differ the least: a near-tie at the
/// k boundary that still keeps the answer unique.
fn unique_cut(sorted: &[i64], pick: prop::sample::Index, near: bool) -> usize {
    let cuts: Vec<usize> = (1..=sorted.len())
        .filter(|&k| k == sorted.len() || sorted[k - 1] != sorted[k])
        .collect();
    if near {
        let gap = |k: usize| sorted.get(k).map_or(i64::MAX, |next| next - sorted[k - 1]);
        let closest = cuts.iter().map(|&k| gap(k)).min().unwrap_or(i64::MAX);
        if closest < i64::MAX {
            let near_cuts: Vec<usize> = cuts.into_iter().filter(|&k| gap(k) == closest).collect();
            return near_cuts[pick.index(near_cuts.len())];
        }
    }
    cuts[pick.index(cuts.len())]
}

fn sorted_lists(n: usize) -> BoxedStrategy<Vec<Vec<i32>>> {
    let inner = ints(-10_000, 10_000, 0, (n / 2).clamp(2, 500));
    let tiny = vec(-10_000..=10_000i32, 1..=1);
    let empty_or = prop_oneof![1 => Just(Vec::new()), 3 => inner];
    prop_oneof![
        3 => vec(empty_or, 0..=(n / 20).max(4)),
        1 => vec(tiny, 0..=n),
    ]
    .prop_map(|mut lists| {
        let mut total = 0;
        for list in &mut lists {
            list.truncate(10_000 - total);
            total += list.len();
            list.sort_unstable();
        }
        lists
    })
    .boxed()
}

/// A stream of `addNum` / `findMedian` calls. The values of one case share a
/// shape: the full range mixed with small values and the bounds, small values
/// only (many duplicates), a few distinct values, or the bounds only; and the
/// added values may arrive sorted ascending or descending.
fn median_ops(n: usize) -> impl Strategy<Value = Vec<Value>> {
    const B: i32 = 100_000;
    let mixed = prop_oneof![3 => -B..=B, 2 => -3..=3i32, 1 => prop_oneof![Just(-B), Just(B)]];
    let bounds = prop_oneof![Just(-B), Just(B), Just(-B + 1), Just(B - 1), Just(0)];
    let len = 1..=(2 * n).max(2);
    let op = |value: BoxedStrategy<i32>| prop_oneof![3 => value.prop_map(Some), 2 => Just(None)];
    let few = vec(-B..=B, 1..=3)
        .prop_flat_map(move |pool| vec(op(prop::sample::select(pool).boxed()), 1..=(2 * n).max(2)));
    let ops = prop_oneof![
        2 => vec(op(mixed.boxed()), len.clone()),
        2 => vec(op((-3..=3i32).boxed()), len.clone()),
        1 => few,
        1 => vec(op(bounds.boxed()), len),
    ];
    (ops, 0u8..4).prop_map(|(mut ops, order)| {
        let mut values: Vec<i32> = ops.iter().flatten().copied().collect();
        match order {
            1 => values.sort_unstable(),
            2 => values.sort_unstable_by(|a, b| b.cmp(a)),
            _ => {}
        }
        let mut sorted = values.into_iter();
        for x in ops.iter_mut().flatten() {
            *x = sorted.next().unwrap_or(*x);
        }
        let mut names = vec![Value::Str("MedianFinder".into())];
        let mut args = vec![Value::List(vec![])];
        let mut added = false;
        for op in ops {
            match op {
                Some(x) => {
                    added = true;
                    names.push(Value::Str("addNum".into()));
                    args.push(Value::List(vec![x.into()]));
                }
                None if added => {
                    names.push(Value::Str("findMedian".into()));
                    args.push(Value::List(vec![]));
                }
                None => {}
            }
        }
        if !added {
            names.push(Value::Str("addNum".into()));
            args.push(Value::List(vec![0.into()]));
        }
        names.push(Value::Str("findMedian".into()));
        args.push(Value::List(vec![]));
        vec![Value::List(names), Value::List(args)]
    })
}

fn tasks(n: usize) -> impl Strategy<Value = Vec<Value>> {
    let letters = prop_oneof![vec(0u8..26, 1..=n.max(1)), vec(0u8..3, 1..=n.max(1))];
    let cooldown = prop_oneof![Just(0i32), Just(100), 0..=100i32, 1..=3i32];
    (letters, cooldown).prop_map(|(letters, cooldown)| {
        let tasks: Vec<Value> = letters
            .into_iter()
            .map(|l| Value::Str(char::from(b'A' + l).to_string()))
            .collect();
        vec![Value::List(tasks), cooldown.into()]
    })
}

fn points(n: usize) -> BoxedStrategy<Vec<[i32; 2]>> {
    let wide = (-10_000..=10_000i32, -10_000..=10_000i32);
    let near = (-4..=4i32, -4..=4i32);
    let edge = (
        prop_oneof![Just(-10_000), Just(10_000), -10_000..=10_000i32],
        prop_oneof![Just(-10_000), Just(10_000), -10_000..=10_000i32],
    );
    // Near the rim of the square: squared distances around 10^8 that differ
    // by a few units, which single precision (f32) cannot tell apart.
    let rim = (9_990..=10_000i32, -12..=12i32, any::<bool>(), any::<bool>()).prop_map(
        |(big, small, swap, negate)| {
            let big = if negate { -big } else { big };
            if swap {
                (small, big)
            } else {
                (big, small)
            }
        },
    );
    prop_oneof![
        vec(wide, 1..=n.max(1)),
        vec(near, 1..=n.max(1)),
        vec(edge, 1..=n.max(1)),
        vec(rim, 1..=n.max(1))
    ]
    .prop_map(|v| v.into_iter().map(|(x, y)| [x, y]).collect())
    .boxed()
}

fn closest_input(points: Vec<[i32; 2]>, pick: prop::sample::Index, near: bool) -> Vec<Value> {
    let mut dist: Vec<i64> = points
        .iter()
        .map(|p| i64::from(p[0]).pow(2) + i64::from(p[1]).pow(2))
        .collect();
    dist.sort_unstable();
    let k = unique_cut(&dist, pick, near);
    let list = Value::List(
        points
            .into_iter()
            .map(|p| Value::from(p.to_vec()))
            .collect(),
    );
    vec![list, (k as i32).into()]
}
