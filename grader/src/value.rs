//! The one value model for LeetCode's text: ints, floats, bools, strings
//! (chars are one-letter strings), nested lists and null, with one parser
//! and one printer. `[3,2,1]`, `["A","B"]`, `[null,1.50000]` all round-trip.

use std::cmp::Ordering;
use std::fmt;

/// A value as LeetCode writes it in inputs and outputs.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// `null` (the result of a `void` method in class-design problems).
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// An integer (fits `i64`).
    Int(i64),
    /// A floating-point number (any number with a `.` or an exponent).
    Float(f64),
    /// A string; chars are one-character strings, as LeetCode prints them.
    Str(String),
    /// A list (also linked lists, which LeetCode writes as arrays).
    List(Vec<Value>),
}

/// A value text that could not be parsed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("line {line}, column {column}: {message}")]
pub struct ValueError {
    /// 1-based line within the parsed text.
    pub line: usize,
    /// 1-based column within the line.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

impl Value {
    /// Parses one value written the LeetCode way (JSON syntax).
    pub fn parse(text: &str) -> Result<Value, ValueError> {
        // Columns count from the start of `text`, not of the trimmed value.
        let lead = text.len() - text.trim_start().len();
        let lead_line = text[..lead].matches('\n').count();
        let lead_col = text[..lead]
            .rsplit('\n')
            .next()
            .map_or(0, |l| l.chars().count());
        let json: serde_json::Value =
            serde_json::from_str(text.trim()).map_err(|e| ValueError {
                line: e.line() + lead_line,
                column: if e.line() == 1 {
                    e.column() + lead_col
                } else {
                    e.column()
                }
                .max(1),
                message: e
                    .to_string()
                    .split(" at line")
                    .next()
                    .unwrap_or("")
                    .to_string(),
            })?;
        Value::from_json(&json).map_err(|message| ValueError {
            line: 1,
            column: 1,
            message,
        })
    }

    /// Parses text holding one value per non-empty line (a case's input).
    pub fn parse_lines(text: &str) -> Result<Vec<Value>, ValueError> {
        let mut out = Vec::new();
        for (index, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            out.push(Value::parse(line).map_err(|e| ValueError {
                line: index + 1,
                ..e
            })?);
        }
        Ok(out)
    }

    /// Converts from `serde_json`'s model.
    pub fn from_json(json: &serde_json::Value) -> Result<Value, String> {
        use serde_json::Value as J;
        Ok(match json {
            J::Null => Value::Null,
            J::Bool(b) => Value::Bool(*b),
            J::Number(n) => {
                if let Some(i) = n.as_i64() {
                    Value::Int(i)
                } else if n.is_u64() {
                    return Err(format!("integer {n} is out of range"));
                } else {
                    Value::Float(n.as_f64().unwrap_or(f64::NAN))
                }
            }
            J::String(s) => Value::Str(s.clone()),
            J::Array(items) => Value::List(
                items
                    .iter()
                    .map(Value::from_json)
                    .collect::<Result<_, _>>()?,
            ),
            J::Object(_) => return Err("objects are not LeetCode values".to_string()),
        })
    }

    /// The list's items, if this is a list.
    pub fn as_list(&self) -> Option<&[Value]> {
        match self {
            Value::List(items) => Some(items),
            _ => None,
        }
    }

    /// The integer, if this is an int.
    pub fn as_int(&self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(*i),
            _ => None,
        }
    }

    /// The number as a float, if this is an int or a float.
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Value::Int(i) => Some(*i as f64),
            Value::Float(f) => Some(*f),
            _ => None,
        }
    }

    /// The string, if this is a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// Total number of scalars inside (a rough size used to shorten displays).
    pub fn size(&self) -> usize {
        match self {
            Value::List(items) => items.iter().map(Value::size).sum::<usize>().max(1),
            _ => 1,
        }
    }

    /// A total order used to compare lists as multisets (any-order checker).
    pub fn total_cmp(&self, other: &Value) -> Ordering {
        fn rank(v: &Value) -> u8 {
            match v {
                Value::Null => 0,
                Value::Bool(_) => 1,
                Value::Int(_) | Value::Float(_) => 2,
                Value::Str(_) => 3,
                Value::List(_) => 4,
            }
        }
        match (self, other) {
            (Value::Bool(a), Value::Bool(b)) => a.cmp(b),
            (Value::Int(a), Value::Int(b)) => a.cmp(b),
            (a @ (Value::Int(_) | Value::Float(_)), b @ (Value::Int(_) | Value::Float(_))) => {
                let (x, y) = (a.as_f64().unwrap_or(0.0), b.as_f64().unwrap_or(0.0));
                x.total_cmp(&y)
            }
            (Value::Str(a), Value::Str(b)) => a.cmp(b),
            (Value::List(a), Value::List(b)) => {
                for (x, y) in a.iter().zip(b) {
                    let o = x.total_cmp(y);
                    if o != Ordering::Equal {
                        return o;
                    }
                }
                a.len().cmp(&b.len())
            }
            _ => rank(self).cmp(&rank(other)),
        }
    }
}

