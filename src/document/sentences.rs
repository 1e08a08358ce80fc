//! Sentence segmentation: sentencex's English rules (abbreviations, initials, decimals,
//! ellipses, quotes) plus a repair pass for the cases news text still trips it on.

use std::ops::Range;

use sentencex::languages::{English, Language};

/// Splits a paragraph into sentences, returned as trimmed byte ranges into `text`.
///
/// sentencex never splits inside quotation marks, but a news paragraph is often one long
/// quotation of several sentences, so the marks are masked (same byte length) before
/// segmenting and put back around each sentence afterwards.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    if text.trim().is_empty() {
        return out;
    }
    let masked = mask_quotes(text);
    for b in (English {}).get_sentence_boundaries(&masked) {
        let Some(range) = trim(text, widen(text, &masked, b.start_byte..b.end_byte)) else {
            continue;
        };
        if let Some(prev) = out.last_mut() {
            if range.end <= prev.end {
                continue;
            }
            let Some(range) = trim(text, prev.end.max(range.start)..range.end) else {
                continue;
            };
            if should_join(text, prev.clone(), range.clone()) {
                prev.end = range.end;
            } else {
                out.push(range);
            }
            continue;
        }
        out.push(range);
    }
    if out.is_empty() {
        out.extend(trim(text, 0..text.len()));
    }
    out
}

