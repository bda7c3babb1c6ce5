//! The inline half of the renderer: words and their styles, wrapped into
//! lines behind the prefixes of the open lists and quotes, then painted.

use super::{Piece, Renderer, Style, CODE, MIN_ROOM, RESET};

impl Renderer {
    /// The style of text at this point (always empty without color).
    pub(super) fn style(&self) -> Style {
        Style(if self.color {
            self.styles.clone()
        } else {
            Vec::new()
        })
    }

    /// Opens an inline style: an ANSI parameter with color, a mark without.
    pub(super) fn mark(&mut self, ansi: &'static str, plain: &str) {
        match self.color {
            true => self.styles.push(ansi),
            false => self.push_piece(plain.to_string(), Style::default()),
        }
    }

    /// Closes the inline style opened by [`Self::mark`].
    pub(super) fn unmark(&mut self, plain: &str) {
        match self.color {
            true => drop(self.styles.pop()),
            false => self.push_piece(plain.to_string(), Style::default()),
        }
    }

    /// Adds inline code in its color, or between backticks. Its spaces do not
    /// break lines, unless the code is too long for a line of its own.
    pub(super) fn inline_code(&mut self, code: &str) {
        let mut style = self.style();
        let code = match self.color {
            true => {
                style.0.push(CODE);
                code.to_string()
            }
            false => format!("`{code}`"),
        };
        if code.chars().count() <= self.room() {
            return self.push_piece(code, style);
        }
        for (i, part) in code.split(' ').enumerate() {
            self.joined &= i == 0;
            self.push_piece(part.to_string(), style.clone());
        }
    }

    /// Adds running text: whitespace separates words, where lines may break.
    pub(super) fn text(&mut self, text: &str) {
        let style = self.style();
        for (i, run) in clean(text).split(char::is_whitespace).enumerate() {
            if i > 0 {
                self.joined = false;
            }
            if !run.is_empty() {
                self.push_piece(run.to_string(), style.clone());
            }
        }
    }

    /// Appends a piece that no line may break, to the last word if the text
    /// goes on without a space, otherwise as a new word.
    pub(super) fn push_piece(&mut self, text: String, style: Style) {
        match self.words.last_mut().filter(|_| self.joined) {
            Some(word) => match word.last_mut() {
                Some(last) if last.1 == style => last.0.push_str(&text),
                _ => word.push((text, style)),
            },
            None => self.words.push(vec![(text, style)]),
        }
        self.joined = true;
    }

    /// Writes the words read so far, wrapped to the room left by the
    /// containers. Returns the width of the widest line written.
    pub(super) fn flush(&mut self) -> usize {
        let words = std::mem::take(&mut self.words);
        self.joined = false;
        let room = self.room();
        let mut widest = 0;
        let mut line: Vec<Piece> = Vec::new();
        let mut used = 0;
        for word in words {
            let len: usize = word.iter().map(|p| p.0.chars().count()).sum();
            if !line.is_empty() && used + 1 + len > room {
                self.line(&self.paint_line(&line));
                widest = widest.max(used);
                (line, used) = (Vec::new(), 0);
            }
            if !line.is_empty() {
                // The space keeps the styles of both neighbours (a heading's underline).
                let (before, after) = (&line.last().expect("not empty").1 .0, &word[0].1 .0);
                let shared = before.iter().zip(after).take_while(|(a, b)| a == b).count();
                line.push((" ".into(), Style(before[..shared].to_vec())));
                used += 1;
            }
            used += len;
            line.extend(word);
        }
        if !line.is_empty() {
            self.line(&self.paint_line(&line));
            widest = widest.max(used);
        }
        widest
    }

    /// The columns left for text inside the open containers.
    pub(super) fn room(&self) -> usize {
        let taken: usize = self.containers.iter().map(|c| c.rest.chars().count()).sum();
        self.width.saturating_sub(taken).max(MIN_ROOM)
    }

    /// Writes one line behind the containers' prefixes. A blank line does not
    /// use up a list marker and has no trailing spaces.
    pub(super) fn line(&mut self, content: &str) {
        let mut out = String::new();
        for c in &mut self.containers {
            out.push_str(if c.used || content.is_empty() {
                &c.rest
            } else {
                &c.first
            });
            c.used |= !content.is_empty();
        }
        out.push_str(content);
        if content.is_empty() {
            out.truncate(out.trim_end().len());
        }
        self.lines.push(out);
    }

    /// One line of pieces, runs of the same style painted together.
    pub(super) fn paint_line(&self, pieces: &[Piece]) -> String {
        let mut out = String::new();
        let mut run: Option<Piece> = None;
        for (text, style) in pieces {
            match run.as_mut() {
                Some((t, s)) if s == style => t.push_str(text),
                _ => {
                    if let Some((t, s)) = run.replace((text.clone(), style.clone())) {
                        out.push_str(&self.paint(&t, &s));
                    }
                }
            }
        }
        if let Some((t, s)) = run {
            out.push_str(&self.paint(&t, &s));
        }
        out
    }

    /// `text` in `style`: wrapped in ANSI codes with color, as it is without.
    pub(super) fn paint(&self, text: &str, style: &Style) -> String {
        match self.color && !style.0.is_empty() {
            true => format!("\x1b[{}m{text}{RESET}", style.0.join(";")),
            false => text.to_string(),
        }
    }
}

/// `text` without control characters, so that no escape code from the
/// source reaches the terminal; tabs are kept.
pub(super) fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() || *c == '\t')
        .collect()
}
