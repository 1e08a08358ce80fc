//! Person names, honorifics and descriptors: the entity table quotes are attributed to.
//!
//! A name is a run of capitalised words (with particles, hyphens and apostrophes:
//! `Jean-Luc de la Fontaine`, `Anna-Maria O'Neill`, `Łukasz Żółkowski`). A run becomes a
//! person only on evidence from the text: an honorific, a role in apposition before or
//! after it, a `who` clause, an `as <role>` phrase, or a reporting verb right beside it.
//! One entity per person, keyed by the full name of its first mention; surnames,
//! `Title Surname` and surname-first forms (`Dr. Chen` for `Chen Wei`) become aliases.

use std::ops::{ControlFlow, Range};

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::Gender;
use super::lexicon;
use crate::document::Document;

/// A person the text names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// Full name without honorifics.
    pub name: String,
    /// The honorific of the first mention that had one (`Professor`, `Dr.`).
    pub honorific: Option<String>,
    /// How the text introduces them.
    pub descriptor: Option<String>,
    pub gender: Gender,
    pub aliases: Vec<String>,
    /// Paragraph and byte of the first mention.
    pub first: (usize, usize),
}

/// One mention of a known person in a paragraph.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// The persons the words may name (more than one when a surname is shared).
    pub persons: Vec<usize>,
    /// Byte range of the mention, honorific included.
    pub range: Range<usize>,
    /// The gender an honorific in front shows.
    pub gender: Gender,
}

/// The entity table and every mention, per paragraph in text order.
#[derive(Debug, Clone, Default)]
pub struct People {
    pub persons: Vec<Person>,
    pub mentions: Vec<Vec<Mention>>,
    /// Blocks headed by a person's name and role (`Jane Roe, senior fellow`), as over
    /// each contributor's commentary on an "experts react" page: block index, person.
    pub headed: Vec<(usize, usize)>,
    /// Paragraphs that are a headed person's role line (a dek under a bare-name
    /// heading), part of the heading rather than anyone's words.
    pub deks: Vec<usize>,
    /// Persons cited author–date (`Okafor (2021)`, `(Sørvik 2023)`): scholars.
    pub cited: Vec<usize>,
}

/// Byte ranges of the words of `text`: letters and digits with inner hyphens and
/// apostrophes (`Solberg-Haugen`, `O’Neill`, `Belarus’s`).
///
/// Runs on every paragraph, so it walks bytes and decodes a char only for non-ASCII
/// input (most of a briefing is ASCII).
pub fn words(text: &str) -> Vec<Range<usize>> {
    // Room for words of four bytes on average, so it seldom regrows.
    let mut out = Vec::with_capacity(text.len() / 4 + 1);
    scan_words(
        text,
        |r| {
            out.push(r);
            ControlFlow::Continue(())
        },
        |_| {},
    );
    out
}

/// The first word of `text` (see [`words`]).
fn first_word(text: &str) -> Option<Range<usize>> {
    let mut first = None;
    scan_words(
        text,
        |r| {
            first = Some(r);
            ControlFlow::Break(())
        },
        |_| {},
    );
    first
}

/// The first two words of `text` (see [`words`]), if it has two.
fn first_two_words(text: &str) -> Option<[Range<usize>; 2]> {
    let mut first: Option<Range<usize>> = None;
    let mut both = None;
    scan_words(
        text,
        |r| match first.take() {
            None => {
                first = Some(r);
                ControlFlow::Continue(())
            }
            Some(f) => {
                both = Some([f, r]);
                ControlFlow::Break(())
            }
        },
        |_| {},
    );
    both
}

/// True when one of the first `n` words of `text` (see [`words`]) is a role noun.
fn starts_with_role_noun(text: &str, n: usize) -> bool {
    let (mut seen, mut found) = (0, false);
    scan_words(
        text,
        |r| {
            found = lexicon::with_lower(&text[r], lexicon::is_role_noun);
            seen += 1;
            if found || seen == n {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        },
        |_| {},
    );
    found
}

/// True when `text` has more than `n` words (see [`words`]), counting no further.
fn more_words_than(text: &str, n: usize) -> bool {
    let mut count = 0;
    scan_words(
        text,
        |_| {
            count += 1;
            if count > n {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        },
        |_| {},
    );
    count > n
}

/// The words of `text` (see [`words`]) handed to `word` in order until it breaks;
/// `non_ascii` hears the index of a word each time a non-ASCII character is met in it.
/// Callers that need only the first words stop there.
fn scan_words(
    text: &str,
    mut word: impl FnMut(Range<usize>) -> ControlFlow<()>,
    mut non_ascii: impl FnMut(usize),
) {
    // Words handed over so far: the index of the word being read.
    let mut n = 0;
    let mut start: Option<usize> = None;
    let bytes = text.as_bytes();
    let mut b = 0;
    while b < bytes.len() {
        let byte = bytes[b];
        let (c, len) = if byte.is_ascii() {
            if byte.is_ascii_alphanumeric() {
                start.get_or_insert(b);
                b = ascii_alphanumeric_end(bytes, b + 1);
                continue;
            }
            if byte == b' ' {
                if let Some(s) = start.take() {
                    if word(s..b).is_break() {
                        return;
                    }
                    n += 1;
                }
                b += 1;
                continue;
            }
            (char::from(byte), 1)
        } else {
            let c = text[b..]
                .chars()
                .next()
                .unwrap_or(char::REPLACEMENT_CHARACTER);
            if is_word_char(c) {
                start.get_or_insert(b);
                non_ascii(n);
                b += c.len_utf8();
                continue;
            }
            (c, c.len_utf8())
        };
        // An inner hyphen or apostrophe joins two parts of one word.
        let joins = matches!(c, '-' | '\'' | '’' | '‑')
            && start.is_some()
            && text[b + len..].chars().next().is_some_and(is_word_char);
        if joins && !c.is_ascii() {
            non_ascii(n);
        } else if !joins && let Some(s) = start.take() {
            if word(s..b).is_break() {
                return;
            }
            n += 1;
        }
        b += len;
    }
    if let Some(s) = start {
        let _ = word(s..text.len());
    }
}

/// Where the run of ASCII letters and digits going on at `at` ends. Most of a briefing's
/// bytes are such runs, so it tests eight bytes at a time.
fn ascii_alphanumeric_end(bytes: &[u8], mut at: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // The high bit of each byte of `x` in `lo..=hi`, for bytes below 0x80 (each lane's
    // sum stays within the byte, so lanes do not interfere).
    let within = |x: u64, lo: u8, hi: u8| {
        let x = x & !HIGHS;
        (x + ONES * u64::from(0x80 - lo)) & !(x + ONES * u64::from(0x7f - hi)) & HIGHS
    };
    while let Some(chunk) = bytes.get(at..at + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        // Digits, and letters of either case (`| 0x20` folds upper case onto lower);
        // a byte with its high bit set is neither.
        let alphanumeric =
            (within(x, b'0', b'9') | within(x | (ONES * 0x20), b'a', b'z')) & !x & HIGHS;
        let other = !alphanumeric & HIGHS;
        if other != 0 {
            return at + other.trailing_zeros() as usize / 8;
        }
        at += 8;
    }
    while bytes.get(at).is_some_and(u8::is_ascii_alphanumeric) {
        at += 1;
    }
    at
}

/// `char::is_alphanumeric`, answering at once for the General Punctuation block (dashes,
/// curly quotes: the usual non-ASCII characters of a briefing, none of them a letter
/// or digit) rather than searching the Unicode tables.
fn is_word_char(c: char) -> bool {
    !matches!(c, '\u{2000}'..='\u{206F}') && c.is_alphanumeric()
}

/// The words of a document's paragraphs with their lower-case forms (each as
/// `str::to_lowercase` gives it), computed once and shared by the people and cue
/// finders, whose lexicons take lower case. One set of buffers serves the whole
/// document, so building it costs a few allocations rather than a few per paragraph.
#[derive(Debug, Clone, Default)]
pub struct DocWords {
    /// Byte ranges of the words (from [`words`]) within their paragraph.
    ranges: Vec<Range<usize>>,
    /// Paragraph `p`'s words are `ranges[firsts[p]..firsts[p + 1]]`.
    firsts: Vec<usize>,
    /// The paragraphs one after another with their words lower-cased in place: a
    /// word's lower case sits at the word's own range, so one bulk ASCII pass serves
    /// most words.
    lower: String,
    /// Paragraph `p` is `lower[starts[p]..starts[p + 1]]`.
    starts: Vec<usize>,
    /// The words whose lower case has another length (`İ`), by index in `ranges`.
    odd: Vec<(usize, String)>,
}

impl DocWords {
    /// Splits and lower-cases the paragraph texts.
    pub fn new<'t>(texts: impl Iterator<Item = &'t str> + Clone) -> Self {
        let total: usize = texts.clone().map(str::len).sum();
        let mut ranges = Vec::with_capacity(total / 4 + 1);
        let mut firsts = vec![0];
        let mut lower = String::with_capacity(total);
        let mut starts = vec![0];
        let mut odd = Vec::new();
        let mut non_ascii: Vec<usize> = Vec::new();
        for text in texts {
            let first = ranges.len();
            scan_words(
                text,
                |r| {
                    ranges.push(r);
                    ControlFlow::Continue(())
                },
                |i| {
                    if non_ascii.last() != Some(&(first + i)) {
                        non_ascii.push(first + i);
                    }
                },
            );
            let base = lower.len();
            lower.push_str(text);
            lower[base..].make_ascii_lowercase();
            // The words with a non-ASCII character need `to_lowercase`.
            for i in non_ascii.drain(..) {
                let r = ranges[i].clone();
                let w = &text[r.clone()];
                let l = w.to_lowercase();
                if l.len() == w.len() {
                    lower.replace_range(base + r.start..base + r.end, &l);
                } else {
                    odd.push((i, l));
                }
            }
            firsts.push(ranges.len());
            starts.push(lower.len());
        }
        DocWords {
            ranges,
            firsts,
            lower,
            starts,
            odd,
        }
    }

    /// The words of paragraph `p`.
    pub fn paragraph(&self, p: usize) -> Words<'_> {
        Words {
            ranges: &self.ranges[self.firsts[p]..self.firsts[p + 1]],
            lower: &self.lower[self.starts[p]..self.starts[p + 1]],
            first: self.firsts[p],
            odd: &self.odd,
        }
    }
}

/// One paragraph's words, borrowed from [`DocWords`].
#[derive(Debug, Clone, Copy)]
pub struct Words<'a> {
    /// Byte ranges of the words in the paragraph.
    pub ranges: &'a [Range<usize>],
    /// The paragraph with its words lower-cased in place.
    lower: &'a str,
    /// Index of the first word in the document's list (the key of `odd`).
    first: usize,
    odd: &'a [(usize, String)],
}

impl<'a> Words<'a> {
    /// Word `i` in lower case.
    pub fn lower(&self, i: usize) -> &'a str {
        if !self.odd.is_empty()
            && let Ok(k) = self.odd.binary_search_by_key(&(self.first + i), |o| o.0)
        {
            return &self.odd[k].1;
        }
        &self.lower[self.ranges[i].clone()]
    }
}

/// The last word of `s`, if `s` ends with one.
fn last_word(s: &str) -> Option<&str> {
    let w = s
        .rsplit(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '\'' | '’')))
        .next()?;
    (!w.is_empty()).then_some(w)
}

/// The word without a possessive ending (`Lukashenko’s` → `Lukashenko`).
fn strip_possessive(w: &str) -> (&str, bool) {
    for suffix in ["’s", "'s"] {
        if let Some(base) = w.strip_suffix(suffix)
            && !base.is_empty()
        {
            return (base, true);
        }
    }
    (w, false)
}

/// True when `w` is a single character (an initial).
fn one_char(w: &str) -> bool {
    let mut chars = w.chars();
    chars.next().is_some() && chars.next().is_none()
}

/// A word that can be part of a name: capitalised and not all capitals (`CIS`, `TV`).
fn is_name_word(w: &str) -> bool {
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase() {
        return false;
    }
    // A lower-case letter after the first letter (so two letters at least).
    let mut letters = w.chars().filter(|c| c.is_alphabetic());
    letters.next().is_some() && letters.any(char::is_lowercase)
}

/// Abbreviated honorifics written with a dot that does not end the sentence.
fn is_dotted_honorific(w: &str) -> bool {
    matches!(
        w,
        "dr" | "mr"
            | "mrs"
            | "ms"
            | "prof"
            | "gen"
            | "col"
            | "lt"
            | "capt"
            | "rev"
            | "sen"
            | "rep"
            | "gov"
            | "sgt"
            | "adm"
            | "eng"
            | "engr"
            | "hon"
            | "cllr"
            | "amb"
            | "supt"
            | "insp"
            | "maj"
            | "brig"
            | "mme"
    )
}

/// A run of name words in a paragraph, honorifics split off.
#[derive(Debug, Clone)]
struct Run<'a> {
    paragraph: usize,
    /// Byte range of the whole run, honorific included.
    range: Range<usize>,
    /// Byte range of the name words.
    name: Range<usize>,
    /// The paragraph's text and words; the name's words are `name_words` of them
    /// (borrowed rather than copied: a document has a run for every capitalised word).
    text: &'a str,
    para_words: Words<'a>,
    name_words: Range<usize>,
    honorific: Option<String>,
    honorific_gender: Gender,
    sentence: Range<usize>,
}

impl<'a> Run<'a> {
    /// The name's words, possessive dropped.
    fn words(&self) -> impl Iterator<Item = &'a str> + use<'a> {
        let text = self.text;
        self.para_words.ranges[self.name_words.clone()]
            .iter()
            .map(move |r| strip_possessive(&text[r.clone()]).0)
    }

    /// The name as the entity table shows it: its words single-spaced, an initial with
    /// its dot (`T. Ramachandran`, `John F. Kennedy`).
    fn display_name(&self) -> String {
        let text = self.text;
        let mut out = String::new();
        for r in &self.para_words.ranges[self.name_words.clone()] {
            if !out.is_empty() {
                out.push(' ');
            }
            let w = strip_possessive(&text[r.clone()]).0;
            out.push_str(w);
            if one_char(w) && w.chars().all(char::is_uppercase) && text[r.end..].starts_with('.') {
                out.push('.');
            }
        }
        out
    }

    /// Writes the name in lower case to `key`: `words().join(" ").to_lowercase()`,
    /// built from the paragraph's lower-case words.
    fn key_into(&self, key: &mut String) {
        key.clear();
        for (n, i) in self.name_words.clone().enumerate() {
            if n > 0 {
                key.push(' ');
            }
            let (base, stripped) = strip_possessive(&self.text[self.para_words.ranges[i].clone()]);
            if stripped {
                lexicon::with_lower(base, |l| key.push_str(l));
            } else {
                key.push_str(self.para_words.lower(i));
            }
        }
    }
}

/// Finds the runs of capitalised words of paragraph `p`, adding them to `out`.
fn runs_of<'a>(
    doc: &'a Document,
    p: usize,
    words: Words<'a>,
    openers: &HashSet<&str>,
    out: &mut Vec<Run<'a>>,
) {
    let ws = words.ranges;
    let para = &doc.paragraphs[p];
    let text = para.text.as_str();
    let mut i = 0;
    while i < ws.len() {
        // Most words start with a lower-case ASCII letter: no run starts there.
        let first = text.as_bytes()[ws[i].start];
        if first.is_ascii() && !first.is_ascii_uppercase() {
            i += 1;
            continue;
        }
        let w = &text[ws[i].clone()];
        // `T. Ramachandran said`: an initial starts a name when a surname follows it
        // (after a comma or a lower-case word: `Plan B. Then` is no name).
        let before = text[..ws[i].start].trim_end();
        let initial_first = one_char(w)
            && w.chars().all(char::is_uppercase)
            && (before.ends_with(',')
                || last_word(before).is_some_and(|b| b.chars().all(char::is_lowercase)))
            && ws.get(i + 1).is_some_and(|n| {
                &text[ws[i].end..n.start] == ". "
                    && is_name_word(&text[n.clone()])
                    && !is_function_word(&text[n.clone()].to_lowercase())
                    && !openers.contains(&text[n.clone()])
            });
        // `Ó Dálaigh said`: a Gaelic particle starts the surname it comes before.
        let particle_first = w != "O"
            && lexicon::is_capital_particle(w)
            && ws.get(i + 1).is_some_and(|n| {
                &text[ws[i].end..n.start] == " " && is_name_word(&text[n.clone()])
            });
        let starts = w.chars().next().is_some_and(char::is_uppercase)
            && (is_name_word(w)
                || particle_first
                || initial_first
                || lexicon::honorific(words.lower(i)).is_some());
        if !starts {
            i += 1;
            continue;
        }
        // Extend the run over name words, particles followed by a name word, and the
        // dot of an abbreviated honorific or an initial.
        let mut j = i;
        loop {
            let cur = &text[ws[j].clone()];
            if strip_possessive(cur).1 {
                break;
            }
            let Some(next) = ws.get(j + 1) else { break };
            let gap = &text[ws[j].end..next.start];
            let initial = one_char(cur) && cur.chars().all(char::is_uppercase);
            let gap_ok = gap == " "
                || gap == "\u{a0}"
                || (gap == ". "
                    && (initial || cur.len() <= 4 && is_dotted_honorific(words.lower(j))));
            if !gap_ok {
                break;
            }
            let nw = &text[next.clone()];
            let nw_initial = one_char(nw)
                && nw.chars().all(char::is_uppercase)
                && text[next.end..].starts_with(". ");
            if is_name_word(nw) || nw_initial {
                j += 1;
                continue;
            }
            // Particles count only when a name word follows them (`de la Fontaine`).
            let mut t = j + 1;
            while t < ws.len()
                && (lexicon::is_particle(&text[ws[t].clone()])
                    || lexicon::is_capital_particle(&text[ws[t].clone()]))
                && ws
                    .get(t + 1)
                    .is_some_and(|a| &text[ws[t].end..a.start] == " ")
            {
                t += 1;
            }
            if t > j + 1 && t < ws.len() && is_name_word(&text[ws[t].clone()]) {
                j = t;
                continue;
            }
            // `Deputy Minister for Downstream Industry Rizal Hartanto`: a title's
            // portfolio, when a name still follows it.
            if gap == " "
                && matches!(nw, "for" | "of")
                && lexicon::honorific(words.lower(j)).is_some()
                && name_words_from(text, ws, j + 2) >= 3
            {
                j += 1;
                continue;
            }
            break;
        }
        let at = para.sentences.partition_point(|s| s.end <= ws[i].start);
        let sentence = para
            .sentences
            .get(at)
            .filter(|s| s.start <= ws[i].start)
            .cloned()
            .unwrap_or(0..text.len());
        if let Some(run) = make_run(text, p, (words, i..j + 1), sentence, openers) {
            out.push(run);
        }
        i = j + 1;
    }
}

/// How many name words follow one another, single-spaced, from word `i`.
fn name_words_from(text: &str, ws: &[Range<usize>], i: usize) -> usize {
    let mut n = 0;
    while let Some(r) = ws.get(i + n) {
        let spaced = n == 0 || &text[ws[i + n - 1].end..r.start] == " ";
        if !spaced || !is_name_word(&text[r.clone()]) || strip_possessive(&text[r.clone()]).1 {
            break;
        }
        n += 1;
    }
    n
}

