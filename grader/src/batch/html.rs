//! The static HTML report: `index.html` (pass rate, mean score, verdict mix
//! and most common failing cases per problem; the roster's issues; every
//! student's scores) and `students/<id>.html`, the feedback a student gets at
//! the chosen detail level. Plain HTML with inline CSS: opens from a folder.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::formats::{feedback, Detail};
use super::gradebook::{number, Book};

const VERDICTS: [&str; 8] = ["AC", "WA", "TLE", "MLE", "RE", "CE", "OLE", "IE"];

const STYLE: &str = "body{font-family:sans-serif;margin:2em;max-width:70em}\
table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left}\
pre{background:#f6f6f6;padding:.8em;overflow-x:auto}.AC{color:#080}.bad{color:#b00}";

/// Escapes text for HTML.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A file name for a student's page: the id with anything but
/// `[A-Za-z0-9._-]` percent-encoded (so no id can leave the folder).
pub fn page_name(student: &str) -> String {
    let mut out = String::new();
    for b in student.bytes() {
        if b.is_ascii_alphanumeric() || b"_-".contains(&b) || (b == b'.' && !out.is_empty()) {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    format!("{out}.html")
}

fn page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{}</title><style>{STYLE}</style></head>\n<body>\n{body}</body></html>\n",
        escape(title)
    )
}

/// The index page.
pub fn index(book: &Book) -> String {
    let mut b = String::new();
    let _ = writeln!(
        b,
        "<h1>Class report</h1>\n<p>{} students · {} submissions graded · {} problems · batch seed {}</p>",
        book.students.len(),
        book.submissions.len(),
        book.problems.len(),
        book.batch_seed
    );
    b.push_str("<h2>Problems</h2>\n<table><tr><th>problem</th><th>submitted</th><th>accepted</th><th>mean score</th>");
    for v in VERDICTS {
        let _ = write!(b, "<th>{v}</th>");
    }
    b.push_str("<th>most common failing cases</th></tr>\n");
    for p in &book.problems {
        let subs: Vec<_> = book
            .submissions
            .iter()
            .filter(|s| s.problem == p.slug)
            .collect();
        let ac = subs.iter().filter(|s| s.outcome.verdict == "AC").count();
        let scores: Vec<f64> = subs.iter().filter_map(|s| s.score).collect();
        let mean = if scores.is_empty() {
            0.0
        } else {
            scores.iter().sum::<f64>() / scores.len() as f64
        };
        let rate = if subs.is_empty() {
            0.0
        } else {
            100.0 * ac as f64 / subs.len() as f64
        };
        let _ = write!(
            b,
            "<tr><td>{}</td><td>{}</td><td>{ac} ({}%)</td><td>{} / {}</td>",
            escape(&p.title),
            subs.len(),
            number(rate),
            number(mean),
            number(p.scoring.points)
        );
        for v in VERDICTS {
            let _ = write!(
                b,
                "<td>{}</td>",
                subs.iter().filter(|s| s.outcome.verdict == v).count()
            );
        }
        let mut failing: BTreeMap<&str, usize> = BTreeMap::new();
        for s in &subs {
            for c in s.outcome.cases.iter().filter(|c| c.verdict != "AC") {
                *failing.entry(c.name.as_str()).or_default() += 1;
            }
        }
        let mut top: Vec<(&str, usize)> = failing.into_iter().collect();
        top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let shown: Vec<String> = top
            .iter()
            .take(3)
            .map(|(name, n)| format!("{} ({n})", escape(name)))
            .collect();
        let _ = writeln!(b, "<td>{}</td></tr>", shown.join(", "));
    }
    b.push_str("</table>\n");
    if !book.issues.is_empty() {
        b.push_str("<h2>Roster issues (not graded)</h2>\n<table><tr><th>student</th><th>where</th><th>what</th></tr>\n");
        for i in &book.issues {
            let _ = writeln!(
                b,
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&i.student),
                escape(&i.place),
                escape(&i.message)
            );
        }
        b.push_str("</table>\n");
    }
    b.push_str("<h2>Students</h2>\n<table><tr><th>student</th>");
    for p in &book.problems {
        let _ = write!(b, "<th>{}</th>", escape(&p.slug));
    }
    let _ = writeln!(b, "<th>total / {}</th></tr>", number(book.points()));
    for student in &book.students {
        let mine = book.of_student(student);
        let _ = write!(
            b,
            "<tr><td><a href=\"students/{}\">{}</a></td>",
            escape(&page_name(student)),
            escape(student)
        );
        for p in &book.problems {
            let cell = match mine.get(p.slug.as_str()) {
                None => "—".to_string(),
                Some(s) => format!(
                    "<span class=\"{}\">{} {}</span>",
                    if s.outcome.verdict == "AC" {
                        "AC"
                    } else {
                        "bad"
                    },
                    s.score.map_or("-".into(), number),
                    escape(&s.outcome.verdict)
                ),
            };
            let _ = write!(b, "<td>{cell}</td>");
        }
        let _ = writeln!(b, "<td>{}</td></tr>", number(book.total(student)));
    }
    b.push_str("</table>\n");
    page("Class report", &b)
}

/// One student's page.
pub fn student(book: &Book, student: &str, detail: Detail) -> String {
    let mine = book.of_student(student);
    let mut b = String::new();
    let _ = writeln!(
        b,
        "<p><a href=\"../index.html\">class report</a></p>\n<h1>{}</h1>\n<p>total: {} / {}</p>",
        escape(student),
        number(book.total(student)),
        number(book.points())
    );
    for p in &book.problems {
        let _ = writeln!(
            b,
            "<h2>{} <small>({})</small></h2>",
            escape(&p.title),
            escape(&p.slug)
        );
        match mine.get(p.slug.as_str()) {
            None => b.push_str("<p>not submitted</p>\n"),
            Some(s) => {
                let _ = writeln!(
                    b,
                    "<p>file: <code>{}</code></p>\n<pre>{}</pre>",
                    escape(&s.file),
                    escape(&feedback(s, detail))
                );
            }
        }
    }
    let issues: Vec<_> = book
        .issues
        .iter()
        .filter(|i| i.student == student)
        .collect();
    if !issues.is_empty() {
        b.push_str("<h2>Not graded</h2>\n<ul>\n");
        for i in issues {
            let _ = writeln!(
                b,
                "<li><code>{}</code>: {}</li>",
                escape(&i.place),
                escape(&i.message)
            );
        }
        b.push_str("</ul>\n");
    }
    page(student, &b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_names_stay_in_the_folder() {
        assert_eq!(page_name("alice"), "alice.html");
        assert_eq!(page_name("../x"), "%2E.%2Fx.html");
        assert_eq!(page_name(".hidden"), "%2Ehidden.html");
        assert_eq!(page_name("a b"), "a%20b.html");
        assert_eq!(escape("<a href='x'>&"), "&lt;a href=&#39;x&#39;&gt;&amp;");
    }
}
