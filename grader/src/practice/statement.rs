//! Splits a problem statement (`problems/<slug>/statement.md`) into what the
//! learner sees at once (the body) and what is revealed later: the hints, one
//! at a time, and the editorial after an accepted submission.
//!
//! Sections are found with `pulldown-cmark`, so a `## Hints` line inside a
//! fenced code block or a block quote is not mistaken for a heading. A
//! section runs from its level-2 heading to the next heading of level 1 or 2.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
use std::ops::Range;

#[cfg(test)]
mod tests;

/// A statement split into its parts. Markdown is kept in every part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// Everything except the `## Hints` and `## Editorial` sections: the
    /// title, the description, the examples and the constraints.
    pub body: String,
    /// The items of the list under `## Hints`, in order, each on one line
    /// (continuation lines joined with a space). Empty items are skipped.
    pub hints: Vec<String>,
    /// The content of `## Editorial` without its heading, or `None` when the
    /// section is missing or empty.
    pub editorial: Option<String>,
}

/// Which of the sections that are taken out of the body a heading opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Hints,
    Editorial,
}

/// Splits `markdown` into body, hints and editorial. The sections may come in
/// any order or be missing; CRLF line endings are accepted (the parts use LF).
pub fn parse(markdown: &str) -> Statement {
    let text = markdown.replace("\r\n", "\n");
    let sections = sections(&text);

    let mut body = String::new();
    let mut kept = 0;
    for (_, whole, _) in &sections {
        push_part(&mut body, &text[kept..whole.start]);
        kept = whole.end;
    }
    push_part(&mut body, &text[kept..]);

    let mut hints = Vec::new();
    let mut editorial: Vec<&str> = Vec::new();
    for (kind, _, content) in &sections {
        let content = &text[content.clone()];
        match kind {
            Kind::Hints => hints.extend(list_items(content)),
            Kind::Editorial if !content.trim().is_empty() => editorial.push(content.trim()),
            Kind::Editorial => {}
        }
    }
    Statement {
        body,
        hints,
        editorial: (!editorial.is_empty()).then(|| editorial.join("\n\n")),
    }
}

/// Appends a kept part of the source to the body, one blank line between
/// parts, the whole ending with a single newline.
fn push_part(body: &mut String, part: &str) {
    let part = part.trim_matches('\n').trim_end();
    if part.is_empty() {
        return;
    }
    if !body.is_empty() {
        body.push('\n');
    }
    body.push_str(part);
    body.push('\n');
}

/// The hint and editorial sections of `text`, in source order: their kind,
/// their byte range with the heading, and the byte range of their content.
fn sections(text: &str) -> Vec<(Kind, Range<usize>, Range<usize>)> {
    let mut found = Vec::new();
    // The section being read: its kind, start and where its content starts.
    let mut open: Option<(Kind, usize, usize)> = None;
    let mut nesting = 0usize;
    let mut heading: Option<(HeadingLevel, usize, String)> = None;
    for (event, range) in Parser::new(text).into_offset_iter() {
        match event {
            Event::Start(Tag::BlockQuote(_) | Tag::List(_) | Tag::FootnoteDefinition(_)) => {
                nesting += 1
            }
            Event::End(TagEnd::BlockQuote(_) | TagEnd::List(_) | TagEnd::FootnoteDefinition) => {
                nesting -= 1
            }
            Event::Start(Tag::Heading { level, .. }) if nesting == 0 => {
                heading = Some((level, range.start, String::new()))
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, _, title)) = heading.as_mut() {
                    title.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                let Some((level, start, title)) = heading.take() else {
                    continue;
                };
                if level > HeadingLevel::H2 {
                    continue;
                }
                if let Some((kind, from, content)) = open.take() {
                    found.push((kind, from..start, content..start));
                }
                let kind = match title.trim().to_ascii_lowercase().as_str() {
                    "hints" | "hint" => Some(Kind::Hints),
                    "editorial" => Some(Kind::Editorial),
                    _ => None,
                };
                if let Some(kind) = kind.filter(|_| level == HeadingLevel::H2) {
                    open = Some((kind, start, range.end));
                }
            }
            _ => {}
        }
    }
    if let Some((kind, from, content)) = open {
        found.push((kind, from..text.len(), content..text.len()));
    }
    found
}

/// The text of each item of the top-level lists in `section`, markers removed
/// and wrapped lines joined. Items with no text are left out.
fn list_items(section: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut depth = 0usize;
    for (event, range) in Parser::new(section).into_offset_iter() {
        match event {
            Event::Start(Tag::List(_)) => depth += 1,
            Event::End(TagEnd::List(_)) => depth -= 1,
            Event::Start(Tag::Item) if depth == 1 => {
                let item = unwrap_lines(&strip_marker(&section[range]));
                if !item.is_empty() {
                    items.push(item);
                }
            }
            _ => {}
        }
    }
    items
}

/// Removes the list marker (`1.`, `2)`, `-`, `*`, `+`) and the spaces after
/// it from the item's first line, and the same indentation from the others.
fn strip_marker(item: &str) -> String {
    let first = item.lines().next().unwrap_or("");
    let lead = first.len() - first.trim_start().len();
    let rest = &first[lead..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let marker = if digits > 0 { digits + 1 } else { 1 }.min(rest.len());
    let after = &rest[marker..];
    let spaces = after.len() - after.trim_start_matches(' ').len();
    let indent = lead + marker + spaces;
    item.lines()
        .enumerate()
        .map(|(i, line)| {
            if i == 0 {
                return &first[indent.min(first.len())..];
            }
            let blank = line.len() - line.trim_start_matches(' ').len();
            &line[blank.min(indent)..]
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Joins the wrapped lines of each paragraph with a space. Fenced code, blank
/// lines and lines that start a new block (a list item, a quote, a heading)
/// keep their own lines.
fn unwrap_lines(text: &str) -> String {
    let mut out = String::new();
    let mut fence: Option<&str> = None;
    let mut joinable = false;
    for line in text.trim().lines() {
        let trimmed = line.trim();
        if let Some(marker) = fence {
            out.push('\n');
            out.push_str(line);
            if trimmed.starts_with(marker) {
                fence = None;
            }
            continue;
        }
        let opens_fence = ["```", "~~~"].into_iter().find(|m| trimmed.starts_with(m));
        let starts_block = opens_fence.is_some() || trimmed.is_empty() || starts_block(trimmed);
        if joinable && !starts_block {
            out.push(' ');
            out.push_str(trimmed);
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(if opens_fence.is_some() { line } else { trimmed });
        fence = opens_fence;
        joinable = fence.is_none() && !trimmed.is_empty();
    }
    out
}

/// Whether a trimmed line starts a block that must stay on its own line.
fn starts_block(line: &str) -> bool {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let ordered =
        digits > 0 && (line[digits..].starts_with(". ") || line[digits..].starts_with(") "));
    let bullet = ["- ", "* ", "+ "].iter().any(|b| line.starts_with(b));
    ordered || bullet || line.starts_with('#') || line.starts_with('>') || line.starts_with('|')
}