/// Splits honorifics and sentence-opening words off a run of capitalised words: the
/// words `run` of the paragraph's `para_words`.
fn make_run<'a>(
    text: &'a str,
    p: usize,
    (para_words, run): (Words<'a>, Range<usize>),
    sentence: Range<usize>,
    openers: &HashSet<&str>,
) -> Option<Run<'a>> {
    let at = run.start;
    let ws = &para_words.ranges[run];
    let lower_of = |k: usize| para_words.lower(at + k);
    let mut k = 0;
    let mut honorific = None;
    let mut honorific_gender = Gender::Unknown;
    // Where the title in front of the name starts.
    let mut title_start: Option<usize> = None;
    // Leading words that are not names: sentence openers, months, common words.
    while k < ws.len() {
        let w = &text[ws[k].clone()];
        let lw = lower_of(k);
        if let Some(g) = lexicon::honorific(lw) {
            let dot = usize::from(text[ws[k].end..].starts_with('.'));
            // `Hydrologist Dr. Tomás Quispe`: the whole title from its first word.
            let from = title_start.map_or(ws[k].start, |t| ws[t].start);
            honorific = Some(text[from..ws[k].end + dot].to_string());
            honorific_gender = g;
            title_start.get_or_insert(k);
            k += 1;
            continue;
        }
        let at_start = text[sentence.start..ws[k].start]
            .chars()
            .all(|c| !c.is_alphanumeric());
        // `Energy Minister Georgi Marinov`, `Mining Minister …`: a word in front of a
        // title belongs to the title, which the inner-title step below takes whole.
        // (`Department Director Ana Roe`, `Ministry Spokesman …`: a body's word before
        // a role used as a title is the title's too.)
        let title_next = k + 3 < ws.len()
            && (lexicon::honorific(lower_of(k + 1)).is_some()
                || lexicon::is_org_word(lw) && lexicon::is_role_noun(lower_of(k + 1)))
            && !is_function_word(lw)
            && !lexicon::is_non_name_capital(lw);
        if k + 2 < ws.len() && lexicon::is_role_noun(lw) {
            // `Economist Ana Ruiz`, `Analyst John Smith`: a role used as a title.
            honorific = Some(w.to_string());
            title_start.get_or_insert(k);
            k += 1;
            continue;
        }
        if title_next {
            break;
        }
        // `State Marco Rubio` (from `Secretary of State Marco Rubio`): the tail of a
        // title or an organisation's name before the person's.
        let tail_of_title = k + 2 < ws.len() && lexicon::is_org_word(lw);
        // `Van der Berg agreed`: a particle opening a sentence starts the surname it is
        // part of, although the text writes it in lower case after a given name
        // (`Pieter van der Berg`), which makes it look like a common sentence opener.
        let particle_lead = k + 1 < ws.len() && lexicon::is_particle(lw);
        let opener = || !particle_lead && (is_function_word(lw) || openers.contains(lw));
        if tail_of_title || lexicon::is_non_name_capital(lw) || (at_start && opener()) {
            honorific = None;
            title_start = None;
            k += 1;
            continue;
        }
        break;
    }
    // A later honorific inside the run (`Russian President Vladimir Putin`).
    // Also a role noun with a full name still after it (`Al Sahel Infrastructure Fund
    // Chief Executive Omar Haddad`): what comes before belongs to the title.
    let inner = (k..ws.len().saturating_sub(1)).rev().find_map(|m| {
        let lw = lower_of(m);
        lexicon::honorific(lw)
            .or_else(|| (m + 3 <= ws.len() && lexicon::is_role_noun(lw)).then_some(Gender::Unknown))
            .map(|g| (m, g))
    });
    if let Some((m, g)) = inner {
        // Keep the whole title: `Hungarian Interior Minister`. A title already begun
        // before `k` runs on through it (`Minister for Justice Ann Roe`, where
        // `Justice` is a title of its own): the title is `Minister for Justice`.
        let t = *title_start.get_or_insert(k);
        honorific = Some(text[ws[t].start..ws[m].end].to_string());
        honorific_gender = g;
        k = m + 1;
    }
    // A portfolio after `for`/`of` (`Minister for Downstream Industry Rizal Hartanto`):
    // all but the last two name words (and the particles before them) are the title's.
    if let Some(t) = title_start
        && k < ws.len()
        && matches!(&text[ws[k].clone()], "for" | "of")
    {
        let mut split = ws.len().saturating_sub(2);
        while split > k + 2 && lexicon::is_particle(&text[ws[split - 1].clone()]) {
            split -= 1;
        }
        if split > k + 1 {
            honorific = Some(text[ws[t].start..ws[split - 1].end].to_string());
            k = split;
        }
    }
    // `Bank of Thailand Governor Ana Roe`: the run starts after `of`, but the title
    // is the whole organisation's name with the role (`Ministry of Finance spokesman`).
    if let (Some(t), Some(h)) = (title_start, honorific.as_mut()) {
        let before = &text[..ws[t].start];
        if let Some(head) = before.strip_suffix(" of ")
            && let Some(w) = last_word(head)
            && w.starts_with(char::is_uppercase)
            && lexicon::with_lower(w, lexicon::is_org_word)
        {
            *h = format!("{w} of {h}");
        }
    }
    // `Valdai Discussion Club Andrei Bystritsky`: an organisation's name ends before
    // the person's (two or more name words after its last organisation word).
    if honorific.is_none()
        && let Some(m) = (k..ws.len().saturating_sub(2))
            .rev()
            .find(|&m| lexicon::is_org_word(lower_of(m)))
    {
        k = m + 1;
    }
    if k >= ws.len() {
        return None;
    }
    // `Instituto del Mar del Perú`, `Banco de la Nación`: a lower-case particle right
    // after an organisation's word continues that organisation's name, so what
    // follows is no person (a person's particle surname after a title keeps its
    // title: `President von der Leyen`).
    if k > 0
        && honorific.is_none()
        && lexicon::is_org_word(lower_of(k - 1))
        && text[ws[k].clone()].starts_with(|c: char| c.is_lowercase())
    {
        return None;
    }
    // A generational suffix (`Bautista Jr.`) is no part of the name to match on.
    let mut ws = ws;
    if ws.len() >= k + 3 && matches!(&text[ws[ws.len() - 1].clone()], "Jr" | "Sr") {
        ws = &ws[..ws.len() - 1];
    }
    let name_ws = &ws[k..];
    let start = if honorific.is_some() && k > 0 {
        ws[title_start.unwrap_or(k - 1).min(k - 1)].start
    } else {
        name_ws[0].start
    };
    let last = name_ws[name_ws.len() - 1].clone();
    let name_end = last.start + strip_possessive(&text[last]).0.len();
    // The mention takes in a generational suffix after the name (`Lacson III,`).
    let suffix = text[name_end..].len() - skip_name_suffix(&text[name_end..]).len();
    Some(Run {
        paragraph: p,
        range: start..name_end + suffix,
        name: name_ws[0].start..name_end,
        text,
        para_words,
        name_words: at + k..at + ws.len(),
        honorific,
        honorific_gender,
        sentence,
    })
}

/// True when the run could be a full personal name: two to five words, none of them a
/// word of organisations or places. Particles do not count, nor does a Gaelic one
/// before a surname (`Ó Briain` alone is a surname, not a full name). Leaves the run's
/// key in `key` when it has two to five words.
fn looks_like_full_name(run: &Run, key: &mut String) -> bool {
    let mut words = run.words().peekable();
    let mut name_words = 0;
    while let Some(w) = words.next() {
        // `Van der Berg` opening a sentence is a surname: its particles count in either case.
        let particle = lexicon::with_lower(w, lexicon::is_particle)
            || lexicon::is_capital_particle(w) && words.peek().is_some();
        name_words += usize::from(!particle);
    }
    if !(2..=5).contains(&name_words) {
        return false;
    }
    run.key_into(key);
    key.split(' ').enumerate().all(|(i, l)| {
        // `Theresa May`: a month may end a name but not begin one.
        !lexicon::is_org_word(l) && (i > 0 || !lexicon::is_non_name_capital(l))
    })
}

/// Author–date citations in a paragraph: `Okafor (2021)` in the running text (with the
/// surname's byte offset when the surname stands alone), and the surnames of `(Sørvik 2023, p. 41)` or `(Wilczek and
/// Aalto 2024)` (without one). Reference-list entries (`Okafor, C. (2021)`) are neither.
pub fn citations(text: &str) -> Vec<(Option<usize>, &str)> {
    let mut out = Vec::new();
    // A year of four digits, maybe with a letter (`2021a`), then `)` or `,`.
    let year_at = |s: &str| {
        let b = s.as_bytes();
        b.len() >= 5 && b[..4].iter().all(u8::is_ascii_digit) && matches!(b[4], b')' | b',' | b';')
            || b.len() >= 6
                && b[..4].iter().all(u8::is_ascii_digit)
                && b[4].is_ascii_lowercase()
                && matches!(b[5], b')' | b',' | b';')
    };
    for (open, _) in text.match_indices('(') {
        let inside = &text[open + 1..];
        if year_at(inside) {
            // `Okafor (2021)`: the name word right before the bracket.
            let before = &text[..open];
            let Some(head) = before.strip_suffix(' ') else {
                continue;
            };
            let start = head
                .rfind(|c: char| !(c.is_alphabetic() || matches!(c, '-' | '\'' | '’')))
                .map_or(0, |i| {
                    i + head[i..].chars().next().map_or(1, char::len_utf8)
                });
            let word = &head[start..];
            // The surname alone (`As Okafor`), not the end of a longer name or title
            // (`the North Sea (2024)`, which a full name's citation also is not).
            let prev = head[..start].trim_end();
            let alone = prev.is_empty()
                || prev.ends_with(['.', ',', ';', ':', '(', '—', '–'])
                || last_word(prev).is_some_and(|w| {
                    !w.starts_with(char::is_uppercase) || lexicon::with_lower(w, is_function_word)
                });
            if is_name_word(word) && !lexicon::with_lower(word, lexicon::is_org_word) {
                out.push((alone.then_some(start), word));
            }
            continue;
        }
        // `(Sørvik 2023, p. 41)`, `(Wilczek and Aalto 2024)`, `(Lund et al. 2020)`.
        let Some(close) = inside.find(')') else {
            continue;
        };
        let inner = &inside[..close];
        let Some(space) = inner.find(|c: char| c.is_ascii_digit()) else {
            continue;
        };
        if space == 0 || !year_at(&inside[space..]) || !inner[..space].ends_with(' ') {
            continue;
        }
        let names = inner[..space].trim_end().trim_end_matches(" et al.");
        let parts: Vec<&str> = names
            .split(" and ")
            .flat_map(|n| n.split(" & "))
            .flat_map(|n| n.split(", "))
            .map(str::trim)
            .collect();
        if parts.len() <= 3
            && parts.iter().all(|w| {
                is_name_word(w)
                    && !w.contains(' ')
                    && !lexicon::with_lower(w, |l| {
                        lexicon::is_org_word(l) || lexicon::is_non_name_capital(l)
                    })
            })
        {
            out.extend(parts.into_iter().map(|w| (None, w)));
        }
    }
    out
}

/// A heading that names a person and their role, as over each contributor's block on
/// an "experts react" page (`Dr. Jane Roe, senior fellow, Energy Program; former
/// adviser`): the name, its honorific and the role after the first comma.
pub fn heading_person(heading: &str) -> Option<(String, Option<String>, String)> {
    let (name_part, role) = heading.split_once(", ")?;
    let role = role.trim().trim_end_matches(['.', ':']);
    // A role written as one (`senior fellow`, `Director, …`), not only an organisation's
    // name that holds a role word (`Kestrel Digital Research`).
    let mut first = true;
    let mut role_word = false;
    scan_words(
        role,
        |r| {
            let w = &role[r];
            let lower_case = w.chars().next().is_some_and(char::is_lowercase);
            role_word = (first || lower_case)
                && lexicon::with_lower(w, |l| {
                    lexicon::is_role_noun(l) || l.split('-').any(lexicon::is_role_noun)
                });
            first = false;
            if role_word {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        },
        |_| {},
    );
    if !role_word {
        return None;
    }
    let mut ws: Vec<&str> = name_part.split_whitespace().collect();
    let mut honorific = None;
    if let Some(first) = ws.first()
        && ws.len() > 2
        && lexicon::with_lower(first.trim_end_matches('.'), lexicon::honorific).is_some()
    {
        honorific = Some(first.to_string());
        ws.remove(0);
    }
    let names = ws.iter().filter(|w| !lexicon::is_particle(w)).count();
    let fits = (2..=5).contains(&names)
        && ws.first().is_some_and(|w| is_name_word(w))
        && ws.last().is_some_and(|w| is_name_word(w))
        && ws.iter().enumerate().all(|(i, w)| {
            (is_name_word(w) || lexicon::is_particle(w) || lexicon::is_capital_particle(w))
                && lexicon::with_lower(w, |l| {
                    !lexicon::is_org_word(l)
                        && !lexicon::is_role_noun(l)
                        && (i > 0 || !lexicon::is_non_name_capital(l))
                })
        });
    fits.then(|| (ws.join(" "), honorific, role.to_string()))
}

/// `the economist said` after a comma: a cue's subject, not an apposition of the name
/// before it (`… across much of Minas Gerais, the economist said`). Lower-case words
/// up to a role noun, then a reporting verb right after it.
fn role_subject_of_cue(seg: &str) -> bool {
    let ws: Vec<&str> = seg.split_whitespace().take(6).collect();
    ws.iter().enumerate().skip(1).any(|(i, w)| {
        let lw = w.to_lowercase();
        lexicon::reporting_verb(&lw).is_some()
            && lexicon::is_role_noun(&ws[i - 1].to_lowercase())
            && ws[..i]
                .iter()
                .all(|w| w.starts_with(char::is_lowercase) && !matches!(*w, "who" | "that"))
    })
}

/// A pre-nominal role without the inverted reporting verb in front of it: `insisted
/// the Minister of the Economy` → `the Minister of the Economy`.
fn skip_reporting_verb(seg: &str) -> &str {
    // (After a closing quote mark: `» insisted the …`.)
    let t = seg.trim_start_matches(|c: char| !c.is_alphanumeric());
    match t.split_once(' ') {
        Some((verb, rest))
            if verb.starts_with(char::is_lowercase)
                && lexicon::reporting_verb(verb).is_some()
                && rest.starts_with("the ") =>
        {
            rest
        }
        _ => seg,
    }
}

/// A pre-nominal role without the clause that reports it (`I should say that the
/// Minister of Health, Jo Roe, said …` → `the Minister of Health`): a role phrase is a
/// noun phrase, so an earlier verb and its `that` before an article are no part of it.
fn after_complementizer(seg: &str) -> &str {
    let mut from = 0;
    while let Some(at) = seg[from..].find(" that ") {
        let rest = &seg[from + at + " that ".len()..];
        if ["the ", "The ", "a ", "an "]
            .iter()
            .any(|a| rest.starts_with(a))
        {
            return after_complementizer(rest);
        }
        from += at + " that ".len();
    }
    seg
}

/// The text after a name without a generational suffix in front (`Jr.`, `III`), or the
/// post-nominal of a senior barrister (`SC`, `QC`, `KC`: `Thandi Dube SC, who …`).
fn skip_name_suffix(after: &str) -> &str {
    for suffix in [
        "Jr.", "Sr.", "Jr", "Sr", "III", "II", "IV", "SC", "QC", "KC",
    ] {
        if let Some(rest) = after.strip_prefix(' ').and_then(|a| a.strip_prefix(suffix))
            && !rest.starts_with(char::is_alphanumeric)
        {
            return rest;
        }
    }
    after
}

/// A paragraph that is only a role line (`Senior economist, Institute for Inland
/// Transport, Vienna`), as an italic dek under a heading that gives a bare name: short,
/// one sentence with no full stop at its end, no quote marks and no first-person word.
fn role_line(text: &str) -> Option<&str> {
    let t = text.trim();
    let short = t.split_whitespace().count() <= 25;
    let plain = !t.ends_with(['.', '?', '!', ':'])
        && !t.contains(['"', '“', '”', '«', '»'])
        && !t
            .split_whitespace()
            .any(|w| matches!(w, "I" | "we" | "We" | "my" | "our" | "My" | "Our"));
    (short && plain && !t.is_empty()).then_some(t)
}

/// Leading words of a pre-nominal role phrase that are not part of the role.
fn trim_connectives(s: &str) -> &str {
    const CONNECTIVES: [&str; 19] = [
        "and ",
        "but ",
        "when ",
        "while ",
        "as ",
        "after ",
        "before ",
        "including ",
        "meanwhile ",
        "thus ",
        "says ",
        "said ",
        "according to ",
        "with ",
        "by ",
        "for ",
        "to ",
        "from ",
        "the ",
    ];
    let mut s = s.trim();
    // In any case (the connectives are ASCII); none is a prefix of another, so at most
    // one matches at a time.
    while let Some(c) = CONNECTIVES
        .iter()
        .find(|c| s.get(..c.len()).is_some_and(|p| p.eq_ignore_ascii_case(c)))
    {
        s = s[c.len()..].trim_start();
    }
    skip_fronted_time(s)
}

/// A role phrase without the time phrase fronted before its article (`On Tuesday
/// afternoon the federal Sport Minister` → `the federal Sport Minister`, `Last week the
/// bank's chief economist`): when it was done is no part of who they are.
fn skip_fronted_time(s: &str) -> &str {
    let Some(first) = first_word(s) else {
        return s;
    };
    let opens = lexicon::with_lower(&s[first.clone()], |w| {
        matches!(
            w,
            "on" | "in" | "at" | "last" | "earlier" | "later" | "during" | "yesterday" | "today"
        )
    });
    if !opens || s.contains(',') {
        return s;
    }
    // The first article after a word of time (`Tuesday`, `week`, `morning`).
    let ws = words(s);
    let timed = |i: usize| {
        lexicon::with_lower(&s[ws[i].clone()], |w| {
            w.ends_with("day")
                || matches!(
                    w,
                    "week" | "month" | "year" | "morning" | "afternoon" | "evening" | "night"
                )
        })
    };
    (1..ws.len())
        .find(|&i| (1..i).any(timed) && matches!(&s[ws[i].clone()], "the" | "a" | "an"))
        .map_or(s, |i| &s[ws[i].start..])
}

fn has_role_noun(s: &str) -> bool {
    let mut found = false;
    scan_words(
        s,
        |r| {
            found = lexicon::with_lower(&s[r], |w| {
                lexicon::is_role_noun(w) || w.split('-').any(lexicon::is_role_noun)
            });
            if found {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        },
        |_| {},
    );
    found
}

/// Where an apposition or role phrase stops: a comma, semicolon, dash or bracket.
fn phrase_end(s: &str) -> usize {
    let mut depth = 0i32;
    let b = s.as_bytes();
    for (i, c) in s.char_indices() {
        // A thousands separator (`1,400 acres`) is no boundary.
        if c == ','
            && i > 0
            && b[i - 1].is_ascii_digit()
            && b.get(i + 1).is_some_and(u8::is_ascii_digit)
        {
            continue;
        }
        match c {
            '(' => depth += 1,
            ')' => {
                if depth == 0 {
                    return i;
                }
                depth -= 1;
            }
            ',' | ';' | '—' | '–' | ':' if depth == 0 => return i,
            _ => {}
        }
    }
    s.len()
}

/// Words that join the parts of an institution's name.
fn is_name_joiner(w: &str) -> bool {
    matches!(
        w,
        "of" | "for" | "and" | "on" | "the" | "at" | "in" | "&" | "de"
    )
}

/// True when `before` (the text ahead of a run) ends in a capitalised word and a joiner
/// (`Santiago Centre for `): the run continues an institution's name.
fn continues_proper_name(before: &str) -> bool {
    let Some(head) = before.strip_suffix(' ') else {
        return false;
    };
    // `Ministry for the Ecological Transition`, `Centre for the Study of …`.
    let head = head
        .strip_suffix(" the")
        .filter(|h| last_word(h).is_some_and(|w| matches!(w, "of" | "for" | "and" | "on")))
        .unwrap_or(head);
    let Some(joiner) = last_word(head).filter(|w| matches!(*w, "of" | "for" | "and" | "on")) else {
        return false;
    };
    let rest = head[..head.len() - joiner.len()].trim_end_matches(' ');
    if rest.len() + 1 != head.len() - joiner.len() {
        return false;
    }
    last_word(rest)
        .is_some_and(|w| is_name_word(w) && !lexicon::is_non_name_capital(&w.to_lowercase()))
}

/// `of the Santiago Centre for Resource Governance` right after a name: `of`, `at`,
/// `from` or `with` and a capitalised name, up to the first word that belongs to neither.
fn affiliation(after: &str) -> Option<&str> {
    let rest = after.strip_prefix(' ')?;
    let lead = ["of ", "at ", "from ", "with "]
        .into_iter()
        .find(|l| rest.starts_with(l))?;
    let limit = phrase_end(rest);
    let mut end = 0;
    let mut capitals = 0;
    let mut prev_end = lead.len() - 1;
    for r in words(&rest[..limit]).into_iter().skip(1) {
        let w = &rest[r.clone()];
        // Punctuation between words ends the name.
        if !rest[prev_end..r.start]
            .chars()
            .all(|c| c == ' ' || c == '&')
        {
            break;
        }
        prev_end = r.end;
        if is_name_word(w) || w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()) {
            capitals += 1;
            end = r.end;
        } else if !is_name_joiner(w) {
            break;
        }
    }
    (capitals > 0 && end > 0).then(|| rest[..end].trim_end())
}

/// The place a sentence opens with right before a name: `In Kericho, ` → `Kericho`
/// (one to three capitalised words, not a month or a day).
fn fronted_place(before: &str) -> Option<&str> {
    let place = before.strip_prefix("In ")?.strip_suffix(", ")?;
    let ws = words(place);
    let plain = (1..=3).contains(&ws.len())
        && place.split(' ').count() == ws.len()
        && ws.iter().all(|r| {
            let w = &place[r.clone()];
            is_name_word(w) && !lexicon::with_lower(w, lexicon::is_non_name_capital)
        });
    plain.then_some(place)
}

/// The institution a predicate right after a name works for: `has spent years drilling
/// boreholes for the Boreal Geotechnical Institute in Whitehorse` → `for the Boreal
/// Geotechnical Institute`. Within the first clause (no comma) and a dozen words, a
/// capitalised name after `for/at/with the` that ends in an organisation word.
fn predicate_institution(after: &str) -> Option<&str> {
    let rest = after.strip_prefix(' ')?;
    let clause = &rest[..phrase_end(rest)];
    let ws = words(clause);
    let at = (0..ws.len().min(14)).find(|&i| {
        matches!(&clause[ws[i].clone()], "for" | "at" | "with")
            && ws.get(i + 1).is_some_and(|r| &clause[r.clone()] == "the")
            && ws
                .get(i + 2)
                .is_some_and(|r| is_name_word(&clause[r.clone()]))
    })?;
    let mut org_end = None;
    for r in &ws[at + 2..] {
        let w = &clause[r.clone()];
        let lower = w.to_lowercase();
        if is_name_word(w) {
            if lexicon::is_org_word(&lower) {
                org_end = Some(r.end);
            }
        } else if !matches!(lower.as_str(), "of" | "for" | "and" | "&") {
            break;
        }
    }
    org_end.map(|e| &clause[ws[at].start..e])
}

/// The role a verb right after the name gives (`heads the … programme at …`, `is a
/// senior fellow at …`), up to the end of the phrase, when it names a role or an
/// institution.
fn predicate_role(after: &str) -> Option<&str> {
    let rest = after.strip_prefix(' ')?;
    let (verb, tail) = rest.split_once(' ')?;
    let role_verb = matches!(
        verb,
        "heads" | "leads" | "directs" | "chairs" | "runs" | "teaches" | "founded" | "co-founded"
    );
    // `has acted for both lenders and councils in debt disputes`: a lawyer's practice,
    // the field they are asked about, is their role.
    let (perfect, practice) = tail.split_once(' ').unwrap_or((tail, ""));
    if verb == "has"
        && matches!(perfect, "acted" | "represented" | "advised")
        && !practice.is_empty()
    {
        let mut end = phrase_end(rest);
        // `…, though not in this case`: the practitioner stands outside the case.
        if let Some(aside) = [", though not ", ", but not ", ", although not "]
            .iter()
            .find(|a| rest[end..].starts_with(*a))
        {
            let from = end + aside.len();
            end = from + phrase_end(&rest[from..]);
        }
        let seg = rest[..end].trim_end().trim_end_matches('.');
        return (!more_words_than(seg, 22)).then_some(seg);
    }
    let copula = matches!(verb, "is" | "was")
        && ["a ", "an ", "the ", "senior ", "chief ", "head "]
            .iter()
            .any(|a| tail.starts_with(a));
    if !role_verb && !copula {
        return None;
    }
    let mut seg = rest[..phrase_end(rest)].trim_end().trim_end_matches('.');
    // `is a geomorphologist at the X Institute and has surveyed …`: the role ends
    // where a second predicate starts.
    if let Some(at) = seg.match_indices(" and ").find_map(|(at, _)| {
        let next = seg[at + 5..].split(' ').next().unwrap_or("");
        matches!(
            next,
            "has" | "have" | "had" | "is" | "was" | "will" | "would" | "says" | "said"
        )
        .then_some(at)
    }) {
        seg = &seg[..at];
    }
    let institution = words(&seg[verb.len()..])
        .iter()
        .any(|r| is_name_word(&seg[verb.len()..][r.clone()]));
    let fits = has_role_noun(&seg[verb.len()..]) || (role_verb && institution);
    (fits && !more_words_than(seg, 16)).then_some(seg)
}

/// The text after a name with a spaced-dash aside skipped (`Ruth Harrow – no relation –
/// is a …` → ` is a …`); the text itself when it has none.
fn skip_dash_aside(after: &str) -> &str {
    for dash in [" – ", " — "] {
        if let Some(rest) = after.strip_prefix(dash)
            && let Some(close) = rest.find(dash)
        {
            return &rest[close + dash.len() - 1..];
        }
    }
    after
}

/// The text after a name with a short bracketed tag skipped, such as a party or a
/// constituency (`Gesa Harms (SPD), …`, `Tom Reyes (R-Texas) said`); the text itself
/// when it has none.
fn skip_bracketed_tag(after: &str) -> &str {
    let Some(rest) = after.strip_prefix(" (") else {
        return after;
    };
    let Some(close) = rest.find(')') else {
        return after;
    };
    let tag = &rest[..close];
    let short = !tag.is_empty() && tag.len() <= 16 && !tag.contains(' ');
    if short
        && tag.starts_with(|c: char| c.is_uppercase())
        && !tag.bytes().any(|b| b.is_ascii_digit())
    {
        &rest[close + 1..]
    } else {
        after
    }
}

/// An organisation named in brackets right after a name and followed by a reporting
/// verb (`Tom Reyes (Harbour Bank) said`, `Ana Roe (Nordic Ports & Shipping) told`)
/// or closing the sentence (`said Tom Reyes (Harbour Bank).`):
/// the bracket's words and the text after it. News copy sets a speaker's employer
/// off this way as often as with `of`; two to six capitalised words (with `&`, `of`,
/// `for`, `and`, `the` between) and a reporting verb right after keep out asides
/// and translations (`(in French)`, `(pictured)`), which are lower case.
fn bracketed_affiliation(after: &str) -> Option<(&str, &str)> {
    let (tag, tail) = bracketed_name(after)?;
    let reports = tail.starts_with(' ')
        && first_word(tail)
            .is_some_and(|r| lexicon::with_lower(&tail[r], lexicon::reporting_verb).is_some());
    // `“…,” said Tom Reyes (Harbour Bank).`: after an inverted verb the bracket may
    // close the sentence (the caller checks the verb before the name).
    let closes = tail
        .trim()
        .trim_end_matches(['.', '!', '?', '"', '”', '’', '\''])
        .is_empty();
    (reports || closes).then_some((tag, tail))
}

/// A bracketed proper name right after a name (` (Harbour Bank) …`): the name and
/// the text after the bracket. Two to six words, at least two of them capitalised.
fn bracketed_name(after: &str) -> Option<(&str, &str)> {
    let rest = after.strip_prefix(" (")?;
    let close = rest.find(')')?;
    let tag = &rest[..close];
    let ws = words(tag);
    let capitals = ws
        .iter()
        .filter(|r| is_name_word(&tag[(*r).clone()]))
        .count();
    let fits = (2..=6).contains(&ws.len())
        && capitals >= 2
        && tag.starts_with(|c: char| c.is_uppercase())
        && ws.iter().all(|r| {
            let w = &tag[r.clone()];
            is_name_word(w) || is_name_joiner(w) || w.chars().all(|c| c.is_uppercase())
        })
        && tag
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '&' | '-' | '.' | '\'' | '’'));
    fits.then_some((tag, &rest[close + 1..]))
}

