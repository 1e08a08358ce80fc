//! Direct quotations found by their marks: “…”, "…", «…», „…“, ‘…’ (and ”…” used both
//! ways), with nested quotes kept inside the outer one, quotes that run over several
//! paragraphs (reopened at each paragraph or not), and a last quote left open at the
//! document's end.

use std::ops::Range;

use crate::document::{Document, ParagraphKind};

/// One top-level quoted stretch of one paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Byte range of the words inside the marks.
    pub inner: Range<usize>,
    /// Spans of one quotation running over several paragraphs share a chain number.
    pub chain: usize,
    /// The closing mark is in this paragraph.
    pub closed: bool,
}

/// A family of quotation marks: what opens it and what may close it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    /// “ … ” (English curly).
    Curly,
    /// „ … “ or „ … ” (German, Polish, Romanian).
    Low,
    /// « … ».
    Guillemet,
    /// " … ".
    Straight,
    /// ‘ … ’ used as the outer quote (British style).
    Single,
    /// ” … ” (Swedish, Finnish).
    RightRight,
    /// ' … ' (straight single quotes, the apostrophe's character), only in a document
    /// that sets its quotations that way (see [`ascii_single_style`]).
    Ascii,
}

impl Family {
    fn closes(self, c: char, prev: Option<char>, next: Option<char>) -> bool {
        match self {
            Family::Curly => c == '”',
            Family::Low => c == '“' || c == '”',
            Family::Guillemet => c == '»',
            Family::Straight => c == '"',
            Family::Single => {
                c == '’'
                    && !(prev.is_some_and(char::is_alphanumeric)
                        && next.is_some_and(char::is_alphabetic))
            }
            Family::RightRight => c == '”',
            Family::Ascii => c == '\'' && ascii_closer(prev, next),
        }
    }
}

/// True when a straight `'` between `prev` and `next` can close a quotation: it follows
/// a word or punctuation and comes before a space, punctuation or the end. An apostrophe
/// inside a word (`it's`, `don't`, `O'Neill`) has a letter after it and an elision
/// (`'til`) a space before it, so neither closes; a plural possessive (`the buyers'
/// problem`) does look like a closer, and [`weak_ascii_closer`] tells the caller to
/// look further.
fn ascii_closer(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_some_and(|p| p.is_alphanumeric() || ".,!?;:…)%\"".contains(p))
        && next.is_none_or(|n| n.is_whitespace() || ",.;:!?)—–-\"".contains(n))
}

/// A closing `'` that may as well be a plural possessive's apostrophe: after an `s` and
/// before a space (`the skippers' problem`). It is an apostrophe when a sure closer
/// follows in the paragraph before any new opening (see [`possessive_inside`]).
fn weak_ascii_closer(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_some_and(|p| p == 's' || p == 'S') && next.is_some_and(char::is_whitespace)
}

/// True when, after byte `from` of `text`, a closing `'` that is no possessive comes
/// before any `'` opening a new quotation: the quote open at `from` goes on to that
/// closer (`'It's the buyers' problem and the skippers' problem.'`), whereas a fragment
/// ending in `s` is followed by another quotation (`the 'forms' and said 'No.'`).
fn possessive_inside(text: &str, from: usize) -> bool {
    for (k, _) in text[from..].match_indices('\'') {
        let at = from + k;
        let (prev, next) = (
            text[..at].chars().next_back(),
            text[at + 1..].chars().next(),
        );
        if opens('\'', prev, next).is_some() && !elision(&text[at + 1..]) {
            return false;
        }
        if ascii_closer(prev, next) && !weak_ascii_closer(prev, next) {
            return true;
        }
    }
    false
}

/// Words that start with an elision's apostrophe, which opens no quotation
/// (`rock 'n' roll`, `'tis`, `let 'em`).
fn elision(rest: &str) -> bool {
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    matches!(
        word.as_str(),
        "n" | "em" | "tis" | "twas" | "til" | "cause" | "bout" | "round"
    )
}

