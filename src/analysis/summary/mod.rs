//! Extractive summary, per-expert positions and key terms.
//!
//! News is written lead-first, so the lede always opens the summary. The other sentences
//! are picked greedily by maximal marginal relevance (MMR): relevance is the mean of
//! position-aware centrality in the sentence-similarity graph (PacSum's directed degree),
//! overlap with the headline, and how many of the briefing's main names a sentence adds
//! that the summary does not cover yet; redundancy is the similarity to what is already
//! chosen. When the briefing has experts, each gets a reserved slot for their strongest
//! statement, so the summary carries both the news and the views.
//!
//! Cost is linear in the number of sentences: the graph only links sentences within a
//! window, and selection compares candidates with the few sentences already chosen.

mod rules;
mod statement;
mod text;

use std::ops::Range;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::quote_spans::QuoteSpans;
use super::{Speaker, SummarySentence, lexicon};
use crate::document::Document;
use rules::{Unfit, dangling, question_turn, unfit, writers_voice};
pub use text::Lexicon;
use text::{NameMention, TermVector, Vocabulary};

/// How far apart (in sentences) two sentences can be and still be linked in the graph.
/// A briefing section rarely runs longer; it keeps the graph linear in size.
const WINDOW: usize = 64;
/// Links weaker than this are dropped from the graph: LexRank's threshold for tf-idf
/// cosine. PacSum's relative threshold (a share of the strongest link) suits dense
/// embeddings but leaves a sparse tf-idf graph with a handful of edges.
const EDGE_THRESHOLD: f32 = 0.1;
/// PacSum's weights for links to earlier and later sentences: a sentence that later
/// sentences elaborate is central; one that repeats earlier ones is not.
const LAMBDA_EARLIER: f32 = -2.0;
const LAMBDA_LATER: f32 = 1.0;
/// MMR trade-off between relevance and novelty (Carbonell and Goldstein's usual 0.7).
const MMR_LAMBDA: f32 = 0.7;
/// Above this similarity to a chosen sentence, a candidate says the same thing again.
const DUPLICATE: f32 = 0.5;
/// A lede this close to the most relevant sentence (as a share of its relevance) opens
/// the summary whatever MMR would pick.
const LEDE_SHARE: f32 = 0.7;
/// How many of the most mentioned names count as the briefing's main entities.
const MAIN_ENTITIES: usize = 10;
/// Relevance added to a news sentence that says when something happened: news is
/// events with dates, and a feature's scene-setting has none.
const DATED_BONUS: f32 = 0.05;
/// Most key terms reported.
const KEY_TERMS: usize = 12;

/// What the summary step produces besides filling each speaker's position.
#[derive(Debug, Clone, Default)]
pub struct SummaryResult {
    pub sentences: Vec<SummarySentence>,
    pub key_terms: Vec<String>,
}

/// One sentence of the document with what the summary needs to know about it.
struct Unit<'a> {
    paragraph: usize,
    sentence: usize,
    text: &'a str,
    /// Its words: a range of [`Words::list`] (one table for the briefing, so a
    /// sentence costs no allocations of its own).
    words: Range<usize>,
    vector: TermVector,
    /// Why it cannot be chosen, if it cannot.
    unfit: Option<Unfit>,
    /// Opens with a reference to the sentence before it.
    dangling: bool,
    /// Index into the speakers whose statement it carries.
    speaker: Option<usize>,
    /// Entity groups it mentions.
    entities: Vec<usize>,
    /// PacSum centrality, scaled to 0..=1.
    centrality: f32,
    /// Similarity to the headline, scaled to 0..=1.
    title: f32,
    /// Similarity to everything its speaker says (their centroid): how central the
    /// statement is to that speaker's view.
    voice: f32,
    /// Names its speaker, so it reads as theirs without context.
    names_speaker: bool,
    /// Says when something happened: a date, a weekday, `last week`.
    dated: bool,
}

/// Chooses up to `max` sentences, in document order, and sets speakers' positions.
pub fn summarize(doc: &Document, speakers: &mut [Speaker], max: usize) -> SummaryResult {
    summarize_with(doc, speakers, max, &mut Lexicon::shared())
}

/// [`summarize`] with a given lexicon instead of the process's shared one (a fresh
/// lexicon measures a first briefing's cost).
pub fn summarize_with(
    doc: &Document,
    speakers: &mut [Speaker],
    max: usize,
    lexicon: &mut Lexicon,
) -> SummaryResult {
    // Lower-cased once per paragraph, so words borrow their lower-case forms.
    let lowered: Vec<String> = doc
        .paragraphs
        .iter()
        .map(|p| p.text.to_ascii_lowercase())
        .collect();
    let (mut units, list) = units(doc, &lowered, speakers);
    for speaker in speakers.iter_mut() {
        speaker.position = None;
        speaker.key_points.clear();
    }
    if units.is_empty() {
        return SummaryResult::default();
    }
    let mut vocab = Vocabulary::new(lexicon);
    let (words, title_vector) = vectorize(&mut units, list, &doc.title, &mut vocab);
    score_centrality(&mut units, vocab.len());
    score_title(&mut units, &title_vector, vocab.len());
    let entities = Entities::find(&mut units, &words);
    // Each speaker's statements, by unit index.
    let mut own: Vec<Vec<usize>> = vec![Vec::new(); speakers.len()];
    for (i, u) in units.iter().enumerate() {
        if let Some(s) = u.speaker {
            own[s].push(i);
        }
    }
    score_voices(&mut units, speakers, &own, vocab.len());

    let selection = select(
        &units,
        speakers,
        &entities,
        budget(&units, max),
        vocab.len(),
    );
    let sentences = selection
        .into_iter()
        .map(|i| {
            let u = &units[i];
            SummarySentence {
                text: u.text.to_string(),
                paragraph: u.paragraph,
                sentence: u.sentence,
                speaker: u.speaker.map(|s| speakers[s].name.clone()),
            }
        })
        .collect();
    set_positions(&units, speakers, own);
    SummaryResult {
        sentences,
        key_terms: key_terms(&units, &words, &entities, &title_vector, vocab.len()),
    }
}

/// `sentence` without a transcript turn label that names `speaker` (`COSTELLO: If the
/// ship is free, yes.` for Ruairí Costello): where the speaker is shown beside it, the
/// label would name them twice. Any other label stays.
pub fn without_own_label<'s>(sentence: &'s str, speaker: &str) -> &'s str {
    let Some(label) = rules::turn_label(sentence) else {
        return sentence;
    };
    let key = rules::label_key(label);
    if speaker
        .split_whitespace()
        .any(|part| part.to_lowercase() == key.to_lowercase())
    {
        sentence[label.len()..].trim_start_matches([' ', ':'])
    } else {
        sentence
    }
}

