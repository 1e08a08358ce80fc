//! One pass over a sentence that cuts it into word, number and punctuation tokens, each
//! looked up once in the temporal lexicon. Every tagger rule then works on these tokens.

use std::ops::Range;

use super::lexicon::{self as temporal_lexicon, Word};

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
}

impl Tokens {
    pub fn new(text: &str) -> Tokens {
        let mut t = Tokens {
            list: Vec::with_capacity(text.len() / 5 + 1),
            lower: String::with_capacity(text.len()),
        };
        let mut chars = text.char_indices().peekable();
        let mut space_before = true;
        while let Some((start, c)) = chars.next() {
            if c.is_whitespace() {
                space_before = true;
                continue;
            }
            if c.is_alphanumeric() {
                let mut end = start + c.len_utf8();
                let mut all_digits = c.is_ascii_digit();
                while let Some(&(i, d)) = chars.peek() {
                    if !d.is_alphanumeric() {
                        break;
                    }
                    all_digits &= d.is_ascii_digit();
                    end = i + d.len_utf8();
                    chars.next();
                }
                let s = &text[start..end];
                let lo = t.lower.len();
                if s.is_ascii() {
                    t.lower.extend(s.chars().map(|c| c.to_ascii_lowercase()));
                } else {
                    t.lower.extend(s.chars().flat_map(char::to_lowercase));
                }
                let lower = lo..t.lower.len();
                let (kind, value, word) = if all_digits {
                    let v = s.bytes().fold(0u32, |acc, b| {
                        acc.saturating_mul(10).saturating_add(u32::from(b - b'0'))
                    });
                    (Kind::Num, v, Word::Other)
                } else {
                    let lw = &t.lower[lower.clone()];
                    let word = if lw.len() <= 12 {
                        temporal_lexicon::word(lw)
                    } else {
                        Word::Other
                    };
                    (Kind::Word, 0, word)
                };
                t.list.push(Token {
                    span: start..end,
                    kind,
                    lower,
                    word,
                    space_before,
                    capital: c.is_uppercase(),
                    value,
                });
            } else {
                let end = start + c.len_utf8();
                t.list.push(Token {
                    span: start..end,
                    kind: Kind::Punct(c),
                    lower: 0..0,
                    word: Word::Other,
                    space_before,
                    capital: false,
                    value: 0,
                });
            }
            space_before = false;
        }
        t
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
        (0..i).all(|j| matches!(self.kind(j), Some(Kind::Punct(_))))
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