/// Quotation marks that open or close a quote (an apostrophe inside a word is kept).
fn is_quote_mark(text: &str, at: usize, c: char) -> bool {
    match c {
        '"' | '“' | '”' | '„' | '«' | '»' | '‘' | '‚' => true,
        '’' | '\'' => {
            let before = text[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            let after = text[at + c.len_utf8()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
            !(before && after)
        }
        _ => false,
    }
}

/// A mark that can open a quotation here: an opening form, or a straight mark after a
/// space or at the start.
fn is_opening_mark(text: &str, at: usize, c: char) -> bool {
    match c {
        '“' | '„' | '«' | '‘' | '‚' => true,
        '"' | '\'' => text[..at]
            .chars()
            .next_back()
            .is_none_or(char::is_whitespace),
        _ => false,
    }
}

/// `text` with every quotation mark replaced by spaces of the same byte length.
fn mask_quotes(text: &str) -> String {
    let mut bytes = text.as_bytes().to_vec();
    // Every quotation mark starts with one of these bytes; check only there.
    for (at, &b) in text.as_bytes().iter().enumerate() {
        if matches!(b, b'"' | b'\'' | 0xC2 | 0xE2)
            && let Some(c) = text.get(at..).and_then(|s| s.chars().next())
            && is_quote_mark(text, at, c)
        {
            bytes[at..at + c.len_utf8()].fill(b' ');
        }
    }
    String::from_utf8(bytes).expect("whole characters were replaced by ASCII")
}

/// Puts back quotation marks that open a sentence or close it (with the punctuation
/// around them: `…,” he said.` stays one sentence by [`should_join`]).
fn widen(text: &str, masked: &str, mut range: Range<usize>) -> Range<usize> {
    // Opening marks just before the start (possibly after spaces the mask left).
    let mut start = range.start;
    let head = &text[..range.start];
    for (at, c) in head.char_indices().rev() {
        if c == ' ' && text[at..range.start].trim().is_empty() {
            continue;
        }
        if is_opening_mark(text, at, c) {
            start = at;
        }
        break;
    }
    range.start = start.min(range.start);
    // Closing marks right after the end.
    let trimmed_end = range.start + masked[range.clone()].trim_end().len();
    let mut end = trimmed_end;
    for (i, c) in text[trimmed_end..].char_indices() {
        if is_quote_mark(text, trimmed_end + i, c) {
            end = trimmed_end + i + c.len_utf8();
        } else {
            break;
        }
    }
    range.end = end;
    range
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

/// True when a boundary between `prev` and `next` is a false split: no space between
/// them (`Caliber.Az`), after a single initial (`J. R. R. Tolkien`, `Belarus–U.S.`), or
/// before a piece that cannot start a sentence (a lower-case word, closing punctuation).
fn should_join(text: &str, prev: Range<usize>, next: Range<usize>) -> bool {
    if prev.end == next.start && !text[..prev.end].ends_with(['"', '”', '’', '»']) {
        return true;
    }
    let (prev, next) = (&text[prev], &text[next]);
    let first = next.chars().next().unwrap_or(' ');
    if first.is_lowercase() || matches!(first, ',' | ';' | ':' | ')' | ']' | '”' | '’' | '»') {
        return true;
    }
    // `after 11 p.m. Monday`: a clock time goes on into its day or date.
    let tail = prev
        .as_bytes()
        .get(prev.len().saturating_sub(5)..)
        .unwrap_or(b"");
    let clock = tail.eq_ignore_ascii_case(b" p.m.") || tail.eq_ignore_ascii_case(b" a.m.");
    if clock
        && next
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(is_day_or_month)
    {
        return true;
    }
    // `Engr. Ana Ruiz`, `Cllr. Tom Lee`: an abbreviated title before a name.
    if first.is_uppercase() && ends_with_title(prev) {
        return true;
    }
    // "… J." : a lone capital letter before the period.
    if let Some(body) = prev.strip_suffix('.') {
        let mut rev = body.chars().rev();
        if let Some(letter) = rev.next()
            && letter.is_uppercase()
            && rev.next().is_none_or(|c| !c.is_alphanumeric())
        {
            return true;
        }
    }
    false
}

/// Longest abbreviated title (`Supt`, `Engr`) read as one before a name.
const MAX_TITLE_ABBREVIATION: usize = 4;

/// True when `prev` ends in a capitalised, abbreviated title and its dot (`… Engr.`,
/// `… Cllr.`). Titles that are whole words (`the King.`, `Sir.`) may end a sentence.
fn ends_with_title(prev: &str) -> bool {
    let Some(body) = prev.strip_suffix('.') else {
        return false;
    };
    let word = body
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let lower = word.to_lowercase();
    word.starts_with(char::is_uppercase)
        && (2..=MAX_TITLE_ABBREVIATION).contains(&word.chars().count())
        && !matches!(
            lower.as_str(),
            "sir"
                | "lord"
                | "king"
                | "dame"
                | "lady"
                | "miss"
                | "frau"
                | "herr"
                | "emir"
                | "pope"
                | "imam"
                | "eng"
        )
        && crate::analysis::lexicon::honorific(&lower).is_some()
}

/// Weekday and month names (`Monday`, `Sept`) and `today`/`tomorrow`, which continue a
/// clock time. The temporal lexicon holds the calendar's words.
fn is_day_or_month(word: &str) -> bool {
    use crate::analysis::temporal::lexicon::{Word, word as calendar};
    let w = word.to_ascii_lowercase();
    matches!(calendar(&w), Word::Month { .. } | Word::Weekday(_))
        || matches!(w.as_str(), "today" | "yesterday" | "tomorrow")
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
    fn abbreviated_titles_before_names() {
        let t = "The road was opened by Engr. Tom Waweru and Cllr. Ana Ruiz on Friday. Supt. Lee Kim was there. Residents met the King. They cheered.";
        assert_eq!(
            sentences(t),
            vec![
                "The road was opened by Engr. Tom Waweru and Cllr. Ana Ruiz on Friday.",
                "Supt. Lee Kim was there.",
                "Residents met the King.",
                "They cheered."
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
    fn clock_times_run_on_into_their_day() {
        let t = "The train left after 11 p.m. Monday beside the river. It burned until 4 a.m. Officials said so.";
        let s = sentences(t);
        assert_eq!(
            s[0],
            "The train left after 11 p.m. Monday beside the river."
        );
        assert_eq!(s[1], "It burned until 4 a.m.");
    }

    #[test]
    fn decimals_and_ellipses() {
        let t = "Growth was 3.5 percent in 2024. Then… nothing. Prices rose by $1.13bn.";
        let s = sentences(t);
        assert_eq!(s[0], "Growth was 3.5 percent in 2024.");
        assert!(s.iter().any(|x| x.contains("$1.13bn")));
        assert!(!s.contains(&"13bn."));
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
    fn quoted_paragraph_of_several_sentences_is_split() {
        let t = "“Potash is a source of currency. Sanctions remain an obstacle. There is no ‘pivot’ at all,” he said.";
        assert_eq!(
            sentences(t),
            vec![
                "“Potash is a source of currency.",
                "Sanctions remain an obstacle.",
                "There is no ‘pivot’ at all,” he said."
            ]
        );
    }

    #[test]
    fn initials_after_dashes_and_glued_domains() {
        let t = "A new round of Belarus–U.S. talks took place. Answers for Caliber.Az. Next one.";
        assert_eq!(
            sentences(t),
            vec![
                "A new round of Belarus–U.S. talks took place.",
                "Answers for Caliber.Az.",
                "Next one."
            ]
        );
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
