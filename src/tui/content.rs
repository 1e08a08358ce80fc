//! Prepared content: a pane's text wrapped to a width once, as rows of styled segments
//! grouped into selectable items. Panes build it; drawing only slices it.

use std::ops::Range;

use textwrap::WordSeparator;
use textwrap::core::{Fragment, Word};
use unicode_width::UnicodeWidthStr;

use super::theme::Role;

/// A run of text in one role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seg {
    pub text: String,
    pub role: Role,
}

/// One screen row.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Row {
    pub segs: Vec<Seg>,
    /// The item this row belongs to.
    pub item: Option<usize>,
}

impl Row {
    /// The row's text without styles (what search looks at).
    pub fn plain(&self) -> String {
        self.segs.iter().map(|s| s.text.as_str()).collect()
    }
}

/// Where an item leads when opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    None,
    Paragraph(usize),
    Speaker(usize),
    Section(usize),
}

/// A selectable unit spanning `rows`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub rows: Range<usize>,
    pub target: Target,
}

/// A pane's (or a column's) prepared rows and items.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Content {
    pub rows: Vec<Row>,
    pub items: Vec<Item>,
    /// The rows joined for searching, built on the first search.
    search_index: std::cell::OnceCell<super::search::SearchIndex>,
}

impl Content {
    /// True once [`Content::search_index`] has been built.
    pub fn has_search_index(&self) -> bool {
        self.search_index.get().is_some()
    }

    /// The rows joined for searching, built once.
    pub fn search_index(&self) -> &super::search::SearchIndex {
        self.search_index
            .get_or_init(|| super::search::SearchIndex::build(self))
    }

    /// The index of the item whose target is `target`.
    pub fn find(&self, target: Target) -> Option<usize> {
        self.items.iter().position(|i| i.target == target)
    }
}

/// Builds [`Content`] at a fixed width.
pub struct Builder {
    pub width: usize,
    content: Content,
    open: Option<usize>,
}

impl Builder {
    pub fn new(width: usize) -> Builder {
        Builder {
            width: width.max(1),
            content: Content::default(),
            open: None,
        }
    }

    /// Starts an item; rows pushed until [`Builder::end_item`] belong to it.
    pub fn start_item(&mut self, target: Target) {
        self.end_item();
        let start = self.content.rows.len();
        self.content.items.push(Item {
            rows: start..start,
            target,
        });
        self.open = Some(self.content.items.len() - 1);
    }

    pub fn end_item(&mut self) {
        if let Some(i) = self.open.take() {
            let end = self.content.rows.len();
            let item = &mut self.content.items[i];
            item.rows.end = end;
            if item.rows.is_empty() {
                // An item must own a row to be selectable.
                self.content.rows.push(Row {
                    segs: Vec::new(),
                    item: Some(i),
                });
                item.rows.end = end + 1;
            }
        }
    }

    pub fn blank(&mut self) {
        self.push_row(Vec::new());
    }

    pub fn push_row(&mut self, segs: Vec<Seg>) {
        self.content.rows.push(Row {
            segs,
            item: self.open,
        });
    }

    /// Wraps `segs` to the width: the first row starts with `first`, later rows with
    /// `indent` spaces.
    pub fn wrapped(&mut self, first: Vec<Seg>, segs: &[(&str, Role)], indent: usize) {
        let first_width = first.iter().map(|s| s.text.width()).sum::<usize>();
        let lines = wrap(
            segs,
            self.width.saturating_sub(first_width).max(1),
            self.width.saturating_sub(indent).max(1),
        );
        let mut first = Some(first);
        for line in lines {
            let mut row = match first.take() {
                Some(f) => f,
                None if indent > 0 => vec![seg(&" ".repeat(indent), Role::Text)],
                None => Vec::new(),
            };
            row.extend(line);
            self.push_row(row);
        }
        if let Some(f) = first
            && !f.is_empty()
        {
            self.push_row(f);
        }
    }

    /// A plain paragraph of one role.
    pub fn para(&mut self, text: &str, role: Role, indent: usize) {
        let pad = if indent > 0 {
            vec![seg(&" ".repeat(indent), Role::Text)]
        } else {
            Vec::new()
        };
        self.wrapped(pad, &[(text, role)], indent);
    }

    pub fn finish(mut self) -> Content {
        self.end_item();
        self.content
    }
}

/// Lower-cases `s` one character for one, or `None` when a character's lower case has
/// another byte length (then byte offsets would not match the original).
pub fn fold_aligned(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let l = c.to_lowercase().next().unwrap_or(c);
        if l.len_utf8() != c.len_utf8() {
            return None;
        }
        out.push(l);
    }
    Some(out)
}

pub fn seg(text: &str, role: Role) -> Seg {
    Seg {
        text: text.to_string(),
        role,
    }
}