/// True when the document sets its quotations in straight single quotes (`'…,' she
/// said`), as plain-ASCII copy from British and Irish outlets does: at least two
/// closings after punctuation (`,'` `.'` `?'` before a space or the end, which an
/// apostrophe never is), at least two openings before a capital after a space or at a
/// paragraph's start, and more of these closings than double or curly quotations (in
/// American copy a single quote only nests inside a double one). Decided once per
/// document, so that a stray apostrophe elsewhere never opens a quote.
pub fn ascii_single_style(doc: &Document) -> bool {
    let (mut closings, mut openings, mut others) = (0usize, 0usize, 0usize);
    for para in &doc.paragraphs {
        let text = para.text.as_str();
        // Two per double or curly quotation: its two straight marks, or its opening
        // curly one twice. One-character searches run on a fast byte search.
        others +=
            text.matches('"').count() + 2 * (text.matches('“').count() + text.matches('‘').count());
        for (b, _) in text.match_indices('\'') {
            let prev = text[..b].chars().next_back();
            let next = text[b + 1..].chars().next();
            if prev.is_some_and(|p| ",.?!".contains(p)) && next.is_none_or(char::is_whitespace) {
                closings += 1;
            } else if prev.is_none_or(char::is_whitespace) && next.is_some_and(char::is_uppercase) {
                openings += 1;
            }
        }
    }
    closings >= 2 && openings >= 2 && closings * 2 > others
}

/// The family a character opens at this position, when it can open one.
fn opens(c: char, prev: Option<char>, next: Option<char>) -> Option<Family> {
    if !matches!(c, '“' | '„' | '«' | '"' | '‘' | '”' | '\'') {
        return None;
    }
    let after_space = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/:".contains(p));
    let before_word = next.is_some_and(|n| !n.is_whitespace());
    match c {
        '“' => Some(Family::Curly),
        '„' => Some(Family::Low),
        '«' => Some(Family::Guillemet),
        '"' if before_word => Some(Family::Straight),
        '‘' if after_space && before_word => Some(Family::Single),
        '”' if after_space && next.is_some_and(char::is_alphabetic) => Some(Family::RightRight),
        '\'' if after_space && next.is_some_and(char::is_alphabetic) => Some(Family::Ascii),
        _ => None,
    }
}

/// True for the characters that may open or close a quotation (see [`opens`] and
/// [`Family::closes`]); every other character leaves the scan's state alone. The
/// straight `'` is one only in a document that quotes with it (`ascii`).
fn is_mark(c: char, ascii: bool) -> bool {
    matches!(c, '“' | '„' | '«' | '"' | '‘' | '”' | '’' | '»') || ascii && c == '\''
}

/// The quotation marks of `text` from byte `from` on: byte offset, the mark, and the
/// characters either side of it. Jumps from candidate to candidate by their first byte
/// (`"`, or the lead byte of the others), so the text between marks is skimmed rather
/// than decoded.
fn marks(
    text: &str,
    from: usize,
    ascii: bool,
) -> impl Iterator<Item = (usize, char, Option<char>, Option<char>)> {
    let bytes = text.as_bytes();
    let mut at = from;
    std::iter::from_fn(move || {
        loop {
            let off = candidate_byte(bytes.get(at..)?, ascii)?;
            let b = at + off;
            let c = text[b..].chars().next()?;
            at = b + c.len_utf8();
            if is_mark(c, ascii) {
                let prev = text[..b].chars().next_back();
                let next = text[at..].chars().next();
                return Some((b, c, prev, next));
            }
        }
    })
}

/// Index of the first byte that may start a quotation mark: `"` (and `'` when
/// `ascii`), or the lead byte of `“”‘’„` (0xE2) or `«»` (0xC2). Tests eight bytes at a
/// time, as most text has none.
fn candidate_byte(bytes: &[u8], ascii: bool) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // The high bit of each zero byte of `x`; exact up to the first zero byte, which is
    // all the lowest set bit needs.
    let zeros = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    let mut chunks = bytes.chunks_exact(8);
    for (k, chunk) in chunks.by_ref().enumerate() {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let mut hits =
            zeros(x ^ (ONES * 0x22)) | zeros(x ^ (ONES * 0xC2)) | zeros(x ^ (ONES * 0xE2));
        if ascii {
            hits |= zeros(x ^ (ONES * 0x27));
        }
        if hits != 0 {
            return Some(k * 8 + hits.trailing_zeros() as usize / 8);
        }
    }
    let rest = chunks.remainder();
    rest.iter()
        .position(|&b| matches!(b, b'"' | 0xC2 | 0xE2) || ascii && b == b'\'')
        .map(|i| bytes.len() - rest.len() + i)
}