/// The organisation whose possessive stands right before a name (`Northgate
/// Capital's ` → `Northgate Capital`, `Harbour Bank’s `): one to five capitalised
/// words (joiners allowed inside), the last one possessive. News names a speaker's
/// employer this way (`Goldman Sachs's Jan Roe`); the organisation is who they are.
fn possessive_organisation(before: &str) -> Option<&str> {
    let b = before.strip_suffix(' ')?;
    // (`Westlake Partners’ `: a plural's bare apostrophe.)
    let stem = b
        .strip_suffix("'s")
        .or_else(|| b.strip_suffix("’s"))
        .or_else(|| {
            b.strip_suffix('\'')
                .or_else(|| b.strip_suffix('’'))
                .filter(|s| s.ends_with('s'))
        })?;
    let start = after_last(stem, &[',', ';', ':', '(', '—', '–', '“', '"', '«', '.']);
    let seg = stem[start..].trim_start();
    let ws = words(seg);
    let tail = ws
        .iter()
        .rev()
        .take_while(|r| {
            let w = &seg[(*r).clone()];
            is_name_word(w) || is_name_joiner(w) || w.chars().all(|c| c.is_uppercase())
        })
        .count();
    if tail == 0 || tail > 5 {
        return None;
    }
    let from = ws[ws.len() - tail..]
        .iter()
        .find(|r| !is_name_joiner(&seg[(*r).clone()]))?
        .start;
    let org = &seg[from..];
    // Words that are no name's (`Tuesday's`, `The`), and a possessive right after a
    // sentence-opening word alone, are no organisation.
    let named = words(org).iter().all(|r| {
        let w = &org[r.clone()];
        is_name_joiner(w)
            || lexicon::with_lower(w, |l| {
                !is_function_word(l) && !lexicon::is_non_name_capital(l)
            })
    }) && org.ends_with(|c: char| c.is_alphanumeric());
    named.then_some(org)
}

/// `According to Jane Roe, prices will rise. “Nobody saw it,” she said.`: a full name
/// after `according to`, then `he`/`she` with a reporting verb (`she said`, `said he`,
/// `He added`) before any other name, in the rest of that sentence or the next one of
/// the paragraph (or the next paragraph's first, when the sentence ends its own). A body cited so is `it` or `they`; only a person is `he` or `she`.
/// The name must have no organisation word, and no other name may stand earlier in
/// the paragraph, which the pronoun could go back to. Gives the pronoun's gender.
fn according_to_then_pronoun(doc: &Document, run: &Run) -> Option<Gender> {
    let text = run.text;
    let before = &text[run.sentence.start.min(run.range.start)..run.range.start];
    if run.honorific.is_some()
        || !ends_according_to(before)
        || !text[run.name.end..].starts_with(',')
    {
        return None;
    }
    let full_name = run.words().count() >= 2
        && run.words().all(|w| {
            lexicon::with_lower(w, |l| {
                !lexicon::is_org_word(l) && !lexicon::is_non_name_capital(l)
            })
        });
    if !full_name {
        return None;
    }
    let para = doc.paragraphs.get(run.paragraph)?;
    // Another name earlier in the paragraph (two capitalised words in a row past a
    // sentence's first word) could be whom the pronoun means.
    let two_names = |seg: &str| {
        let ws = words(seg);
        ws.windows(2).enumerate().any(|(i, p)| {
            i > 0
                && is_name_word(&seg[p[0].clone()])
                && is_name_word(&seg[p[1].clone()])
                && &seg[p[0].end..p[1].start] == " "
        })
    };
    if para
        .sentences
        .iter()
        .filter(|s| s.end <= run.sentence.start)
        .any(|s| two_names(&text[s.clone()]))
    {
        return None;
    }
    // The rest of the sentence and the next one; when the sentence ends the paragraph,
    // the next paragraph's first sentence (`According to X, … .` then `“…,” she said.`).
    let next = para.sentences.iter().find(|s| s.start >= run.sentence.end);
    let end = next.map_or(run.sentence.end, |s| s.end).min(text.len());
    let here = pronoun_reports(&text[run.name.end..end]);
    if here.is_some() || next.is_some() {
        return here.flatten();
    }
    let following = doc.paragraphs.get(run.paragraph + 1)?;
    let first = following.sentences.first()?;
    pronoun_reports(following.text.get(first.clone())?).flatten()
}

/// True when a word of a known person's name (a surname or given name, as a whole
/// word) appears in the three paragraphs before the run's or in its own before it: an
/// antecedent a later `he`/`she` may go back to.
fn recently_named(doc: &Document, persons: &[Person], run: &Run) -> bool {
    if persons.is_empty() {
        return false;
    }
    let from = run.paragraph.saturating_sub(3);
    (from..=run.paragraph).any(|p| {
        let text = if p == run.paragraph {
            &run.text[..run.range.start]
        } else {
            doc.paragraphs[p].text.as_str()
        };
        words(text).into_iter().any(|r| {
            let w = &text[r];
            is_name_word(w)
                && persons
                    .iter()
                    .any(|person| person.name.split(' ').any(|n| n == w))
        })
    })
}

/// In `window`: `Some(Some(gender))` for the first `he`/`she` beside a reporting verb
/// (`she said`, `said he`), `Some(None)` when a name (two capitalised words) comes
/// first, and `None` when neither occurs.
fn pronoun_reports(window: &str) -> Option<Option<Gender>> {
    let ws = words(window);
    for (i, r) in ws.iter().enumerate() {
        let w = &window[r.clone()];
        if i > 0 && is_name_word(w) && is_name_word(&window[ws[i - 1].clone()]) {
            return Some(None);
        }
        let g = match w {
            "he" | "He" => Gender::Male,
            "she" | "She" => Gender::Female,
            _ => continue,
        };
        let verb = |j: usize| {
            ws.get(j).is_some_and(|v| {
                lexicon::with_lower(&window[v.clone()], lexicon::reporting_verb).is_some()
            })
        };
        let next_verb = verb(i + 1) && &window[r.end..ws[i + 1].start] == " ";
        let prev_verb = i > 0 && verb(i - 1) && &window[ws[i - 1].end..r.start] == " ";
        if next_verb || prev_verb {
            return Some(Some(g));
        }
    }
    None
}

/// True when `before` ends in `according to` (a word boundary ahead of it).
fn ends_according_to(before: &str) -> bool {
    let b = before.trim_end();
    b.len() >= 12
        && b.is_char_boundary(b.len() - 12)
        && b[b.len() - 12..].eq_ignore_ascii_case("according to")
        && !b[..b.len() - 12].ends_with(char::is_alphanumeric)
}

/// The byte just after the last of `marks` in `s`, or 0 when none occurs.
fn after_last(s: &str, marks: &[char]) -> usize {
    s.rfind(marks)
        .map_or(0, |i| i + s[i..].chars().next().map_or(1, char::len_utf8))
}

/// A title that names its organisation right before the name: `Chairman of the Board
/// of the Valdai Discussion Club`, `State Adviser of Kazakhstan`, `the head of the
/// Analytical Center "Strategy"`. After its last role noun, only `of`/`for` and the
/// organisation's capitalised (or quoted) words may follow.
fn role_of_organisation(before: &str) -> Option<&str> {
    let seg = &before[after_last(before, &[',', ';', ':', '(', '—', '–'])..];
    let ws = words(seg);
    let role = ws
        .iter()
        .rposition(|r| lexicon::is_role_noun(&seg[r.clone()].to_lowercase()))?;
    let rest = &ws[role + 1..];
    let linked = rest
        .first()
        .is_some_and(|r| matches!(&seg[r.clone()], "of" | "for"));
    let organisation = rest.len() >= 2
        && rest.len() <= 12
        && rest[1..].iter().all(|r| {
            let w = &seg[r.clone()];
            is_name_word(w)
                || w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
                || is_name_joiner(w)
        })
        && rest
            .last()
            .is_some_and(|r| !is_name_joiner(&seg[r.clone()]));
    (linked && organisation && ws.len() <= 20).then(|| trim_connectives(seg))
}

/// The noun phrase that ends `seg`, from its last article that follows a verb or a
/// preposition (`we put her arguments to the economist` → `the economist`): the
/// clause before a role that stands before a name is no part of it. An article after
/// `of`/`and` is inside the phrase (`head of the bank's research economist`).
fn noun_phrase_tail(seg: &str) -> &str {
    let ws = words(seg);
    let cut = (1..ws.len()).rev().find(|&i| {
        let (w, prev) = (&seg[ws[i].clone()], &seg[ws[i - 1].clone()]);
        matches!(w, "the" | "a" | "an")
            && prev.chars().all(|c| c.is_lowercase())
            && !matches!(prev, "of" | "and" | "or")
            && &seg[ws[i - 1].end..ws[i].start] == " "
    });
    cut.map_or(seg, |i| &seg[ws[i].start..])
}

/// The expert noun of a short subject that a copula ties to the name that follows
/// (`One analyst with that view is [Fund President] …`), if the sentence opens so.
fn copula_role(before: &str) -> Option<String> {
    // Only a few title words stand between the copula and the name: look near the end.
    let from = before.floor_char_boundary(before.len().saturating_sub(96));
    let at = from
        + before[from..]
            .rfind(" is ")
            .or_else(|| before[from..].rfind(" was "))?;
    let (subject, rest) = before.split_at(at);
    let between = rest.trim_start().split_once(' ').map_or("", |(_, b)| b);
    // The cheap tests first: this runs for every run of capitalised words.
    if between.contains([',', ';', ':']) || more_words_than(subject, 8) {
        return None;
    }
    let proper = words(between).iter().all(|r| {
        let w = &between[r.clone()];
        is_name_word(w) || is_name_joiner(w) || lexicon::with_lower(w, lexicon::is_role_noun)
    });
    if !proper {
        return None;
    }
    words(subject)
        .iter()
        .map(|r| subject[r.clone()].to_lowercase())
        .find(|w| lexicon::is_expert_noun(w) && !w.ends_with('s'))
}

