//! Text features for the summary: content-word stems, sparse tf-idf vectors and named
//! entity candidates. Everything is linear in the text, so the summary can afford it on
//! any briefing.

use rustc_hash::FxHashMap as HashMap;
use rustc_hash::FxHashSet as HashSet;
use std::borrow::Cow;
use std::sync::{LazyLock, Mutex, MutexGuard};

use rust_stemmers::{Algorithm, Stemmer};

/// The Snowball English stemmer (stateless, so shared).
static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// NLTK's English stop words plus the words every news story uses whatever it is about
/// (`assets/news-stopwords.txt`): they carry no topic.
static STOP_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    let mut set: HashSet<&'static str> = stop_words::get("en").iter().copied().collect();
    set.extend(
        include_str!("../../../assets/news-stopwords.txt")
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#')),
    );
    set
});

/// Capitalised words that are not names besides the calendar's (which the temporal
/// lexicon holds): pronoun "I", interview labels, titles.
const NOT_NAMES: &[&str] = &["i", "q", "a", "mr", "mrs", "ms", "dr", "prof", "professor"];

/// True for a lower-case word that is capitalised without being a name: a month or
/// weekday, `I`, a title.
fn is_not_name(form: &str) -> bool {
    use crate::analysis::temporal::lexicon::{Word, word as calendar};
    NOT_NAMES.contains(&form) || matches!(calendar(form), Word::Month { .. } | Word::Weekday(_))
}

/// Lower-case particles that may sit inside a multi-word name (`Jean-Luc de la
/// Fontaine`, `Institute for Water Policy`).
const NAME_PARTICLES: &[&str] = &[
    "de", "la", "le", "du", "da", "van", "von", "der", "den", "al", "bin", "of", "for",
];

/// True for words that carry no topic.
pub fn is_stop_word(lower: &str) -> bool {
    STOP_WORDS.contains(lower)
}

/// A word of a sentence as the features see it.
#[derive(Debug, Clone)]
pub struct Word<'a> {
    /// As written.
    pub surface: &'a str,
    /// Byte offset in the sentence.
    pub start: usize,
    /// Lower-cased; borrowed when already lower case (most words), to spare allocations.
    pub lower: Cow<'a, str>,
    /// Capitalised and, inside a sentence, (part of) a name: no stop word, month or
    /// title. Decided once here, since names are looked for in several passes.
    pub name: bool,
}

/// Words (letters or digits) of a text with their offsets: runs of alphanumerics, kept
/// whole across an inner apostrophe (`O'Neill`, `Tashkent’s`), an inner period
/// (`U.S`) or a separator between digits (`2.4`, `1,000`). Hyphens split words. A plain
/// scan, since a long briefing has hundreds of thousands of words.
pub fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::with_capacity(text.len() / 6 + 1);
    words_in(text, None, &mut out);
    out
}

/// [`words`] appended to `out`, with the lower-case forms borrowed from `ascii_lower`
/// (the text with ASCII letters lower-cased, so offsets agree) instead of allocated word
/// by word. A word with a non-ASCII capital still gets its own lower-cased copy.
pub fn words_lowered<'a>(text: &'a str, ascii_lower: &'a str, out: &mut Vec<Word<'a>>) {
    debug_assert_eq!(text.len(), ascii_lower.len());
    words_in(text, Some(ascii_lower), out);
}

/// [`ASCII_CLASS`] bits: an ASCII letter or digit, an ASCII capital.
const ALNUM: u8 = 1;
const UPPER: u8 = 2;

/// What each byte is, if ASCII: one table lookup per byte in the tokenizer's inner loop.
static ASCII_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        if byte.is_ascii_alphanumeric() {
            table[b] = ALNUM;
        }
        if byte.is_ascii_uppercase() {
            table[b] |= UPPER;
        }
        b += 1;
    }
    table
};

