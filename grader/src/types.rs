//! The language-neutral types of signatures (`int`, `int[]`, `ListNode[]`…)
//! from which every language's driver is generated.

use std::fmt;
use std::str::FromStr;

/// A parameter or return type, named as in `problem.toml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Type {
    /// 32-bit signed integer.
    Int,
    /// 64-bit signed integer.
    Long,
    /// Double-precision float.
    Double,
    /// Boolean.
    Bool,
    /// A single character (written `"A"`).
    Char,
    /// A string.
    Str,
    /// A singly-linked list of ints (written as an array).
    ListNode,
    /// No value (methods only; printed `null`).
    Void,
    /// An array of another type.
    List(Box<Type>),
}

impl Type {
    /// The element type, for lists.
    pub fn item(&self) -> Option<&Type> {
        match self {
            Type::List(inner) => Some(inner),
            _ => None,
        }
    }

    /// Nesting depth of lists (`int` 0, `int[]` 1, `int[][]` 2); a linked
    /// list counts as one level, since it is written as an array.
    pub fn depth(&self) -> usize {
        match self {
            Type::List(inner) => 1 + inner.depth(),
            Type::ListNode => 1,
            _ => 0,
        }
    }

    /// Whether values of this type are floats (for the float checker and printing).
    pub fn is_float(&self) -> bool {
        match self {
            Type::Double => true,
            Type::List(inner) => inner.is_float(),
            _ => false,
        }
    }
}

/// A type name that is not one of the known types.
#[derive(Debug, Clone, thiserror::Error)]
#[error("unknown type `{0}`; known types: int, long, double, bool, char, string, ListNode, void, and arrays of them like int[] or int[][]")]
pub struct UnknownType(pub String);

impl FromStr for Type {
    type Err = UnknownType;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        if let Some(inner) = s.strip_suffix("[]") {
            return Ok(Type::List(Box::new(inner.parse()?)));
        }
        Ok(match s {
            "int" => Type::Int,
            "long" => Type::Long,
            "double" => Type::Double,
            "bool" | "boolean" => Type::Bool,
            "char" => Type::Char,
            "string" | "String" => Type::Str,
            "ListNode" => Type::ListNode,
            "void" => Type::Void,
            _ => return Err(UnknownType(s.to_string())),
        })
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::Int => f.write_str("int"),
            Type::Long => f.write_str("long"),
            Type::Double => f.write_str("double"),
            Type::Bool => f.write_str("bool"),
            Type::Char => f.write_str("char"),
            Type::Str => f.write_str("string"),
            Type::ListNode => f.write_str("ListNode"),
            Type::Void => f.write_str("void"),
            Type::List(inner) => write!(f, "{inner}[]"),
        }
    }
}

impl<'de> serde::Deserialize<'de> for Type {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_every_type() {
        for name in [
            "int",
            "long",
            "double",
            "bool",
            "char",
            "string",
            "ListNode",
            "void",
            "int[]",
            "int[][]",
            "ListNode[]",
            "char[]",
        ] {
            assert_eq!(name.parse::<Type>().unwrap().to_string(), name);
        }
        assert!("integer".parse::<Type>().is_err());
        assert_eq!("ListNode[]".parse::<Type>().unwrap().depth(), 2);
        assert!("double[]".parse::<Type>().unwrap().is_float());
    }
}