/// Evidence that a run names a person, with the descriptor it gives when it does.
fn evidence(text: &str, run: &Run) -> (bool, Option<String>) {
    // Roles and reporting verbs sit near the name: looking no further than this either
    // side keeps a run-on "sentence" with thousands of names linear, not quadratic.
    const REACH: usize = 1000;
    let sent_end = text.ceil_char_boundary(
        run.sentence
            .end
            .min(text.len())
            .max(run.range.end)
            .min(run.name.end + REACH),
    );
    let start = text.floor_char_boundary(
        run.sentence
            .start
            .min(run.range.start)
            .max(run.range.start.saturating_sub(REACH)),
    );
    let before = &text[start..run.range.start];
    let after = skip_dash_aside(skip_name_suffix(&text[run.name.end..sent_end]));
    // (A bracket closing the sentence only after an inverted verb: `said Tom Reyes
    // (Harbour Bank).`)
    let bracketed = bracketed_affiliation(after)
        .filter(|(_, tail)| {
            !tail
                .trim()
                .trim_end_matches(['.', '!', '?', '"', '”', '’', '\''])
                .is_empty()
                || verb_before_name(before, tail)
        })
        // `Dr. Ana Roe (Tallinn University) was less convinced`: after a title the
        // name is a person's already, and the bracket is where they work whatever
        // verb follows.
        .or_else(|| {
            run.honorific
                .is_some()
                .then(|| bracketed_name(after))
                .flatten()
        });
    let after = match bracketed {
        Some((_, tail)) => tail,
        None => skip_bracketed_tag(after),
    };
    // `… Centre for Resource Governance`: capitalised words joined to a longer proper
    // name by `for`/`of`/`and` belong to that name, not to a person.
    if run.honorific.is_none() && continues_proper_name(before) {
        return (false, None);
    }
    // `The Straits Observer explains …`, `the Boreal Institute said`: a name after a
    // bare article is a newspaper's, a body's or a work's; a person's name takes none
    // (a title or role stands between: `the economist Ana Ruiz`).
    if run.honorific.is_none()
        && before.ends_with(' ')
        && before.trim_end().ends_with(|c: char| c.is_alphabetic())
        && last_word(before.trim_end()).is_some_and(|w| w == "the" || w == "The")
    {
        return (false, None);
    }
    let mut person = run.honorific.is_some();
    let mut parts: Vec<String> = Vec::new();
    if let Some(h) = &run.honorific {
        parts.push(match shared_portfolio(before) {
            Some(first) => format!("{first} {h}"),
            None => h.clone(),
        });
    }
    // Pre-nominal role: `the U.S. Special Envoy for Belarus, John Coale,` or
    // `economist Ana Ruiz`.
    let before_trim = before.trim_end();
    if let Some(head) = before_trim.strip_suffix(',') {
        // A quoted name inside the role (`director of the Centre “Dala”,`) is no
        // boundary: look for one before its opening mark.
        let search_end = if head.ends_with(['”', '"', '»']) {
            let inner = &head[..head.len() - head.chars().last().map_or(1, char::len_utf8)];
            inner.rfind(['“', '"', '«']).unwrap_or(head.len())
        } else {
            head.len()
        };
        const BOUNDARIES: &[char] = &[',', ';', ':', '—', '–', '(', '“', '"', '«'];
        let mut seg_start = after_last(&head[..search_end], BOUNDARIES);
        let last_start = seg_start;
        // Roles listed one after another from the sentence's start (`Doctor of
        // Political Science, leading researcher at …, Vadim Sokolovsky`) all describe
        // them.
        while head[..seg_start].ends_with(',') {
            let prev = after_last(&head[..seg_start - 1], BOUNDARIES);
            if !has_role_noun(&head[prev..seg_start - 1])
                || head[..prev].contains(|c: char| c.is_alphanumeric())
            {
                break;
            }
            seg_start = prev;
        }
        // A long run of clauses is no list of roles: keep the last one.
        if more_words_than(&head[seg_start..], 20) {
            seg_start = last_start;
        }
        let seg = skip_reporting_verb(trim_connectives(after_complementizer(&head[seg_start..])));
        // The role is theirs when the name ends the apposition, alone or with its
        // institution (`another analyst, Michael Elleman with the IISS, said`).
        let colon_quote = after
            .strip_prefix(':')
            .is_some_and(|rest| rest.trim_start().starts_with(['“', '"', '«', '„']));
        // `… research team, led by its chief economist, Rafael Quintero.`: the name
        // may end the sentence.
        let closes = after.trim_start().starts_with(',')
            || colon_quote
            || after.trim().trim_end_matches(['.', '!', '?']).is_empty()
            || affiliation(after).is_some();
        if closes && has_role_noun(seg) && !more_words_than(seg, 20) {
            person = true;
            let role = match demonstrative_antecedent(&text[..start], seg) {
                Some(earlier) => earlier,
                None => seg.trim_start_matches("the ").trim_start_matches("The "),
            };
            parts.push(role.to_string());
        }
    } else if let Some(last) = last_word(before_trim) {
        let w = last.to_lowercase();
        // `a strategist at the asset manager Norrtull Kapital`: a role noun that
        // names an institution someone works at or with is that institution's, and
        // the name after it is the institution's too.
        let institution = |seg: &str| {
            [" at ", " with "].iter().any(|p| {
                seg.rfind(p).is_some_and(|at| {
                    !seg[at + p.len()..]
                        .trim_end()
                        .rsplit_once(' ')
                        .is_some_and(|(head, _)| has_role_noun(head))
                })
            })
        };
        let role = lexicon::is_role_noun(&w)
            .then(|| &before_trim[after_last(before_trim, &[',', ';', ':', '(', '“', '"', '«'])..]);
        if let Some(seg) = role.filter(|seg| !institution(seg)) {
            person = true;
            parts.push(trim_connectives(noun_phrase_tail(seg)).to_string());
        } else if let Some(role) = role_of_organisation(before_trim) {
            person = true;
            parts.push(role.to_string());
        } else if let Some(org) = possessive_organisation(before) {
            // `Northgate Capital's Lena Marsh`: the organisation describes them. It
            // proves a person only with `according to` or a reporting verb before it
            // and a full name without organisation words (`according to Acme's Tom
            // Roe, …`, `said Acme's Tom Roe`); a product can follow a possessive too
            // (`Acme's Road Runner`).
            // (`org` is a slice of `before`.)
            let org_at = org.as_ptr() as usize - before.as_ptr() as usize;
            let full_name = run.words().count() >= 2
                && run.words().all(|w| {
                    lexicon::with_lower(w, |l| {
                        !lexicon::is_org_word(l) && !lexicon::is_non_name_capital(l)
                    })
                });
            let prefix = &before[..org_at];
            if full_name && (ends_according_to(prefix) || verb_before_name(prefix, after)) {
                person = true;
            }
            parts.push(org.to_string());
        }
    }
    // A predicate naming them: `One analyst with that view is Ploughshares Fund
    // President Joseph Cirincione.`
    if let Some(noun) = copula_role(before) {
        person = true;
        parts.insert(usize::from(run.honorific.is_some()), noun);
    }
    // Affiliation right after the name: `… Carolina Etchegaray of the Santiago Centre
    // for Resource Governance said`; it completes the role given before the name.
    // Set off by commas too: `… Jordi Soler, of the Valencian Institute, said`.
    let aff = affiliation(after).or_else(|| {
        let rest = after.strip_prefix(',')?;
        affiliation(rest).filter(|a| rest[1 + a.len()..].starts_with(','))
    });
    // `Tom Reyes (Harbour Bank) said`: the bracketed organisation is their
    // affiliation, as `of Harbour Bank` would be; with the verb right after, a full
    // name that has no organisation word is a person's.
    // `Ana Roe (Harbour Securities) was more sanguine`: with no title and no
    // reporting verb, a bracketed organisation (by its own words) still describes the
    // person the name turns out to be, though it proves no person by itself.
    if bracketed.is_none()
        && let Some((org, _)) = bracketed_name(after)
        && words(org)
            .iter()
            .any(|r| lexicon::with_lower(&org[r.clone()], lexicon::is_org_word))
        && run.words().count() >= 2
        && run.words().all(|w| {
            lexicon::with_lower(w, |l| {
                !lexicon::is_org_word(l) && !lexicon::is_non_name_capital(l)
            })
        })
    {
        parts.push(org.to_string());
    }
    if let Some((org, _)) = bracketed {
        let full_name = run.words().count() >= 2
            && run.words().all(|w| {
                let lower = w.to_lowercase();
                !lexicon::is_org_word(&lower) && !lexicon::is_non_name_capital(&lower)
            });
        if full_name {
            person = true;
            match parts.last_mut() {
                Some(last) => {
                    last.push_str(", ");
                    last.push_str(org);
                }
                None => parts.push(org.to_string()),
            }
        }
    }
    if let Some(aff) = aff {
        match parts.last_mut() {
            Some(last) => {
                last.push(' ');
                last.push_str(aff);
            }
            None => parts.push(aff.to_string()),
        }
        // `Ana Ruiz of the Madrid Institute said …`, `Tom Lee, of Harbour Bank, told
        // us …`: a full name with an affiliation that then reports is a person's, as
        // `Ana Ruiz said` is; a body's name (`Bank of England said`) has an
        // organisation word in it.
        let reports = after.find(aff).is_some_and(|at| {
            let rest = after[at + aff.len()..].trim_start_matches([',', ' ']);
            let verb = rest.split(' ').next().unwrap_or("");
            lexicon::reporting_verb(verb).is_some()
        });
        let full_name = run.words().count() >= 2
            && run.words().all(|w| {
                let lower = w.to_lowercase();
                !lexicon::is_org_word(&lower) && !lexicon::is_non_name_capital(&lower)
            });
        if reports && full_name {
            person = true;
        }
    }
    // An age in apposition (`Janet Pike, 67, who has lived …`) marks a person; the
    // apposition proper comes after it.
    let mut after = after;
    let mut age_only = None;
    if let Some(rest) = after.strip_prefix(", ")
        && let Some((age, _)) = rest.split_once(',')
        && (1..=3).contains(&age.len())
        && age.bytes().all(|b| b.is_ascii_digit())
    {
        person = true;
        after = &after[2 + age.len()..];
        age_only = Some(age);
    }
    // Apposition after: `, a senior researcher at …,` / `, who leads …`.
    if let Some(rest) = after.strip_prefix(", ") {
        let end = phrase_end(rest);
        // The apposition may run to the end of the sentence: drop its full stop.
        let seg = rest[..end].trim().trim_end_matches('.');
        let first = first_word(seg)
            .map(|r| seg[r].to_lowercase())
            .unwrap_or_default();
        let opener = matches!(
            first.as_str(),
            "a" | "an"
                | "the"
                | "its"
                | "his"
                | "her"
                | "their"
                | "former"
                | "then"
                | "now"
                | "currently"
                | "senior"
                | "chief"
                | "who"
                | "deputy"
                | "head"
                | "executive"
        ) || starts_with_role_noun(seg, 3);
        // `…, the U.S. envoy, John Coale,`: a role followed by another name is theirs.
        let tail = rest[end..].trim_start_matches([',', ' ']);
        // A full name (two name words), not a place after `in City` (`…, in Portland,
        // Oregon, has …`, `in Fargo, North Dakota.`).
        let in_place = words(seg)
            .iter()
            .rev()
            .nth(1)
            .is_some_and(|r| &seg[r.clone()] == "in");
        let next_is_name = rest[end..].starts_with(',')
            && !in_place
            && tail.chars().next().is_some_and(char::is_uppercase)
            && first_two_words(tail).is_some_and(|[w0, w1]| {
                is_name_word(&tail[w0.clone()])
                    && is_name_word(&tail[w1.clone()])
                    && &tail[w0.end..w1.start] == " "
            });
        // With other evidence, `a/an … at/of/with <Institution>` is a role too.
        let placed = person
            && matches!(first.as_str(), "a" | "an")
            && [" at ", " of ", " with ", " for "].iter().any(|p| {
                seg.find(p).is_some_and(|i| {
                    seg[i + p.len()..]
                        .trim_start_matches("the ")
                        .starts_with(char::is_uppercase)
                })
            });
        // `…, whose family has farmed here since 1964,`: a relative clause about
        // someone's kin speaks of a person (a company's `whose shares fell` does not).
        let kin = first == "whose"
            && second_word(seg).is_some_and(|w| lexicon::with_lower(w, is_kin_noun));
        if (opener || kin)
            && !next_is_name
            && !role_subject_of_cue(seg)
            && (first == "who" || kin || placed || has_role_noun(seg))
        {
            person = true;
            parts.push(seg.to_string());
        }
    }
    // A predicate that gives the role: `Inês Albuquerque heads the energy-security
    // programme at the Atlantic Energy Observatory`, `Ana Ruiz is an economist at …`.
    if parts.iter().all(|p| Some(p) == run.honorific.as_ref())
        && let Some(role) = predicate_role(after)
    {
        person = true;
        parts.push(role.to_string());
    }
    // `… as principal analyst at Larkspur …` later in the sentence.
    if parts.iter().all(|p| Some(p) == run.honorific.as_ref()) {
        let mut as_parts = Vec::new();
        let mut from = 0;
        while let Some(i) = after[from..].find(" as ") {
            let s = from + i + 4;
            let end = phrase_end(&after[s..]);
            let seg = after[s..s + end].trim();
            if has_role_noun(seg) && !more_words_than(seg, 16) {
                as_parts.push(seg.to_string());
            }
            from = s;
        }
        if !as_parts.is_empty() {
            person = true;
            parts.push(as_parts.join("; "));
        }
    }
    // `Geotechnical engineer Ana Roe has spent ten summers drilling for the Boreal
    // Institute`: a role without its institution takes the one the sentence's predicate
    // names right after (`for`/`at`/`with the …`), the place they work for.
    if let [role] = &mut parts[..]
        && has_role_noun(role)
        && !words(role)
            .iter()
            .skip(1)
            .any(|r| is_name_word(&role[r.clone()]))
        && let Some(inst) = predicate_institution(after)
    {
        role.push(' ');
        role.push_str(inst);
    }
    // `In Kericho, Dan Roe, who chairs a tea factory, said …`: the place the sentence
    // opens with is where they speak from, part of who they are in the story.
    if let Some(place) = fronted_place(before)
        && let Some(last) = parts.last_mut()
    {
        last.push_str(", in ");
        last.push_str(place);
    }
    // With no role given, the age is all that describes them (`Joan Pike, 81, says`).
    if parts.is_empty()
        && let Some(age) = age_only
    {
        parts.push(age.to_string());
    }
    // A reporting verb right beside the name: `said David Kessler`, `Valencia told`.
    let verb_before = verb_before_name(before, after);
    // `Acme Silicon told its suppliers …`: what says `its` is an organisation.
    let verb_after = after.starts_with(' ')
        && first_two_words(after).is_none_or(|[_, next]| !after[next].eq_ignore_ascii_case("its"))
        && first_word(after).is_some_and(|r| {
            r.start == 1 && lexicon::reporting_verb(&after[r].to_lowercase()).is_some()
        });
    if verb_before || verb_after {
        person = true;
    }
    // `The Federal Grid Agency approved it. Its vice president, …`: the organisation
    // the previous sentence opens with owns the role.
    // The role may follow a title (`Dr., Its head of policy`).
    if let Some(first) = parts.iter_mut().find(|p| p.starts_with("Its "))
        && let Some(role) = first.strip_prefix("Its ")
        && let Some(org) = opening_organisation(&text[..run.sentence.start.min(text.len())])
    {
        *first = match org.strip_prefix("The ") {
            Some(name) => format!("{role} of the {name}"),
            None => format!("{role} of {org}"),
        };
    }
    // Quote marks at the edges come from the quote the role phrase sits beside.
    let descriptor = Some(parts.join(", "))
        .map(|d| {
            d.trim_matches(|c: char| {
                c.is_whitespace() || matches!(c, '"' | '“' | '”' | '«' | '»' | '„')
            })
            .to_string()
        })
        .filter(|d| !d.is_empty());
    (person, descriptor)
}

/// `A water lawyer who … said …. That lawyer, Ana Roe of …, said`: a role given with a
/// demonstrative (`That lawyer`, `This consultant`) points back to the indefinite role
/// the text used just before, whose words describe the person better (`water lawyer`).
/// Returns those words (`water lawyer`, without the article) from the last `a`/`an`
/// with up to three plain words before the same noun in `earlier` (the text before the
/// sentence, of which only the last 300 bytes are read).
fn demonstrative_antecedent<'t>(earlier: &'t str, seg: &str) -> Option<&'t str> {
    let noun = seg
        .strip_prefix("That ")
        .or_else(|| seg.strip_prefix("This "))?;
    if noun.contains(' ') || !lexicon::with_lower(noun, lexicon::is_role_noun) {
        return None;
    }
    let from = earlier.floor_char_boundary(earlier.len().saturating_sub(300));
    let window = &earlier[from..];
    let mut at = window.len();
    while let Some(found) = window[..at].rfind(noun) {
        at = found;
        let end = found + noun.len();
        let whole = !window[..found].ends_with(|c: char| c.is_alphanumeric())
            && !window[end..].starts_with(|c: char| c.is_alphanumeric());
        if !whole {
            continue;
        }
        let words: Vec<&str> = window[..found].split(' ').rev().skip(1).take(4).collect();
        let article = words
            .iter()
            .position(|w| matches!(*w, "A" | "An" | "a" | "an"))?;
        let plain = words[..article]
            .iter()
            .all(|w| !w.is_empty() && w.chars().all(|c| c.is_alphabetic() || c == '-'));
        if !plain || article == 0 {
            return None;
        }
        let len: usize = words[..article].iter().map(|w| w.len() + 1).sum();
        return Some(&window[found - len..end]);
    }
    None
}

/// The first half of a portfolio joined to a title by `and` (`Highways and` before
/// `Public Works Minister Ann Roe`, `Trade and` before `Industry Secretary …`): a
/// capitalised portfolio noun and the `and`, opening the sentence or after `the`, a
/// comma or a possessive. (A surname there is another person: `Roe and Foreign
/// Minister Jan Lind met`, so only the nouns of government portfolios count.)
fn shared_portfolio(before: &str) -> Option<&str> {
    let head = before
        .strip_suffix(" and ")
        .or_else(|| before.strip_suffix(" & "))?;
    let w = last_word(head)?;
    if !w.starts_with(char::is_uppercase)
        || !head.ends_with(w)
        || !lexicon::with_lower(w, lexicon::is_portfolio_noun)
    {
        return None;
    }
    let from = head.len() - w.len();
    let rest = head[..from].trim_end();
    let opens = rest.is_empty()
        || rest.ends_with([',', ';', ':', '('])
        || rest.ends_with("'s")
        || rest.ends_with("’s")
        || last_word(rest).is_some_and(|l| l == "the" || l == "The");
    opens.then(|| before[from..].trim_end())
}

/// `… volunteers from the Harbour Dunes Collective cleared the beach.` ¶ `Its
/// coordinator, Ana Ruiz, said …`: a role owned by `Its` at the start of a paragraph
/// belongs to the last organisation the previous paragraph names, wherever in its last
/// sentence (the same-paragraph case is [`opening_organisation`]'s).
fn owners_from_previous_paragraph(doc: &Document, persons: &mut [Person]) {
    for person in persons.iter_mut() {
        let (p, _) = person.first;
        let Some(role) = person
            .descriptor
            .as_deref()
            .and_then(|d| d.strip_prefix("Its "))
        else {
            continue;
        };
        if p == 0 || !doc.paragraphs[p].text.trim_start().starts_with("Its ") {
            continue;
        }
        if let Some(org) = last_organisation(&doc.paragraphs[p - 1].text) {
            person.descriptor = Some(match org.strip_prefix("The ") {
                Some(name) => format!("{role} of the {name}"),
                None => format!("{role} of {org}"),
            });
        }
    }
}

/// The last organisation's name in the last sentence of `text` (`the Harbour Dunes
/// Collective`): capitalised words, maybe joined by `of`/`for`/`and`, ending in an
/// organisation word, with the `the` before them.
fn last_organisation(text: &str) -> Option<&str> {
    let body = text.trim_end().trim_end_matches(['.', '!', '?', '"', '”']);
    let start = body.rfind(". ").map_or(0, |i| i + 2);
    let sentence = &body[start..];
    let ws = words(sentence);
    let mut found = None;
    let mut i = 0;
    while i < ws.len() {
        if !is_name_word(&sentence[ws[i].clone()]) {
            i += 1;
            continue;
        }
        // A run of name words and joiners from word `i`; its last organisation word.
        let mut j = i;
        let mut org_end = None;
        while j < ws.len() {
            let w = &sentence[ws[j].clone()];
            let lower = w.to_lowercase();
            let spaced = j == i || &sentence[ws[j - 1].end..ws[j].start] == " ";
            if !spaced || !(is_name_word(w) || is_name_joiner(&lower)) {
                break;
            }
            if is_name_word(w) && lexicon::is_org_word(strip_possessive(&lower).0) {
                org_end = Some(j);
            }
            j += 1;
        }
        if let Some(e) = org_end {
            let from = if i > 0 && sentence[ws[i - 1].clone()].eq_ignore_ascii_case("the") {
                ws[i - 1].start
            } else {
                ws[i].start
            };
            found = Some(&sentence[from..ws[e].end]);
        }
        i = j.max(i + 1);
    }
    found
}