fn words_in<'a>(text: &'a str, ascii_lower: Option<&'a str>, out: &mut Vec<Word<'a>>) {
    let bytes = text.as_bytes();
    let char_at = |i: usize| -> (char, usize) {
        match bytes.get(i) {
            Some(&b) if b.is_ascii() => (b as char, 1),
            Some(_) => text[i..]
                .chars()
                .next()
                .map_or((' ', 1), |c| (c, c.len_utf8())),
            None => (' ', 0),
        }
    };
    let mut i = 0;
    while i < bytes.len() {
        // Between words: ASCII spaces and punctuation take the short way.
        if !bytes[i].is_ascii_alphanumeric() {
            let (c, len) = char_at(i);
            if !c.is_alphanumeric() {
                i += len;
                continue;
            }
        }
        let begin = i;
        // Whether the word has an ASCII capital, and a character beyond ASCII: what
        // lower-casing it needs.
        let (mut upper, mut wide) = (false, false);
        loop {
            // ASCII letters and digits, nearly all of a word, one byte at a time.
            let mut classes = 0;
            while let Some(&class) = bytes.get(i).map(|&b| &ASCII_CLASS[usize::from(b)]) {
                if class & ALNUM == 0 {
                    break;
                }
                classes |= class;
                i += 1;
            }
            upper |= classes & UPPER != 0;
            if i >= bytes.len() {
                break;
            }
            let (c, len) = char_at(i);
            let joins = if c.is_alphanumeric() {
                true
            } else {
                let next = char_at(i + len).0;
                match c {
                    '\'' | '’' | '.' => {
                        next.is_alphanumeric() && !(c == '.' && next.is_lowercase())
                    }
                    ',' => bytes[i - 1].is_ascii_digit() && next.is_ascii_digit(),
                    _ => false,
                }
            };
            if !joins {
                break;
            }
            wide |= len > 1;
            i += len;
        }
        out.push(word(text, ascii_lower, begin..i, upper, wide));
    }
}

/// The word at `range` of `text`; `upper` if it has an ASCII capital, `wide` if it has
/// a character beyond ASCII.
fn word<'a>(
    text: &'a str,
    ascii_lower: Option<&'a str>,
    range: std::ops::Range<usize>,
    upper: bool,
    wide: bool,
) -> Word<'a> {
    let surface = &text[range.clone()];
    let lower = match ascii_lower {
        Some(lowered) if upper && !wide => Cow::Borrowed(&lowered[range.clone()]),
        _ if upper => Cow::Owned(surface.to_lowercase()),
        _ if !wide || !surface.chars().any(char::is_uppercase) => Cow::Borrowed(surface),
        _ => Cow::Owned(surface.to_lowercase()),
    };
    let capital = match surface.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => surface.chars().next().is_some_and(char::is_uppercase),
    };
    let name = capital && {
        let form = content_form(&lower);
        !is_not_name(form) && form.chars().nth(1).is_some() && !is_stop_word(form)
    };
    Word {
        surface,
        start: range.start,
        lower,
        name,
    }
}

/// The byte offset of the first of `marks` in `s`. `str::find` with a set of chars
/// decodes every character and tries each mark; this compares bytes, and only where one
/// is the first byte of a mark looks further (punctuation marks are rare in prose).
pub fn find_any(s: &str, marks: &[char]) -> Option<usize> {
    let firsts = first_bytes(marks);
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if firsts[usize::from(bytes[i])] && s[i..].starts_with(marks) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// The byte offset of the last of `marks` in `s`, as [`find_any`] finds the first.
pub fn rfind_any(s: &str, marks: &[char]) -> Option<usize> {
    let firsts = first_bytes(marks);
    let bytes = s.as_bytes();
    (0..bytes.len())
        .rev()
        .find(|&i| firsts[usize::from(bytes[i])] && s[i..].starts_with(marks))
}

/// Which bytes begin one of `marks` in UTF-8.
fn first_bytes(marks: &[char]) -> [bool; 256] {
    let mut firsts = [false; 256];
    for m in marks {
        let mut buf = [0u8; 4];
        firsts[usize::from(m.encode_utf8(&mut buf).as_bytes()[0])] = true;
    }
    firsts
}

/// Whether `s` holds any of `marks`: [`find_any`].
pub fn has_any(s: &str, marks: &[char]) -> bool {
    find_any(s, marks).is_some()
}

/// The lower-case content form of a word (possessive `'s`/`’s` dropped).
pub fn content_form(lower: &str) -> &str {
    lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("’s"))
        .unwrap_or(lower)
}

