//! Checkers decide whether an answer is right: exact, any order, or floats
//! within an absolute tolerance. Diffs are for display only (see `diff`).

use crate::value::Value;

/// How a problem compares an answer with the expected one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Checker {
    /// Structurally equal.
    Exact,
    /// The top-level list holds the same items, in any order.
    AnyOrder,
    /// Numbers within `tolerance` of the expected ones (ints accepted for
    /// floats, as LeetCode does), elsewhere exact.
    Float {
        /// Absolute tolerance.
        tolerance: f64,
    },
}

impl Checker {
    /// `Ok` when `actual` is an accepted answer for `expected`, else why not.
    pub fn check(&self, expected: &Value, actual: &Value) -> Result<(), String> {
        match self {
            Checker::Exact => exact(expected, actual, "answer"),
            Checker::Float { tolerance } => float(expected, actual, *tolerance, "answer"),
            Checker::AnyOrder => {
                let (Some(e), Some(a)) = (expected.as_list(), actual.as_list()) else {
                    return exact(expected, actual, "answer");
                };
                if e.len() != a.len() {
                    return Err(format!("expected {} items, got {}", e.len(), a.len()));
                }
                let mut e = e.to_vec();
                let mut a = a.to_vec();
                e.sort_by(Value::total_cmp);
                a.sort_by(Value::total_cmp);
                for (x, y) in e.iter().zip(&a) {
                    if x.total_cmp(y) != std::cmp::Ordering::Equal {
                        let missing = e.iter().find(|v| !a.contains(v));
                        let extra = a.iter().find(|v| !e.contains(v));
                        return Err(match (missing, extra) {
                            (Some(m), Some(x)) => format!("{m} is missing and {x} should not be there (order does not matter)"),
                            _ => "the items differ in how often they appear (order does not matter)".to_string(),
                        });
                    }
                }
                Ok(())
            }
        }
    }
}

fn exact(expected: &Value, actual: &Value, at: &str) -> Result<(), String> {
    match (expected, actual) {
        (Value::List(e), Value::List(a)) => {
            if e.len() != a.len() {
                return Err(format!("{at}: expected {} items, got {}", e.len(), a.len()));
            }
            for (i, (x, y)) in e.iter().zip(a).enumerate() {
                exact(x, y, &format!("{at}[{i}]"))?;
            }
            Ok(())
        }
        (e, a) if e == a => Ok(()),
        (e, a) => Err(format!("{at}: expected {e}, got {a}")),
    }
}

fn float(expected: &Value, actual: &Value, tol: f64, at: &str) -> Result<(), String> {
    match (expected, actual) {
        (Value::List(e), Value::List(a)) => {
            if e.len() != a.len() {
                return Err(format!("{at}: expected {} items, got {}", e.len(), a.len()));
            }
            for (i, (x, y)) in e.iter().zip(a).enumerate() {
                float(x, y, tol, &format!("{at}[{i}]"))?;
            }
            Ok(())
        }
        (e, a) => match (e.as_f64(), a.as_f64()) {
            (Some(x), Some(y)) if (x - y).abs() <= tol => Ok(()),
            (Some(_), Some(_)) => Err(format!("{at}: expected {e}, got {a} (tolerance {tol:e})")),
            _ => exact(e, a, at),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(text: &str) -> Value {
        Value::parse(text).unwrap()
    }

    #[test]
    fn exact_compares_structure() {
        assert!(Checker::Exact.check(&v("[1,2]"), &v("[1,2]")).is_ok());
        let err = Checker::Exact.check(&v("[1,2]"), &v("[1,3]")).unwrap_err();
        assert_eq!(err, "answer[1]: expected 2, got 3");
        assert!(Checker::Exact.check(&v("[1,2]"), &v("[1,2,3]")).is_err());
        assert!(Checker::Exact.check(&v("5"), &v("null")).is_err());
    }

    #[test]
    fn any_order_is_a_multiset_comparison() {
        let c = Checker::AnyOrder;
        assert!(c.check(&v("[1,2]"), &v("[2,1]")).is_ok());
        assert!(c.check(&v("[[3,3],[-2,4]]"), &v("[[-2,4],[3,3]]")).is_ok());
        assert!(c.check(&v("[[3,3],[-2,4]]"), &v("[[4,-2],[3,3]]")).is_err());
        assert!(c.check(&v("[1,1,2]"), &v("[1,2,2]")).is_err());
        assert!(c.check(&v("[1,2]"), &v("[1]")).is_err());
    }

    #[test]
    fn float_accepts_ints_and_tolerance() {
        let c = Checker::Float { tolerance: 1e-5 };
        assert!(c
            .check(&v("[null,1.50000,2.00000]"), &v("[null,1.5,2]"))
            .is_ok());
        assert!(c.check(&v("2.00000"), &v("2.000009")).is_ok());
        assert!(c.check(&v("2.00000"), &v("2.0001")).is_err());
        assert!(c.check(&v("[null,1.5]"), &v("[1.5,null]")).is_err());
        assert!(c.check(&v("2147483647.00000"), &v("-1.0")).is_err());
    }
}