/// The organisation's name (`the Federal Grid Agency`) that opens the last sentence
/// of `before`: capitalised words and joiners ending in an organisation word.
fn opening_organisation(before: &str) -> Option<&str> {
    let body = before.trim_end().strip_suffix(['.', '!', '?'])?;
    let start = body
        .rfind(". ")
        .or_else(|| body.rfind("? "))
        .map_or(0, |i| i + 2);
    let sentence = body[start..].trim_start();
    if let Some(named) = classified_organisation(sentence) {
        return Some(named);
    }
    let mut end = None;
    let mut org_end = None;
    for r in words(sentence) {
        let w = &sentence[r.clone()];
        let gap = &sentence[end.map_or(0, |e: usize| e)..r.start];
        if end.is_some() && gap != " " {
            break;
        }
        let lower = w.to_lowercase();
        if end.is_none() && lower == "the" {
            end = Some(r.end);
            continue;
        }
        if is_name_word(w) || (end.is_some() && is_name_joiner(&lower)) {
            end = Some(r.end);
            if lexicon::is_org_word(&lower) {
                org_end = Some(r.end);
            }
        } else {
            break;
        }
    }
    org_end
        .map(|e| &sentence[..e])
        .or_else(|| speaking_body(sentence))
}

/// `The tournament said in a statement …`: a sentence opening with `The`, one common
/// noun and a reporting verb names a body that speaks (a person's role noun excepted:
/// `The minister said` is no body for an `Its`).
fn speaking_body(sentence: &str) -> Option<&str> {
    let ws = words(sentence);
    let [the, noun, verb, ..] = ws.as_slice() else {
        return None;
    };
    let spaced = sentence[the.end..noun.start] == *" " && sentence[noun.end..verb.start] == *" ";
    let n = &sentence[noun.clone()];
    (spaced
        && &sentence[the.clone()] == "The"
        && n.starts_with(|c: char| c.is_ascii_lowercase())
        && !lexicon::is_role_noun(n)
        && lexicon::reporting_verb(&sentence[verb.clone()]).is_some())
    .then(|| &sentence[..noun.end])
}

/// `The consumer group Fair Rates Ireland took a harder line`: a sentence opening with
/// `the`, a common noun that names a kind of organisation (maybe after one or two
/// modifiers) and a capitalised name names that organisation, whatever words its name
/// is made of. Returns the name.
fn classified_organisation(sentence: &str) -> Option<&str> {
    let ws = words(sentence);
    if !ws
        .first()
        .is_some_and(|r| sentence[r.clone()].eq_ignore_ascii_case("the"))
    {
        return None;
    }
    // The first capitalised word after `the`, with only lower-case words before it.
    let name = ws[1..]
        .iter()
        .take(4)
        .position(|r| is_name_word(&sentence[r.clone()]))?
        + 1;
    let classifier = &sentence[ws[name - 1].clone()];
    if name < 2
        || !matches!(
            classifier,
            "group"
                | "company"
                | "firm"
                | "charity"
                | "union"
                | "association"
                | "organisation"
                | "organization"
                | "body"
                | "watchdog"
                | "lobby"
                | "operator"
                | "network"
                | "alliance"
                | "coalition"
        )
    {
        return None;
    }
    let mut end = ws[name].end;
    for r in &ws[name + 1..] {
        let w = &sentence[r.clone()];
        if &sentence[end..r.start] != " " || !(is_name_word(w) || is_name_joiner(w)) {
            break;
        }
        if is_name_word(w) {
            end = r.end;
        }
    }
    Some(&sentence[ws[name].start..end])
}

/// The first of two surnames in a three-word name without particles, if the name
/// looks like one (`Manuel Ortega Lozano` → `Ortega`), or in a four-word name (two
/// given names and two surnames, as Spanish and Portuguese names often have:
/// `María José Ortega Lozano` → `Ortega`), which the text may use on its own.
fn double_surname<'a>(ws: &[&'a str]) -> Option<&'a str> {
    match ws {
        [_, middle, last] | [_, _, middle, last]
            if !ws[1..ws.len() - 1]
                .iter()
                .any(|w| lexicon::is_particle(&w.to_lowercase()))
                && middle.chars().count() > 2
                && !middle.ends_with('.')
                && is_name_word(middle)
                && is_name_word(last)
                && !lexicon::is_particle(&middle.to_lowercase())
                && !lexicon::is_capital_particle(middle) =>
        {
            Some(middle)
        }
        _ => None,
    }
}

/// The second word of `s`, if it has one.
fn second_word(s: &str) -> Option<&str> {
    first_two_words(s).map(|[_, w]| &s[w])
}

/// Nouns for a person's family, which only a person has (`whose family`, `whose
/// father`).
fn is_kin_noun(w: &str) -> bool {
    matches!(
        w,
        "family"
            | "father"
            | "mother"
            | "parents"
            | "son"
            | "sons"
            | "daughter"
            | "daughters"
            | "children"
            | "wife"
            | "husband"
            | "brother"
            | "sister"
            | "grandfather"
            | "grandmother"
            | "grandparents"
    )
}

/// True when a word of an apposition describes only a person (`an energy economist`,
/// `a seaweed farmer`), not a company (`the chip designer`).
fn personal_noun(w: &str) -> bool {
    (lexicon::is_expert_noun(w)
        && !matches!(
            w,
            "research" | "think-tank" | "teaches" | "lectures" | "experts" | "analysts"
        ))
        || matches!(
            w,
            "farmer"
                | "fisherman"
                | "fisher"
                | "resident"
                | "worker"
                | "nurse"
                | "student"
                | "shopkeeper"
                | "villager"
                | "widow"
                | "mother"
                | "father"
                | "grandmother"
                | "grandfather"
        )
}

/// `said Nurhayati`, `told Smith`: a reporting verb right before a name, which makes it
/// a person's; not a verb of thought whose clause the name opens (`thinks Acme could
/// …`), nor a name that a modal or auxiliary verb follows (`said Acme would …`).
fn verb_before_name(before: &str, after: &str) -> bool {
    before.ends_with(' ')
        && last_word(before.trim_end()).is_some_and(|w| {
            lexicon::with_lower(w, |l| {
                lexicon::reporting_verb(l).is_some() && !lexicon::is_cognition_verb(l)
            })
        })
        && first_word(after).is_none_or(|r| {
            !lexicon::with_lower(&after[r], |l| {
                matches!(
                    l,
                    "would"
                        | "could"
                        | "will"
                        | "can"
                        | "may"
                        | "might"
                        | "should"
                        | "must"
                        | "is"
                        | "was"
                        | "were"
                        | "are"
                        | "has"
                        | "had"
                        | "have"
                        | "did"
                        | "does"
                )
            })
        })
}

/// True when a reporting verb stands right beside the run (`said Nurhayati`,
/// `Suharyadi told`).
fn beside_reporting_verb(run: &Run) -> bool {
    let before = &run.text[..run.range.start];
    let after = &run.text[run.name.end..];
    let verb_before = verb_before_name(before, after);
    let verb_after = after.starts_with(' ')
        && first_word(after).is_some_and(|r| {
            r.start == 1 && lexicon::with_lower(&after[r], lexicon::reporting_verb).is_some()
        });
    // `According to Suryadi, …`: the text reports their words as surely as a verb does.
    let b = before.trim_end();
    let according = b.len() < before.len()
        && b.len() >= 12
        && b.is_char_boundary(b.len() - 12)
        && b[b.len() - 12..].eq_ignore_ascii_case("according to")
        && !b[..b.len() - 12].ends_with(char::is_alphanumeric);
    verb_before || verb_after || according
}

/// True when the text after a name is a `who` clause set off by commas and then a
/// reporting verb (`, who advises the ministry, told reporters …`): a name opening the
/// sentence so is the verb's subject as surely as in `Ravi told reporters`, and only a
/// person takes `who`.
fn who_clause_then_verb(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(", who ") else {
        return false;
    };
    let Some(close) = rest.find([',', '.', ';', ':', '“', '”', '"', '(', '—', '–']) else {
        return false;
    };
    let Some(tail) = rest[close..].strip_prefix(", ") else {
        return false;
    };
    !more_words_than(&rest[..close], 15)
        && first_word(tail).is_some_and(|r| {
            r.start == 0 && lexicon::with_lower(&tail[r], lexicon::reporting_verb).is_some()
        })
}

/// People known by one name, as many Indonesians are (`Suharyadi, an energy economist
/// at …, said`, `said Nurhayati, 46, a seaweed farmer`): a single capitalised word that
/// is no known person's name, given an age or an apposition only a person has where it
/// first appears, and standing beside a reporting verb in one of its mentions.
fn mononyms(runs: &[Run], persons: &mut Vec<Person>, by_name: &mut HashMap<String, usize>) {
    let taken: HashSet<String> = persons
        .iter()
        .flat_map(|p| p.name.split(' ').map(str::to_lowercase))
        .collect();
    let mut key = String::new();
    let mut spoken: HashSet<String> = HashSet::default();
    let mut found: Vec<(String, Person)> = Vec::new();
    for run in runs {
        if run.honorific.is_some() || run.name_words.len() != 1 {
            continue;
        }
        let word = run.words().next().unwrap_or("");
        // Acronyms and initials are no names.
        if word.chars().count() < 3 || !word.chars().skip(1).any(char::is_lowercase) {
            continue;
        }
        run.key_into(&mut key);
        if taken.contains(&key)
            || by_name.contains_key(&key)
            || lexicon::is_non_name_capital(&key)
            || lexicon::is_org_word(&key)
            || lexicon::is_particle(&key)
            || is_function_word(&key)
        {
            continue;
        }
        // (The `who` clause only when the name opens the sentence: `…, a researcher
        // in Madrid, who was not involved, said` is about the person before.)
        let opens = run.text[run.sentence.start.min(run.range.start)..run.range.start]
            .trim()
            .is_empty();
        if beside_reporting_verb(run) || (opens && who_clause_then_verb(&run.text[run.name.end..]))
        {
            spoken.insert(key.clone());
        }
        if found.iter().any(|(k, _)| *k == key) {
            continue;
        }
        let Some(rest) = run.text[run.name.end..].strip_prefix(", ") else {
            continue;
        };
        let aged = Some(rest).is_some_and(|rest| {
            rest.split_once(',').is_some_and(|(age, _)| {
                (1..=3).contains(&age.len()) && age.bytes().all(|b| b.is_ascii_digit())
            })
        });
        let (_, descriptor) = evidence(run.text, run);
        let personal = descriptor.as_deref().is_some_and(|d| {
            d.starts_with("who ")
                || words(d)
                    .into_iter()
                    .any(|r| lexicon::with_lower(&d[r], personal_noun))
        });
        if aged || personal {
            found.push((
                key.clone(),
                Person {
                    name: word.to_string(),
                    honorific: None,
                    descriptor,
                    gender: Gender::Unknown,
                    aliases: Vec::new(),
                    first: (run.paragraph, run.range.start),
                },
            ));
        }
    }
    for (k, person) in found {
        if spoken.contains(&k) {
            by_name.insert(k, persons.len());
            persons.push(person);
        }
    }
}

/// Full names the text gives no evidence for where they first appear, but whose
/// surname it later uses as a person's (`Lucía Ferrer has spent …` then `Ferrer
/// said`, `Ortega, who is 61, farms …`): they become persons from that first mention.
fn promote_by_surname(
    runs: &[Run],
    persons: &mut Vec<Person>,
    by_name: &mut HashMap<String, usize>,
) {
    // Full names that are no person yet, with their key and lower-case surname forms;
    // only later uses of those surnames need the (costly) evidence check.
    let mut key = String::new();
    let mut candidates: Vec<(&Run, String, Vec<String>)> = Vec::new();
    for run in runs {
        if looks_like_full_name(run, &mut key) && !by_name.contains_key(&key) {
            let ws: Vec<&str> = run.words().collect();
            let mut forms: Vec<String> = [ws.last().copied(), double_surname(&ws)]
                .into_iter()
                .flatten()
                .map(str::to_lowercase)
                .collect();
            // `Pieter van der Berg` goes by `Van der Berg`: the surname with its particles.
            let from = surname_start(&ws);
            if from + 1 < ws.len() {
                forms.push(ws[from..].join(" ").to_lowercase());
            }
            candidates.push((run, key.clone(), forms));
        }
    }
    let wanted: HashSet<&str> = candidates
        .iter()
        .flat_map(|(_, _, forms)| forms.iter().map(String::as_str))
        .collect();
    if wanted.is_empty() {
        return;
    }
    // Surnames used with evidence, and where (the first such use: a surname already
    // seen needs no more evidence).
    let mut used: HashMap<String, (usize, usize)> = HashMap::default();
    for run in runs.iter().filter(|r| surname_alone(r)) {
        run.key_into(&mut key);
        let surname = key.clone();
        if wanted.contains(surname.as_str())
            && !used.contains_key(&surname)
            && evidence(run.text, run).0
        {
            used.insert(surname, (run.paragraph, run.range.start));
        }
    }
    if used.is_empty() {
        return;
    }
    // Each word of a known person's name, with where that person is first named: a
    // surname used before then (`Harrow says`, before a `Ruth Harrow` appears) can
    // only be someone else's.
    let mut taken: HashMap<String, (usize, usize)> = HashMap::default();
    for p in persons.iter() {
        for w in p.name.split(' ') {
            let at = taken.entry(w.to_lowercase()).or_insert(p.first);
            *at = (*at).min(p.first);
        }
    }
    for (run, key, forms) in candidates {
        // An earlier mention of the same name may have been promoted already.
        if by_name.contains_key(&key) {
            continue;
        }
        let later = forms.iter().any(|f| {
            used.get(f).is_some_and(|&at| {
                at > (run.paragraph, run.range.start) && taken.get(f).is_none_or(|&t| at < t)
            })
        });
        if !later {
            continue;
        }
        by_name.insert(key, persons.len());
        // What the first mention said of them, though it proved no person by itself
        // (`Ana Roe (Harbour Securities) was sanguine.`).
        let descriptor = evidence(run.text, run).1;
        persons.push(Person {
            name: run.display_name(),
            honorific: run.honorific.clone(),
            descriptor,
            gender: run.honorific_gender,
            aliases: Vec::new(),
            first: (run.paragraph, run.range.start),
        });
    }
}

/// Where the surname starts among a full name's words: the last word with the particles
/// before it (`van der Berg` of `Pieter van der Berg`, `de la Cruz`), never the first word.
fn surname_start(ws: &[&str]) -> usize {
    let mut start = ws.len().saturating_sub(1);
    while start > 1
        && (lexicon::with_lower(ws[start - 1], lexicon::is_particle)
            || lexicon::is_capital_particle(ws[start - 1]))
    {
        start -= 1;
    }
    start
}

/// True for a run that is a surname on its own: one name word, or particles and one
/// name word (`Van der Berg said`, `de la Cruz said`).
fn surname_alone(run: &Run) -> bool {
    let n = run.name_words.len();
    n == 1
        || run.words().take(n - 1).all(|w| {
            lexicon::with_lower(w, lexicon::is_particle) || lexicon::is_capital_particle(w)
        })
}

/// True for a descriptor that is a bare role noun of a few lower-case words
/// (`economist`, `senior analyst`): a later full-name mention that says where they work
/// (`…, a senior economist at the Atlantic Institute`) describes them better.
fn bare_role(d: &str) -> bool {
    !more_words_than(d, 2) && d.chars().all(|c| c.is_lowercase() || c == ' ' || c == '-')
}

/// Fills in the descriptor of each person still without one from the first later
/// mention by surname alone that gives one, when no other person shares the surname.
fn surname_descriptors(runs: &[Run], persons: &mut [Person]) {
    let surname = |p: &Person| {
        let mut ws = p.name.split(' ');
        let last = ws.next_back()?;
        ws.next().is_some().then(|| last.to_lowercase())
    };
    for id in 0..persons.len() {
        if persons[id].descriptor.is_some() {
            continue;
        }
        let Some(s) = surname(&persons[id]) else {
            continue;
        };
        let shared = persons
            .iter()
            .enumerate()
            .any(|(o, p)| o != id && p.name.split(' ').any(|w| w.eq_ignore_ascii_case(&s)));
        if shared {
            continue;
        }
        let first = persons[id].first;
        let found = runs
            .iter()
            .filter(|r| r.name_words.len() == 1 && (r.paragraph, r.range.start) > first)
            .filter(|r| r.words().next().is_some_and(|w| w.eq_ignore_ascii_case(&s)))
            .find_map(|r| evidence(r.text, r).1);
        if let Some(d) = found {
            persons[id].descriptor = Some(d);
        }
    }
}

/// The role phrase fronted before a subject pronoun: `An agronomist at the Guadalquivir
/// Centre in Córdoba, she runs …` → `An agronomist at the Guadalquivir Centre in
/// Córdoba`.
/// The role that opens a sentence as the subject of a reporting verb, without its
/// article (`An oil analyst in Oslo said …` → `oil analyst in Oslo`): an unnamed voice,
/// at most twelve words, with a role noun and no comma before the verb.
fn role_before_verb(sentence: &str) -> Option<&str> {
    let s = sentence.trim_start();
    let rest = ["A ", "An "].iter().find_map(|a| s.strip_prefix(a))?;
    let mut end = None;
    for (n, r) in words(rest).into_iter().enumerate() {
        if n > 12 {
            return None;
        }
        let w = &rest[r.clone()];
        if lexicon::with_lower(w, lexicon::reporting_verb).is_some() && !w.ends_with("ing") {
            end = Some(r.start);
            break;
        }
    }
    let role = rest[..end?].trim_end();
    (!role.contains([',', '“', '"', '(']) && has_role_noun(role)).then_some(role)
}

fn fronted_role(sentence: &str) -> Option<&str> {
    let s = sentence.trim_start();
    if !["A ", "An ", "The "].iter().any(|a| s.starts_with(a)) {
        return None;
    }
    // The role may carry one apposition of its own (`…at Fundación Agua y Territorio,
    // a Madrid think tank, he …`).
    let mut end = 0;
    for _ in 0..2 {
        end += phrase_end(&s[end..]);
        let subject = s.get(end..)?.strip_prefix(", ")?;
        if ["he ", "she ", "He ", "She "]
            .iter()
            .any(|p| subject.starts_with(p))
        {
            let role = &s[..end];
            return (has_role_noun(role) && !more_words_than(role, 20)).then_some(role);
        }
        end += 2;
    }
    None
}