/// Word forms and their stems, kept across briefings like spaCy's shared vocabulary: a
/// library of briefings uses the same English words again and again, and stemming them
/// is the summary's dearest step. Stem ids are stable for the process's lifetime.
#[derive(Debug)]
pub struct Lexicon {
    /// Lower-case word form -> its stem's id, or `None` for a word that is no term.
    forms: HashMap<Box<str>, Option<u32>>,
    stems: HashMap<Box<str>, u32>,
    /// Per stem id: the briefing ([`Vocabulary`]) that last used it and the term id it
    /// has there, so a briefing numbers its terms without a map of its own.
    local: Vec<(u32, u32)>,
    /// The number of vocabularies made so far: the current briefing's stamp.
    briefings: u32,
    /// Most forms kept.
    limit: usize,
}

impl Default for Lexicon {
    fn default() -> Self {
        Lexicon::with_limit(LEXICON_LIMIT)
    }
}

/// Most word forms the lexicon keeps (a few MB); rarer forms are stemmed per briefing.
const LEXICON_LIMIT: usize = 1 << 18;

static SHARED_LEXICON: LazyLock<Mutex<Lexicon>> = LazyLock::new(Mutex::default);

impl Lexicon {
    /// An empty lexicon that keeps at most `limit` word forms.
    pub fn with_limit(limit: usize) -> Self {
        Lexicon {
            forms: HashMap::default(),
            stems: HashMap::default(),
            local: Vec::new(),
            briefings: 0,
            limit,
        }
    }

    /// The process's lexicon. A panic elsewhere cannot leave it inconsistent (every
    /// update is one insert), so a poisoned lock is taken over.
    pub fn shared() -> MutexGuard<'static, Lexicon> {
        SHARED_LEXICON
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The stem id of a lower-case word, if it is a content word, and `Err(stem)` when
    /// the lexicon is full and the word new.
    fn lookup(&mut self, lower: &str) -> Result<Option<u32>, String> {
        if let Some(&id) = self.forms.get(lower) {
            return Ok(id);
        }
        let form = content_form(lower);
        let number = !form.is_empty() && form.bytes().all(|b| b.is_ascii_digit());
        if is_stop_word(form) || (!number && !has_two_letters(form)) {
            if self.forms.len() < self.limit {
                self.forms.insert(lower.into(), None);
            }
            return Ok(None);
        }
        let stemmed = STEMMER.stem(form);
        if let Some(&id) = self.stems.get(stemmed.as_ref()) {
            if self.forms.len() < self.limit {
                self.forms.insert(lower.into(), Some(id));
            }
            return Ok(Some(id));
        }
        if self.forms.len() >= self.limit {
            return Err(stemmed.into_owned());
        }
        let id = self.stems.len() as u32;
        self.stems.insert(stemmed.into(), id);
        self.forms.insert(lower.into(), Some(id));
        Ok(Some(id))
    }
}

/// One briefing's terms: stems numbered densely from 0, so vectors are small sorted
/// arrays and per-term tables are plain vectors.
#[derive(Debug)]
pub struct Vocabulary<'l> {
    lexicon: &'l mut Lexicon,
    /// This briefing's stamp in the lexicon's per-stem table.
    stamp: u32,
    /// Stems the full lexicon could not keep -> term id.
    overflow: HashMap<String, u32>,
    len: u32,
}

