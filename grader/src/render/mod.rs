//! Reporters: render a [`crate::report::Report`] for people (colored text),
//! for tools (JSON) and for CI (JUnit XML). They only render; they decide nothing.

pub mod diff;
pub mod human;
pub mod junit;

/// Output formats of `grader test`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Colored text for a terminal.
    Human,
    /// One JSON object (schema in docs/report-json.md).
    Json,
    /// JUnit XML, one testcase per case.
    Junit,
}

/// Renders a report in the chosen format.
pub fn render(report: &crate::report::Report, format: Format) -> String {
    match format {
        Format::Human => human::render(report),
        Format::Json => {
            serde_json::to_string_pretty(report)
                .unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}"))
                + "\n"
        }
        Format::Junit => junit::render(report),
    }
}
