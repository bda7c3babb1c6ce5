//! Markdown to HTML on the server (`pulldown-cmark`), for statements, hints
//! and editorials. Raw HTML in the markdown is shown as text, never passed
//! through, and links keep only http(s), relative and `#` targets: a problem
//! folder cannot put script into the page.

use pulldown_cmark::{html, CowStr, Event, LinkType, Options, Parser, Tag};

/// `markdown` rendered as an HTML fragment.
pub fn render(markdown: &str) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let events = Parser::new_ext(markdown, options).map(|event| match event {
        Event::Html(text) | Event::InlineHtml(text) => Event::Text(text),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url: safe_url(dest_url),
            title,
            id,
        }),
        Event::Start(Tag::Image {
            dest_url, title, ..
        }) => {
            // Images would be fetched; statements show their alt text instead.
            Event::Start(Tag::Link {
                link_type: LinkType::Inline,
                dest_url: safe_url(dest_url),
                title,
                id: CowStr::Borrowed(""),
            })
        }
        other => other,
    });
    let mut out = String::new();
    html::push_html(&mut out, events);
    out
}

fn safe_url(url: CowStr<'_>) -> CowStr<'_> {
    let lower = url.trim().to_ascii_lowercase();
    let scheme = lower.split_once(':').map(|(s, _)| s);
    match scheme {
        None | Some("http" | "https") => url,
        Some(s) if s.contains('/') || s.contains('#') || s.contains('?') => url,
        _ => CowStr::Borrowed("#"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_markdown_and_escapes_html() {
        let out = render(
            "# Title\n\nSome `code` and <script>alert(1)</script>\n\n```text\nInput: x\n```\n",
        );
        assert!(out.contains("<h1>Title</h1>"), "{out}");
        assert!(out.contains("<code>code</code>"), "{out}");
        assert!(out.contains("&lt;script&gt;"), "{out}");
        assert!(!out.contains("<script>"), "{out}");
        assert!(out.contains("Input: x"), "{out}");
    }

    #[test]
    fn drops_script_links_and_images() {
        let out = render("[a](javascript:alert(1)) [b](https://leetcode.com) ![c](http://x/y.png)");
        assert!(!out.contains("javascript:"), "{out}");
        assert!(out.contains("href=\"https://leetcode.com\""), "{out}");
        assert!(!out.contains("<img"), "{out}");
    }
}
