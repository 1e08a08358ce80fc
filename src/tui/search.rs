//! Incremental search within one view: matches are found in the prepared rows, with
//! smart case (a query with a capital letter is case-sensitive).

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
    pub current: Option<Match>,
    /// Index of `current` among all matches, and their number.
    pub index: usize,
    pub total: usize,
}

impl Search {
    pub fn start(view: View, origin: ViewState) -> Search {
        Search {
            query: String::new(),
            editing: true,
            view,
            origin,
            current: None,
            index: 0,
            total: 0,
        }
    }
}

/// A match: row and byte range within the row's plain text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub row: usize,
    pub start: usize,
    pub end: usize,
}

/// Every match of `query` in the content, in reading order.
pub fn find_in(content: &Content, query: &str) -> Vec<Match> {
    if query.is_empty() {
        return Vec::new();
    }
    let fold = !query.chars().any(char::is_uppercase);
    let needle = if fold {
        fold_aligned(query)
    } else {
        Some(query.to_string())
    };
    let mut out = Vec::new();
    for (row, (plain, folded)) in content.search_text().iter().enumerate() {
        let hay = if fold {
            folded.as_deref()
        } else {
            Some(plain.as_str())
        };
        match (hay, needle.as_deref()) {
            // The fast path: a substring search over text whose offsets match.
            (Some(hay), Some(needle)) => {
                out.extend(hay.match_indices(needle).map(|(start, _)| Match {
                    row,
                    start,
                    end: start + needle.len(),
                }))
            }
            _ => out.extend(find_in_text(plain, query).into_iter().map(|m| Match {
                row,
                start: m.start,
                end: m.end,
            })),
        }
    }
    out
}

/// Byte ranges of non-overlapping matches of `query` in `text` (smart case).
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

    #[test]
    fn content_search_agrees_with_text_search() {
        use super::super::content::Builder;
        use super::super::theme::Role;
        let mut b = Builder::new(12);
        b.para(
            "Minsk and MINSK and minsk; İstanbul ärger Ärger",
            Role::Text,
            0,
        );
        let c = b.finish();
        for q in ["minsk", "MINSK", "ärger", "stanbul", "i̇", "nd"] {
            let fast: Vec<_> = find_in(&c, q);
            let slow: Vec<_> = c
                .rows
                .iter()
                .enumerate()
                .flat_map(|(row, r)| {
                    find_in_text(&r.plain(), q).into_iter().map(move |m| Match {
                        row,
                        start: m.start,
                        end: m.end,
                    })
                })
                .collect();
            assert_eq!(fast, slow, "{q}");
        }
    }
}
