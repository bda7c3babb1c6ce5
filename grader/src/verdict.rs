//! Verdicts, LeetCode's names for how a submission did.

use serde::Serialize;

/// The verdict of one case or of a whole submission.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub enum Verdict {
    /// Accepted.
    AC,
    /// Wrong Answer.
    WA,
    /// Time Limit Exceeded.
    TLE,
    /// Memory Limit Exceeded.
    MLE,
    /// Runtime Error.
    RE,
    /// Compile Error.
    CE,
    /// Output Limit Exceeded.
    OLE,
    /// The grader itself failed (never the learner's fault).
    IE,
}

impl Verdict {
    /// The long name, as LeetCode shows it.
    pub fn long_name(self) -> &'static str {
        match self {
            Verdict::AC => "Accepted",
            Verdict::WA => "Wrong Answer",
            Verdict::TLE => "Time Limit Exceeded",
            Verdict::MLE => "Memory Limit Exceeded",
            Verdict::RE => "Runtime Error",
            Verdict::CE => "Compile Error",
            Verdict::OLE => "Output Limit Exceeded",
            Verdict::IE => "Internal Error (grader)",
        }
    }

    /// The process exit code for a submission with this verdict.
    pub fn exit_code(self) -> i32 {
        match self {
            Verdict::AC => 0,
            Verdict::IE => 3,
            _ => 1,
        }
    }
}

impl std::fmt::Display for Verdict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self:?}")
    }
}