impl fmt::Display for Value {
    /// Prints LeetCode's way: no spaces, floats with five decimals.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => f.write_str("null"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) if x.is_finite() => {
                let short = format!("{x:.5}");
                if short.parse::<f64>().ok() == Some(*x) {
                    f.write_str(&short)
                } else {
                    write!(f, "{x:?}")
                }
            }
            Value::Float(x) => write!(f, "{x}"),
            Value::Str(s) => f.write_str(&serde_json::Value::String(s.clone()).to_string()),
            Value::List(items) => {
                f.write_str("[")?;
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        f.write_str(",")?;
                    }
                    write!(f, "{item}")?;
                }
                f.write_str("]")
            }
        }
    }
}

/// Helpers for building values from Rust data (used by oracles and generators).
impl From<i32> for Value {
    fn from(i: i32) -> Self {
        Value::Int(i64::from(i))
    }
}

impl From<f64> for Value {
    fn from(x: f64) -> Self {
        Value::Float(x)
    }
}

impl<T: Into<Value>> From<Vec<T>> for Value {
    fn from(items: Vec<T>) -> Self {
        Value::List(items.into_iter().map(Into::into).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_leetcode_text() {
        for text in [
            "[3,2,1,5,6,4]",
            "2",
            "[[1,4,5],[1,3,4],[2,6]]",
            "[]",
            "[[]]",
            "[\"A\",\"B\"]",
            "[null,null,1.50000]",
            "-2147483648",
            "true",
        ] {
            assert_eq!(Value::parse(text).unwrap().to_string(), text);
        }
    }

    #[test]
    fn distinguishes_ints_and_floats() {
        assert_eq!(Value::parse("2").unwrap(), Value::Int(2));
        assert_eq!(Value::parse("2.0").unwrap(), Value::Float(2.0));
        assert_eq!(Value::parse("2.5").unwrap().to_string(), "2.50000");
    }

    #[test]
    fn malformed_text_names_line_and_column() {
        let err = Value::parse_lines("[1,2,3]\n[1,2,\n").unwrap_err();
        assert_eq!(err.line, 2);
        let err = Value::parse("[1,2,}").unwrap_err();
        assert!(err.column >= 5, "{err}");
        assert!(Value::parse("{\"a\":1}").is_err());
    }

    #[test]
    fn lines_skip_blank_lines() {
        let values = Value::parse_lines("[1]\n\n2\n").unwrap();
        assert_eq!(
            values,
            vec![Value::List(vec![Value::Int(1)]), Value::Int(2)]
        );
    }

    #[test]
    fn columns_count_leading_spaces() {
        let err = Value::parse_lines("[1]\n   [1,}\n").unwrap_err();
        assert_eq!((err.line, err.column), (2, 7), "{err}");
    }

    /// Text that looks like values: brackets, numbers, strings, junk.
    fn value_like_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let token = prop_oneof![
            Just("[".to_string()),
            Just("]".to_string()),
            Just(",".to_string()),
            Just("\n".to_string()),
            Just(" ".to_string()),
            Just("null".to_string()),
            Just("true".to_string()),
            Just("\"".to_string()),
            Just("{".to_string()),
            Just("}".to_string()),
            Just(":".to_string()),
            Just("99999999999999999999".to_string()),
            Just("-".to_string()),
            Just(".5e".to_string()),
            any::<i64>().prop_map(|i| i.to_string()),
            any::<f64>().prop_map(|f| f.to_string()),
            "\\PC{0,3}",
        ];
        prop_oneof![
            proptest::collection::vec(token, 0..40).prop_map(|t| t.concat()),
            "\\PC{0,80}",
            any::<String>(),
        ]
    }

    proptest::proptest! {
        #![proptest_config(proptest::test_runner::Config {
            cases: 400,
            failure_persistence: None,
            ..Default::default()
        })]

        /// Arbitrary text never panics; every error points inside the text.
        #[test]
        fn arbitrary_text_is_parsed_or_located(text in value_like_text()) {
            match Value::parse_lines(&text) {
                Ok(values) => {
                    // What parses prints back to text that parses to the same shape.
                    for v in values {
                        let again = Value::parse(&v.to_string());
                        proptest::prop_assert!(again.is_ok(), "{v} does not reparse");
                    }
                }
                Err(e) => {
                    let lines: Vec<&str> = text.lines().collect();
                    proptest::prop_assert!(e.line >= 1 && e.line <= lines.len().max(1), "line {} of {:?}", e.line, text);
                    proptest::prop_assert!(e.column >= 1, "column {} of {:?}", e.column, text);
                    proptest::prop_assert!(!e.message.is_empty());
                }
            }
        }
    }

    #[test]
    fn total_order_sorts_mixed_numbers() {
        let mut v = [Value::Float(2.5), Value::Int(1), Value::Int(3)];
        v.sort_by(Value::total_cmp);
        assert_eq!(Value::List(v.to_vec()).to_string(), "[1,2.50000,3]");
    }
}