impl<'l> Vocabulary<'l> {
    pub fn new(lexicon: &'l mut Lexicon) -> Self {
        lexicon.briefings = lexicon.briefings.wrapping_add(1);
        if lexicon.briefings == 0 {
            // After 2^32 briefings stamps come round again: forget the old ones.
            lexicon.local.iter_mut().for_each(|entry| *entry = (0, 0));
            lexicon.briefings = 1;
        }
        Vocabulary {
            stamp: lexicon.briefings,
            lexicon,
            overflow: HashMap::default(),
            len: 0,
        }
    }

    /// The term id of a lower-case word, if it is a content word.
    pub fn term(&mut self, lower: &str) -> Option<u32> {
        let next = self.len;
        let id = match self.lexicon.lookup(lower) {
            Ok(None) => return None,
            Ok(Some(stem)) => {
                let local = &mut self.lexicon.local;
                if local.len() <= stem as usize {
                    local.resize(stem as usize + 1, (0, 0));
                }
                let entry = &mut local[stem as usize];
                if entry.0 != self.stamp {
                    *entry = (self.stamp, next);
                }
                entry.1
            }
            Err(stem) => *self.overflow.entry(stem).or_insert(next),
        };
        if id == next {
            self.len += 1;
        }
        Some(id)
    }

    /// Number of distinct terms seen.
    pub fn len(&self) -> usize {
        self.len as usize
    }
}

/// True when a word has at least two letters: single letters and bare symbols are no
/// terms.
fn has_two_letters(form: &str) -> bool {
    form.chars().filter(|c| c.is_alphabetic()).nth(1).is_some()
}

/// The term ids of some words, with repeats (term frequency).
pub fn term_ids(words: &[Word<'_>], vocab: &mut Vocabulary<'_>) -> Vec<u32> {
    words.iter().filter_map(|w| vocab.term(&w.lower)).collect()
}

/// A sparse, L2-normalised tf-idf vector: `(term id, weight)` sorted by id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TermVector(pub Vec<(u32, f32)>);

impl TermVector {
    /// Builds a normalised vector from term ids (with repeats) and per-term idf.
    pub fn new(ids: &[u32], idf: &[f32]) -> Self {
        TermVector::with_scratch(ids, idf, &mut Vec::new())
    }

    /// [`TermVector::new`] sorting in `scratch`, so building many vectors allocates
    /// only the vectors.
    pub fn with_scratch(ids: &[u32], idf: &[f32], scratch: &mut Vec<u32>) -> Self {
        scratch.clear();
        scratch.extend_from_slice(ids);
        scratch.sort_unstable();
        let distinct = 1 + scratch.windows(2).filter(|w| w[0] != w[1]).count();
        let mut entries: Vec<(u32, f32)> = Vec::with_capacity(distinct.min(scratch.len()));
        for &id in scratch.iter() {
            match entries.last_mut() {
                Some((last, tf)) if *last == id => *tf += 1.0,
                _ => entries.push((id, 1.0)),
            }
        }
        for (id, w) in &mut entries {
            // Sub-linear tf: a word said three times is not three times as topical.
            *w = (1.0 + w.ln()) * idf.get(*id as usize).copied().unwrap_or(1.0);
        }
        let norm = entries.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
        if norm > 0.0 {
            for (_, w) in &mut entries {
                *w /= norm;
            }
        }
        TermVector(entries)
    }

    /// A table of this vector's weights indexed by term id (`len` terms), for comparing
    /// many vectors with this one by [`TermVector::dot`].
    pub fn dense(&self, len: usize) -> Vec<f32> {
        let mut table = vec![0.0; len];
        for &(t, w) in &self.0 {
            if let Some(slot) = table.get_mut(t as usize) {
                *slot = w;
            }
        }
        table
    }

    /// Cosine similarity with the vector whose [`TermVector::dense`] table is given: the
    /// same sum as [`TermVector::cosine`], in the same order, without the merge.
    pub fn dot(&self, dense: &[f32]) -> f32 {
        self.0.iter().fold(0.0, |dot, &(t, w)| {
            dot + w * dense.get(t as usize).copied().unwrap_or(0.0)
        })
    }

    /// Cosine similarity (both vectors are normalised): a merge of two sorted lists.
    pub fn cosine(&self, other: &TermVector) -> f32 {
        let (a, b) = (&self.0, &other.0);
        let (mut i, mut j, mut dot) = (0, 0, 0.0);
        while i < a.len() && j < b.len() {
            match a[i].0.cmp(&b[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    dot += a[i].1 * b[j].1;
                    i += 1;
                    j += 1;
                }
            }
        }
        dot
    }
}

/// Smoothed inverse document frequency over sentences: `ln((n + 1) / (df + 1)) + 1`.
pub fn idf<'a>(sentences: impl Iterator<Item = &'a [u32]>, vocab_len: usize) -> Vec<f32> {
    let mut df = vec![0u32; vocab_len];
    // The last sentence that counted each term, so a repeat in a sentence counts once.
    let mut last = vec![usize::MAX; vocab_len];
    let mut n = 0usize;
    for (i, ids) in sentences.enumerate() {
        n += 1;
        for &id in ids {
            if let (Some(d), Some(l)) = (df.get_mut(id as usize), last.get_mut(id as usize))
                && *l != i
            {
                *l = i;
                *d += 1;
            }
        }
    }
    let n = n as f32;
    df.iter()
        .map(|&d| ((n + 1.0) / (d as f32 + 1.0)).ln() + 1.0)
        .collect()
}

