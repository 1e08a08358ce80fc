//! Incremental search within one view, with smart case (a query with a capital letter is
//! case-sensitive). Rows of one item are searched as one text, so a phrase that wraps
//! onto the next row is still found; a hit is then drawn as one piece per row.

use std::ops::Range;

use super::app::ViewState;
use super::content::{Content, fold_aligned};
use super::panes::View;

/// A search in progress or confirmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Search {
    pub query: String,
    /// Still typing the query.
    pub editing: bool,
    /// The view searched.
    pub view: View,
    /// Where the view was when the search started (Esc returns there).
    pub origin: ViewState,
    /// Every hit in the view, in reading order.
    pub hits: Vec<Hit>,
    /// The hit `n`/`N` move from.
    pub current: Option<usize>,
}

impl Search {
    pub fn start(view: View, origin: ViewState) -> Search {
        Search {
            query: String::new(),
            editing: true,
            view,
            origin,
            hits: Vec::new(),
            current: None,
        }
    }

    /// The pieces of hits on `row`, each with whether it belongs to the current hit.
    pub fn pieces_on(&self, row: usize) -> Vec<(Range<usize>, bool)> {
        // Hits are in row order; skip those that end before `row`.
        let first = self
            .hits
            .partition_point(|h| h.pieces.last().is_some_and(|p| p.row < row));
        self.hits[first..]
            .iter()
            .enumerate()
            .take_while(|(_, h)| h.first_row() <= row)
            .flat_map(|(i, h)| {
                let current = self.current == Some(first + i);
                h.pieces
                    .iter()
                    .filter(move |p| p.row == row)
                    .map(move |p| (p.start..p.end, current))
            })
            .collect()
    }
}

/// The part of a hit on one row: byte range within the row's plain text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Piece {
    pub row: usize,
    pub start: usize,
    pub end: usize,
}

/// One occurrence of the query, over one or more rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub pieces: Vec<Piece>,
}

impl Hit {
    pub fn first_row(&self) -> usize {
        self.pieces.first().map_or(0, |p| p.row)
    }
}

/// The rows of a view joined per item for searching: built once per content.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchIndex {
    groups: Vec<Group>,
}

/// Consecutive rows of one item (or a single row outside items), joined with spaces and
/// without the indentation of continuation rows.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Group {
    text: String,
    /// `text` lower-cased one character for one (None when lengths would change).
    folded: Option<String>,
    /// (row, byte offset in the row where its part starts, start in `text`, length).
    parts: Vec<(usize, usize, usize, usize)>,
}

impl SearchIndex {
    pub fn build(content: &Content) -> SearchIndex {
        let mut groups: Vec<Group> = Vec::new();
        let mut open: Option<usize> = None;
        for (row, r) in content.rows.iter().enumerate() {
            let plain = r.plain();
            let trimmed = plain.trim_start();
            let offset = plain.len() - trimmed.len();
            let joins = r.item.is_some() && r.item == open && !groups.is_empty();
            if !joins {
                groups.push(Group {
                    text: String::new(),
                    folded: None,
                    parts: Vec::new(),
                });
            }
            open = r.item;
            let g = groups.last_mut().expect("a group was just pushed");
            if !g.text.is_empty() && !trimmed.is_empty() {
                g.text.push(' ');
            }
            g.parts.push((row, offset, g.text.len(), trimmed.len()));
            g.text.push_str(trimmed);
        }
        for g in &mut groups {
            g.folded = fold_aligned(&g.text);
        }
        SearchIndex { groups }
    }
}

/// Every hit of `query` in the content, in reading order.
pub fn find_in(content: &Content, query: &str) -> Vec<Hit> {
    if query.trim().is_empty() {
        return Vec::new();
    }
    let fold = !query.chars().any(char::is_uppercase);
    let needle = if fold {
        fold_aligned(query)
    } else {
        Some(query.to_string())
    };
    let mut hits = Vec::new();
    for g in &content.search_index().groups {
        let hay = if fold {
            g.folded.as_deref()
        } else {
            Some(g.text.as_str())
        };
        let ranges: Vec<Range<usize>> = match (hay, needle.as_deref()) {
            (Some(hay), Some(needle)) => hay
                .match_indices(needle)
                .map(|(s, _)| s..s + needle.len())
                .collect(),
            _ => find_in_text(&g.text, query),
        };
        for m in ranges {
            let pieces: Vec<Piece> = g
                .parts
                .iter()
                .filter_map(|&(row, offset, start, len)| {
                    let a = m.start.max(start);
                    let b = m.end.min(start + len);
                    (a < b).then(|| Piece {
                        row,
                        start: offset + a - start,
                        end: offset + b - start,
                    })
                })
                .collect();
            if !pieces.is_empty() {
                hits.push(Hit { pieces });
            }
        }
    }
    hits
}

