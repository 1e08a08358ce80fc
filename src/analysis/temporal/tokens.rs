//! One pass over a sentence that cuts it into word, number and punctuation tokens, each
//! looked up once in the temporal lexicon. Every tagger rule then works on these tokens.

use std::ops::Range;

use super::lexicon::{self as temporal_lexicon, Word};
use crate::document::DateOrder;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters (possibly with digits: `1990s`, `Q3`, `15th`).
    Word,
    /// ASCII digits only.
    Num,
    Punct(char),
}

#[derive(Debug, Clone)]
pub struct Token {
    /// Byte range in the sentence.
    pub span: Range<usize>,
    pub kind: Kind,
    /// Byte range of the lower-cased form in [`Tokens::lower`].
    lower: Range<usize>,
    pub word: Word,
    /// Whitespace (or the sentence start) comes right before.
    pub space_before: bool,
    /// Starts with an upper-case letter.
    pub capital: bool,
    /// Value of a number token (saturating), 0 otherwise.
    pub value: u32,
}

/// The tokens of one sentence.
#[derive(Debug, Default)]
pub struct Tokens {
    pub list: Vec<Token>,
    lower: String,
    /// Index of the first word or number token.
    first_word: usize,
    /// How the document writes `a/b/yyyy` dates, for the ambiguous ones; kept across
    /// [`Tokens::fill`], since it belongs to the document, not the sentence.
    pub date_order: DateOrder,
}

impl Tokens {
    pub fn new(text: &str) -> Tokens {
        let mut t = Tokens::default();
        t.fill(text);
        t
    }

    /// Re-tokenizes into the same buffers (one allocation per document, not per sentence).
    pub fn fill(&mut self, text: &str) {
        self.list.clear();
        self.lower.clear();
        let bytes = text.as_bytes();
        let mut space_before = true;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            // ASCII fast path; other characters are decoded.
            let (c, len) = if b < 0x80 {
                (b as char, 1)
            } else {
                let c = text[i..].chars().next().unwrap_or(' ');
                (c, c.len_utf8())
            };
            if c.is_whitespace() {
                space_before = true;
                i += len;
                continue;
            }
            let start = i;
            if c.is_alphanumeric() {
                let mut end = i + len;
                let mut all_digits = c.is_ascii_digit();
                let mut ascii = b < 0x80;
                while end < bytes.len() {
                    let d = bytes[end];
                    if d < 0x80 {
                        if !d.is_ascii_alphanumeric() {
                            break;
                        }
                        all_digits &= d.is_ascii_digit();
                        end += 1;
                    } else {
                        let Some(ch) = text[end..].chars().next() else {
                            break;
                        };
                        if !ch.is_alphanumeric() {
                            break;
                        }
                        all_digits = false;
                        ascii = false;
                        end += ch.len_utf8();
                    }
                }
                let s = &text[start..end];
                let lo = self.lower.len();
                if ascii {
                    self.lower.push_str(s);
                    self.lower[lo..].make_ascii_lowercase();
                } else {
                    self.lower.extend(s.chars().flat_map(char::to_lowercase));
                }
                let lower = lo..self.lower.len();
                let (kind, value, word) = if all_digits {
                    let v = s.bytes().fold(0u32, |acc, b| {
                        acc.saturating_mul(10).saturating_add(u32::from(b - b'0'))
                    });
                    (Kind::Num, v, Word::Other)
                } else if ascii && s.len() <= 12 {
                    (
                        Kind::Word,
                        0,
                        temporal_lexicon::word(&self.lower[lower.clone()]),
                    )
                } else {
                    (Kind::Word, 0, Word::Other)
                };
                self.list.push(Token {
                    span: start..end,
                    kind,
                    lower,
                    word,
                    space_before,
                    capital: c.is_uppercase(),
                    value,
                });
                i = end;
            } else {
                self.list.push(Token {
                    span: start..start + len,
                    kind: Kind::Punct(c),
                    lower: 0..0,
                    word: Word::Other,
                    space_before,
                    capital: false,
                    value: 0,
                });
                i += len;
            }
            space_before = false;
        }
        self.first_word = self
            .list
            .iter()
            .position(|x| !matches!(x.kind, Kind::Punct(_)))
            .unwrap_or(self.list.len());
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The lower-cased text of token `i` (`""` past the end or for punctuation).
    pub fn lower(&self, i: usize) -> &str {
        self.list
            .get(i)
            .map_or("", |t| &self.lower[t.lower.clone()])
    }

    pub fn word(&self, i: usize) -> Word {
        self.list.get(i).map_or(Word::Other, |t| t.word)
    }

    pub fn kind(&self, i: usize) -> Option<Kind> {
        self.list.get(i).map(|t| t.kind)
    }

    pub fn is(&self, i: usize, lower: &str) -> bool {
        self.lower(i) == lower
    }

    pub fn is_punct(&self, i: usize, c: char) -> bool {
        self.kind(i) == Some(Kind::Punct(c))
    }

    /// Token `i` is any dash (`-`, `–`, `—`).
    pub fn is_dash(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(Kind::Punct('-' | '–' | '—' | '‑' | '−')))
    }

    /// Token `i` is a dash glued to the words on both sides (`Belarus–U.S.`,
    /// `Baltic–Black Sea`): it joins a compound rather than setting off a clause.
    pub fn is_joining_dash(&self, i: usize) -> bool {
        self.is_dash(i)
            && !self.list[i].space_before
            && self.list.get(i + 1).is_some_and(|next| !next.space_before)
    }

    /// Token `i` is an apostrophe (straight or curly).
    pub fn is_apostrophe(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(Kind::Punct('\'' | '’' | '‘')))
    }

    /// A number token with `digits` digits.
    pub fn number(&self, i: usize, digits: usize) -> Option<u32> {
        let t = self.list.get(i)?;
        (t.kind == Kind::Num && t.span.len() == digits).then_some(t.value)
    }

    /// A day of the month: `5`, `05`, `15th`, `1st`.
    pub fn day(&self, i: usize) -> Option<u8> {
        let t = self.list.get(i)?;
        let v = match t.kind {
            Kind::Num if t.span.len() <= 2 => t.value,
            Kind::Word => {
                let l = self.lower(i);
                let digits = l.trim_end_matches(|c: char| c.is_ascii_alphabetic());
                let suffix = &l[digits.len()..];
                if digits.is_empty()
                    || digits.len() > 2
                    || !matches!(suffix, "st" | "nd" | "rd" | "th")
                    || !digits.bytes().all(|b| b.is_ascii_digit())
                {
                    return None;
                }
                digits.parse().ok()?
            }
            _ => return None,
        };
        (1..=31).contains(&v).then_some(v as u8)
    }

    pub fn is_sentence_start(&self, i: usize) -> bool {
        i <= self.first_word
    }

    /// Byte span from the start of token `a` to the end of token `b - 1`.
    pub fn span(&self, a: usize, b: usize) -> Range<usize> {
        let start = self.list.get(a).map_or(0, |t| t.span.start);
        let end = self
            .list
            .get(b.saturating_sub(1))
            .map_or(start, |t| t.span.end);
        start..end.max(start)
    }
}