/// The briefing's words, sentence after sentence, and their terms.
struct Words<'a> {
    list: Vec<text::Word<'a>>,
    /// The term id of each word in `list`, if it is a content word.
    word_terms: Vec<Option<u32>>,
}

impl<'a> Words<'a> {
    /// A unit's words and their term ids.
    fn of(&self, u: &Unit<'_>) -> (&[text::Word<'a>], &[Option<u32>]) {
        (
            &self.list[u.words.clone()],
            &self.word_terms[u.words.clone()],
        )
    }
}

/// Every sentence of the body, with its fitness and speaker, and the body's words.
fn units<'a>(
    doc: &'a Document,
    lowered: &'a [String],
    speakers: &[Speaker],
) -> (Vec<Unit<'a>>, Vec<text::Word<'a>>) {
    // Quote spans by paragraph, to find whose statement a sentence carries.
    let spans = QuoteSpans::new(speakers, doc.paragraphs.len());
    let mut out = Vec::with_capacity(doc.paragraphs.iter().map(|p| p.sentences.len()).sum());
    let total: usize = doc.paragraphs.iter().map(|p| p.text.len()).sum();
    let mut words = Vec::with_capacity(total / 5 + 1);
    // An interview's questions, labelled `Q:` or with the interviewer's own label.
    let names: Vec<&str> = speakers.iter().map(|s| s.name.as_str()).collect();
    let asking = rules::interviewer_labels(doc.paragraphs.iter().map(|p| p.text.as_str()), &names);
    for (p, para) in doc.paragraphs.iter().enumerate() {
        let interviewer = question_turn(&para.text)
            || rules::turn_label(&para.text)
                .is_some_and(|label| asking.contains(&rules::label_key(label)));
        for (k, range) in para.sentences.iter().enumerate() {
            let (Some(text), Some(lower)) =
                (para.text.get(range.clone()), lowered[p].get(range.clone()))
            else {
                continue;
            };
            let speaker = spans.speaker_of(p, range);
            let first = words.len();
            text::words_lowered(text, lower, &mut words);
            out.push(Unit {
                paragraph: p,
                sentence: k,
                text,
                words: first..words.len(),
                vector: TermVector::default(),
                unfit: if interviewer {
                    Some(Unfit::Question)
                } else if repeats(text, &doc.title) {
                    // The headline again as the first line of the body.
                    Some(Unfit::Furniture)
                } else if speaker.is_none() && writers_voice(text, &words[first..]) {
                    Some(Unfit::Aside)
                } else {
                    unfit(text, &words[first..])
                },
                dangling: dangling(text),
                speaker,
                entities: Vec::new(),
                centrality: 0.0,
                title: 0.0,
                voice: 0.0,
                names_speaker: false,
                dated: dated(&words[first..]),
            });
        }
    }
    (out, words)
}

/// True when `sentence` says what `title` says, letter for letter (case, spacing and
/// punctuation aside).
fn repeats(sentence: &str, title: &str) -> bool {
    fn letters(t: &str) -> impl Iterator<Item = char> + '_ {
        t.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
    }
    // Only a sentence about the title's length can be it; most differ at once.
    !title.is_empty()
        && sentence.len().abs_diff(title.len()) <= 12
        && letters(sentence).eq(letters(title))
}

/// True when the words say when: a month or weekday, `yesterday`, a year, or a shift
/// and a unit (`last week`). The calendar is only asked about capitalised words and
/// words after a shift, since it is looked up in a table.
fn dated(words: &[text::Word<'_>]) -> bool {
    use crate::analysis::temporal::lexicon::{Word, word};
    let mut shift = false;
    words.iter().any(|w| {
        let lower = w.lower.as_ref();
        let capital = w
            .surface
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_uppercase);
        let found = if capital {
            matches!(
                word(lower),
                Word::Month {
                    ambiguous: false,
                    ..
                } | Word::Weekday(_)
            )
        } else if shift {
            matches!(word(lower), Word::Unit(_))
        } else {
            matches!(lower, "yesterday" | "today")
                || (lower.len() == 4
                    && (lower.starts_with("19") || lower.starts_with("20"))
                    && lower.bytes().all(|b| b.is_ascii_digit()))
        };
        shift = matches!(
            lower,
            "last" | "next" | "this" | "past" | "coming" | "previous"
        );
        found
    })
}

/// Looks up the words' terms, fills each unit's terms and tf-idf vector and returns the
/// headline's vector.
fn vectorize<'a>(
    units: &mut [Unit<'_>],
    list: Vec<text::Word<'a>>,
    title: &str,
    vocab: &mut Vocabulary<'_>,
) -> (Words<'a>, TermVector) {
    let word_terms: Vec<Option<u32>> = list.iter().map(|w| vocab.term(&w.lower)).collect();
    // Each unit's term ids with repeats, one unit after another.
    let mut terms = Vec::with_capacity(word_terms.len());
    let ranges: Vec<Range<usize>> = units
        .iter()
        .map(|u| {
            let first = terms.len();
            terms.extend(word_terms[u.words.clone()].iter().flatten());
            first..terms.len()
        })
        .collect();
    let title_ids = text::term_ids(&text::words(title), vocab);
    let idf = text::idf(ranges.iter().map(|r| &terms[r.clone()]), vocab.len());
    let mut scratch = Vec::new();
    for (u, r) in units.iter_mut().zip(ranges) {
        u.vector = TermVector::with_scratch(&terms[r], &idf, &mut scratch);
    }
    let words = Words { list, word_terms };
    (words, TermVector::new(&title_ids, &idf))
}