/// Byte ranges of non-overlapping matches of `query` in `text` (smart case), char by
/// char: the slow path for text whose case folding changes byte lengths.
pub fn find_in_text(text: &str, query: &str) -> Vec<Range<usize>> {
    if query.is_empty() {
        return Vec::new();
    }
    let fold = !query.chars().any(char::is_uppercase);
    let norm = |c: char| {
        if fold {
            c.to_lowercase().next().unwrap_or(c)
        } else {
            c
        }
    };
    let needle: Vec<char> = query.chars().map(norm).collect();
    let hay: Vec<(usize, char)> = text.char_indices().map(|(i, c)| (i, norm(c))).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i + needle.len() <= hay.len() {
        if hay[i..i + needle.len()]
            .iter()
            .zip(&needle)
            .all(|((_, a), b)| a == b)
        {
            let start = hay[i].0;
            let end = hay.get(i + needle.len()).map_or(text.len(), |(b, _)| *b);
            out.push(start..end);
            i += needle.len();
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::content::{Builder, Target};
    use super::super::theme::Role;
    use super::*;

    #[test]
    fn smart_case_and_unicode() {
        assert_eq!(find_in_text("Minsk and minsk", "minsk"), [0..5, 10..15]);
        assert_eq!(find_in_text("Minsk and minsk", "Minsk"), vec![0..5]);
        assert_eq!(find_in_text("Ärger ärger", "ärger"), [0..6, 7..13]);
        assert_eq!(find_in_text("日本語", "本"), vec![3..6]);
        assert!(find_in_text("abc", "").is_empty());
        assert!(find_in_text("ab", "abc").is_empty());
    }

    fn content() -> Content {
        let mut b = Builder::new(16);
        b.para("Heading minsk", Role::Heading, 0);
        b.start_item(Target::Paragraph(0));
        b.para(
            "Minsk and MINSK and minsk; political dependence on İstanbul ärger",
            Role::Text,
            2,
        );
        b.end_item();
        b.finish()
    }

    fn texts(c: &Content, hits: &[Hit]) -> Vec<String> {
        hits.iter()
            .map(|h| {
                h.pieces
                    .iter()
                    .map(|p| c.rows[p.row].plain()[p.start..p.end].to_string())
                    .collect::<Vec<_>>()
                    .join("|")
            })
            .collect()
    }

    #[test]
    fn finds_across_wrapped_rows() {
        let c = content();
        let hits = find_in(&c, "political dependence");
        assert_eq!(texts(&c, &hits), ["political|dependence"]);
        assert_eq!(hits[0].pieces.len(), 2);
        assert_eq!(texts(&c, &find_in(&c, "minsk")).len(), 4);
        assert_eq!(texts(&c, &find_in(&c, "MINSK")), ["MINSK"]);
        assert_eq!(texts(&c, &find_in(&c, "ärger")), ["ärger"]);
        // İ lower-cases to two characters: the slow path still finds the rest.
        assert_eq!(texts(&c, &find_in(&c, "stanbul")), ["stanbul"]);
        assert!(find_in(&c, " ").is_empty());
    }

    #[test]
    fn pieces_are_listed_per_row() {
        let c = content();
        let mut s = Search::start(View::Text, ViewState::default());
        s.hits = find_in(&c, "political dependence");
        s.current = Some(0);
        let rows: Vec<usize> = s.hits[0].pieces.iter().map(|p| p.row).collect();
        for r in &rows {
            let on = s.pieces_on(*r);
            assert_eq!(on.len(), 1);
            assert!(on[0].1);
        }
        assert!(s.pieces_on(0).is_empty());
    }
}
