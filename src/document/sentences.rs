//! Sentence segmentation: sentencex's English rules (abbreviations, initials, decimals,
//! ellipses, quotes) plus a repair pass for the cases news text still trips it on.

use std::ops::Range;

use sentencex::languages::{English, Language};

/// Splits a paragraph into sentences, returned as trimmed byte ranges into `text`.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    if text.trim().is_empty() {
        return out;
    }
    for b in (English {}).get_sentence_boundaries(text) {
        let Some(range) = trim(text, b.start_byte..b.end_byte) else {
            continue;
        };
        if let Some(prev) = out.last_mut()
            && should_join(&text[prev.clone()], &text[range.clone()])
        {
            prev.end = range.end;
            continue;
        }
        out.push(range);
    }
    if out.is_empty() {
        out.extend(trim(text, 0..text.len()));
    }
    out
}

/// Narrows a range to exclude surrounding whitespace; `None` if nothing is left.
fn trim(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let s = &text[range.clone()];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    let start = range.start + lead;
    Some(start..start + t.len())
}

/// True when a boundary between `prev` and `next` is a false split: after a single
/// initial (`J. R. R. Tolkien`), or when the next piece cannot start a sentence (a
/// lower-case word, or only closing punctuation).
fn should_join(prev: &str, next: &str) -> bool {
    let first = next.chars().next().unwrap_or(' ');
    if first.is_lowercase() || matches!(first, ',' | ';' | ':' | ')' | ']' | '”' | '’' | '»') {
        return true;
    }
    // "… J." : a lone capital letter before the period.
    let bytes = prev.as_bytes();
    if prev.ends_with('.') && bytes.len() >= 2 {
        let before: Vec<char> = prev[..prev.len() - 1].chars().rev().take(2).collect();
        if let [letter, sep] = before[..]
            && letter.is_uppercase()
            && (sep == ' ' || sep == '.' || sep == '(')
        {
            return true;
        }
        if before.len() == 1 && before[0].is_uppercase() {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn abbreviations_and_titles() {
        let t = "Dr. Smith met Prof. Jones in the U.S. capital on Jan. 5. They talked.";
        assert_eq!(
            sentences(t),
            vec![
                "Dr. Smith met Prof. Jones in the U.S. capital on Jan. 5.",
                "They talked."
            ]
        );
    }

    #[test]
    fn initials() {
        let t = "The book by J. R. R. Tolkien sold well. Critics agreed.";
        assert_eq!(
            sentences(t),
            vec!["The book by J. R. R. Tolkien sold well.", "Critics agreed."]
        );
    }

    #[test]
    fn decimals_and_ellipses() {
        let t = "Growth was 3.5 percent in 2024. Then… nothing. Prices rose by $1.13bn.";
        let s = sentences(t);
        assert_eq!(s[0], "Growth was 3.5 percent in 2024.");
        assert!(s.iter().any(|x| x.contains("$1.13bn")));
        assert!(!s.iter().any(|x| *x == "13bn."));
    }

    #[test]
    fn quote_closing_a_sentence_stays_with_its_attribution() {
        let t = "“We will not back down,” he said. “Never.” The talks ended.";
        let s = sentences(t);
        assert_eq!(s[0], "“We will not back down,” he said.");
        assert_eq!(s.last().unwrap(), &"The talks ended.");
        let t = "\"Prices will rise.\" That was the warning.";
        assert_eq!(
            sentences(t),
            vec!["\"Prices will rise.\"", "That was the warning."]
        );
    }

    #[test]
    fn question_inside_quotes_followed_by_attribution() {
        let t = "“Can Belarus Be Turned Around?” asked the magazine. It answered yes.";
        let s = sentences(t);
        assert_eq!(s.len(), 2, "{s:?}");
    }

    #[test]
    fn ranges_are_trimmed_and_cover_text() {
        let t = "  One.   Two.  ";
        let r = split(t);
        assert_eq!(&t[r[0].clone()], "One.");
        assert_eq!(&t[r[1].clone()], "Two.");
        assert!(split("   ").is_empty());
        assert_eq!(
            sentences("no terminal punctuation"),
            vec!["no terminal punctuation"]
        );
    }
}
