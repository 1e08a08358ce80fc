//! Text features for the summary: content-word stems, sparse tf-idf vectors and named
//! entity candidates. Everything is linear in the text, so the summary can afford it on
//! any briefing.

use rustc_hash::FxHashMap as HashMap;
use rustc_hash::FxHashSet as HashSet;
use std::borrow::Cow;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

/// The Snowball English stemmer (stateless, so shared).
static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));

/// NLTK's English stop words plus the words every news story uses whatever it is about
/// (reporting verbs, generic time and quantity words): they carry no topic.
static STOP_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    let mut set: HashSet<&'static str> = stop_words::get("en").iter().copied().collect();
    set.extend([
        "said",
        "says",
        "say",
        "added",
        "adds",
        "told",
        "tell",
        "noted",
        "notes",
        "stated",
        "according",
        "also",
        "would",
        "could",
        "might",
        "may",
        "must",
        "shall",
        "will",
        "one",
        "two",
        "three",
        "many",
        "much",
        "even",
        "however",
        "still",
        "yet",
        "well",
        "year",
        "years",
        "time",
        "way",
        "like",
        "thing",
        "things",
        "just",
        "already",
        "us",
        "mr",
        "mrs",
        "ms",
        "dr",
        "per",
        "cent",
        "percent",
        "first",
        "last",
        "next",
        "since",
        "almost",
        "including",
        "around",
        "another",
        "other",
        "new",
        "made",
        "make",
        "makes",
        "part",
        "need",
        "needs",
        "want",
        "wants",
        "whether",
        "among",
        "week",
        "month",
        "day",
        "today",
        "now",
        "yesterday",
        "think",
        "believe",
        "believes",
        "argue",
        "argues",
        "argued",
        "see",
        "sees",
        "seen",
        "going",
        "get",
        "got",
        "come",
        "comes",
    ]);
    set
});

/// Capitalised words that are not names: months, weekdays, pronoun "I".
static NOT_NAMES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "i",
        "q",
        "a",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "professor",
    ]
    .into_iter()
    .collect()
});

/// Lower-case particles that may sit inside a multi-word name (`Jean-Luc de la
/// Fontaine`, `Institute for Water Policy`).
const NAME_PARTICLES: &[&str] = &[
    "de", "la", "le", "du", "da", "van", "von", "der", "den", "al", "bin", "of", "for",
];

/// True for words that carry no topic.
pub fn is_stop_word(lower: &str) -> bool {
    STOP_WORDS.contains(lower)
}

/// The stem of a lower-case word.
pub fn stem(lower: &str) -> String {
    STEMMER.stem(lower).into_owned()
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
}

/// Words (letters or digits) of a text with their offsets: runs of alphanumerics, kept
/// whole across an inner apostrophe (`O'Neill`, `Tashkent’s`), an inner period
/// (`U.S`) or a separator between digits (`2.4`, `1,000`). Hyphens split words. A plain
/// scan, since a long briefing has hundreds of thousands of words.
pub fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
            continue;
        }
        if let Some(begin) = start {
            let prev = text[..i].chars().next_back().unwrap_or(' ');
            let next = chars.peek().map_or(' ', |&(_, n)| n);
            let joins = match c {
                '\'' | '’' | '.' => next.is_alphanumeric() && !(c == '.' && next.is_lowercase()),
                ',' => prev.is_ascii_digit() && next.is_ascii_digit(),
                _ => false,
            };
            if joins {
                continue;
            }
            out.push(word(text, begin, i));
            start = None;
        }
    }
    if let Some(begin) = start {
        out.push(word(text, begin, text.len()));
    }
    out
}

fn word(text: &str, start: usize, end: usize) -> Word<'_> {
    let surface = &text[start..end];
    Word {
        surface,
        start,
        lower: if surface.chars().any(char::is_uppercase) {
            Cow::Owned(surface.to_lowercase())
        } else {
            Cow::Borrowed(surface)
        },
    }
}

/// The lower-case content form of a word (possessive `'s`/`’s` dropped).
pub fn content_form(lower: &str) -> &str {
    lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("’s"))
        .unwrap_or(lower)
}

/// Interns stems as dense ids so vectors are small sorted arrays. Each distinct word
/// form is stemmed once: a long briefing repeats its words.
#[derive(Debug, Default)]
pub struct Vocabulary {
    stems: HashMap<String, u32>,
    /// Lower-case word form -> its stem's id, or `None` for a word that is no term.
    forms: HashMap<String, Option<u32>>,
}

impl Vocabulary {
    /// The term id of a lower-case word, if it is a content word.
    pub fn term(&mut self, lower: &str) -> Option<u32> {
        if let Some(&id) = self.forms.get(lower) {
            return id;
        }
        let form = content_form(lower);
        let letters = form.chars().filter(|c| c.is_alphabetic()).count();
        let number = !form.is_empty() && form.chars().all(|c| c.is_ascii_digit());
        let id = if is_stop_word(form) || (letters < 2 && !number) {
            None
        } else {
            let next = self.stems.len() as u32;
            Some(*self.stems.entry(stem(form)).or_insert(next))
        };
        self.forms.insert(lower.to_string(), id);
        id
    }

    pub fn len(&self) -> usize {
        self.stems.len()
    }
}