/// A capitalised name found in a sentence: one word or a run such as `Oleg Leshenyuk`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameMention<'w> {
    /// As written (possessive dropped).
    pub surface: &'w str,
    /// Lower-case forms of its capitalised words (particles left out): a range of the
    /// parts list that [`name_mentions`] fills, one list for a whole briefing.
    pub parts: std::ops::Range<usize>,
}

/// Capitalised word runs in a sentence, appended to `out` (their parts to `parts`). The
/// sentence's first word counts only when `known_names` (lower-case words seen
/// capitalised mid-sentence) holds it, since any word is capitalised there.
pub fn name_mentions<'w>(
    sentence: &'w str,
    ws: &'w [Word<'_>],
    known_names: &HashSet<&str>,
    out: &mut Vec<NameMention<'w>>,
    parts: &mut Vec<&'w str>,
) {
    let particle = |k: usize| NAME_PARTICLES.contains(&ws[k].lower.as_ref());
    // The words of the name being read: consecutive, so a range.
    let mut run = 0..0;
    let mut flush = |run: &mut std::ops::Range<usize>, out: &mut Vec<NameMention<'w>>| {
        // Trailing particles are not part of the name.
        while run.end > run.start && particle(run.end - 1) {
            run.end -= 1;
        }
        if run.end > run.start {
            let (first, last) = (&ws[run.start], &ws[run.end - 1]);
            let end = last.start + last.surface.len();
            let surface = content_form(&sentence[first.start..end]);
            let at = parts.len();
            parts.extend(
                run.clone()
                    .filter(|&k| !particle(k))
                    .map(|k| content_form(&ws[k].lower)),
            );
            out.push(NameMention {
                surface,
                parts: at..parts.len(),
            });
        }
        *run = 0..0;
    };
    for (k, w) in ws.iter().enumerate() {
        let joined = !run.is_empty() && {
            let prev = &ws[k - 1];
            let gap = &sentence[prev.start + prev.surface.len()..w.start];
            gap == " " || gap == "-"
        };
        if !joined && !run.is_empty() {
            flush(&mut run, out);
        }
        // An unknown capitalised first word still starts a name when a name word follows
        // it directly (`Nigora Rahimova, an economist…`).
        let starts_name = k == 0
            && ws.get(1).is_some_and(|next| {
                let gap = &sentence[w.start + w.surface.len()..next.start];
                (gap == " " || gap == "-")
                    && is_name_word(w, false, known_names)
                    && is_name_word(next, false, known_names)
            });
        if starts_name || (!run.is_empty() && particle(k)) || is_name_word(w, k == 0, known_names) {
            if run.is_empty() {
                run = k..k;
            }
            run.end = k + 1;
        } else if !run.is_empty() {
            flush(&mut run, out);
        }
    }
    flush(&mut run, out);
}