/// Builds the entity table and finds every mention. `words_of` holds each paragraph's
/// words. `interview` gives an interview's first turn: names in the title, and full
/// names that open a sentence of the introduction before that turn, count as evidence
/// (the interviewee is introduced, not quoted, there).
pub fn find(doc: &Document, words_of: &DocWords, interview: Option<usize>) -> People {
    let openers = sentence_openers(doc, words_of);
    let mut runs: Vec<Run> = Vec::new();
    for p in 0..doc.paragraphs.len() {
        runs_of(doc, p, words_of.paragraph(p), &openers, &mut runs);
    }
    // The key of the run at hand (one buffer for all of them).
    let mut key = String::new();
    let title_lower = doc.title.to_lowercase();
    let mut persons: Vec<Person> = Vec::new();
    let mut by_name: HashMap<String, usize> = HashMap::default();
    // Headings that name a person with a role: the heading introduces them.
    let mut headed = Vec::new();
    let mut deks = Vec::new();
    for (b, block) in doc.blocks.iter().enumerate() {
        let Some(heading) = block.heading.as_deref() else {
            continue;
        };
        if block.start >= doc.paragraphs.len() {
            continue;
        }
        let (found, dek) = match heading_person(heading) {
            Some(h) => (Some(h), false),
            None => {
                let first = &doc.paragraphs[block.start].text;
                let dek = role_line(first).and_then(|r| heading_person(&format!("{heading}, {r}")));
                let named = dek.is_some();
                (dek, named)
            }
        };
        let Some((name, honorific, descriptor)) = found else {
            continue;
        };
        if dek {
            deks.push(block.start);
        }
        let key = name.to_lowercase();
        let id = *by_name.entry(key).or_insert_with(|| {
            let gender = honorific
                .as_deref()
                .and_then(|h| lexicon::with_lower(h.trim_end_matches('.'), lexicon::honorific))
                .unwrap_or(Gender::Unknown);
            persons.push(Person {
                name,
                honorific,
                descriptor: Some(descriptor),
                gender,
                aliases: Vec::new(),
                first: (block.start, 0),
            });
            persons.len() - 1
        });
        headed.push((b, id));
    }
    // Names that a transcript's labels give with a role (`CALLER (JANE ROE):`).
    let labelled: Vec<(String, String)> = doc
        .paragraphs
        .iter()
        .filter_map(|p| super::quotes::labelled_guest(&p.text))
        .collect();
    // Entities from full-name mentions with evidence; the first such mention wins.
    for run in &runs {
        if !looks_like_full_name(run, &mut key) {
            continue;
        }
        if by_name.get(&key).is_some_and(|&id| {
            persons[id]
                .descriptor
                .as_deref()
                .is_some_and(|d| !bare_role(d))
        }) {
            continue;
        }
        let text = run.text;
        let (mut is_person, descriptor) = evidence(text, run);
        let mut gender = run.honorific_gender;
        // (Not when its surname is a known person's: `According to Me Desmet` after
        // `Maître Hélène Desmet` is her under a title the text spells differently.
        // Nor when a known person is named in this paragraph or the three before it:
        // `Ana Ruiz said … According to Goldman Sachs, … “…,” she said.` may mean
        // her, and a bank's name looks like a person's.)
        if !is_person
            && let Some(g) = according_to_then_pronoun(doc, run)
            && run.words().last().is_some_and(|last| {
                !persons
                    .iter()
                    .any(|p| p.name.split(' ').any(|w| w.eq_ignore_ascii_case(last)))
            })
            && !recently_named(doc, &persons, run)
        {
            is_person = true;
            gender = g;
        }
        let in_title = interview.is_some_and(|first_turn| {
            title_lower.contains(key.as_str())
                || (run.paragraph < first_turn
                    && text[run.sentence.start.min(run.range.start)..run.range.start]
                        .chars()
                        .all(|c| !c.is_alphanumeric()))
        });
        if let Some(&id) = by_name.get(&key) {
            let person = &mut persons[id];
            let richer = |new: &str| {
                person
                    .descriptor
                    .as_deref()
                    .is_none_or(|old| bare_role(old) && !bare_role(new) && new.len() > old.len())
            };
            if descriptor.as_deref().is_some_and(richer) {
                person.descriptor = descriptor;
            }
            if person.honorific.is_none() {
                person.honorific = run.honorific.clone();
            }
            continue;
        }
        let label = labelled.iter().find(|(name, _)| *name == key);
        if !is_person && !in_title && label.is_none() {
            continue;
        }
        let descriptor = descriptor.or_else(|| label.map(|(_, role)| role.clone()));
        by_name.insert(key.clone(), persons.len());
        persons.push(Person {
            name: run.display_name(),
            honorific: run.honorific.clone(),
            descriptor,
            gender,
            aliases: Vec::new(),
            first: (run.paragraph, run.range.start),
        });
    }
    promote_by_surname(&runs, &mut persons, &mut by_name);
    mononyms(&runs, &mut persons, &mut by_name);
    // Scholars cited author–date: the person of that surname, or a new one known by
    // the surname alone (`As Okafor (2021) argues`).
    let mut cited: Vec<usize> = Vec::new();
    // Only paragraphs with a name right before `(1999` or right after `(` can cite.
    let mut citing: Vec<usize> = runs
        .iter()
        .filter(|run| {
            let b = run.text.as_bytes();
            let year_after = b
                .get(run.name.end..run.name.end + 3)
                .is_some_and(|a| a[0] == b' ' && a[1] == b'(' && a[2].is_ascii_digit());
            let bracket_before = run.range.start > 0 && b[run.range.start - 1] == b'(';
            year_after || bracket_before
        })
        .map(|run| run.paragraph)
        .collect();
    citing.dedup();
    for p in citing {
        let para = &doc.paragraphs[p];
        for (at, surname) in citations(&para.text) {
            let id = persons
                .iter()
                .position(|x| {
                    x.name
                        .rsplit(' ')
                        .next()
                        .is_some_and(|l| l.eq_ignore_ascii_case(surname))
                })
                .or_else(|| {
                    // Only a citation in the running text (`Okafor (2021)`) names
                    // someone new; a bracketed one may be an organisation's report.
                    at.map(|at| {
                        persons.push(Person {
                            name: surname.to_string(),
                            honorific: None,
                            descriptor: None,
                            gender: Gender::Unknown,
                            aliases: Vec::new(),
                            first: (p, at),
                        });
                        persons.len() - 1
                    })
                });
            if let Some(id) = id
                && !cited.contains(&id)
            {
                cited.push(id);
            }
        }
    }
    // A role fronted in the next sentence (`Lucía Ferrer has spent … An agronomist at
    // the Guadalquivir Centre, she runs …`) describes a person introduced without one.
    for person in persons.iter_mut().filter(|p| p.descriptor.is_none()) {
        let (p, at) = person.first;
        let para = &doc.paragraphs[p];
        let next = para.sentences.iter().find(|s| s.start > at);
        if let Some(role) = next.and_then(|s| fronted_role(&para.text[s.clone()])) {
            person.descriptor = Some(role.to_string());
        }
    }
    // A role that opens the sentence before (`A Lisbon-based bond analyst said … “…,”
    // said Ana Ruiz of Tagus Capital.`): news introduces a voice by role, then names
    // it; the role describes a person whose own apposition gives none.
    for person in persons.iter_mut() {
        if person.descriptor.as_deref().is_some_and(has_role_noun) {
            continue;
        }
        let (p, at) = person.first;
        let para = &doc.paragraphs[p];
        let Some(i) = para.sentences.iter().position(|s| s.end > at) else {
            continue;
        };
        let Some(prev) = i
            .checked_sub(1)
            .map(|i| &para.text[para.sentences[i].clone()])
        else {
            continue;
        };
        if let Some(role) = role_before_verb(prev) {
            person.descriptor = Some(match person.descriptor.take() {
                Some(d) if ["of ", "at ", "with "].iter().any(|p| d.starts_with(p)) => {
                    format!("{role} {d}")
                }
                _ => role.to_string(),
            });
        }
    }
    // `a scientist at the Reef Centre who, like many Indonesians, uses one name`: an
    // apposition cut at the comma after a relative pronoun leaves the pronoun dangling.
    for person in persons.iter_mut() {
        if let Some(d) = &mut person.descriptor {
            for dangling in [" who", " which", " that"] {
                if let Some(kept) = d.strip_suffix(dangling) {
                    let n = kept.trim_end().len();
                    d.truncate(n);
                }
            }
        }
    }
    // A person introduced without a role may get one at a later surname mention
    // (`Mira Olsen has …` … `said Olsen, 58, a professor of geology at …`).
    surname_descriptors(&runs, &mut persons);
    owners_from_previous_paragraph(doc, &mut persons);
    // Aliases: surname (with particles), title + surname, and the first word when the
    // text uses it after a title (`Dr. Chen` for `Chen Wei`).
    let mut alias_of: HashMap<String, Vec<usize>> = HashMap::default();
    // Files `id` under `alias` in lower case.
    let add_alias = |alias_of: &mut HashMap<String, Vec<usize>>, alias: &str, id: usize| {
        lexicon::with_lower(alias, |key| match alias_of.get_mut(key) {
            Some(ids) => ids.push(id),
            None => {
                alias_of.insert(key.to_string(), vec![id]);
            }
        });
    };
    for (id, person) in persons.iter_mut().enumerate() {
        let Person {
            name,
            honorific,
            aliases,
            ..
        } = person;
        let ws: Vec<&str> = name.split(' ').collect();
        let surname_start = surname_start(&ws);
        // The name's words are single-spaced, so the surname is its tail.
        let surname_at: usize = ws[..surname_start].iter().map(|w| w.len() + 1).sum();
        let surname = &name[surname_at..];
        let last = ws[ws.len() - 1];
        let mut add_form = |form: &str| {
            if !aliases.iter().any(|a| a == form) && form != name.as_str() {
                aliases.push(form.to_string());
            }
        };
        add_form(surname);
        if surname_start + 1 < ws.len() {
            add_form(last);
        }
        // `Manuel Ortega Lozano` is `Ortega`: Spanish and Portuguese names go by the
        // first of two surnames.
        let middle = double_surname(&ws);
        if let Some(m) = middle {
            add_form(m);
        }
        if let Some(h) = honorific {
            add_form(&format!("{h} {surname}"));
        }
        if let Some(m) = middle {
            add_alias(&mut alias_of, m, id);
            // Both surnames together (`Dr. Ortega Lozano`).
            add_alias(&mut alias_of, &format!("{m} {last}"), id);
        }
        add_alias(&mut alias_of, name, id);
        add_alias(&mut alias_of, surname, id);
        if surname_start + 1 < ws.len() {
            add_alias(&mut alias_of, last, id);
        }
    }
    let mut surname_first: Vec<(String, usize)> = Vec::new();
    // Each person's first word in lower case, when the name has more than one.
    let first_words: Vec<Option<String>> = persons
        .iter()
        .map(|p| {
            p.name
                .contains(' ')
                .then(|| p.name.split(' ').next().unwrap_or("").to_lowercase())
        })
        .collect();
    for run in &runs {
        if run.honorific.is_none() || run.name_words.len() != 1 {
            continue;
        }
        lexicon::with_lower(run.words().next().unwrap_or(""), |w| {
            for (id, first) in first_words.iter().enumerate() {
                if first.as_deref() == Some(w) {
                    surname_first.push((w.to_string(), id));
                }
            }
        });
    }
    // A name's first word on its own as the subject of a reporting verb (`Li said`,
    // `Hiwot cautioned`, `according to Ouyang`): a family name written first (Chinese),
    // or the given name the text goes by (Ethiopian, Eritrean). An alias, when no other
    // person has that word in their name.
    for run in &runs {
        if run.honorific.is_some() || run.name_words.len() != 1 || first_words.is_empty() {
            continue;
        }
        let ws = run.para_words;
        let next = run.name_words.end;
        let cue_after = ws.ranges.get(next).is_some_and(|r| {
            run.text.get(ws.ranges[next - 1].end..r.start) == Some(" ")
                && lexicon::reporting_verb(ws.lower(next)).is_some()
        });
        let before = run.text[..run.range.start].trim_end();
        let cue_before = before
            .get(before.len().saturating_sub(12)..)
            .is_some_and(|t| t.eq_ignore_ascii_case("according to"));
        if !cue_after && !cue_before {
            continue;
        }
        lexicon::with_lower(run.words().next().unwrap_or(""), |w| {
            let owners: Vec<usize> = first_words
                .iter()
                .enumerate()
                .filter(|(_, f)| f.as_deref() == Some(w))
                .map(|(id, _)| id)
                .collect();
            let elsewhere = alias_of
                .get(w)
                .is_some_and(|ids| ids.iter().any(|id| !owners.contains(id)));
            if let [id] = owners[..]
                && !elsewhere
                && !surname_first.iter().any(|(_, i)| *i == id)
                && !lexicon::is_non_name_capital(w)
                && !is_function_word(w)
            {
                let first = persons[id].name.split(' ').next().unwrap_or("").to_string();
                if !persons[id].aliases.contains(&first) {
                    persons[id].aliases.push(first);
                }
                add_alias(&mut alias_of, w, id);
            }
        });
    }
    // Two people with one surname (`Ruth Harrow` and `Dennis Harrow`, no relation): the
    // text tells them apart by given name, which becomes each one's alias.
    let mut shared: Vec<usize> = Vec::new();
    for (key, ids) in &alias_of {
        if ids.len() < 2 {
            continue;
        }
        for &id in ids {
            let name = &persons[id].name;
            let surname = name.rsplit(' ').next().unwrap_or("");
            if name.contains(' ') && lexicon::with_lower(surname, |l| l == key) {
                shared.push(id);
            }
        }
    }
    shared.sort_unstable();
    shared.dedup();
    for id in shared {
        let Some(first) = first_words[id].clone() else {
            continue;
        };
        let owners = first_words
            .iter()
            .filter(|f| f.as_deref() == Some(first.as_str()))
            .count();
        if owners != 1
            || alias_of.contains_key(&first)
            || lexicon::is_non_name_capital(&first)
            || is_function_word(&first)
        {
            continue;
        }
        let given = persons[id].name.split(' ').next().unwrap_or("").to_string();
        if given.chars().count() > 1 && !given.ends_with('.') {
            persons[id].aliases.push(given);
            add_alias(&mut alias_of, &first, id);
        }
    }
    for (w, id) in surname_first {
        let ids = alias_of.entry(w.clone()).or_default();
        if !ids.contains(&id) {
            ids.push(id);
            let person = &mut persons[id];
            // `Chen Wei` written surname first: `Wei` is a given name, not an alias.
            let last = person.name.rsplit(' ').next().unwrap_or("").to_string();
            person
                .aliases
                .retain(|a| !a.ends_with(&format!(" {last}")) && *a != last);
            let first = person.name.split(' ').next().unwrap_or("").to_string();
            if let Some(h) = &person.honorific {
                let form = format!("{h} {first}");
                if !person.aliases.contains(&form) {
                    person.aliases.insert(0, form);
                }
            }
            if !person.aliases.contains(&first) {
                person.aliases.push(first);
            }
        }
    }
    // Mentions: every run whose words name a known person.
    let mut mentions: Vec<Vec<Mention>> = vec![Vec::new(); doc.paragraphs.len()];
    // Without a person no run names anyone: skip working out their keys.
    let candidates: &[Run] = if alias_of.is_empty() { &[] } else { &runs };
    // Where each person was last named unambiguously (runs come in text order).
    let mut last_named: Vec<Option<(usize, usize)>> = vec![None; persons.len()];
    for run in candidates {
        run.key_into(&mut key);
        let key = key.as_str();
        let ids = alias_of.get(key).cloned().or_else(|| {
            // A longer run ending in a known name (`Belarusian Oleg Leshenyuk`): the
            // key's tails after each space, longest first.
            key.match_indices(' ').find_map(|(at, _)| {
                alias_of
                    .get(&key[at + 1..])
                    .filter(|ids| ids.iter().any(|&id| persons[id].name.contains(' ')))
                    .cloned()
            })
        });
        if let Some(mut ids) = ids {
            // A shared surname under a title (`Minister Marinov`): the person the
            // title describes.
            if ids.len() > 1
                && let Some(h) = &run.honorific
            {
                let h = h.trim_end_matches('.').to_lowercase();
                let titled: Vec<usize> = ids
                    .iter()
                    .copied()
                    .filter(|&id| {
                        let p = &persons[id];
                        // As a word of the title or role (`Dr.` is not the `dr`
                        // of `hydrologist`).
                        p.honorific.iter().chain(&p.descriptor).any(|d| {
                            if h.contains(' ') {
                                d.to_lowercase().contains(&h)
                            } else {
                                d.split(|c: char| !c.is_alphanumeric() && c != '-')
                                    .any(|w| w.to_lowercase() == h)
                            }
                        })
                    })
                    .collect();
                if !titled.is_empty() {
                    ids = titled;
                }
            }
            if run.honorific_gender != Gender::Unknown {
                let same: Vec<usize> = ids
                    .iter()
                    .copied()
                    .filter(|&id| persons[id].gender != opposite(run.honorific_gender))
                    .collect();
                if !same.is_empty() {
                    ids = same;
                }
            }
            // A surname two people share (`Harrow` for Ruth and Dennis Harrow): the one
            // the text last named in full (a given name on its own tells them apart, so
            // it leaves the surname to the other).
            if ids.len() > 1
                && run.honorific.is_none()
                && let Some(&id) = ids
                    .iter()
                    .filter(|&&id| last_named[id].is_some())
                    .max_by_key(|&&id| last_named[id])
            {
                ids = vec![id];
            }
            if let [id] = ids[..]
                && run.name_words.len() > 1
            {
                last_named[id] = Some((run.paragraph, run.range.start));
            }
            mentions[run.paragraph].push(Mention {
                persons: ids,
                range: run.range.clone(),
                gender: run.honorific_gender,
            });
        }
    }
    // The first mention may precede the first mention with evidence.
    for (p, list) in mentions.iter().enumerate() {
        for m in list {
            if let [id] = m.persons[..] {
                let person = &mut persons[id];
                if (p, m.range.start) < person.first {
                    person.first = (p, m.range.start);
                }
            }
        }
    }
    People {
        persons,
        mentions,
        headed,
        deks,
        cited,
    }
}

fn opposite(g: Gender) -> Gender {
    match g {
        Gender::Male => Gender::Female,
        Gender::Female => Gender::Male,
        Gender::Unknown => Gender::Unknown,
    }
}

/// Function words that open sentences and never begin a name or a title.
fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "in"
            | "on"
            | "at"
            | "for"
            | "from"
            | "with"
            | "by"
            | "to"
            | "of"
            | "and"
            | "but"
            | "or"
            | "as"
            | "if"
            | "when"
            | "while"
            | "after"
            | "before"
            | "since"
            | "during"
            | "its"
            | "his"
            | "her"
            | "their"
            | "our"
            | "my"
            | "your"
            | "this"
            | "that"
            | "these"
            | "those"
            | "some"
            | "many"
            | "most"
            | "both"
            | "every"
            | "each"
            | "all"
            | "no"
            | "not"
            | "it"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "you"
            | "there"
            | "here"
            | "what"
            | "why"
            | "how"
            | "who"
            | "where"
            | "which"
            | "interview"
            | "q"
            | "even"
            | "only"
            | "like"
            | "unlike"
    )
}