/// The first quotation mark of a paragraph read as an opener or a closer of `family`.
#[derive(Debug, PartialEq, Eq)]
enum FirstMark {
    Closer,
    Opener,
    None,
}

fn first_mark(text: &str, family: Family) -> FirstMark {
    if family == Family::Straight {
        let n = text.matches('"').count();
        return if n == 0 {
            FirstMark::None
        } else if n % 2 == 1 && !text.trim_start().starts_with('"') {
            FirstMark::Closer
        } else {
            FirstMark::Opener
        };
    }
    for (_, c, prev, next) in marks(text, 0, false) {
        if family.closes(c, prev, next) {
            return FirstMark::Closer;
        }
        if opens(c, prev, next).is_some_and(|f| f != Family::Single && f != Family::RightRight) {
            return FirstMark::Opener;
        }
    }
    FirstMark::None
}

/// How many following paragraphs an unclosed quote may run through without a mark.
const MAX_OPEN_PARAGRAPHS: usize = 5;

/// True when a quote of `family` left open before paragraph `from` carries on into it:
/// a later paragraph closes it before opening anything, or the document ends first.
fn carries_on(doc: &Document, from: usize, family: Family) -> bool {
    for j in from..doc.paragraphs.len().min(from + MAX_OPEN_PARAGRAPHS) {
        match first_mark(&doc.paragraphs[j].text, family) {
            FirstMark::Closer => return true,
            FirstMark::Opener => return false,
            FirstMark::None => {}
        }
    }
    from + MAX_OPEN_PARAGRAPHS > doc.paragraphs.len()
}

/// Finds the top-level quoted spans of every paragraph (one list per paragraph).
/// `Q:`/`A:` turns and block quotes without marks are handled by the caller.
pub fn find(doc: &Document) -> Vec<Vec<QuoteSpan>> {
    let ascii = ascii_single_style(doc);
    let mut out = Vec::with_capacity(doc.paragraphs.len());
    let mut chain = 0usize;
    // A quote left open at the end of the previous paragraph.
    let mut carried: Option<(Family, usize)> = None;
    for (i, para) in doc.paragraphs.iter().enumerate() {
        let text = para.text.as_str();
        let mut spans = Vec::new();
        // The open top-level quote: family, start of its words, chain.
        let mut open: Option<(Family, usize, usize)> = None;
        if let Some((family, ch)) = carried.take() {
            let mut lead_chars = text.trim_start().chars();
            let (first, second) = (lead_chars.next(), lead_chars.next());
            let starts_with_opener = first.is_some_and(|c| {
                opens(c, None, second) == Some(family) || c == '“' || c == '«' || c == '„'
            });
            if starts_with_opener {
                // The convention: each paragraph of a long quote reopens it.
                let lead = text.len() - text.trim_start().len();
                let c = text[lead..].chars().next().unwrap_or(' ');
                let fam = opens(c, None, Some('x')).unwrap_or(family);
                open = Some((fam, lead + c.len_utf8(), ch));
            } else if family != Family::Ascii
                && para.kind != ParagraphKind::BlockQuote
                && carries_on(doc, i, family)
            {
                open = Some((family, 0, ch));
            }
        }
        // The reopening mark was consumed above: the scan starts after it.
        let from = open.as_ref().map_or(0, |o| o.1);
        let mut depth_inner: Vec<Family> = Vec::new();
        // The `'` that ends an elision opened by one (`rock 'n' roll`) is no mark.
        let mut elided_end = None;
        for (b, c, prev, next) in marks(text, from, ascii) {
            if c == '\'' {
                if elided_end == Some(b) {
                    continue;
                }
                if opens(c, prev, next).is_some() && elision(&text[b + 1..]) {
                    let word = text[b + 1..].find(|c: char| !c.is_alphabetic());
                    elided_end = word.map(|w| b + 1 + w);
                    continue;
                }
            }
            match open {
                None => {
                    if let Some(f) = opens(c, prev, next) {
                        chain += 1;
                        open = Some((f, b + c.len_utf8(), chain));
                    }
                }
                Some((family, start, ch)) => {
                    if let Some(&inner) = depth_inner.last()
                        && inner.closes(c, prev, next)
                        && !(family.closes(c, prev, next) && inner == family)
                    {
                        depth_inner.pop();
                    } else if family == Family::Ascii
                        && family.closes(c, prev, next)
                        && weak_ascii_closer(prev, next)
                        && possessive_inside(text, b + 1)
                    {
                        // A plural possessive inside the quote (`the buyers' problem`).
                    } else if family.closes(c, prev, next) {
                        spans.push(QuoteSpan {
                            inner: start..b,
                            chain: ch,
                            closed: true,
                        });
                        open = None;
                        depth_inner.clear();
                    } else if let Some(f) = opens(c, prev, next)
                        && f != family
                        && f != Family::RightRight
                    {
                        depth_inner.push(f);
                    }
                }
            }
        }
        if let Some((family, start, ch)) = open {
            spans.push(QuoteSpan {
                inner: start..text.len(),
                chain: ch,
                closed: false,
            });
            // Curly single quotes are too easily apostrophes to run across paragraphs;
            // straight ones carry on only into a paragraph that reopens them.
            if family != Family::Single {
                carried = Some((family, ch));
            }
        }
        out.push(spans);
    }
    out
}