/// True for a word that starts with a capital and could be (part of) a name; at the
/// start of a sentence, only one `known` to be a name.
pub fn is_name_word(word: &Word<'_>, sentence_initial: bool, known: &HashSet<&str>) -> bool {
    word.name && (!sentence_initial || known.contains(content_form(&word.lower)))
}

/// Lower-case words that appear capitalised somewhere other than a sentence start.
pub fn capitalised_words<'w, 'a: 'w>(
    sentences: impl Iterator<Item = &'w [Word<'a>]>,
) -> HashSet<&'w str> {
    let mut out = HashSet::default();
    for ws in sentences {
        for (k, w) in ws.iter().enumerate() {
            if k > 0 && w.name {
                out.insert(content_form(&w.lower));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn find_any_agrees_with_str_find() {
        let marks = ['"', '“', '”', '«', '»', ';'];
        for s in [
            "",
            "plain text with no marks",
            "«Rice» is one system",
            "He said “no” twice; then left",
            "ünïcödé “x”",
            "a;b",
            "—We planted «late» —she says—.",
        ] {
            assert_eq!(super::find_any(s, &marks), s.find(marks), "{s}");
            assert_eq!(super::has_any(s, &marks), s.contains(marks), "{s}");
            assert_eq!(super::rfind_any(s, &marks), s.rfind(marks), "{s}");
        }
    }

    proptest::proptest! {
        #[test]
        fn find_any_agrees_on_any_text(text in "(?s).{0,40}") {
            let marks = ['"', '“', '”', '«', '»', ';', '’'];
            proptest::prop_assert_eq!(super::find_any(&text, &marks), text.find(marks));
            proptest::prop_assert_eq!(super::rfind_any(&text, &marks), text.rfind(marks));
        }
    }

    use super::*;

    #[test]
    fn stems_and_drops_stop_words() {
        let mut lexicon = Lexicon::default();
        let mut vocab = Vocabulary::new(&mut lexicon);
        let a = term_ids(&words("The sanctions were lifted"), &mut vocab);
        let b = term_ids(&words("lifting sanction"), &mut vocab);
        assert_eq!(a.len(), 2);
        let mut a2 = a.clone();
        a2.sort();
        let mut b2 = b.clone();
        b2.sort();
        assert_eq!(a2, b2, "sanctions/sanction and lifted/lifting share stems");
    }

    #[test]
    fn briefings_share_the_lexicon_but_number_terms_apart() {
        let mut lexicon = Lexicon::default();
        let first = {
            let mut vocab = Vocabulary::new(&mut lexicon);
            term_ids(&words("Potash exports rose"), &mut vocab)
        };
        let mut vocab = Vocabulary::new(&mut lexicon);
        let second = term_ids(&words("exporting potash"), &mut vocab);
        assert_eq!(first, [0, 1, 2]);
        assert_eq!(second, [0, 1], "each briefing numbers its terms from 0");
        assert_eq!(vocab.len(), 2);
    }

    #[test]
    fn a_full_lexicon_still_finds_new_terms() {
        let mut lexicon = Lexicon::with_limit(2);
        let mut vocab = Vocabulary::new(&mut lexicon);
        let ids = term_ids(
            &words("grain grain barley barley oats oats grains"),
            &mut vocab,
        );
        assert_eq!(
            ids,
            [0, 0, 1, 1, 2, 2, 0],
            "forms past the limit keep their stems"
        );
        assert_eq!(vocab.len(), 3);
    }

    #[test]
    fn lowered_words_match_words() {
        let text = "ÉLAN and Élodie met the IMF’s Ömer Çelik in U.S. talks; ΣΟΦΙΑ 2.4";
        let lowered = text.to_ascii_lowercase();
        let plain: Vec<(String, String)> = words(text)
            .into_iter()
            .map(|w| (w.surface.to_string(), w.lower.into_owned()))
            .collect();
        let mut fast = Vec::new();
        words_lowered(text, &lowered, &mut fast);
        let fast: Vec<(String, String)> = fast
            .into_iter()
            .map(|w| (w.surface.to_string(), w.lower.into_owned()))
            .collect();
        assert_eq!(plain, fast);
        assert!(plain.contains(&("ÉLAN".to_string(), "élan".to_string())));
    }

    #[test]
    fn cosine_of_identical_is_one_and_disjoint_is_zero() {
        let mut lexicon = Lexicon::default();
        let mut vocab = Vocabulary::new(&mut lexicon);
        let s = [
            term_ids(&words("potash exports rose sharply"), &mut vocab),
            term_ids(&words("potash exports rose sharply"), &mut vocab),
            term_ids(&words("the weather was cold"), &mut vocab),
        ];
        let idf = idf(s.iter().map(Vec::as_slice), vocab.len());
        let v: Vec<TermVector> = s.iter().map(|ids| TermVector::new(ids, &idf)).collect();
        assert!((v[0].cosine(&v[1]) - 1.0).abs() < 1e-5);
        assert_eq!(v[0].cosine(&v[2]), 0.0);
    }

    #[test]
    fn finds_multi_word_names_and_skips_sentence_start() {
        let known: HashSet<&str> = ["kolesnikova"].into_iter().collect();
        // (surface, parts) of each name found in `s`.
        let mention = |s: &str| -> Vec<(String, Vec<String>)> {
            let ws = words(s);
            let (mut found, mut parts) = (Vec::new(), Vec::new());
            name_mentions(s, &ws, &known, &mut found, &mut parts);
            found
                .into_iter()
                .map(|m| {
                    (
                        m.surface.to_string(),
                        parts[m.parts].iter().map(|p| p.to_string()).collect(),
                    )
                })
                .collect()
        };
        let m = mention("Minsk released Maria Kolesnikova and Jean-Luc de la Fontaine's staff.");
        let surfaces: Vec<&str> = m.iter().map(|n| n.0.as_str()).collect();
        assert_eq!(surfaces, ["Maria Kolesnikova", "Jean-Luc de la Fontaine"]);
        assert_eq!(m[1].1, ["jean", "luc", "fontaine"]);
        let m = mention("Kolesnikova spoke in March.");
        assert_eq!(m.len(), 1, "known name at the start counts, months do not");
        let m = mention("Nigora Rahimova, an economist, disagrees.");
        assert_eq!(m[0].0, "Nigora Rahimova");
        assert!(mention("Officials met.").is_empty());
    }

    #[test]
    fn words_keep_apostrophes_initials_and_numbers() {
        let ws: Vec<&str> = words("O'Neill’s U.S. talks: 2.4 bn, 1,000 ships; ocean-going.")
            .iter()
            .map(|w| w.surface)
            .collect();
        assert_eq!(
            ws,
            [
                "O'Neill’s",
                "U.S",
                "talks",
                "2.4",
                "bn",
                "1,000",
                "ships",
                "ocean",
                "going"
            ]
        );
    }

    #[test]
    fn odd_input_does_not_panic() {
        let mut lexicon = Lexicon::default();
        let mut vocab = Vocabulary::new(&mut lexicon);
        for text in ["", "’s", "—", "Ünïcödé’s ÉLAN 東京 🙂", "A. B. C."] {
            let ws = words(text);
            let _ = term_ids(&ws, &mut vocab);
            name_mentions(
                text,
                &ws,
                &HashSet::default(),
                &mut Vec::new(),
                &mut Vec::new(),
            );
        }
    }
}
