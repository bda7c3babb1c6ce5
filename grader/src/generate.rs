//! Deterministic generators for the built-in problems' large cases: a recipe
//! (pattern, size, seed) always gives the same input, on any machine, from a
//! named RNG (ChaCha8). Every output obeys the problem's constraints.

use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::case::Recipe;
use crate::problem::Problem;
use crate::value::Value;

/// The patterns each built-in problem's generator knows.
pub fn patterns(slug: &str) -> &'static [&'static str] {
    match slug {
        "kth-largest" => &[
            "random",
            "sorted-ascending",
            "sorted-descending",
            "all-equal",
            "few-distinct",
        ],
        "top-k-frequent" => &["random", "heavy-hitters", "all-distinct", "one-dominant"],
        "merge-k-lists" => &[
            "random",
            "many-tiny-lists",
            "few-long-lists",
            "with-empty-lists",
            "all-equal",
        ],
        "median-stream" => &["random", "ascending", "descending", "alternating"],
        "sliding-window-median" => &["random", "sorted-ascending", "all-equal", "extremes"],
        "task-scheduler" => &["random", "one-dominant", "all-distinct", "tied-top"],
        "k-closest-points" => &["random", "clustered", "on-axis", "rim"],
        "last-stone-weight" => &["random", "all-equal", "powers"],
        _ => &[],
    }
}

/// Generates the input of `recipe`: from the built-in generator of the
/// problem, or — for problems added as a folder — pattern `random`, one
/// draw of the signature-derived strategy at size `n`.
pub fn generate(problem: &Problem, recipe: &Recipe) -> Result<Vec<Value>, String> {
    let slug = problem.slug();
    if patterns(slug).is_empty() {
        return generic_sample(problem, recipe);
    }
    if !patterns(slug).contains(&recipe.pattern.as_str()) {
        return Err(format!(
            "unknown pattern `{}` for {slug}; known patterns: {}",
            recipe.pattern,
            patterns(slug).join(", ")
        ));
    }
    let mut rng = ChaCha8Rng::seed_from_u64(recipe.seed);
    let rng = &mut rng;
    let p = recipe.pattern.as_str();
    let n = recipe.n.max(1);
    let k = |n: usize| recipe.k.unwrap_or(n / 2).clamp(1, n) as i32;
    Ok(match slug {
        "kth-largest" => {
            let nums = numbers(rng, p, n, -10_000, 10_000);
            vec![nums.clone().into(), k(n).into()]
        }
        "top-k-frequent" => {
            let (nums, k) = top_k(rng, p, n, recipe.k.unwrap_or(10));
            vec![nums.into(), (k as i32).into()]
        }
        "merge-k-lists" => vec![merge_lists(
            rng,
            p,
            recipe.lists.unwrap_or(100).min(10_000),
            n.min(10_000),
        )
        .into()],
        "median-stream" => median_calls(rng, p, n.min(50_000)),
        "sliding-window-median" => {
            let nums = numbers(rng, p, n, i32::MIN, i32::MAX);
            vec![nums.into(), k(n).into()]
        }
        "task-scheduler" => {
            let tasks: Vec<Value> = tasks(rng, p, n.min(10_000))
                .into_iter()
                .map(|c| Value::Str(c.to_string()))
                .collect();
            vec![
                Value::List(tasks),
                (recipe.cooldown.unwrap_or(2).min(100) as i32).into(),
            ]
        }
        "k-closest-points" => {
            let n = n.min(10_000);
            let k = k(n) as usize;
            let pts = closest_points(rng, p, n, k);
            vec![
                Value::List(pts.into_iter().map(|[x, y]| vec![x, y].into()).collect()),
                (k as i32).into(),
            ]
        }
        "last-stone-weight" => {
            let n = n.min(30);
            let stones: Vec<i32> = match p {
                "all-equal" => vec![rng.gen_range(1..=1000); n],
                "powers" => (0..n).map(|i| 1 << (i % 10)).collect(),
                _ => (0..n).map(|_| rng.gen_range(1..=1000)).collect(),
            };
            vec![stones.into()]
        }
        _ => return Err(format!("{slug} has no built-in generator")),
    })
}

/// `n` numbers in `lo..=hi` shaped by the pattern.
fn numbers(rng: &mut ChaCha8Rng, pattern: &str, n: usize, lo: i32, hi: i32) -> Vec<i32> {
    let mut v: Vec<i32> = match pattern {
        "all-equal" => vec![rng.gen_range(lo..=hi); n],
        "few-distinct" => {
            let pool: Vec<i32> = (0..5).map(|_| rng.gen_range(lo..=hi)).collect();
            (0..n).map(|_| pool[rng.gen_range(0..pool.len())]).collect()
        }
        "extremes" => {
            let pool = [lo, lo.saturating_add(1), hi, hi.saturating_sub(1)];
            (0..n).map(|_| pool[rng.gen_range(0..pool.len())]).collect()
        }
        _ => (0..n).map(|_| rng.gen_range(lo..=hi)).collect(),
    };
    match pattern {
        "sorted-ascending" => v.sort_unstable(),
        "sorted-descending" => v.sort_unstable_by(|a, b| b.cmp(a)),
        _ => {}
    }
    v
}

