//! Renders Markdown for a terminal: headings, paragraphs wrapped to a width,
//! inline code, bold and emphasis, fenced code blocks, lists and quotes.
//!
//! With color the styles are ANSI codes written here directly (this module
//! does not use the `colored` crate), so the output depends neither on that
//! crate's global switch nor on the environment; without color the output has no escape code at all and
//! keeps Markdown's own marks (`` `code` ``, `**bold**`, `*emphasis*`).

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
use wrap::clean;

#[cfg(test)]
mod tests;
mod wrap;

/// The narrowest width text is wrapped to, whatever the caller asks.
const MIN_WIDTH: usize = 40;
/// The narrowest room left for text inside deeply nested lists and quotes.
const MIN_ROOM: usize = 20;
const RESET: &str = "\x1b[0m";
const CODE: &str = "36";

/// Renders `markdown` for a terminal `width` columns wide (at least 40).
/// `color` chooses ANSI styles; without it the text is plain. Words are never
/// split, and code block lines are printed as they are, indented by 4.
pub fn render_terminal(markdown: &str, color: bool, width: usize) -> String {
    let mut r = Renderer {
        color,
        width: width.max(MIN_WIDTH),
        ..Renderer::default()
    };
    for event in Parser::new(markdown) {
        r.event(event);
    }
    r.flush();
    let mut out = r.lines.join("\n");
    out.push('\n');
    out
}

/// The inline styles in force, as ANSI parameters (empty without color).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Style(Vec<&'static str>);

/// A piece of a word in one style.
type Piece = (String, Style);

/// A block that prefixes every line inside it.
struct Container {
    /// The prefix of the first line (a list marker or a quote bar).
    first: String,
    /// The prefix of the following lines (a hanging indent or the bar).
    rest: String,
    /// Whether the first line has been written.
    used: bool,
}

/// The state of one rendering: the lines written, the open blocks and the
/// inline text not yet wrapped.
#[derive(Default)]
struct Renderer {
    color: bool,
    width: usize,
    lines: Vec<String>,
    containers: Vec<Container>,
    /// The next number of each open list (`None` for bullets).
    lists: Vec<Option<u64>>,
    /// Styles opened by tags and not yet closed, innermost last.
    styles: Vec<&'static str>,
    /// The words of the paragraph or heading being read.
    words: Vec<Vec<Piece>>,
    /// Whether the next text continues the last word (no space between).
    joined: bool,
    /// A code block being read.
    code: Option<String>,
    /// The target of each open link and the number of words before its text.
    links: Vec<(String, usize)>,
    /// A blank line is due before the next block.
    blank: bool,
}

impl Renderer {
    /// Handles one event of the parser.
    fn event(&mut self, event: Event) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) => match self.code.as_mut() {
                Some(code) => code.push_str(&text),
                None => self.text(&text),
            },
            Event::InlineHtml(text) | Event::InlineMath(text) | Event::DisplayMath(text) => {
                self.text(&text)
            }
            Event::Code(code) => self.inline_code(&clean(&code)),
            Event::Html(html) => html.lines().for_each(|l| self.line(&clean(l))),
            Event::SoftBreak => self.joined = false,
            Event::HardBreak => {
                self.flush();
            }
            Event::Rule => {
                self.block_start();
                let rule = if self.color { "─" } else { "-" }.repeat(self.room());
                self.line(&rule);
                self.blank = true;
            }
            Event::FootnoteReference(name) => self.text(&format!("[^{name}]")),
            Event::TaskListMarker(done) => self.text(if done { "[x]" } else { "[ ]" }),
        }
    }

    /// Opens a block or an inline style.
    fn start(&mut self, tag: Tag) {
        match tag {
            Tag::Paragraph | Tag::HtmlBlock => self.block_start(),
            Tag::Heading { level, .. } => {
                self.block_start();
                if self.color {
                    self.styles.push("1");
                    if level == HeadingLevel::H1 {
                        self.styles.push("4");
                    }
                }
            }
            Tag::CodeBlock(_) => {
                self.block_start();
                self.code = Some(String::new());
            }
            Tag::BlockQuote(_) => {
                self.block_start();
                let bar = if self.color { "│ " } else { "> " };
                self.open(bar.to_string(), bar.to_string());
            }
            Tag::List(first) => {
                self.block_start();
                self.lists.push(first);
            }
            Tag::Item => {
                self.flush();
                let marker = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{}. ", *n - 1)
                    }
                    _ => if self.color { "• " } else { "- " }.to_string(),
                };
                let indent = " ".repeat(marker.chars().count());
                self.open(marker, indent);
            }
            Tag::Emphasis => self.mark("3", "*"),
            Tag::Strong => self.mark("1", "**"),
            Tag::Strikethrough => self.mark("9", "~~"),
            Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. } => {
                self.links.push((dest_url.to_string(), self.words.len()))
            }
            _ => {}
        }
    }

    /// Closes a block (writing its lines) or an inline style.
    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph | TagEnd::HtmlBlock => self.block_end(),
            TagEnd::Heading(level) => {
                let widest = self.flush();
                self.styles.clear();
                if !self.color && level <= HeadingLevel::H2 {
                    let rule = if level == HeadingLevel::H1 { "=" } else { "-" };
                    self.line(&rule.repeat(widest));
                }
                self.blank = true;
            }
            TagEnd::CodeBlock => {
                let code = self.code.take().unwrap_or_default();
                let style = Style(if self.color { vec![CODE] } else { vec![] });
                for line in code.strip_suffix('\n').unwrap_or(&code).split('\n') {
                    let line = clean(line);
                    match line.is_empty() {
                        true => self.line(""),
                        false => self.line(&format!("    {}", self.paint(&line, &style))),
                    }
                }
                self.blank = true;
            }
            TagEnd::BlockQuote(_) => {
                self.block_end();
                self.containers.pop();
            }
            TagEnd::List(_) => {
                self.flush();
                self.lists.pop();
                // A list nested in a tight item needs no blank line after it.
                self.blank = self.lists.is_empty();
            }
            TagEnd::Item => {
                self.flush();
                self.containers.pop();
            }
            TagEnd::Emphasis => self.unmark("*"),
            TagEnd::Strong => self.unmark("**"),
            TagEnd::Strikethrough => self.unmark("~~"),
            TagEnd::Link | TagEnd::Image => {
                let (url, first) = self.links.pop().unwrap_or_default();
                let words = self.words.get(first..).unwrap_or_default();
                let text: Vec<String> = words
                    .iter()
                    .map(|w| w.iter().map(|p| p.0.as_str()).collect())
                    .collect();
                let text = text.join(" ");
                if !url.is_empty() && text != url && format!("mailto:{text}") != url {
                    self.joined = false;
                    self.push_piece(format!("<{}>", clean(&url)), self.style());
                }
            }
            _ => {}
        }
    }

    /// Opens a container whose first line starts with `first`, the others with `rest`.
    fn open(&mut self, first: String, rest: String) {
        self.containers.push(Container {
            first,
            rest,
            used: false,
        });
    }

    /// Starts a block: ends the text before it and writes a blank line if due.
    fn block_start(&mut self) {
        self.flush();
        if self.blank && !self.lines.is_empty() {
            self.line("");
        }
        self.blank = false;
    }

    /// Ends a block: writes its text; the next block comes after a blank line.
    fn block_end(&mut self) {
        self.flush();
        self.blank = true;
    }
}