/// The term ids of some words, with repeats (term frequency).
pub fn term_ids(words: &[Word<'_>], vocab: &mut Vocabulary) -> Vec<u32> {
    words.iter().filter_map(|w| vocab.term(&w.lower)).collect()
}

/// A sparse, L2-normalised tf-idf vector: `(term id, weight)` sorted by id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TermVector(pub Vec<(u32, f32)>);

impl TermVector {
    /// Builds a normalised vector from term ids (with repeats) and per-term idf.
    pub fn new(ids: &[u32], idf: &[f32]) -> Self {
        let mut sorted = ids.to_vec();
        sorted.sort_unstable();
        let mut entries: Vec<(u32, f32)> = Vec::new();
        for id in sorted {
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
    let mut n = 0usize;
    let mut seen: Vec<u32> = Vec::new();
    for ids in sentences {
        n += 1;
        seen.clear();
        seen.extend_from_slice(ids);
        seen.sort_unstable();
        seen.dedup();
        for &id in &seen {
            if let Some(d) = df.get_mut(id as usize) {
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
pub struct NameMention {
    /// As written (possessive dropped).
    pub surface: String,
    /// Lower-case forms of its capitalised words (particles left out).
    pub parts: Vec<String>,
}

/// Capitalised word runs in a sentence. The sentence's first word counts only when
/// `known_names` (lower-case words seen capitalised mid-sentence) holds it, since any
/// word is capitalised there.
pub fn name_mentions(
    sentence: &str,
    ws: &[Word<'_>],
    known_names: &HashSet<String>,
) -> Vec<NameMention> {
    let mut out = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    let flush = |run: &mut Vec<usize>, out: &mut Vec<NameMention>| {
        // Trailing particles are not part of the name.
        while run
            .last()
            .is_some_and(|&k| NAME_PARTICLES.contains(&ws[k].lower.as_ref()))
        {
            run.pop();
        }
        if let (Some(&first), Some(&last)) = (run.first(), run.last()) {
            let end = ws[last].start + ws[last].surface.len();
            let surface = content_form(&sentence[ws[first].start..end]).to_string();
            let parts = run
                .iter()
                .filter(|&&k| !NAME_PARTICLES.contains(&ws[k].lower.as_ref()))
                .map(|&k| content_form(&ws[k].lower).to_string())
                .collect();
            out.push(NameMention { surface, parts });
        }
        run.clear();
    };
    for (k, w) in ws.iter().enumerate() {
        let joined = run.last().is_some_and(|&prev| {
            let gap = &sentence[ws[prev].start + ws[prev].surface.len()..w.start];
            gap == " " || gap == "-"
        });
        if !joined {
            flush(&mut run, &mut out);
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
        let particle = !run.is_empty() && NAME_PARTICLES.contains(&w.lower.as_ref());
        if starts_name || particle || is_name_word(w, k == 0, known_names) {
            run.push(k);
        } else {
            flush(&mut run, &mut out);
        }
    }
    flush(&mut run, &mut out);
    out
}

/// True for a word that starts with a capital and could be (part of) a name.
pub fn is_name_word(word: &Word<'_>, sentence_initial: bool, known: &HashSet<String>) -> bool {
    let capital = word.surface.chars().next().is_some_and(char::is_uppercase);
    let form = content_form(&word.lower);
    if !capital || NOT_NAMES.contains(form) || form.chars().count() < 2 {
        return false;
    }
    if sentence_initial {
        known.contains(form)
    } else {
        !is_stop_word(form)
    }
}

/// Lower-case words that appear capitalised somewhere other than a sentence start.
pub fn capitalised_words<'w, 'a: 'w>(
    sentences: impl Iterator<Item = &'w [Word<'a>]>,
) -> HashSet<String> {
    let empty = HashSet::default();
    let mut out = HashSet::default();
    for ws in sentences {
        for (k, w) in ws.iter().enumerate() {
            if k > 0 && is_name_word(w, false, &empty) {
                out.insert(content_form(&w.lower).to_string());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_and_drops_stop_words() {
        let mut vocab = Vocabulary::default();
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
    fn cosine_of_identical_is_one_and_disjoint_is_zero() {
        let mut vocab = Vocabulary::default();
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
        let known: HashSet<String> = ["kolesnikova".to_string()].into_iter().collect();
        let mention = |s: &str| name_mentions(s, &words(s), &known);
        let m = mention("Minsk released Maria Kolesnikova and Jean-Luc de la Fontaine's staff.");
        let surfaces: Vec<&str> = m.iter().map(|n| n.surface.as_str()).collect();
        assert_eq!(surfaces, ["Maria Kolesnikova", "Jean-Luc de la Fontaine"]);
        assert_eq!(m[1].parts, ["jean", "luc", "fontaine"]);
        let m = mention("Kolesnikova spoke in March.");
        assert_eq!(m.len(), 1, "known name at the start counts, months do not");
        let m = mention("Nigora Rahimova, an economist, disagrees.");
        assert_eq!(m[0].surface, "Nigora Rahimova");
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
        let mut vocab = Vocabulary::default();
        for text in ["", "’s", "—", "Ünïcödé’s ÉLAN 東京 🙂", "A. B. C."] {
            let ws = words(text);
            let _ = term_ids(&ws, &mut vocab);
            let _ = name_mentions(text, &ws, &HashSet::default());
        }
    }
}