/// Words that start sentences without being names: every word the document also writes
/// in lower case. Together with the function words they are the stop words of a run's
/// first word.
fn sentence_openers<'a>(doc: &'a Document, words_of: &DocWords) -> HashSet<&'a str> {
    let mut set: HashSet<&str> = HashSet::default();

    // Candidates: the capitalised words that open sentences (few).
    let mut candidates: HashSet<&str> = HashSet::default();
    for (p, para) in doc.paragraphs.iter().enumerate() {
        let words = words_of.paragraph(p);
        let ws = words.ranges;
        // Sentences and words are both in text order: each sentence's first word is
        // searched for after the previous one's.
        let mut i = 0;
        for s in &para.sentences {
            i += ws[i..].partition_point(|r| r.start < s.start);
            if let Some(r) = ws.get(i).filter(|r| r.start < s.end) {
                let w = &para.text[r.clone()];
                if w.chars().next().is_some_and(char::is_uppercase) {
                    candidates.insert(words.lower(i));
                }
            }
        }
    }
    // Which of them the document also writes in lower case. A counting filter over a
    // hash of each word's length and first, second and last bytes keeps the set lookup
    // off nearly every word; a candidate found leaves the filter, so a common opener
    // (`the`) is looked up once.
    const SLOTS: usize = 2048;
    let slot = |b: &[u8]| {
        let key = (b.len() as u32)
            ^ u32::from(b[0]) << 8
            ^ u32::from(b[1 % b.len()]) << 16
            ^ u32::from(b[b.len() - 1]) << 24;
        (key.wrapping_mul(0x9E37_79B1) >> 21) as usize % SLOTS
    };
    let mut counts = vec![0u32; SLOTS];
    for c in &candidates {
        counts[slot(c.as_bytes())] += 1;
    }
    for (p, para) in doc.paragraphs.iter().enumerate() {
        if candidates.is_empty() {
            break;
        }
        let text = &para.text;
        for r in words_of.paragraph(p).ranges {
            let at = slot(&text.as_bytes()[r.clone()]);
            if counts[at] != 0 && candidates.remove(&text[r.clone()]) {
                counts[at] -= 1;
                set.insert(&text[r.clone()]);
            }
        }
    }
    set
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people_of(text: &str) -> People {
        let doc = Document::from_text(text);
        let ws = DocWords::new(doc.paragraphs.iter().map(|p| p.text.as_str()));
        find(&doc, &ws, None)
    }

    /// The descriptor found for the person called `name`.
    fn descriptor_of<'p>(people: &'p People, name: &str) -> Option<&'p str> {
        people
            .persons
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.descriptor.as_deref())
    }

    #[test]
    fn a_bracket_after_a_titled_name_is_their_affiliation() {
        let p = people_of(
            "Title\n\nDr. Ana Lindqvist (Kellby University of Technology) was less sure the plan would work.",
        );
        assert_eq!(
            descriptor_of(&p, "Ana Lindqvist"),
            Some("Dr., Kellby University of Technology")
        );
    }

    #[test]
    fn a_bracketed_organisation_describes_a_person_named_later_as_one() {
        let p = people_of(
            "Title\n\nAna Lindqvist (Kellby Securities) was more sanguine. \"The mills will be fine,\" Lindqvist said.",
        );
        assert_eq!(
            descriptor_of(&p, "Ana Lindqvist"),
            Some("Kellby Securities")
        );
    }

    #[test]
    fn a_bodys_word_before_a_role_title_is_part_of_the_title() {
        let p = people_of("Title\n\nDepartment Director Ana Lindqvist said the wells would close.");
        assert_eq!(
            descriptor_of(&p, "Ana Lindqvist"),
            Some("Department Director")
        );
    }

    #[test]
    fn a_demonstrative_role_takes_the_words_of_the_role_before_it() {
        let p = people_of(
            "Title\n\nA Bergen shipping consultant who works with carriers said fares would rise. That consultant, Mara Lindqvist of Fjord Freight Advisers, said the board was late.",
        );
        assert_eq!(
            descriptor_of(&p, "Mara Lindqvist"),
            Some("Bergen shipping consultant of Fjord Freight Advisers")
        );
        assert_eq!(
            demonstrative_antecedent("The board met. A consultant said so. ", "That consultant"),
            None
        );
        assert_eq!(
            demonstrative_antecedent("A tax lawyer said so. ", "That lawyer"),
            Some("tax lawyer")
        );
    }

    #[test]
    fn a_name_with_an_affiliation_that_reports_is_a_person() {
        let people = people_of(
            "Title\n\nAna Ruiz of the Madrid Institute said that prices would fall.\n\nTom Lee, of Harbour Bank, told us the rally was overdone.\n\nBank of Westmark said rates would hold.",
        );
        assert_eq!(
            descriptor_of(&people, "Ana Ruiz"),
            Some("of the Madrid Institute")
        );
        assert_eq!(descriptor_of(&people, "Tom Lee"), Some("of Harbour Bank"));
        assert!(
            !people.persons.iter().any(|p| p.name.starts_with("Bank")),
            "{:?}",
            people.persons.iter().map(|p| &p.name).collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_relative_clause_about_kin_marks_a_person() {
        let people = people_of(
            "Title\n\nMarta Pujol, whose grandfather opened the bakery in 1951, worries about rent.\n\nHarbour Freight, whose shares fell, worries investors.",
        );
        assert_eq!(
            descriptor_of(&people, "Marta Pujol"),
            Some("whose grandfather opened the bakery in 1951")
        );
        assert!(!people.persons.iter().any(|p| p.name == "Harbour Freight"));
    }

    #[test]
    fn a_particle_after_an_organisations_word_is_no_persons_name() {
        let people = people_of(
            "Title\n\nA survey by the Instituto del Mar del Sur found that the fish were small.\n\nPresident von der Linden said the survey was sound.",
        );
        assert!(
            !people.persons.iter().any(|p| p.name.starts_with("del")),
            "{:?}",
            people.persons.iter().map(|p| &p.name).collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_title_after_an_organisation_named_with_of_keeps_the_whole_name() {
        let people = people_of(
            "Title\n\nBank of Westmark Governor Ilse Brandt said on Monday that rates would hold.",
        );
        assert_eq!(
            descriptor_of(&people, "Ilse Brandt"),
            Some("Bank of Westmark Governor")
        );
    }

    #[test]
    fn a_company_named_with_a_mobility_word_is_no_person() {
        let people = people_of(
            "Title\n\nKestro Mobility said on Tuesday that it would pause its scooter fleet.",
        );
        assert!(people.persons.is_empty(), "{:?}", people.persons.len());
    }

    #[test]
    fn a_four_word_spanish_name_goes_by_its_first_surname() {
        assert_eq!(
            double_surname(&["María", "José", "Ortega", "Lozano"]),
            Some("Ortega")
        );
        assert_eq!(double_surname(&["Ana", "van", "Dijk", "Smit"]), None);
    }

    #[test]
    fn a_later_surname_mention_gives_the_role() {
        let people = people_of(
            "Title\n\nMira Olsen has measured the lake since 2001.\n\n\"It is changing,\" said Olsen, 58, a professor emeritus of geology at Eastfield University.",
        );
        assert_eq!(
            descriptor_of(&people, "Mira Olsen"),
            Some("a professor emeritus of geology at Eastfield University")
        );
    }

    #[test]
    fn a_party_tag_after_the_name_is_skipped() {
        let people = people_of(
            "Title\n\nThe region's transport minister, Ola Brandt (CDU), called the plan late.",
        );
        assert_eq!(
            descriptor_of(&people, "Ola Brandt"),
            Some("region's transport minister")
        );
    }

    #[test]
    fn its_role_belongs_to_the_organisation_the_last_sentence_opens_with() {
        let people = people_of(
            "Title\n\nThe National Harbour Safety Agency approved the plan in May. Its deputy head, Lars Moe, said on Monday that work would start soon.",
        );
        assert_eq!(
            descriptor_of(&people, "Lars Moe"),
            Some("deputy head of the National Harbour Safety Agency")
        );
    }

    #[test]
    fn its_role_after_a_title_belongs_to_an_organisation_named_after_its_kind() {
        let p = people_of(
            "Title\n\nThe farmers' lobby group Green Acres Norway was blunter. Its head of research, Dr. Ola Berg, said prices would fall.",
        );
        assert_eq!(
            descriptor_of(&p, "Ola Berg"),
            Some("Dr., head of research of Green Acres Norway")
        );
    }

    #[test]
    fn a_title_with_a_portfolio_keeps_its_first_word() {
        let p = people_of(
            "Title\n\nMinister for Justice Aoife Carrick welcomed the figures. Carrick said more judges would come.",
        );
        assert_eq!(
            descriptor_of(&p, "Aoife Carrick"),
            Some("Minister for Justice")
        );
    }

    #[test]
    fn state_superintendents_and_railways() {
        let p = people_of(
            "Title\n\nOregon's superintendent of public instruction, Peter Lannard, said the rules would widen. Northgate Railway said it would close two lines.",
        );
        let got: Vec<&str> = p.persons.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(got, vec!["Peter Lannard"]);
    }

    #[test]
    fn a_compound_bank_name_is_no_person() {
        let people =
            people_of("Title\n\nWeser Hypothekenbank said on Friday that it would cut jobs.");
        assert!(people.persons.is_empty());
    }

    #[test]
    fn an_age_alone_describes_a_person() {
        let people = people_of("Title\n\nMavis Orton, 81, has kept the shop since 1970.");
        assert_eq!(descriptor_of(&people, "Mavis Orton"), Some("81"));
    }

    #[test]
    fn a_thousands_separator_does_not_end_a_role() {
        let people = people_of(
            "Title\n\nPeter Gray, who grazes 2,300 sheep near Lowmoor, said the price fell.",
        );
        assert_eq!(
            descriptor_of(&people, "Peter Gray"),
            Some("who grazes 2,300 sheep near Lowmoor")
        );
    }

    #[test]
    fn an_affiliation_set_off_by_commas_completes_the_role() {
        let people = people_of(
            "Title\n\nThe labour economist Ana Melo, of the Braga Policy Institute, said wages were flat.",
        );
        assert_eq!(
            people.persons.first().and_then(|p| p.descriptor.as_deref()),
            Some("labour economist of the Braga Policy Institute")
        );
    }

    #[test]
    fn an_institution_named_after_for_the_is_no_person() {
        let people = people_of(
            "Title\n\nThe Agency for the Coastal Commons said on Monday that the dunes were shrinking.",
        );
        assert!(people.persons.is_empty(), "{:?}", people.persons);
    }

    #[test]
    fn a_first_word_before_a_reporting_verb_is_an_alias() {
        // Family name first (`Zhou Minghui` is `Zhou`), and a given name the text goes
        // by (`Selam Haile` is `Selam`).
        let people = people_of(
            "Title\n\nZhou Minghui, a senior researcher at the Tianjin Port Institute, said the terminal is late.\n\nZhou added that costs had doubled.\n\nSelam Haile, an economist at the Horn Policy Centre, disagreed.\n\nAccording to Selam, the delay is normal.\n\nKaren Holm, an analyst at Nordic Ports, said the port is full. Holm said more.",
        );
        let zhou = people.persons.iter().find(|p| p.name == "Zhou Minghui");
        assert!(zhou.is_some_and(|p| p.aliases.iter().any(|a| a == "Zhou")));
        let selam = people.persons.iter().find(|p| p.name == "Selam Haile");
        assert!(selam.is_some_and(|p| p.aliases.iter().any(|a| a == "Selam")));
        // A first word the text never uses alone before a cue stays no alias.
        let holm = people.persons.iter().find(|p| p.name == "Karen Holm");
        assert!(holm.is_some_and(|p| !p.aliases.iter().any(|a| a == "Karen")));
    }

    #[test]
    fn author_date_citations() {
        let text = "As Lindgren (2019) argues, ports silt up, and the North Sea (2024) report agrees (Berg and Holm 2021; Moe 2020a). See also Aalto, P. (2018), the plan (2021-25) and Tove Dahl (2017).";
        let got: Vec<(bool, &str)> = citations(text)
            .into_iter()
            .map(|(at, w)| (at.is_some(), w))
            .collect();
        assert_eq!(
            got,
            vec![
                (true, "Lindgren"),
                (false, "Berg"),
                (false, "Holm"),
                (false, "Dahl")
            ]
        );
    }

    #[test]
    fn headings_that_name_a_person_with_a_role() {
        assert_eq!(
            heading_person("Dr. Ana Lima Costa, senior fellow, Water Program; former envoy"),
            Some((
                "Ana Lima Costa".to_string(),
                Some("Dr.".to_string()),
                "senior fellow, Water Program; former envoy".to_string()
            ))
        );
        assert_eq!(
            heading_person("Jonas de Vries, Director, Delta Initiative").map(|h| h.0),
            Some("Jonas de Vries".to_string())
        );
        // An organisation after the name is not a role; a place is not a person.
        assert_eq!(heading_person("Mara Olsen, Kestrel Digital Research"), None);
        assert_eq!(heading_person("Lagos, Nigeria"), None);
        assert_eq!(heading_person("What the ministers said, and why"), None);
    }

    /// Text made of the characters the word splitter and lower-casing treat specially.
    fn tricky_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let c = prop::sample::select(vec![
            'a', 'Z', '7', ' ', ' ', '-', '\'', '’', '‑', '.', ',', '“', '”', '—', '\u{a0}', 'é',
            'İ', 'Σ', 'ß', 'K', '\u{212a}', '\t', '\n', '٣',
        ]);
        prop::collection::vec(c, 0..40).prop_map(|cs| cs.into_iter().collect())
    }

    /// The word splitter as first written, char by char.
    fn words_reference(text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut start: Option<usize> = None;
        let mut chars = text.char_indices().peekable();
        while let Some((b, c)) = chars.next() {
            if c.is_alphanumeric() {
                start.get_or_insert(b);
                continue;
            }
            let joins = matches!(c, '-' | '\'' | '’' | '‑')
                && start.is_some()
                && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
            if joins {
                continue;
            }
            if let Some(s) = start.take() {
                out.push(s..b);
            }
        }
        if let Some(s) = start {
            out.push(s..text.len());
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn words_and_their_lower_case_match_the_plain_definitions(
            a in tricky_text(),
            b in tricky_text(),
        ) {
            let doc = DocWords::new([a.as_str(), b.as_str()].into_iter());
            for (p, text) in [&a, &b].into_iter().enumerate() {
                let expected = words_reference(text);
                assert_eq!(words(text), expected);
                let ws = doc.paragraph(p);
                assert_eq!(ws.ranges, expected.as_slice());
                for (i, r) in expected.iter().enumerate() {
                    assert_eq!(ws.lower(i), text[r.clone()].to_lowercase());
                }
                assert_eq!(first_word(text), expected.first().cloned());
                for n in 0..4 {
                    assert_eq!(more_words_than(text, n), expected.len() > n);
                }
            }
        }

        #[test]
        fn connectives_are_trimmed_as_with_a_lower_cased_copy(s in tricky_text(), lead in 0..4usize) {
            let s = format!("{}{s}", ["", "And ", "aCCORDING TO the ", "The as "][lead]);
            // As first written: lower-case the phrase, strip what it starts with.
            let mut expected = s.trim();
            loop {
                let lower = expected.to_lowercase();
                let before = expected;
                for c in [
                    "and ", "but ", "when ", "while ", "as ", "after ", "before ", "including ",
                    "meanwhile ", "thus ", "says ", "said ", "according to ", "with ", "by ",
                    "for ", "to ", "from ", "the ",
                ] {
                    if lower.starts_with(c) {
                        expected = expected[c.len()..].trim_start();
                    }
                }
                if before == expected {
                    break;
                }
            }
            assert_eq!(trim_connectives(&s), expected);
        }
    }

    #[test]
    fn a_person_known_by_one_name_and_cited_with_according_to() {
        let people = people_of(
            "Reefs\n\nWidodo, a marine biologist at the Manado Reef Centre who, like his father, dives every day, has studied the bay for years.\n\nAccording to Widodo, the reef will not recover.",
        );
        assert!(people.persons.iter().any(|p| p.name == "Widodo"));
        assert_eq!(
            descriptor_of(&people, "Widodo"),
            Some("a marine biologist at the Manado Reef Centre")
        );
    }

    #[test]
    fn an_administrator_is_a_role() {
        let people = people_of(
            "Port\n\nThe port authority's administrator, Lina Sol, said the berths would reopen.",
        );
        assert_eq!(
            descriptor_of(&people, "Lina Sol"),
            Some("port authority's administrator")
        );
        assert!(!crate::analysis::quotes::is_expert(descriptor_of(
            &people, "Lina Sol"
        )));
    }

    #[test]
    fn a_voice_introduced_by_role_then_named_takes_the_role() {
        let people = people_of(
            "Copper\n\nA Lima-based metals analyst said buyers had seen it coming. “Nobody was surprised,” said Ines Paz of Andes Brokers.",
        );
        assert_eq!(
            descriptor_of(&people, "Ines Paz"),
            Some("Lima-based metals analyst of Andes Brokers")
        );
    }

    #[test]
    fn a_role_after_a_reporting_clause_and_that_is_only_the_role() {
        let people = people_of(
            "Weather\n\nFirst, I can tell you that the Minister of Water, Tala Moss, said on Friday that the dams were full.",
        );
        assert_eq!(
            descriptor_of(&people, "Tala Moss"),
            Some("Minister of Water")
        );
    }

    #[test]
    fn a_role_then_a_reporting_verb_is_a_cue_not_an_apposition() {
        assert!(role_subject_of_cue("the economist said"));
        assert!(role_subject_of_cue("the senior analyst added on Monday"));
        assert!(!role_subject_of_cue("a lawyer who said nothing"));
        assert!(!role_subject_of_cue(
            "an economist at the Harbour Institute"
        ));
        let people = people_of(
            "Title\n\nYields were the best in years across much of Nova Terra, the economist said.",
        );
        assert!(people.persons.is_empty(), "{:?}", people.persons);
    }

    #[test]
    fn an_inverted_verb_is_no_part_of_the_role_before_a_name() {
        assert_eq!(
            skip_reporting_verb("insisted the Minister of Transport"),
            "the Minister of Transport"
        );
        assert_eq!(
            skip_reporting_verb("the chief economist"),
            "the chief economist"
        );
    }

    #[test]
    fn a_role_line_is_short_plain_and_not_first_person() {
        assert_eq!(
            role_line("Senior economist, Harbour Institute, Vienna"),
            Some("Senior economist, Harbour Institute, Vienna")
        );
        assert_eq!(role_line("Prices rose again in March."), None);
        assert_eq!(role_line("I think the director is wrong"), None);
        assert_eq!(role_line("Director of research, \"Ports\" desk"), None);
    }

    #[test]
    fn alphanumeric_runs_end_at_the_first_other_byte() {
        for other in 0..=255u8 {
            for at in 0..12 {
                let mut bytes = vec![b'a'; 12];
                bytes[at] = other;
                bytes[11] = b'.';
                let end = if other.is_ascii_alphanumeric() {
                    11
                } else {
                    at
                };
                assert_eq!(ascii_alphanumeric_end(&bytes, 0), end, "{other} at {at}");
            }
        }
    }

    #[test]
    fn general_punctuation_has_no_word_characters() {
        for c in '\u{2000}'..='\u{206F}' {
            assert!(!c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn words_keep_hyphens_and_apostrophes() {
        let t = "Anna-Maria O'Neill and Belarus’s talks.";
        let w: Vec<&str> = words(t).into_iter().map(|r| &t[r]).collect();
        assert_eq!(
            w,
            vec!["Anna-Maria", "O'Neill", "and", "Belarus’s", "talks"]
        );
    }

    #[test]
    fn names_with_particles_honorifics_and_appositions() {
        let p = people_of(
            "Title\n\nJean-Luc de la Fontaine, a former chief executive of the carrier, takes the opposite view. Professor Alexander Tikhansky, a Belarusian military-political analyst at the Russian Academy of Military Sciences, noted that things changed. Meanwhile, Belarusian political analyst and expert of the Permanent Commission, Oleg Leshenyuk, believes it.",
        );
        let names: Vec<&str> = p.persons.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(
            names,
            vec![
                "Jean-Luc de la Fontaine",
                "Alexander Tikhansky",
                "Oleg Leshenyuk"
            ]
        );
        assert!(p.persons[0].aliases.contains(&"de la Fontaine".to_string()));
        assert_eq!(
            p.persons[1].descriptor.as_deref(),
            Some(
                "Professor, a Belarusian military-political analyst at the Russian Academy of Military Sciences"
            )
        );
        assert_eq!(
            p.persons[2].descriptor.as_deref(),
            Some("Belarusian political analyst and expert of the Permanent Commission")
        );
    }

    #[test]
    fn a_bare_role_gives_way_to_a_later_apposition() {
        let p = people_of(
            "Title\n\nLater we put his points to the economist Mara Lind. \
             Mara Lind, a senior economist at the Northern Institute, disagrees.",
        );
        assert_eq!(
            descriptor_of(&p, "Mara Lind"),
            Some("a senior economist at the Northern Institute")
        );
        // Alone, the role before the name is cut from the clause it ends.
        let p = people_of("Title\n\nWe then sent the draft to the hydrologist Oda Berg.");
        assert_eq!(descriptor_of(&p, "Oda Berg"), Some("hydrologist"));
    }

    #[test]
    fn a_name_may_open_with_an_initial() {
        let p = people_of(
            "Title\n\nThe bank's deputy governor, K. Venkatesan, said rates would hold. \
             Officials met Plan B. Then they left, said R. Iyer, an economist at the institute.",
        );
        let names: Vec<&str> = p.persons.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, vec!["K. Venkatesan", "R. Iyer"]);
        assert_eq!(p.persons[0].aliases[0], "Venkatesan");
        assert_eq!(
            descriptor_of(&p, "K. Venkatesan"),
            Some("bank's deputy governor")
        );
    }

    #[test]
    fn its_role_after_a_paragraph_naming_an_organisation() {
        let p = people_of(
            "Title\n\nOn Sunday, volunteers from the Harbour Dunes Collective, a local group, \
             cleared the beach.\n\nIts coordinator, Mele Tupou, said the work was slow.",
        );
        assert_eq!(
            descriptor_of(&p, "Mele Tupou"),
            Some("coordinator of the Harbour Dunes Collective")
        );
    }

    #[test]
    fn a_particle_surname_opening_sentences_names_the_person_introduced_without_evidence() {
        let p = people_of(
            "Title\n\nAdvocate Jan de Wet SC has acted in mining disputes for years. He doubts the rule will last.\n\nDe Wet's worry is cost. \"Nobody has budgeted for this,\" he said.\n\nDe Wet agreed that the rule was fair.",
        );
        let names: Vec<&str> = p.persons.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, vec!["Jan de Wet"], "{names:?}");
        let jan = &p.persons[0];
        assert_eq!(jan.honorific.as_deref(), Some("Advocate"));
        assert!(
            jan.aliases.contains(&"de Wet".to_string()),
            "{:?}",
            jan.aliases
        );
        // Every `De Wet` is a mention of him, not of a second person `De Wet`.
        let mentioned = p
            .mentions
            .iter()
            .flatten()
            .filter(|m| m.persons == [0])
            .count();
        assert_eq!(mentioned, 3);
    }

    #[test]
    fn a_fronted_time_phrase_is_no_part_of_the_role() {
        let p = people_of(
            "Title\n\nOn Monday morning the federal Transport Minister, Ann Roe, closed the road.",
        );
        assert_eq!(
            p.persons[0].descriptor.as_deref(),
            Some("federal Transport Minister")
        );
    }

    #[test]
    fn its_role_after_a_body_that_spoke_belongs_to_that_body() {
        let p = people_of(
            "Title\n\nThe festival said in a statement that it had followed the rules. Its director, Ann Roe, said the stage was safe.",
        );
        assert_eq!(
            p.persons[0].descriptor.as_deref(),
            Some("director of the festival")
        );
    }

    #[test]
    fn a_bare_role_takes_the_institution_its_predicate_works_for() {
        let p = people_of(
            "Title\n\nMarine biologist Ana Roe has spent six winters counting seals for the Skagen Wildlife Trust in Denmark. She said numbers were falling.\n\nAdvocate Jan Smit has acted for banks and councils in debt disputes, though not in this one. He said the ruling was narrow.",
        );
        let descriptors: Vec<Option<&str>> =
            p.persons.iter().map(|x| x.descriptor.as_deref()).collect();
        assert_eq!(
            descriptors,
            vec![
                Some("Marine biologist for the Skagen Wildlife Trust"),
                Some(
                    "Advocate, has acted for banks and councils in debt disputes, though not in this one"
                )
            ]
        );
    }

    #[test]
    fn a_fronted_place_is_where_they_speak_from() {
        let p = people_of(
            "Title\n\nIn Nakuru, Dan Roe, who farms maize, said prices fell. In March, Ann Lind, a trader, said the same.",
        );
        let descriptors: Vec<Option<&str>> =
            p.persons.iter().map(|x| x.descriptor.as_deref()).collect();
        assert_eq!(
            descriptors,
            vec![Some("who farms maize, in Nakuru"), Some("a trader")]
        );
    }

    #[test]
    fn a_name_after_a_bare_article_is_no_person() {
        let p = people_of(
            "Title\n\nThe Harbour Courier explains what is changing.\n\nThe Harbour Courier said the port would close.",
        );
        assert!(p.persons.is_empty(), "{:?}", p.persons);
    }

    #[test]
    fn a_portfolio_joined_by_and_belongs_to_the_title() {
        let p = people_of(
            "Title\n\nTrade and Industry Secretary Ann Roe said the tariff would go. Ruth Lake, a councillor in Fort Hope, said shops would close. Lake and Foreign Minister Jan Berg met on Monday.",
        );
        let descriptors: Vec<Option<&str>> =
            p.persons.iter().map(|x| x.descriptor.as_deref()).collect();
        assert_eq!(
            descriptors,
            vec![
                Some("Trade and Industry Secretary"),
                Some("a councillor in Fort Hope"),
                Some("Foreign Minister")
            ]
        );
    }

    #[test]
    fn gaelic_particles_belong_to_the_surname() {
        let p = people_of(
            "Title\n\nSeosamh Ó Briain, a hydrologist at the institute, said rivers rose. \
             Ó Briain expects more floods. Aoife Ní Mhurchú, a farmer, agreed, and Cathal \
             Mac Giolla said nothing.",
        );
        let names: Vec<&str> = p.persons.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(
            names,
            vec!["Seosamh Ó Briain", "Aoife Ní Mhurchú", "Cathal Mac Giolla"]
        );
        assert_eq!(p.persons[0].aliases[0], "Ó Briain");
        assert_eq!(p.persons[1].aliases[0], "Ní Mhurchú");
        assert_eq!(p.persons[2].aliases[0], "Mac Giolla");
        // `Mac` is no first surname of a double-barrelled name.
        assert!(!p.persons[2].aliases.contains(&"Mac".to_string()));
        // The later `Ó Briain` is a mention of the same person, words and all.
        let t = "Ó Briain expects";
        let of_first: Vec<_> = p.mentions[0]
            .iter()
            .filter(|m| m.persons == vec![0])
            .collect();
        assert_eq!(of_first.len(), 2);
        assert_eq!(of_first[1].range.len(), t.len() - " expects".len());
    }

    #[test]
    fn surname_first_names_get_title_aliases() {
        let p = people_of(
            "Title\n\nDr. Chen Wei, director of the Shanghai Institute, argues that costs rise. \"It is a tariff,\" Dr. Chen said. Chen believes more.",
        );
        assert_eq!(p.persons.len(), 1);
        assert_eq!(p.persons[0].name, "Chen Wei");
        assert!(p.persons[0].aliases.contains(&"Dr. Chen".to_string()));
        assert!(p.persons[0].aliases.contains(&"Chen".to_string()));
        assert_eq!(p.mentions[0].len(), 3);
    }

    #[test]
    fn places_organisations_and_openers_are_not_people() {
        let p = people_of(
            "Title\n\nMeanwhile, the United States said the National Interest agreed. In March the Labor Ministry called both sides. The Norwegian Energy Regulatory Authority said no.",
        );
        assert!(p.persons.is_empty(), "{:?}", p.persons);
    }

    #[test]
    fn titles_and_months_around_names() {
        let p = people_of(
            "Title\n\nSecretary of State Marco Rubio said the talks would resume. Former prime minister Theresa May said little. Economist Ana Ruiz said prices would rise.",
        );
        let names: Vec<&str> = p.persons.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, vec!["Marco Rubio", "Theresa May", "Ana Ruiz"]);
        assert_eq!(p.persons[2].descriptor.as_deref(), Some("Economist"));
    }

    #[test]
    fn role_name_and_institution() {
        let p = people_of(
            "Title\n\nSenior fellow Carolina Etchegaray of the Santiago Centre for Resource Governance said the levy was fair. Hydrologist Dr. Tomás Quispe of the Institute for Arid Zone Studies at the University of Antofagasta argues that wells dry up.",
        );
        let names: Vec<&str> = p.persons.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, vec!["Carolina Etchegaray", "Tomás Quispe"]);
        assert_eq!(
            p.persons[0].descriptor.as_deref(),
            Some("Senior fellow of the Santiago Centre for Resource Governance")
        );
        assert!(p.persons[1].descriptor.as_deref().is_some_and(
            |d| d.starts_with("Hydrologist Dr.")
                && d.ends_with(
                    "of the Institute for Arid Zone Studies at the University of Antofagasta"
                )
        ));
    }

    #[test]
    fn compound_titles_stay_out_of_names() {
        let p = people_of(
            "Title\n\nEnergy Minister Georgi Marinov said supply was safe. Deputy Minister for Downstream Industry Rizal Hartanto said refiners would be protected.",
        );
        let got: Vec<(&str, Option<&str>)> = p
            .persons
            .iter()
            .map(|x| (x.name.as_str(), x.descriptor.as_deref()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("Georgi Marinov", Some("Energy Minister")),
                (
                    "Rizal Hartanto",
                    Some("Deputy Minister for Downstream Industry")
                )
            ]
        );
    }

    #[test]
    fn organisation_titles_before_names() {
        let p = people_of(
            "Title\n\nAl Sahel Infrastructure Fund Chief Executive Omar Haddad said the fund would stay. Skandia Air said it would cut flights. Harbourline Capital said it would sell.",
        );
        let got: Vec<(&str, Option<&str>)> = p
            .persons
            .iter()
            .map(|x| (x.name.as_str(), x.descriptor.as_deref()))
            .collect();
        assert_eq!(
            got,
            vec![(
                "Omar Haddad",
                Some("Al Sahel Infrastructure Fund Chief Executive")
            )]
        );
    }

    #[test]
    fn honorific_with_apposition_keeps_both() {
        let p = people_of(
            "Title\n\nProfessor Iain Morrison, a naval architect at the Glasgow School of Marine Engineering, said the hulls were ready.",
        );
        assert_eq!(
            p.persons[0].descriptor.as_deref(),
            Some("Professor, a naval architect at the Glasgow School of Marine Engineering")
        );
    }

    #[test]
    fn shared_surnames_keep_their_own_descriptors() {
        let p = people_of(
            "Title\n\nEnergy Minister Georgi Marinov said supply was safe.\n\nBut analyst Petar Marinov of the Sofia Energy Observatory cautioned that prices would rise. Marinov said more.",
        );
        assert_eq!(p.persons.len(), 2);
        assert_eq!(
            p.persons[1].descriptor.as_deref(),
            Some("analyst of the Sofia Energy Observatory")
        );
        // The bare surname names the one the text last named in full.
        assert_eq!(
            p.mentions[1].last().map(|m| m.persons.clone()),
            Some(vec![1])
        );
        let p = people_of(
            "Title\n\nEnergy Minister Georgi Marinov said supply was safe.\n\nBut analyst Petar Marinov of the Sofia Energy Observatory cautioned that prices would rise.\n\nMinister Marinov insisted that the price was fair.",
        );
        assert_eq!(p.mentions[2][0].persons, vec![0]);
    }

    #[test]
    fn non_ascii_names() {
        let p = people_of(
            "Title\n\nŁukasz Żółkowski, a transport economist at the Institute for Transport Corridors in Gdańsk, is cautious. Ștefan Bărbulescu, director of the Constanța Maritime Forum — a research group — is not.",
        );
        let names: Vec<&str> = p.persons.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, vec!["Łukasz Żółkowski", "Ștefan Bărbulescu"]);
        assert_eq!(
            p.persons[1].descriptor.as_deref(),
            Some("director of the Constanța Maritime Forum")
        );
    }

    #[test]
    fn people_known_by_one_name() {
        let p = people_of(
            "Title\n\nKartono, a fisheries economist at the Surabaya Institute who, like many Indonesians, goes by one name, said quotas were too high.\n\n\"The boats cannot wait,\" said Wulandari, 52, a fish trader from Tuban. \"Nobody listens.\" Kartono told the paper the same.\n\nAcme, the boat builder, said it would hire.",
        );
        let names: Vec<&str> = p.persons.iter().map(|x| x.name.as_str()).collect();
        assert!(names.contains(&"Kartono"), "{names:?}");
        assert!(names.contains(&"Wulandari"), "{names:?}");
        assert!(!names.contains(&"Acme"), "{names:?}");
        // A single name without a personal apposition is no one.
        let p = people_of(
            "Title\n\nJakarta, the capital, said nothing. Reuters, a news agency, said more.",
        );
        assert!(p.persons.is_empty());
    }

    #[test]
    fn roles_after_a_dash_aside_or_before_a_final_name() {
        let p = people_of(
            "Title\n\nAnna Brook – no relation to the mayor, though she is often asked – is a marine geologist at the Solent Institute and has mapped the bay since 2001.\n\nThe best analysis came from the bank's research team, led by its chief Nordic economist, Lars Vik.",
        );
        let brook = p.persons.iter().find(|x| x.name == "Anna Brook");
        assert_eq!(
            brook.and_then(|x| x.descriptor.as_deref()),
            Some("is a marine geologist at the Solent Institute")
        );
        let vik = p.persons.iter().find(|x| x.name == "Lars Vik");
        assert!(vik.is_some_and(|x| {
            x.descriptor
                .as_deref()
                .is_some_and(|d| d.contains("chief Nordic economist"))
        }));
    }

    #[test]
    fn organisations_beside_reporting_verbs_are_no_people() {
        // `told its suppliers`, a verb of thought before a clause's subject and a
        // cooperative's name are an organisation's signs.
        let p = people_of(
            "Title\n\nNorth Forge told its suppliers that it would pause.\n\nMaria Lund, an analyst at Fjord Research, thinks North Forge could restart soon.\n\nPrairie Cooperative said in a statement that it was helping.",
        );
        let names: Vec<&str> = p.persons.iter().map(|x| x.name.as_str()).collect();
        assert_eq!(names, vec!["Maria Lund"]);
    }

    #[test]
    fn namesakes_go_by_given_name_and_the_last_named_in_full() {
        let p = people_of(
            "Title\n\nTom Reed fixed nets on the quay. \"It is over,\" Reed says.\n\nSally Reed, a marine biologist at the Tyne Institute, is no relation. (Tom is Tom from here on.)\n\nThe bay is warming, Reed explains.\n\nTom has not decided.",
        );
        let tom = p.persons.iter().position(|x| x.name == "Tom Reed").unwrap();
        let sally = p
            .persons
            .iter()
            .position(|x| x.name == "Sally Reed")
            .unwrap();
        assert!(p.persons[tom].aliases.iter().any(|a| a == "Tom"));
        // Before Sally Reed is named, `Reed` is Tom; after, the surname is hers.
        assert_eq!(
            p.mentions[0].last().map(|m| m.persons.clone()),
            Some(vec![tom])
        );
        assert_eq!(p.mentions[2][0].persons, vec![sally]);
        assert_eq!(p.mentions[3][0].persons, vec![tom]);
    }

    #[test]
    fn an_employer_in_brackets_before_a_reporting_verb_is_an_affiliation() {
        let p = people_of("Title\n\nMira Holt (Eastfield Credit Union) said loans were up.");
        assert_eq!(
            descriptor_of(&p, "Mira Holt"),
            Some("Eastfield Credit Union")
        );
        // A lower-case aside or no verb after the bracket proves nothing.
        let p = people_of("Title\n\n“Loans are up,” said Mira Holt (Eastfield Credit Union).");
        assert_eq!(
            descriptor_of(&p, "Mira Holt"),
            Some("Eastfield Credit Union")
        );
        let p = people_of("Title\n\nMira Holt (pictured) said loans were up.");
        assert!(p.persons.is_empty());
        let p = people_of("Title\n\nThe Holt Fund (Eastfield Credit Union) lends widely.");
        assert!(p.persons.is_empty());
    }

    #[test]
    fn an_organisations_possessive_before_a_name_describes_them() {
        let p = people_of("Title\n\nRiverside Mutual's Omar Little said the cut came late.");
        assert_eq!(descriptor_of(&p, "Omar Little"), Some("Riverside Mutual"));
        let p = people_of("Title\n\n“It will close,” said Kestrel Partners’ Ada Brook.");
        assert_eq!(descriptor_of(&p, "Ada Brook"), Some("Kestrel Partners"));
        let p =
            people_of("Title\n\nAccording to Kestrel Partners’ Ada Brook, the fund will close.");
        assert_eq!(descriptor_of(&p, "Ada Brook"), Some("Kestrel Partners"));
        // Without `according to` or a verb, a possessive may precede a product.
        let p = people_of("Title\n\nThey bought Kestrel Motors' Road Runner in May.");
        assert!(p.persons.is_empty());
    }

    #[test]
    fn according_to_a_name_then_he_or_she_said_is_a_person() {
        let p = people_of(
            "Title\n\nAccording to Noor Haddad, rents will climb.\n\n“Few expected it,” she said.",
        );
        assert_eq!(p.persons.len(), 1);
        let p = people_of(
            "Title\n\nAccording to Noor Haddad, rents will climb. “Few expected it,” she said.",
        );
        assert_eq!(p.persons.len(), 1);
        assert_eq!(p.persons[0].name, "Noor Haddad");
        assert_eq!(p.persons[0].gender, Gender::Female);
        // A body is `it`; `they` may mean anyone; an earlier name may be whom `he` means.
        for text in [
            "Title\n\nAccording to Morgan Stanley, rents will climb. “Few expected it,” it said.",
            "Title\n\nAccording to Morgan Stanley, rents will climb. They said so in a note.",
            "Title\n\nWe spoke to Ian Lowe on Monday. According to Morgan Stanley, rents will climb. “Few expected it,” he said.",
            "Title\n\nIan Lowe, a broker, said rents were high.\n\nAccording to Morgan Stanley, rents will climb.\n\n“Few expected it,” he said.",
        ] {
            let p = people_of(text);
            assert!(
                !p.persons.iter().any(|x| x.name == "Morgan Stanley"),
                "{text}"
            );
        }
    }

    #[test]
    fn a_single_name_with_a_who_clause_before_a_reporting_verb_is_a_person() {
        let p = people_of(
            "Title\n\nSuharti, who sells fish at the market, told reporters prices had doubled.",
        );
        assert_eq!(p.persons.len(), 1);
        assert_eq!(p.persons[0].name, "Suharti");
        assert_eq!(
            p.persons[0].descriptor.as_deref(),
            Some("who sells fish at the market")
        );
        // Without the verb after the clause, no evidence that the word names anyone.
        let p = people_of("Title\n\nSuharti, who sells fish at the market, is a village.");
        assert!(p.persons.is_empty());
        assert!(who_clause_then_verb(", who runs a bakery, said"));
        assert!(!who_clause_then_verb(", which runs a bakery, said"));
    }

    #[test]
    fn a_firms_partners_joined_by_y_and_asociados_are_not_a_person() {
        let p = people_of(
            "Title\n\nLucía Ferrer Soto, a partner at Ibáñez, Mora y Asociados, said the deal was void.\n\n“We will appeal,” she said.",
        );
        assert!(!p.persons.iter().any(|x| x.name.contains("Asociados")));
        assert!(p.persons.iter().any(|x| x.name == "Lucía Ferrer Soto"));
    }
}
