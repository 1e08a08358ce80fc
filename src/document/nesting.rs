//! A guard against pathologically deep HTML. The HTML parser checks the whole stack of
//! open elements at many tags, so `<div>` nested 200,000 deep takes minutes to parse,
//! and walking such a tree recursively overflows the stack. No real page nests more
//! than a few dozen elements; beyond [`MAX_DEPTH`] the tags are dropped and their text
//! kept, before the parser sees them.

use std::borrow::Cow;

/// Deeper than any real page (which rarely pass 40), shallow enough that parsing stays
/// linear in practice.
pub const MAX_DEPTH: usize = 512;

/// Elements without content, which never deepen the tree.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr", "keygen", "frame",
];

/// Elements whose end tag may be left out (`<p>` after `<p>`): old pages leave
/// thousands unclosed, so they are not counted as nesting.
const OPTIONAL_END: &[&str] = &[
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot",
    "colgroup", "caption", "rb", "rt", "rp", "rtc", "html", "head", "body",
];

/// Elements whose content is text up to their own end tag (a script's `a<b` is no tag).
const RAW_TEXT: &[&str] = &[
    "script",
    "style",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "plaintext",
];

/// `html` with every start and end tag beyond [`MAX_DEPTH`] levels of nesting removed
/// (their text stays); borrowed unchanged when the page is not that deep, as every real
/// page is.
pub fn flatten_deep(html: &str) -> Cow<'_, str> {
    if scan(html, MAX_DEPTH, None) <= MAX_DEPTH {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    scan(html, MAX_DEPTH, Some(&mut out));
    Cow::Owned(out)
}

/// Walks the tags of `html`, tracking how deep they nest, and returns the greatest
/// depth seen. With `out`, copies `html` there without the tags deeper than `limit`.
fn scan(html: &str, limit: usize, mut out: Option<&mut String>) -> usize {
    let bytes = html.as_bytes();
    let (mut depth, mut deepest) = (0usize, 0usize);
    // Start of the text not yet copied to `out`.
    let mut copied = 0;
    let mut i = 0;
    while let Some(lt) = memchr(b'<', &bytes[i..]).map(|k| i + k) {
        i = lt + 1;
        let rest = &html[lt..];
        if let Some(comment) = rest.strip_prefix("<!--") {
            i = comment.find("-->").map_or(html.len(), |k| lt + 4 + k + 3);
            continue;
        }
        let closing = rest.as_bytes().get(1) == Some(&b'/');
        let name_start = lt + 1 + usize::from(closing);
        let name_len = bytes[name_start..]
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
            continue;
        }
        let name = html[name_start..name_start + name_len].to_ascii_lowercase();
        let end = tag_end(bytes, name_start + name_len);
        i = end;
        let counted = !VOID.contains(&name.as_str()) && !OPTIONAL_END.contains(&name.as_str());
        let mut dropped = false;
        if closing {
            if counted && depth > 0 {
                dropped = depth > limit;
                depth -= 1;
            }
        } else {
            if RAW_TEXT.contains(&name.as_str()) {
                i = raw_text_end(html, end, &name);
            } else if counted && bytes[..end].ends_with(b"/>") {
                // `<div/>` is no start tag in HTML, but some pages write it for an
                // empty element: neither deepens.
            } else if counted {
                depth += 1;
                deepest = deepest.max(depth);
                dropped = depth > limit;
            }
        }
        if dropped && let Some(out) = out.as_deref_mut() {
            out.push_str(&html[copied..lt]);
            copied = end;
        }
    }
    if let Some(out) = out {
        out.push_str(&html[copied..]);
    }
    deepest
}

/// Index just past the `>` that ends a tag whose name ends at `from`, skipping quoted
/// attribute values (`title="a > b"`); the end of the text if it never closes.
fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut quote = None;
    for (k, &b) in bytes[from..].iter().enumerate() {
        match (quote, b) {
            (None, b'"' | b'\'') => quote = Some(b),
            (Some(q), _) if b == q => quote = None,
            (None, b'>') => return from + k + 1,
            _ => {}
        }
    }
    bytes.len()
}

/// Index of the `</name` that ends a raw-text element's content opened at `from`, or
/// the end of the text.
fn raw_text_end(html: &str, from: usize, name: &str) -> usize {
    let bytes = html.as_bytes();
    let mut i = from;
    while let Some(k) = memchr(b'<', &bytes[i..]) {
        let at = i + k;
        let tail = &bytes[at..];
        if tail.get(1) == Some(&b'/')
            && tail.len() >= 2 + name.len()
            && tail[2..2 + name.len()].eq_ignore_ascii_case(name.as_bytes())
        {
            return at;
        }
        i = at + 1;
    }
    html.len()
}

fn memchr(needle: u8, haystack: &[u8]) -> Option<usize> {
    haystack.iter().position(|&b| b == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_ordinary_page_is_borrowed_unchanged() {
        let page = "<html><body><div><p>One<p>Two<br><img src=x><script>if (a<b) {}</script>\
                    <div/><!-- <div><div> --></div></body></html>";
        assert!(matches!(flatten_deep(page), Cow::Borrowed(_)));
        assert_eq!(scan(page, MAX_DEPTH, None), 1);
    }

    #[test]
    fn tags_beyond_the_limit_go_and_their_text_stays() {
        let page = format!(
            "<body>{}deep text{}<p>after</p></body>",
            "<div class=\"a > b\">".repeat(MAX_DEPTH + 3),
            "</div>".repeat(MAX_DEPTH + 3)
        );
        let flat = flatten_deep(&page);
        assert_eq!(flat.matches("<div").count(), MAX_DEPTH);
        assert_eq!(flat.matches("</div>").count(), MAX_DEPTH);
        assert!(flat.contains("deep text"));
        assert!(flat.ends_with("<p>after</p></body>"));
        assert_eq!(scan(&flat, MAX_DEPTH, None), MAX_DEPTH);
    }

    #[test]
    fn unclosed_paragraphs_and_list_items_are_no_nesting() {
        let page = "<ul><li>item".repeat(3) + &"<p>para".repeat(5000);
        assert_eq!(scan(&page, MAX_DEPTH, None), 3);
    }

    #[test]
    fn broken_tags_do_not_panic() {
        for page in [
            "<",
            "</",
            "<a",
            "<div class=\"",
            "<script>",
            "<!--",
            "<é>",
            "</0>",
        ] {
            let _ = flatten_deep(page);
        }
    }
}