/// True for the dashes that open a turn of dialogue or an aside in it.
fn is_dialogue_dash(c: char) -> bool {
    matches!(c, '—' | '–' | '―')
}

/// The spoken stretches of a line of dialogue set in the Spanish, Catalan or Portuguese
/// way: a paragraph opening with a dash stuck to a capital (`—We planted late —she says,
/// pointing—. The rest …`). The narrator's aside opens with a dash stuck to a lower-case
/// word after a space and closes at the next dash (or the paragraph's end); the words
/// after the closing dash and its punctuation are spoken again. `None` when the paragraph
/// is no such line (a spaced `— Jane Roe` signature, a dash inside narration).
pub fn dialogue(text: &str) -> Option<Vec<Range<usize>>> {
    let lead = text.len() - text.trim_start().len();
    let mut chars = text[lead..].chars();
    let dash = chars.next().filter(|&c| is_dialogue_dash(c))?;
    let first = chars.next()?;
    if !(first.is_uppercase() || first.is_ascii_digit() || matches!(first, '¿' | '¡')) {
        return None;
    }
    let mut out = Vec::new();
    let mut start = lead + dash.len_utf8();
    let bytes = text.as_bytes();
    let mut at = start;
    while at < text.len() {
        // The next aside: whitespace, a dash, then a lower-case letter.
        let Some(off) = text[at..].find([' ', '\u{a0}']) else {
            break;
        };
        let space = at + off;
        let after = text[space..].trim_start_matches([' ', '\u{a0}']);
        let dash_at = text.len() - after.len();
        let mut rest = after.chars();
        let is_aside = rest.next().is_some_and(is_dialogue_dash)
            && rest.next().is_some_and(char::is_lowercase);
        if !is_aside {
            at = dash_at.max(space + 1);
            continue;
        }
        if text[start..space].chars().any(char::is_alphanumeric) {
            out.push(start..space);
        }
        // The aside runs to its closing dash; punctuation and space after it belong to it.
        let words = dash_at + after.chars().next().map_or(0, char::len_utf8);
        let Some(close) = text[words..].find(is_dialogue_dash) else {
            return Some(out);
        };
        let mut next = words + close;
        next += text[next..].chars().next().map_or(0, char::len_utf8);
        while next < bytes.len() && matches!(bytes[next], b'.' | b',' | b';' | b':' | b' ') {
            next += 1;
        }
        start = next;
        at = next;
    }
    let tail = text[start..].trim_end();
    if tail.chars().any(char::is_alphanumeric) {
        out.push(start..start + tail.len());
    }
    Some(out)
}