#[derive(Debug)]
struct Frag<'a> {
    word: &'a str,
    whitespace: &'a str,
    role: Role,
    width: usize,
}

impl Fragment for Frag<'_> {
    fn width(&self) -> f64 {
        self.width as f64
    }
    fn whitespace_width(&self) -> f64 {
        self.whitespace.width() as f64
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// Word-wraps styled text (first-fit, textwrap's word boundaries, display widths from
/// unicode-width so CJK and emoji keep their columns); words longer than a line break.
pub fn wrap(segs: &[(&str, Role)], first_width: usize, width: usize) -> Vec<Vec<Seg>> {
    let separator = WordSeparator::new();
    let mut frags = Vec::new();
    for &(text, role) in segs {
        for word in separator.find_words(text) {
            let limit = first_width.min(width).max(1);
            if word.width() > limit as f64 {
                for piece in word.break_apart(limit) {
                    frags.push(frag(&piece, role));
                }
            } else {
                frags.push(frag(&word, role));
            }
        }
    }
    let lines = textwrap::wrap_algorithms::wrap_first_fit(
        &frags,
        &[first_width.max(1) as f64, width.max(1) as f64],
    );
    lines
        .into_iter()
        .map(|line| {
            let mut out: Vec<Seg> = Vec::new();
            for (i, f) in line.iter().enumerate() {
                let last = i + 1 == line.len();
                let text = if last {
                    f.word.to_string()
                } else {
                    format!("{}{}", f.word, f.whitespace)
                };
                match out.last_mut() {
                    Some(s) if s.role == f.role => s.text.push_str(&text),
                    _ => out.push(Seg { text, role: f.role }),
                }
            }
            out
        })
        .filter(|l| !l.is_empty())
        .collect()
}

fn frag<'a>(w: &Word<'a>, role: Role) -> Frag<'a> {
    Frag {
        word: w.word,
        whitespace: w.whitespace,
        role,
        width: w.word.width(),
    }
}

/// Cuts `s` to at most `width` columns, ending with `ellipsis` when cut.
pub fn truncate(s: &str, width: usize, ellipsis: &str) -> String {
    if s.width() <= width {
        return s.to_string();
    }
    let room = width.saturating_sub(ellipsis.width());
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        out.push(c);
    }
    if ellipsis.width() <= width {
        out.push_str(ellipsis);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(lines: &[Vec<Seg>]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.iter().map(|s| s.text.as_str()).collect())
            .collect()
    }

    #[test]
    fn wraps_words_within_width() {
        let lines = wrap(&[("the quick brown fox jumps", Role::Text)], 10, 10);
        assert_eq!(texts(&lines), ["the quick", "brown fox", "jumps"]);
    }

    #[test]
    fn keeps_roles_and_breaks_long_words() {
        let lines = wrap(
            &[("Name:", Role::Speaker), ("abcdefghijkl", Role::Text)],
            6,
            6,
        );
        assert!(
            lines
                .iter()
                .all(|l| l.iter().map(|s| s.text.width()).sum::<usize>() <= 6)
        );
        assert_eq!(lines[0][0].role, Role::Speaker);
    }

    #[test]
    fn cjk_and_emoji_fit_their_columns() {
        let lines = wrap(&[("日本語のテキストです 🎉🎉🎉 ok", Role::Text)], 8, 8);
        for l in &lines {
            let w: usize = l.iter().map(|s| s.text.width()).sum();
            assert!(w <= 8, "{l:?}");
        }
        assert_eq!(
            texts(&lines).concat().replace(' ', ""),
            "日本語のテキストです🎉🎉🎉ok"
        );
    }

    #[test]
    fn tiny_widths_do_not_panic() {
        for w in 0..4 {
            let _ = wrap(&[("wide 日本 words", Role::Text)], w, w);
        }
        assert_eq!(truncate("héllo world", 6, "…"), "héllo…");
        assert_eq!(truncate("日本語", 3, "…"), "日…");
        assert_eq!(truncate("abc", 0, "…"), "");
    }

    #[test]
    fn builder_items_own_their_rows() {
        let mut b = Builder::new(20);
        b.para("heading", Role::Heading, 0);
        b.start_item(Target::Paragraph(3));
        b.para("a long paragraph that wraps over lines", Role::Text, 2);
        b.end_item();
        b.start_item(Target::None);
        let c = b.finish();
        assert_eq!(c.items.len(), 2);
        assert_eq!(c.items[0].rows.start, 1);
        assert!(c.items[0].rows.len() > 1);
        assert_eq!(c.items[1].rows.len(), 1);
        assert_eq!(c.find(Target::Paragraph(3)), Some(0));
        assert!(
            c.rows[c.items[0].rows.start..c.items[0].rows.end]
                .iter()
                .all(|r| r.item == Some(0))
        );
    }
}