/// Values whose top-`k` frequencies are strictly above the rest (a unique answer).
fn top_k(rng: &mut ChaCha8Rng, pattern: &str, n: usize, k: usize) -> (Vec<i32>, usize) {
    if pattern == "one-dominant" {
        // One value holds 70% of the input (a count past 2^16 that wraps to
        // 4464 in 16 bits), a second one 6%, the rest is a random input whose
        // own top k - 2 is unique.
        let (top, second) = (n * 7 / 10, n * 6 / 100);
        let rest = n - top - second;
        let (mut nums, k_rest) = top_k(rng, "random", rest.max(1), k.max(3) - 2);
        let mut fresh = |taken: &[i32]| loop {
            let v = rng.gen_range(-10_000..=10_000);
            if !taken.contains(&v) {
                break v;
            }
        };
        let a = fresh(&nums);
        nums.extend(std::iter::repeat_n(a, top));
        let b = fresh(&nums);
        nums.extend(std::iter::repeat_n(b, second));
        nums.shuffle(rng);
        return (nums, if k <= 2 { k.max(1) } else { k_rest + 2 });
    }
    let mut pool: Vec<i32> = (-10_000..=10_000).collect();
    pool.shuffle(rng);
    if pattern == "all-distinct" {
        let d = n.min(pool.len());
        return (pool[..d].to_vec(), d);
    }
    let threshold = if pattern == "heavy-hitters" {
        3
    } else {
        (2 * n / pool.len()).max(2)
    };
    let top_range = if pattern == "heavy-hitters" {
        100..=3000
    } else {
        threshold + 1..=2 * threshold + 1
    };
    let k = k.clamp(1, (n / top_range.start().max(&1)).max(1));
    let mut nums = Vec::with_capacity(n);
    let mut next = pool.into_iter();
    for _ in 0..k {
        let value = next.next().unwrap_or(0);
        let f = rng
            .gen_range(top_range.clone())
            .min(n.saturating_sub(nums.len() + k - 1))
            .max(threshold + 1);
        nums.extend(std::iter::repeat_n(value, f));
    }
    while nums.len() < n {
        let Some(value) = next.next() else { break };
        let f = rng.gen_range(1..=threshold).min(n - nums.len());
        nums.extend(std::iter::repeat_n(value, f));
    }
    nums.shuffle(rng);
    (nums, k)
}

fn merge_lists(rng: &mut ChaCha8Rng, pattern: &str, lists: usize, total: usize) -> Vec<Vec<i32>> {
    let mut out = vec![Vec::new(); lists];
    if lists == 0 {
        return out;
    }
    let open: Vec<usize> = match pattern {
        "with-empty-lists" => (0..lists).filter(|i| i % 2 == 1).collect(),
        _ => (0..lists).collect(),
    };
    let total = total.min(open.len() * 500);
    let equal = rng.gen_range(-10_000..=10_000);
    for i in 0..total {
        let slot = match pattern {
            "many-tiny-lists" | "few-long-lists" => open[i % open.len()],
            _ => loop {
                let s = open[rng.gen_range(0..open.len())];
                if out[s].len() < 500 {
                    break s;
                }
            },
        };
        let v = if pattern == "all-equal" {
            equal
        } else {
            rng.gen_range(-10_000..=10_000)
        };
        out[slot].push(v);
    }
    for list in &mut out {
        list.sort_unstable();
    }
    out
}

fn median_calls(rng: &mut ChaCha8Rng, pattern: &str, calls: usize) -> Vec<Value> {
    let mut ops = vec![Value::Str("MedianFinder".into())];
    let mut args = vec![Value::List(vec![])];
    let mut added = 0i32;
    for i in 0..calls {
        let add = added == 0
            || if pattern == "random" {
                rng.gen_bool(0.5)
            } else {
                i % 2 == 0
            };
        if add {
            let x = match pattern {
                "ascending" => -100_000 + added * 4 % 200_001,
                "descending" => 100_000 - added * 4 % 200_001,
                "alternating" if added % 2 == 0 => rng.gen_range(-100_000..=-99_000),
                "alternating" => rng.gen_range(99_000..=100_000),
                _ => rng.gen_range(-100_000..=100_000),
            };
            added += 1;
            ops.push(Value::Str("addNum".into()));
            args.push(Value::List(vec![x.into()]));
        } else {
            ops.push(Value::Str("findMedian".into()));
            args.push(Value::List(vec![]));
        }
    }
    vec![Value::List(ops), Value::List(args)]
}