/// True when byte `at` lies inside one of `spans`.
pub fn inside(spans: &[QuoteSpan], at: usize) -> bool {
    spans
        .iter()
        .any(|s| s.inner.start <= at && at < s.inner.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(doc: &Document, spans: &[Vec<QuoteSpan>]) -> Vec<Vec<String>> {
        spans
            .iter()
            .enumerate()
            .map(|(i, s)| {
                s.iter()
                    .map(|q| doc.paragraphs[i].text[q.inner.clone()].to_string())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn every_style_and_nesting() {
        let doc = Document::from_text(
            "Title\n\n«The ministers keep saying „corridor”, but it is slow», he said.\n\n“A ‘pivot’ is not real,” she said. \"Plain one,\" they said.",
        );
        let spans = find(&doc);
        let t = texts(&doc, &spans);
        assert_eq!(
            t[0],
            vec!["The ministers keep saying „corridor”, but it is slow"]
        );
        assert_eq!(t[1], vec!["A ‘pivot’ is not real,", "Plain one,"]);
    }

    #[test]
    fn multi_paragraph_without_reopening() {
        let doc = Document::from_text(
            "Title\n\n“First part of the quote.\n\nMiddle part with no marks.\n\nLast part,” he said.\n\nNarration after.",
        );
        let spans = find(&doc);
        let t = texts(&doc, &spans);
        assert_eq!(t[0], vec!["First part of the quote."]);
        assert_eq!(t[1], vec!["Middle part with no marks."]);
        assert_eq!(t[2], vec!["Last part,"]);
        assert!(t[3].is_empty());
        assert_eq!(spans[0][0].chain, spans[2][0].chain);
    }

    #[test]
    fn multi_paragraph_reopened_straight() {
        let doc = Document::from_text(
            "Title\n\nHe said: \"Not closed here.\n\n\"So it goes on,\" she said.",
        );
        let spans = find(&doc);
        assert_eq!(spans[1].len(), 1);
        assert!(!spans[0][0].closed);
        assert_eq!(spans[0][0].chain, spans[1][0].chain);
    }

    #[test]
    fn unclosed_at_document_end() {
        let doc = Document::from_text("Title\n\nHe said: “This never closes.\n\nAnd goes on.");
        let spans = find(&doc);
        let t = texts(&doc, &spans);
        assert_eq!(t[0], vec!["This never closes."]);
        assert_eq!(t[1], vec!["And goes on."]);
    }

    proptest::proptest! {
        /// The marks are those a char-by-char walk meets, with the same neighbours.
        #[test]
        fn marks_are_those_of_a_char_walk(
            cs in proptest::collection::vec(
                proptest::sample::select(vec![
                    'a', ' ', '"', '“', '”', '‘', '’', '„', '«', '»', '—', 'é', 'Â', '\u{e2}',
                    '\'',
                ]),
                0..40,
            ),
            from in 0..8usize,
            ascii in proptest::bool::ANY,
        ) {
            let text: String = cs.into_iter().collect();
            let from = (0..=from.min(text.len()))
                .rev()
                .find(|&b| text.is_char_boundary(b))
                .unwrap_or(0);
            let chars: Vec<(usize, char)> = text.char_indices().collect();
            let expected: Vec<_> = chars
                .iter()
                .enumerate()
                .filter(|(_, (b, c))| *b >= from && is_mark(*c, ascii))
                .map(|(k, &(b, c))| {
                    let prev = k.checked_sub(1).map(|j| chars[j].1);
                    (b, c, prev, chars.get(k + 1).map(|x| x.1))
                })
                .collect();
            assert_eq!(marks(&text, from, ascii).collect::<Vec<_>>(), expected);
        }
    }

    #[test]
    fn candidate_bytes_are_found_at_any_offset() {
        for len in 0..20 {
            for at in 0..len {
                for b in [b'"', 0xC2, 0xE2, b'\''] {
                    let mut bytes = vec![b'a'; len];
                    bytes[at] = b;
                    // A later candidate does not hide an earlier one.
                    if at + 1 < len {
                        bytes[len - 1] = b'"';
                    }
                    let ascii = b == b'\'';
                    assert_eq!(candidate_byte(&bytes, ascii), Some(at), "{len} {at} {b}");
                }
                // Without `ascii`, a straight single quote is no candidate.
                let mut bytes = vec![b'a'; len];
                bytes[at] = b'\'';
                assert_eq!(candidate_byte(&bytes, false), None);
            }
            assert_eq!(candidate_byte(&vec![0x80; len], true), None);
        }
    }

    #[test]
    fn dialogue_lines_split_at_the_narrators_aside() {
        let line = "—The river was low all spring —he says, kicking the dry bank—. We lost the \
                    first crop. It happens.";
        let got: Vec<&str> = dialogue(line)
            .expect("a dialogue line")
            .into_iter()
            .map(|r| &line[r])
            .collect();
        assert_eq!(
            got,
            vec![
                "The river was low all spring",
                "We lost the first crop. It happens."
            ]
        );
        // An aside that runs to the end of the line, with an en dash.
        let line = "–Prices will not fall before winter –said the trader.";
        let got: Vec<&str> = dialogue(line)
            .unwrap()
            .into_iter()
            .map(|r| &line[r])
            .collect();
        assert_eq!(got, vec!["Prices will not fall before winter"]);
        // A line with no aside is spoken whole; a dash inside the words is no aside.
        let line = "—Nobody asked us—not once— about the dam.";
        let got: Vec<&str> = dialogue(line)
            .unwrap()
            .into_iter()
            .map(|r| &line[r])
            .collect();
        assert_eq!(got, vec!["Nobody asked us—not once— about the dam."]);
        // A spaced signature or a dash before lower case is no dialogue.
        assert_eq!(dialogue("— Jane Roe (@jroe) May 2, 2026"), None);
        assert_eq!(dialogue("—and then the rain came."), None);
        assert_eq!(dialogue("The harvest — late again — was poor."), None);
    }

    #[test]
    fn straight_single_quotes_with_apostrophes_inside() {
        let doc = Document::from_text(
            "Title\n\n'The growers' costs won't fall, and it's the co-op's call,' said Ann \
             Lee, who chairs the board. 'We've asked twice.'\n\n\
             She called it 'a mess of forms' and said the Joneses' farm was 'at risk'.\n\n\
             'When the buyer says \"not today\", we lose the crop,' he said. 'Rock 'n' roll \
             is fine, but I'd say it's the farmers' problem and the traders' problem.'",
        );
        let spans = find(&doc);
        let t = texts(&doc, &spans);
        assert_eq!(
            t[0],
            vec![
                "The growers' costs won't fall, and it's the co-op's call,",
                "We've asked twice."
            ]
        );
        assert_eq!(t[1], vec!["a mess of forms", "at risk"]);
        assert_eq!(
            t[2],
            vec![
                "When the buyer says \"not today\", we lose the crop,",
                "Rock 'n' roll is fine, but I'd say it's the farmers' problem and the \
                 traders' problem."
            ]
        );
    }

    #[test]
    fn straight_single_quote_reopened_in_the_next_paragraph() {
        let doc = Document::from_text(
            "Title\n\n'The port is full,' she said. 'We can't wait.\n\n'If the ferry \
             comes back, it's over.'\n\nThe council's plan, critics' view and the '90s \
             boom were discussed. Nobody's sure.",
        );
        let spans = find(&doc);
        let t = texts(&doc, &spans);
        assert_eq!(t[0], vec!["The port is full,", "We can't wait."]);
        assert!(!spans[0][1].closed);
        assert_eq!(t[1], vec!["If the ferry comes back, it's over."]);
        assert_eq!(spans[0][1].chain, spans[1][0].chain);
        assert!(t[2].is_empty());
    }

    #[test]
    fn straight_single_quotes_only_in_a_document_that_quotes_with_them() {
        // American style: single quotes nest inside double ones; apostrophes alone.
        let american = Document::from_text(
            "Title\n\n\"He told me 'Go home,' and I did,\" she said. \"It's the \
             owners' call.\"\n\n\"We're 'fine,' they said,\" he added.\n\nThe \
             Smiths' dog and 'Tis the season' aside.",
        );
        assert!(!ascii_single_style(&american));
        let t = texts(&american, &find(&american));
        assert_eq!(
            t[0],
            vec!["He told me 'Go home,' and I did,", "It's the owners' call."]
        );
        assert!(t[2].is_empty());
        // Apostrophes only: no quotation style at all.
        let plain = Document::from_text(
            "Title\n\nIt's the farmers' market. 'Tis the season.\n\nThe Joneses' barn.",
        );
        assert!(!ascii_single_style(&plain));
        assert!(find(&plain).iter().all(Vec::is_empty));
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        let doc =
            Document::from_text("Title\n\nBelarus’s goal and O’Neill’s view, the countries’ plan.");
        assert!(find(&doc)[0].is_empty());
    }
}