/// PacSum's directed degree centrality over a windowed similarity graph, scaled to 0..=1.
/// Similarities come from an inverted index, so only sentences that share a term are
/// ever compared.
fn score_centrality(units: &mut [Unit<'_>], vocab_len: usize) {
    let n = units.len();
    // postings[t]: (sentence, weight) for every sentence using term t, in order. All
    // lists share one array (`offsets[t]..offsets[t + 1]` is term t's), filled by
    // counting first, so a briefing's thousands of terms cost no allocation each.
    let mut offsets = vec![0usize; vocab_len + 1];
    for u in units.iter() {
        for &(t, _) in &u.vector.0 {
            if let Some(o) = offsets.get_mut(t as usize + 1) {
                *o += 1;
            }
        }
    }
    for t in 0..vocab_len {
        offsets[t + 1] += offsets[t];
    }
    let mut entries = vec![(0u32, 0.0f32); offsets[vocab_len]];
    let mut fill = offsets[..vocab_len].to_vec();
    for (i, u) in units.iter().enumerate() {
        for &(t, w) in &u.vector.0 {
            if let Some(at) = fill.get_mut(t as usize) {
                entries[*at] = (i as u32, w);
                *at += 1;
            }
        }
    }
    let postings: Vec<&[(u32, f32)]> = (0..vocab_len)
        .map(|t| &entries[offsets[t]..offsets[t + 1]])
        .collect();
    let mut raw = vec![0.0f32; n];
    let mut dots = vec![0.0f32; WINDOW];
    // Sentences come in order, so each term's postings are read from a cursor that only
    // moves forward: `cursor[t]` is where sentence i's own entry sits.
    let mut cursor = vec![0usize; vocab_len];
    for i in 0..n {
        dots.iter_mut().for_each(|d| *d = 0.0);
        for &(t, w) in &units[i].vector.0 {
            let list = &postings[t as usize];
            let at = &mut cursor[t as usize];
            while list.get(*at).is_some_and(|&(s, _)| (s as usize) < i) {
                *at += 1;
            }
            let after = *at + usize::from(list.get(*at).is_some_and(|&(s, _)| s as usize == i));
            for &(s, w2) in &list[after..] {
                let gap = s as usize - i;
                if gap > WINDOW {
                    break;
                }
                dots[gap - 1] += w * w2;
            }
        }
        for (k, &sim) in dots.iter().enumerate().take(n - i - 1) {
            // LexRank's thresholded graph: weak links are dropped, strong ones kept.
            if sim >= EDGE_THRESHOLD {
                raw[i] += LAMBDA_LATER * sim;
                raw[i + k + 1] += LAMBDA_EARLIER * sim;
            }
        }
    }
    for (u, c) in units.iter_mut().zip(scale(&raw)) {
        u.centrality = c;
    }
}

/// Overlap with the headline, scaled to 0..=1.
fn score_title(units: &mut [Unit<'_>], title: &TermVector, terms: usize) {
    let table = title.dense(terms);
    let raw: Vec<f32> = units.iter().map(|u| u.vector.dot(&table)).collect();
    for (u, t) in units.iter_mut().zip(scale(&raw)) {
        u.title = t;
    }
}

/// Min-max scaling to 0..=1 (all zeros when the values do not vary).
fn scale(values: &[f32]) -> Vec<f32> {
    let lo = values.iter().copied().fold(f32::MAX, f32::min);
    let hi = values.iter().copied().fold(f32::MIN, f32::max);
    values
        .iter()
        .map(|v| if hi > lo { (v - lo) / (hi - lo) } else { 0.0 })
        .collect()
}

/// Summary length: `max`, but about one sentence for every three usable ones in a short
/// briefing.
fn budget(units: &[Unit<'_>], max: usize) -> usize {
    let usable = units.iter().filter(|u| u.unfit.is_none()).count();
    max.min(usable.div_ceil(3).max(1))
}

/// A name form's spellings with how often each is used.
type Spellings<'a> = Vec<(&'a str, usize)>;

/// The briefing's names, grouped so that `Rahimova` counts for `Nigora Rahimova`.
struct Entities<'a> {
    /// Every word of every name (lower case, possessive dropped): not topic words.
    name_words: HashSet<&'a str>,
    /// Display form of each group.
    names: Vec<String>,
    /// Sentences mentioning each group.
    mentions: Vec<usize>,
    /// Coverage weight of each group (0 outside the main entities).
    weight: Vec<f32>,
}

impl<'a> Entities<'a> {
    /// Finds name mentions, groups them, and records each unit's groups.
    fn find(units: &mut [Unit<'a>], words: &'a Words<'a>) -> Entities<'a> {
        let known = text::capitalised_words(units.iter().map(|u| &words.list[u.words.clone()]));
        // Every mention of the briefing in one list, each unit's a range of it.
        let (mut found, mut parts): (Vec<NameMention>, Vec<&str>) = (Vec::new(), Vec::new());
        let ranges: Vec<Range<usize>> = units
            .iter()
            .map(|u| {
                let first = found.len();
                let ws = &words.list[u.words.clone()];
                text::name_mentions(u.text, ws, &known, &mut found, &mut parts);
                first..found.len()
            })
            .collect();
        // Distinct part lists (forms), numbered once; each mention keeps its form's number
        // and each form its spellings with their counts (most forms have one).
        let mut form_ids: HashMap<&[&str], usize> = HashMap::default();
        let mut forms: Vec<(&[&str], Spellings)> = Vec::new();
        let mention_form: Vec<usize> = found
            .iter()
            .map(|m| {
                let key = &parts[m.parts.clone()];
                let f = *form_ids.entry(key).or_insert_with(|| {
                    forms.push((key, Vec::new()));
                    forms.len() - 1
                });
                let spellings = &mut forms[f].1;
                match spellings.iter_mut().find(|(s, _)| *s == m.surface) {
                    Some((_, n)) => *n += 1,
                    None => spellings.push((m.surface, 1)),
                }
                f
            })
            .collect();
        // Longest first, so shorter forms can join a longer one.
        let mut order: Vec<(usize, usize)> = forms
            .iter()
            .enumerate()
            .map(|(f, (_, spellings))| (f, spellings.iter().map(|(_, n)| n).sum::<usize>()))
            .collect();
        order.sort_by(|&(a, count_a), &(b, count_b)| {
            let (a, b) = (forms[a].0, forms[b].0);
            b.len()
                .cmp(&a.len())
                .then(count_b.cmp(&count_a))
                .then(a.cmp(b))
        });
        // Only a person's name takes in its shorter forms (`Rahimova` → `Nigora
        // Rahimova`); an institution does not (`Belarus` ↛ `Special Envoy for Belarus`).
        let absorbs = |f: usize| {
            forms[f].0.len() <= 4
                && forms[f]
                    .1
                    .iter()
                    .all(|(s, _)| !s.contains(" of ") && !s.contains(" for "))
        };
        // Each part points at the groups whose full form contains it.
        let mut by_part: HashMap<&str, Vec<usize>> = HashMap::default();
        let mut group_of = vec![0usize; forms.len()];
        let mut names: Vec<String> = Vec::new();
        let mut full_form: Vec<&[&str]> = Vec::new();
        // Whether each group's full form takes in shorter forms.
        let mut absorbing: Vec<bool> = Vec::new();
        for &(f, _) in &order {
            let key = forms[f].0;
            let home = by_part.get(key[0]).and_then(|candidates| {
                candidates.iter().copied().find(|&g| {
                    let full = full_form[g];
                    key.len() < full.len() && absorbing[g] && key.iter().all(|p| full.contains(p))
                })
            });
            group_of[f] = home.unwrap_or_else(|| {
                let g = names.len();
                // The most used spelling, but one in capitals (`RUTH ANN OLSEN:` labelling a
                // transcript's turns) only when the text has no other.
                let shouting = |s: &str| !s.chars().any(char::is_lowercase);
                let best = forms[f]
                    .1
                    .iter()
                    .max_by(|a, b| {
                        shouting(b.0)
                            .cmp(&shouting(a.0))
                            .then(a.1.cmp(&b.1))
                            .then(b.0.cmp(a.0))
                    })
                    .map(|(s, _)| s.to_string())
                    .unwrap_or_default();
                names.push(best);
                full_form.push(key);
                absorbing.push(absorbs(f));
                for part in key.iter() {
                    by_part.entry(part).or_default().push(g);
                }
                g
            });
        }
        let mut mentions = vec![0usize; names.len()];
        let groups: Vec<Vec<usize>> = ranges
            .into_iter()
            .map(|ms| {
                let mut gs: Vec<usize> = mention_form[ms].iter().map(|&f| group_of[f]).collect();
                gs.sort_unstable();
                gs.dedup();
                for &g in &gs {
                    mentions[g] += 1;
                }
                gs
            })
            .collect();
        for (u, gs) in units.iter_mut().zip(groups) {
            u.entities = gs;
        }
        let mut ranked: Vec<usize> = (0..names.len()).filter(|&g| mentions[g] >= 2).collect();
        ranked.sort_by(|&a, &b| mentions[b].cmp(&mentions[a]).then(a.cmp(&b)));
        let top = ranked.first().map_or(1, |&g| mentions[g]).max(1) as f32;
        let mut weight = vec![0.0f32; names.len()];
        for &g in ranked.iter().take(MAIN_ENTITIES) {
            weight[g] = mentions[g] as f32 / top;
        }
        Entities {
            name_words: parts.iter().copied().collect(),
            names,
            mentions,
            weight,
        }
    }

    /// Weight of the main entities a unit mentions that `covered` lacks.
    fn gain(&self, unit: &Unit<'_>, covered: &HashSet<usize>) -> f32 {
        unit.entities
            .iter()
            .filter(|g| !covered.contains(g))
            .map(|&g| self.weight[g])
            .sum()
    }
}

/// Greedy MMR selection: the lede, then one slot per expert, then the best of the rest.
/// Returns unit indices in document order.
fn select(
    units: &[Unit<'_>],
    speakers: &[Speaker],
    entities: &Entities,
    k: usize,
    terms: usize,
) -> Vec<usize> {
    let mut state = Selection {
        units,
        entities,
        chosen: Vec::new(),
        redundancy: vec![0.0; units.len()],
        terms,
        covered: HashSet::default(),
        max_gain: units
            .iter()
            .map(|u| entities.gain(u, &HashSet::default()))
            .fold(0.0, f32::max),
    };
    if k == 0 {
        return Vec::new();
    }
    // News puts the event first; a feature may open on a scene instead. The lede leads
    // the summary when it is about what the headline and the story are about.
    let lead_relevance = |u: &Unit<'_>| (u.centrality + u.title) / 2.0;
    let best_relevance = units
        .iter()
        .filter(|u| u.unfit.is_none())
        .map(lead_relevance)
        .fold(0.0, f32::max);
    if let Some(lede) = units.iter().position(|u| u.unfit.is_none() && !u.dangling)
        && lead_relevance(&units[lede]) >= LEDE_SHARE * best_relevance
    {
        state.take(lede);
    }
    let experts = reserved_experts(speakers, k.saturating_sub(state.chosen.len()));
    for &expert in &experts {
        let own = |u: &Unit<'_>| u.speaker == Some(expert);
        if let Some(best) = state.best(own, |u, _| {
            (u.voice + u.title + f32::from(u.names_speaker)) / 3.0
        }) {
            state.take(best);
        }
    }
    // The rest tells what happened: sentences that are no expert's statement first.
    let news = |u: &Unit<'_>| u.speaker.is_none_or(|s| !speakers[s].expert);
    let relevance = |u: &Unit<'_>, gain: f32| {
        (u.centrality + u.title + gain) / 3.0 + if u.dated { DATED_BONUS } else { 0.0 }
    };
    while state.chosen.len() < k {
        let next = state
            .best(news, relevance)
            .or_else(|| state.best(|_| true, relevance));
        match next {
            Some(best) => state.take(best),
            None => break,
        }
    }
    state.chosen.sort_unstable();
    state.chosen
}

/// The experts who get a reserved summary slot: those with statements, the most quoted
/// first when there are more than `slots`, in order of appearance.
fn reserved_experts(speakers: &[Speaker], slots: usize) -> Vec<usize> {
    let mut experts: Vec<usize> = (0..speakers.len())
        .filter(|&s| speakers[s].expert && !speakers[s].quotes.is_empty())
        .collect();
    experts.sort_by(|&a, &b| {
        speakers[b]
            .quotes
            .len()
            .cmp(&speakers[a].quotes.len())
            .then(a.cmp(&b))
    });
    experts.truncate(slots);
    experts.sort_by_key(|&s| (speakers[s].first_paragraph, s));
    experts
}

/// The summary being built.
struct Selection<'u, 'a> {
    units: &'u [Unit<'a>],
    entities: &'u Entities<'u>,
    chosen: Vec<usize>,
    /// Each unit's greatest similarity to a chosen one, kept up to date as units are
    /// chosen (so a pick costs one comparison per unit, not one per chosen unit).
    redundancy: Vec<f32>,
    /// Number of terms in the briefing's vocabulary.
    terms: usize,
    covered: HashSet<usize>,
    max_gain: f32,
}

impl Selection<'_, '_> {
    fn take(&mut self, i: usize) {
        self.chosen.push(i);
        self.covered.extend(self.units[i].entities.iter().copied());
        let taken = self.units[i].vector.dense(self.terms);
        for (r, u) in self.redundancy.iter_mut().zip(self.units) {
            // Units that may not be chosen never need theirs.
            if u.unfit.is_none() {
                *r = r.max(u.vector.dot(&taken));
            }
        }
    }

    /// The candidate that `filter` admits with the best MMR score, if any may be chosen.
    /// `relevance` rates a unit given its entity gain (0..=1).
    fn best(
        &self,
        filter: impl Fn(&Unit<'_>) -> bool,
        relevance: impl Fn(&Unit<'_>, f32) -> f32,
    ) -> Option<usize> {
        let mut best: Option<(usize, f32)> = None;
        for (i, u) in self.units.iter().enumerate() {
            let antecedent_chosen = i > 0 && self.chosen.contains(&(i - 1));
            if u.unfit.is_some()
                || (u.dangling && !antecedent_chosen)
                || self.chosen.contains(&i)
                || !filter(u)
            {
                continue;
            }
            let redundancy = self.redundancy[i];
            if redundancy > DUPLICATE {
                continue;
            }
            let gain = if self.max_gain > 0.0 {
                self.entities.gain(u, &self.covered) / self.max_gain
            } else {
                0.0
            };
            let relevance = relevance(u, gain);
            let score = MMR_LAMBDA * relevance - (1.0 - MMR_LAMBDA) * redundancy;
            if best.is_none_or(|(_, b)| score > b) {
                best = Some((i, score));
            }
        }
        best.map(|(i, _)| i)
    }
}

/// Rates each statement against everything its speaker says (cosine with the speaker's
/// centroid) and notes whether it names the speaker.
fn score_voices(
    units: &mut [Unit<'_>],
    speakers: &[Speaker],
    own: &[Vec<usize>],
    vocab_len: usize,
) {
    // One speaker's centroid at a time, in a dense table indexed by term id (cleared
    // after use), so summing and looking up weights costs no hashing.
    let mut centroid = vec![0.0f32; vocab_len];
    let mut touched: Vec<u32> = Vec::new();
    let mut voice = vec![0.0f32; units.len()];
    for mine in own {
        for &i in mine {
            for &(t, w) in &units[i].vector.0 {
                if let Some(c) = centroid.get_mut(t as usize) {
                    if *c == 0.0 {
                        touched.push(t);
                    }
                    *c += w;
                }
            }
        }
        touched.sort_unstable();
        touched.dedup();
        let norm = touched
            .iter()
            .map(|&t| centroid[t as usize] * centroid[t as usize])
            .sum::<f32>()
            .sqrt()
            .max(f32::EPSILON);
        for &i in mine {
            let dot: f32 = units[i]
                .vector
                .0
                .iter()
                .map(|&(t, w)| w * centroid.get(t as usize).copied().unwrap_or(0.0))
                .sum();
            voice[i] = dot / norm;
        }
        for &t in &touched {
            centroid[t as usize] = 0.0;
        }
        touched.clear();
    }
    let names: Vec<Vec<&str>> = speakers
        .iter()
        .map(|s| {
            s.name
                .split_whitespace()
                .chain(s.aliases.iter().map(String::as_str))
                .filter(|w| w.chars().count() > 2)
                .collect()
        })
        .collect();
    for (u, voice) in units.iter_mut().zip(voice) {
        let Some(s) = u.speaker else { continue };
        u.voice = voice;
        u.names_speaker = names[s].iter().any(|n| u.text.contains(n));
    }
}

/// Each speaker's central claim (the statement closest to all their others and to the
/// headline) and 3–5 key points chosen by MMR among their statements.
fn set_positions(units: &[Unit<'_>], speakers: &mut [Speaker], own: Vec<Vec<usize>>) {
    for (speaker, mine) in speakers.iter_mut().zip(own) {
        let fit: Vec<usize> = mine
            .iter()
            .copied()
            .filter(|&i| {
                !matches!(
                    units[i].unfit,
                    Some(
                        Unfit::Furniture | Unfit::Question | Unfit::Transition | Unfit::Attribution
                    )
                )
            })
            .collect();
        let pool = if fit.is_empty() { mine } else { fit };
        if pool.is_empty() {
            speaker.position = speaker.quotes.first().map(|q| q.text.clone());
            continue;
        }
        let score: Vec<f32> = pool
            .iter()
            .map(|&i| units[i].voice + units[i].title)
            .collect();
        let want = pool.len().div_ceil(2).clamp(3, 5).min(pool.len());
        let mut points: Vec<usize> = Vec::new();
        // Each statement's greatest similarity to a chosen point.
        let mut redundancy = vec![0.0f32; pool.len()];
        while points.len() < want {
            let next = (0..pool.len())
                .filter(|k| !points.contains(k))
                .map(|k| {
                    let r = redundancy[k];
                    (k, MMR_LAMBDA * score[k] - (1.0 - MMR_LAMBDA) * r, r)
                })
                .filter(|&(_, _, r)| r <= DUPLICATE || points.is_empty())
                .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
            let Some((k, _, _)) = next else { break };
            points.push(k);
            let taken = &units[pool[k]].vector;
            for (r, &i) in redundancy.iter_mut().zip(&pool) {
                *r = r.max(units[i].vector.cosine(taken));
            }
        }
        let central = points.first().copied();
        points.sort_unstable();
        // The words of the speaker's name and aliases, which an attribution to cut names.
        let names: Vec<&str> = std::iter::once(speaker.name.as_str())
            .chain(speaker.aliases.iter().map(String::as_str))
            .flat_map(str::split_whitespace)
            .filter(|w| {
                w.chars().count() > 1
                    && lexicon::with_lower(w.trim_end_matches('.'), lexicon::honorific).is_none()
            })
            .collect();
        speaker.key_points = points
            .iter()
            .map(|&k| statement::statement(units[pool[k]].text, &names))
            .collect();
        speaker.position = central
            .and_then(|c| points.iter().position(|&k| k == c))
            .map(|at| speaker.key_points[at].clone());
    }
}

/// The main names and topic words, most mentioned first; a topic word in the headline
/// counts double, since the headline names what the briefing is about.
fn key_terms(
    units: &[Unit<'_>],
    words: &Words<'_>,
    entities: &Entities,
    title: &TermVector,
    vocab_len: usize,
) -> Vec<String> {
    let title_terms: HashSet<u32> = title.0.iter().map(|&(t, _)| t).collect();
    let mut scored: Vec<(usize, String)> = (0..entities.names.len())
        .filter(|&g| entities.weight[g] > 0.0)
        .map(|g| (entities.mentions[g], entities.names[g].clone()))
        .collect();
    // Topic words: content words in lower case that are no name's word, by the number of
    // sentences using them.
    let name_parts = &entities.name_words;
    // Per term: the sentences using it (df) and the last sentence counted; tables are
    // indexed by term id, so counting costs no hashing.
    let topical = |w: &text::Word<'_>| {
        let form = text::content_form(&w.lower);
        w.surface.chars().next().is_some_and(char::is_lowercase)
            && form.chars().nth(3).is_some()
            && !name_parts.contains(form)
    };
    let mut df = vec![0usize; vocab_len];
    let mut last = vec![usize::MAX; vocab_len];
    // Whether the term is ever used as a noun (see `noun_at`): a topic is a thing, and a
    // word only used as a verb or modifier (`signed`, `expect`) is none.
    let mut noun = vec![false; vocab_len];
    // A word of each term, to ask the calendar about the terms that may make the list.
    let mut example = vec![usize::MAX; vocab_len];
    for (i, u) in units.iter().enumerate() {
        let (list, terms) = words.of(u);
        for (k, (w, term)) in list.iter().zip(terms).enumerate() {
            let Some(id) = term.map(|t| t as usize) else {
                continue;
            };
            if !topical(w) {
                continue;
            }
            if example[id] == usize::MAX {
                example[id] = u.words.start + k;
            }
            if last[id] != i {
                last[id] = i;
                df[id] += 1;
            }
            noun[id] = noun[id] || noun_at(u.text, list, terms, k);
        }
    }
    let scores: Vec<usize> = (0..vocab_len)
        .map(|id| {
            let score = usize::from(noun[id])
                * df[id]
                * if title_terms.contains(&(id as u32)) {
                    2
                } else {
                    1
                };
            // Fewer than 3 never makes the list (below), so only those are looked up.
            let timeish =
                score >= 3 && is_count_or_time(text::content_form(&words.list[example[id]].lower));
            if timeish { 0 } else { score }
        })
        .collect();
    // Only terms that may make the list need their spellings: those scoring at least 3
    // and at least the sixth best score (ties are broken by spelling).
    let mut best: Vec<usize> = scores.iter().copied().filter(|&s| s >= 3).collect();
    let cut = if best.len() > KEY_TERMS / 2 {
        let (_, &mut sixth, _) = best.select_nth_unstable_by(KEY_TERMS / 2 - 1, |a, b| b.cmp(a));
        sixth
    } else {
        3
    };
    // The most used spelling of each term that may make the list among those used as a
    // noun or plural (`findings`, not `find`; `factories`, which needs no article).
    let mut surfaces: HashMap<u32, HashMap<&str, (usize, usize)>> = HashMap::default();
    for u in units {
        let (list, terms) = words.of(u);
        for (k, (w, term)) in list.iter().zip(terms).enumerate() {
            if let Some(id) = *term
                && scores[id as usize] >= cut
                && topical(w)
            {
                let counts = surfaces
                    .entry(id)
                    .or_default()
                    .entry(text::content_form(w.surface))
                    .or_default();
                counts.0 += usize::from(noun_at(u.text, list, terms, k));
                counts.1 += 1;
            }
        }
    }
    let mut topic_list: Vec<(usize, String)> = surfaces
        .into_iter()
        .map(|(id, surfaces)| {
            let best = surfaces
                .into_iter()
                .map(|(s, (nouns, uses))| ((nouns > 0 || s.ends_with('s'), uses), s))
                .max_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(a.1)))
                .map(|(_, s)| (s, ()))
                .map(|(s, _)| s.to_string())
                .unwrap_or_default();
            (scores[id as usize], best)
        })
        .collect();
    topic_list.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    topic_list.truncate(KEY_TERMS / 2);
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.truncate(KEY_TERMS - topic_list.len().min(KEY_TERMS / 2));
    scored.extend(topic_list);
    scored.sort_by_key(|s| std::cmp::Reverse(s.0));
    scored.into_iter().map(|(_, name)| name).collect()
}

/// True when word `k` of a sentence (`list`, with its `terms`) is used as a noun: after
/// an article or possessive, and ending its phrase (`the strike was`, `its levy.`), not
/// before another content word (`the signed accord`, `the central bank`) or a
/// coordination (`a pragmatic and …`).
fn noun_at(sentence: &str, list: &[text::Word<'_>], terms: &[Option<u32>], k: usize) -> bool {
    if k == 0 || !is_determiner(&list[k - 1].lower) {
        return false;
    }
    let (w, Some(next)) = (&list[k], list.get(k + 1)) else {
        return true;
    };
    // Punctuation between the two ends the phrase.
    let gap = sentence.get(w.start + w.surface.len()..next.start);
    if gap.is_some_and(|g| !g.trim().is_empty()) {
        return true;
    }
    let content = terms.get(k + 1).is_some_and(Option::is_some);
    let lower = next.surface.starts_with(char::is_lowercase);
    let coordinated = matches!(next.lower.as_ref(), "and" | "or");
    !(coordinated || content && lower)
}

/// Words that make the next word a noun: articles and possessives. (Demonstratives and
/// quantifiers also stand as pronouns: `that keeps`, `some argue`.)
fn is_determiner(lower: &str) -> bool {
    matches!(
        lower,
        "the"
            | "a"
            | "an"
            | "its"
            | "their"
            | "his"
            | "our"
            | "my"
            | "your"
            | "whose"
            | "each"
            | "every"
    )
}

/// Number words and the calendar's units, months and weekdays (`four`, `weeks`,
/// `decade`, `early`): they say how many or when, not what the briefing is about.
/// Seasons stay: a story about snowpack is about the winter.
fn is_count_or_time(form: &str) -> bool {
    use crate::analysis::temporal::lexicon::{Word, word};
    !matches!(word(form), Word::Other | Word::Trigger | Word::Season(_))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Gender, Quote, QuoteKind};

    fn doc(text: &str) -> Document {
        Document::from_text(text)
    }

    fn texts(result: &SummaryResult) -> Vec<&str> {
        result.sentences.iter().map(|s| s.text.as_str()).collect()
    }

    #[test]
    fn a_turn_label_naming_the_speaker_is_dropped_for_display() {
        let name = "Ruairí Costello";
        assert_eq!(
            without_own_label("COSTELLO: If the ship is free, yes.", name),
            "If the ship is free, yes."
        );
        assert_eq!(
            without_own_label("DR RUAIRÍ COSTELLO: It is late.", name),
            "It is late."
        );
        for kept in ["HOST: Is it late?", "Costello said it was late."] {
            assert_eq!(without_own_label(kept, name), kept);
        }
    }

    /// A speaker whose statements are the given sentences (found in `doc`).
    fn speaker(doc: &Document, name: &str, expert: bool, statements: &[&str]) -> Speaker {
        let mut quotes = Vec::new();
        for s in statements {
            let (p, at) = doc
                .paragraphs
                .iter()
                .enumerate()
                .find_map(|(p, para)| para.text.find(s).map(|at| (p, at)))
                .expect("statement is in the document");
            quotes.push(Quote {
                text: s.to_string(),
                kind: QuoteKind::Direct,
                paragraph: p,
                span: at..at + s.len(),
            });
        }
        Speaker {
            name: name.to_string(),
            descriptor: None,
            expert,
            gender: Gender::Unknown,
            aliases: Vec::new(),
            first_paragraph: quotes.first().map_or(0, |q| q.paragraph),
            quotes,
            position: None,
            key_points: Vec::new(),
        }
    }

    const BRIEFING: &str = "Port strike halts grain exports\n\
        The dockworkers' strike at the grain port entered its third week on Monday, halting grain exports.\n\
        The union demands a pay rise of 14 percent for port workers. The port operator offered 7 percent.\n\
        Anna Berg, an economist at the Trade Institute, said the strike was costing farmers dearly. \
        \"Every week of the strike means grain rotting in silos. Farmers cannot sell a single tonne. \
        The losses will be felt in rural incomes for a year,\" she said.\n\
        Tom Reyes, a logistics analyst, said buyers would switch to other ports if the strike lasted. \
        \"Shipping lines have long memories. Once they move their grain to another port, they rarely come back,\" Reyes said.\n\
        Officials expect talks to resume next week.";

    #[test]
    fn empty_and_tiny_documents_are_fine() {
        let empty = summarize(&doc(""), &mut [], 5);
        assert!(empty.sentences.is_empty());
        let one = summarize(
            &doc("Title\nThe port reopened on Monday after a long strike."),
            &mut [],
            5,
        );
        assert_eq!(
            texts(&one),
            ["The port reopened on Monday after a long strike."]
        );
        let none = summarize(&doc(BRIEFING), &mut [], 0);
        assert!(none.sentences.is_empty());
    }

    #[test]
    fn lede_first_document_order_and_budget() {
        let d = doc(BRIEFING);
        let r = summarize(&d, &mut [], 4);
        assert_eq!(r.sentences.len(), 4);
        assert_eq!((r.sentences[0].paragraph, r.sentences[0].sentence), (0, 0));
        let order: Vec<(usize, usize)> = r
            .sentences
            .iter()
            .map(|s| (s.paragraph, s.sentence))
            .collect();
        let mut sorted = order.clone();
        sorted.sort();
        assert_eq!(order, sorted);
        // A short briefing gets fewer sentences than the maximum.
        let short = doc(
            "T\nThe port reopened on Monday after a long strike. Exports resumed at once. \
            Farmers welcomed the news. Prices fell on the exchange.",
        );
        assert_eq!(summarize(&short, &mut [], 5).sentences.len(), 2);
    }

    #[test]
    fn a_scene_setting_lede_does_not_displace_the_news() {
        let d = doc("Vietnam freezes sand mining licences in the Mekong Delta\n\
            Before sunrise the boats are already moving on the water.\n\
            Vietnam has frozen new sand mining licences in the Mekong Delta for six months.\n\
            The freeze on sand mining follows a riverbank collapse in the delta.\n\
            Officials say the licences freeze will let them map the mining sites.\n\
            Farmers along the delta welcomed the freeze on licences.\n\
            Sand mining has lowered the Mekong riverbed.");
        let r = summarize(&d, &mut [], 2);
        assert!(
            r.sentences
                .iter()
                .all(|s| !s.text.starts_with("Before sunrise")),
            "{:?}",
            texts(&r)
        );
    }

    #[test]
    fn dateline_and_byline_are_never_chosen() {
        let d = doc("Port strike ends\n12 March 2024 - 09:40\nBy Laura Mendez\n\
            The port strike ended on Tuesday after the union accepted a raise of ten percent.\n\
            Exports of grain will resume on Thursday, the port operator said in a statement.\n\
            (Reporting by Laura Mendez; Editing by Tomas Grau)");
        let r = summarize(&d, &mut [], 5);
        for s in texts(&r) {
            assert!(
                !s.contains("09:40") && !s.starts_with("By ") && !s.contains("Reporting by"),
                "{s}"
            );
        }
        assert!(texts(&r)[0].starts_with("The port strike ended"));
    }

    #[test]
    fn the_headline_repeated_in_the_body_is_not_chosen() {
        let d = doc(
            "Port strike ends after nine days\n\nPort strike ends after nine days.\n\nDockers at Aqaba returned to work on Tuesday after a nine-day strike over pay ended with a deal.\n\nThe port authority said the backlog of 40 ships would clear within a week.\n\nThe union said the deal raised wages by 12 percent over two years.",
        );
        let texts_ = summarize(&d, &mut [], 5);
        assert!(
            !texts(&texts_)
                .iter()
                .any(|t| t.starts_with("Port strike ends")),
            "{:?}",
            texts(&texts_)
        );
    }

    #[test]
    fn dangling_he_needs_its_antecedent() {
        // The "He" sentence shares the most words with the title, but without the
        // sentence naming him it would be chosen out of context.
        let d = doc("Minister warns of falling harvests\n\
            The government opened an emergency water fund for farmers on Friday.\n\
            Rainfall this spring was the lowest since records began, the weather office said.\n\
            Farmers in the north were less affected by the dry weather.\n\
            He warned of falling harvests and rising food prices.\n\
            Cattle prices also rose sharply at the markets in the capital this week.");
        let r = summarize(&d, &mut [], 2);
        assert!(
            texts(&r).iter().all(|s| !s.starts_with("He ")),
            "{:?}",
            texts(&r)
        );
        // Once its antecedent is in the summary, the sentence may follow it.
        let d = doc("Minister warns of falling harvests\n\
            Water minister Lena Ortiz spoke in parliament on Friday. \
            He warned of falling harvests and rising food prices.\n\
            Cattle prices rose at the markets in the capital this week.\n\
            The football season opened with a draw between the two capital clubs.\n\
            A new museum of modern art will open in the old railway station next year.\n\
            Tourism numbers recovered to their level of five years ago.");
        let r = summarize(&d, &mut [], 2);
        assert_eq!(r.sentences.len(), 2);
        assert!(texts(&r)[1].starts_with("He warned"), "{:?}", texts(&r));
    }

    #[test]
    fn of_a_redundant_pair_only_one_is_chosen() {
        let d = doc("Central bank raises interest rates\n\
            The central bank raised its main interest rate by half a point on Wednesday.\n\
            Inflation has stayed above the target for two years, driven by energy prices.\n\
            On Wednesday the central bank raised its main interest rate by half a point.\n\
            Mortgage lenders are expected to pass the increase on to borrowers within weeks.\n\
            Exporters complained that the stronger currency would hurt their sales abroad.\n\
            The government said it respected the independence of the bank.");
        let r = summarize(&d, &mut [], 3);
        let repeats = texts(&r)
            .iter()
            .filter(|s| s.contains("raised its main interest rate"))
            .count();
        assert_eq!(repeats, 1, "{:?}", texts(&r));
    }

    #[test]
    fn questions_and_transitions_are_not_chosen() {
        let d = doc("Grain deal signed\n\
            Two countries signed a grain deal on Monday after years of talks.\n\
            Is the grain deal a turning point for the grain trade?\n\
            We asked three specialists about the grain deal.\n\
            Maria Lopez, a trade economist, said the grain deal would lower bread prices.\n\
            Prices of wheat fell by three percent on the news of the grain deal.");
        let r = summarize(&d, &mut [], 3);
        for s in texts(&r) {
            assert!(!s.ends_with('?') && !s.starts_with("We asked"), "{s}");
        }
    }

    #[test]
    fn experts_get_reserved_slots_and_speakers() {
        let d = doc(BRIEFING);
        let mut speakers = vec![
            speaker(
                &d,
                "Anna Berg",
                true,
                &[
                    "the strike was costing farmers dearly",
                    "Every week of the strike means grain rotting in silos.",
                    "Farmers cannot sell a single tonne.",
                    "The losses will be felt in rural incomes for a year,",
                ],
            ),
            speaker(
                &d,
                "Tom Reyes",
                true,
                &[
                    "buyers would switch to other ports if the strike lasted",
                    "Shipping lines have long memories.",
                    "Once they move their grain to another port, they rarely come back,",
                ],
            ),
        ];
        let r = summarize(&d, &mut speakers, 3);
        assert_eq!(r.sentences.len(), 3);
        assert_eq!(r.sentences[0].speaker, None, "the news comes first");
        assert_eq!(r.sentences[1].speaker.as_deref(), Some("Anna Berg"));
        assert_eq!(r.sentences[2].speaker.as_deref(), Some("Tom Reyes"));
        // The statement that names the expert is preferred: it reads as theirs.
        assert!(
            r.sentences[1].text.starts_with("Anna Berg"),
            "{}",
            r.sentences[1].text
        );
        for s in &speakers {
            let position = s.position.as_deref().expect("position");
            // The position is one of their sentences, without its attribution.
            let core = position.trim_end_matches('.');
            assert!(
                d.paragraphs.iter().any(|p| p.text.contains(core)),
                "{position}"
            );
            assert!((3..=5).contains(&s.key_points.len()), "{:?}", s.key_points);
            assert!(s.key_points.iter().any(|k| k == position));
        }
        // With one slot beyond the lede, the more quoted expert keeps it.
        let r = summarize(&d, &mut speakers, 2);
        assert_eq!(r.sentences[1].speaker.as_deref(), Some("Anna Berg"));
    }

    #[test]
    fn key_terms_name_the_main_entities() {
        let r = summarize(&doc(BRIEFING), &mut [], 5);
        assert!(
            r.key_terms.iter().any(|t| t == "strike"),
            "{:?}",
            r.key_terms
        );
        assert!(
            r.key_terms.iter().any(|t| t == "grain"),
            "{:?}",
            r.key_terms
        );
        assert!(
            r.key_terms.iter().any(|t| t == "Tom Reyes"),
            "{:?}",
            r.key_terms
        );
    }

    #[test]
    fn key_terms_are_things_not_actions_counts_or_times() {
        let d = doc("Ministers signed the water accord\n\
            Four ministers signed the accord on the river on Monday after four weeks of talks.\n\
            The accord sets quotas for the river, and each minister signed a annex too.\n\
            Farmers expect the quotas to hold; they expect the river to rise in four weeks.\n\
            Officials signed off the findings, and the findings show the river falling.\n\
            Engineers expect to find more water; the findings came after weeks of surveys.\n\
            Their findings will go to the river commission in four weeks.");
        let r = summarize(&d, &mut [], 3);
        for want in ["accord", "river", "findings"] {
            assert!(
                r.key_terms.iter().any(|t| t == want),
                "{want}: {:?}",
                r.key_terms
            );
        }
        for verb_count_or_time in ["signed", "expect", "four", "weeks", "find"] {
            assert!(
                !r.key_terms.iter().any(|t| t == verb_count_or_time),
                "{verb_count_or_time}: {:?}",
                r.key_terms
            );
        }
    }

    #[test]
    fn a_noun_is_a_word_after_an_article_that_ends_its_phrase() {
        let sentence = "The strike ended when the central bank stepped in with the deal, a pragmatic and quick one.";
        let ws = text::words(sentence);
        let mut lexicon = text::Lexicon::default();
        let mut vocab = text::Vocabulary::new(&mut lexicon);
        let terms: Vec<Option<u32>> = ws.iter().map(|w| vocab.term(&w.lower)).collect();
        let at = |word: &str| ws.iter().position(|w| w.surface == word).unwrap();
        // Before a verb, before the noun it modifies, before a coordination: no noun.
        assert!(!noun_at(sentence, &ws, &terms, at("strike")));
        assert!(!noun_at(sentence, &ws, &terms, at("central")));
        assert!(!noun_at(sentence, &ws, &terms, at("pragmatic")));
        // Ending its phrase at punctuation.
        assert!(noun_at(sentence, &ws, &terms, at("deal")));
        assert!(!noun_at(sentence, &ws, &terms, at("ended")));
    }

    #[test]
    fn a_name_in_capitals_takes_its_ordinary_spelling() {
        let d = doc("Mine permit approved\n\
            Regulators approved the mine permit on Tuesday, said hydrologist Marta Lindqvist.\n\
            MARTA LINDQVIST: The permit limits sulfate in the lakes.\n\
            MARTA LINDQVIST: The limits were set from our field data.\n\
            MARTA LINDQVIST: The company can meet them, in my view.");
        let r = summarize(&d, &mut [], 3);
        assert!(
            r.key_terms.iter().any(|t| t == "Marta Lindqvist"),
            "{:?}",
            r.key_terms
        );
        assert!(!r.key_terms.iter().any(|t| t == "MARTA LINDQVIST"));
    }

    #[test]
    fn dated_sentences_say_when() {
        let is_dated = |s: &str| dated(&text::words(s));
        for s in [
            "The government ordered the freeze last week.",
            "The bank raised rates on Wednesday.",
            "Exports fell in 2024.",
            "The talks resumed in September.",
            "The port reopened yesterday.",
        ] {
            assert!(is_dated(s), "{s}");
        }
        for s in [
            "By mid-morning there are dozens of boats on the river.",
            "The sand they carry is the delta's foundation.",
            "Officials may review the plan.",
            "It took 2500 workers to build.",
        ] {
            assert!(!is_dated(s), "{s}");
        }
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in [
            "\u{feff}",
            "Τίτλος\nΗ απεργία συνεχίζεται. «Δεν υποχωρούμε», είπε.",
            "東京\n東京で会議が開かれた。彼は賛成した。",
            "T\n🙂🙂🙂. He. This. However.",
            "T\n\"\"\"\n“”\n— — —",
        ] {
            let d = doc(text);
            let _ = summarize(&d, &mut [], 5);
        }
    }

    #[test]
    fn five_thousand_sentences_summarised() {
        let mut text = String::from("A long briefing\n");
        for i in 0..1000 {
            text.push_str(&format!(
                "Officials in region {i} reported {i} new cases on Monday. \
                 The ministry said hospitals in district {} were full. \
                 Analyst Maria Lopez said the outbreak would peak in {} weeks. \
                 \"We have never seen numbers like this,\" she said. \
                 Schools in town {} stayed closed.\n",
                i % 37,
                i % 11,
                i % 53
            ));
        }
        let d = doc(&text);
        let r = summarize(&d, &mut [], 5);
        // Speed is measured in benches/analysis.rs (summary_5000_sentence_briefing).
        assert_eq!(r.sentences.len(), 5);
    }
}