fn tasks(rng: &mut ChaCha8Rng, pattern: &str, n: usize) -> Vec<char> {
    let letter = |i: u32| char::from_u32('A' as u32 + i).unwrap_or('A');
    let mut t: Vec<char> = match pattern {
        "all-distinct" => (0..n).map(|i| letter(i as u32 % 26)).collect(),
        "one-dominant" => (0..n)
            .map(|i| {
                if i % 2 == 0 {
                    'A'
                } else {
                    letter(rng.gen_range(1..26))
                }
            })
            .collect(),
        // Two letters tied for the most (counts in the thousands): half `A`,
        // half `B` (and one `C` when `n` is odd).
        "tied-top" => (0..n)
            .map(|i| match i % 2 {
                _ if i + 1 == n && n % 2 == 1 => 'C',
                0 => 'A',
                _ => 'B',
            })
            .collect(),
        _ => (0..n).map(|_| letter(rng.gen_range(0..26))).collect(),
    };
    t.shuffle(rng);
    t
}

fn closest_points(rng: &mut ChaCha8Rng, pattern: &str, n: usize, k: usize) -> Vec<[i32; 2]> {
    if pattern == "rim" {
        return rim_points(rng, n, k);
    }
    let mut pts: Vec<[i32; 2]> = (0..n)
        .map(|_| match pattern {
            "clustered" => [rng.gen_range(4_950..=5_050), rng.gen_range(-5_050..=-4_950)],
            "on-axis" if rng.gen_bool(0.5) => [rng.gen_range(-10_000..=10_000), 0],
            "on-axis" => [0, rng.gen_range(-10_000..=10_000)],
            _ => [
                rng.gen_range(-10_000..=10_000),
                rng.gen_range(-10_000..=10_000),
            ],
        })
        .collect();
    let dist = |p: &[i32; 2]| i64::from(p[0]).pow(2) + i64::from(p[1]).pow(2);
    pts.sort_by_key(dist);
    if k < n {
        // Move every point tied with the k-th but outside the top k further away.
        let t = dist(&pts[k - 1]);
        for p in pts.iter_mut().skip(k).take_while(|p| dist(p) == t) {
            *p = loop {
                let q = [
                    rng.gen_range(-10_000..=10_000),
                    rng.gen_range(-10_000..=10_000),
                ];
                if dist(&q) > t {
                    break q;
                }
            };
        }
    }
    pts.shuffle(rng);
    pts
}

/// Points near the rim of the square with a near-tie at the k boundary: k - 1
/// points closer than 10^8, exactly one at 10^8 (the k-th), the rest at
/// 10^8 + 1 … 10^8 + 144. Single precision rounds 10^8 + 1 and 10^8 + 4 to
/// 10^8, so a float-distance solution cannot tell the k-th from the next ones.
fn rim_points(rng: &mut ChaCha8Rng, n: usize, k: usize) -> Vec<[i32; 2]> {
    let place = |rng: &mut ChaCha8Rng, big: i32, small: i32| {
        let big = if rng.gen_bool(0.5) { big } else { -big };
        let small = if rng.gen_bool(0.5) { small } else { -small };
        if rng.gen_bool(0.5) {
            [big, small]
        } else {
            [small, big]
        }
    };
    let mut pts = Vec::with_capacity(n);
    for _ in 0..k.saturating_sub(1) {
        let (big, small) = (rng.gen_range(9_990..=9_999), rng.gen_range(0..=12));
        pts.push(place(rng, big, small));
    }
    pts.push(place(rng, 10_000, 0));
    while pts.len() < n {
        // Mostly the closest few beyond the cut (the float ties), some farther.
        let small = if rng.gen_bool(0.5) {
            rng.gen_range(1..=2)
        } else {
            rng.gen_range(1..=12)
        };
        pts.push(place(rng, 10_000, small));
    }
    pts.shuffle(rng);
    pts
}

/// One deterministic draw of the signature-derived strategy.
fn generic_sample(problem: &Problem, recipe: &Recipe) -> Result<Vec<Value>, String> {
    use proptest::strategy::{Strategy, ValueTree};
    use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
    if recipe.pattern != "random" {
        return Err(format!(
            "unknown pattern `{}`: {} has no built-in generator, so its recipes use pattern = \"random\" (inputs drawn from the signature's constraints)",
            recipe.pattern,
            problem.slug()
        ));
    }
    let mut seed = [0u8; 32];
    seed[..8].copy_from_slice(&recipe.seed.to_le_bytes());
    let mut runner = TestRunner::new_with_rng(
        Config::default(),
        TestRng::from_seed(RngAlgorithm::ChaCha, &seed),
    );
    let tree = crate::generic::strategy(problem, recipe.n, true)
        .new_tree(&mut runner)
        .map_err(|e| format!("cannot draw an input: {e}"))?;
    Ok(tree.current())
}
