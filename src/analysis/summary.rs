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

#[path = "summary_rules.rs"]
mod summary_rules;
#[path = "summary_text.rs"]
mod summary_text;

use std::collections::{HashMap, HashSet};

use super::{Speaker, SummarySentence};
use crate::document::Document;
use summary_rules::{Unfit, dangling, unfit};
use summary_text::{NameMention, TermVector, Vocabulary};

/// How far apart (in sentences) two sentences can be and still be linked in the graph.
/// A briefing section rarely runs longer; it keeps the graph linear in size.
const WINDOW: usize = 64;
/// PacSum's edge threshold: edges below `min + BETA * (max - min)` are dropped.
const BETA: f32 = 0.6;
/// PacSum's weights for links to earlier and later sentences: a sentence that later
/// sentences elaborate is central; one that repeats earlier ones is not.
const LAMBDA_EARLIER: f32 = -2.0;
const LAMBDA_LATER: f32 = 1.0;
/// MMR trade-off between relevance and novelty (Carbonell and Goldstein's usual 0.7).
const MMR_LAMBDA: f32 = 0.7;
/// Above this similarity to a chosen sentence, a candidate says the same thing again.
const DUPLICATE: f32 = 0.5;
/// How many of the most mentioned names count as the briefing's main entities.
const MAIN_ENTITIES: usize = 10;
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
}

/// Chooses up to `max` sentences, in document order, and sets speakers' positions.
pub fn summarize(doc: &Document, speakers: &mut [Speaker], max: usize) -> SummaryResult {
    let mut units = units(doc, speakers);
    for speaker in speakers.iter_mut() {
        speaker.position = None;
        speaker.key_points.clear();
    }
    if units.is_empty() {
        return SummaryResult::default();
    }
    let title_vector = vectorize(&mut units, &doc.title);
    score_centrality(&mut units);
    score_title(&mut units, &title_vector);
    let entities = Entities::find(&mut units);

    let selection = select(&units, speakers, &entities, budget(&units, max));
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
    set_positions(&units, speakers);
    SummaryResult {
        sentences,
        key_terms: key_terms(&units, &entities, &doc.title),
    }
}

/// Every sentence of the body, with its fitness and speaker.
fn units<'a>(doc: &'a Document, speakers: &[Speaker]) -> Vec<Unit<'a>> {
    // Quote spans by paragraph, to find whose statement a sentence carries.
    let mut spans: HashMap<usize, Vec<(usize, std::ops::Range<usize>)>> = HashMap::new();
    for (s, speaker) in speakers.iter().enumerate() {
        for q in &speaker.quotes {
            spans
                .entry(q.paragraph)
                .or_default()
                .push((s, q.span.clone()));
        }
    }
    let mut out = Vec::new();
    for (p, para) in doc.paragraphs.iter().enumerate() {
        for (k, range) in para.sentences.iter().enumerate() {
            let Some(text) = para.text.get(range.clone()) else {
                continue;
            };
            let speaker = spans.get(&p).and_then(|list| {
                list.iter()
                    .map(|(s, span)| {
                        let overlap = span
                            .end
                            .min(range.end)
                            .saturating_sub(span.start.max(range.start));
                        (overlap, *s)
                    })
                    .filter(|(overlap, _)| *overlap > 0)
                    .max_by_key(|(overlap, s)| (*overlap, std::cmp::Reverse(*s)))
                    .map(|(_, s)| s)
            });
            out.push(Unit {
                paragraph: p,
                sentence: k,
                text,
                vector: TermVector::default(),
                unfit: unfit(text, &para.text),
                dangling: dangling(text),
                speaker,
                entities: Vec::new(),
                centrality: 0.0,
                title: 0.0,
            });
        }
    }
    out
}

/// Fills each unit's tf-idf vector and returns the headline's.
fn vectorize(units: &mut [Unit<'_>], title: &str) -> TermVector {
    let mut vocab = Vocabulary::default();
    let ids: Vec<Vec<u32>> = units
        .iter()
        .map(|u| summary_text::term_ids(u.text, &mut vocab))
        .collect();
    let title_ids = summary_text::term_ids(title, &mut vocab);
    let idf = summary_text::idf(&ids, vocab.len());
    for (u, ids) in units.iter_mut().zip(&ids) {
        u.vector = TermVector::new(ids, &idf);
    }
    TermVector::new(&title_ids, &idf)
}

/// PacSum's directed degree centrality over a windowed similarity graph, scaled to 0..=1.
fn score_centrality(units: &mut [Unit<'_>]) {
    let n = units.len();
    let mut edges: Vec<(usize, usize, f32)> = Vec::new();
    for i in 0..n {
        for j in i + 1..n.min(i + 1 + WINDOW) {
            edges.push((i, j, units[i].vector.cosine(&units[j].vector)));
        }
    }
    let (lo, hi) = edges.iter().fold((f32::MAX, f32::MIN), |(lo, hi), e| {
        (lo.min(e.2), hi.max(e.2))
    });
    let threshold = lo + BETA * (hi - lo);
    let mut raw = vec![0.0f32; n];
    for (i, j, sim) in edges {
        let weight = (sim - threshold).max(0.0);
        raw[i] += LAMBDA_LATER * weight;
        raw[j] += LAMBDA_EARLIER * weight;
    }
    for (u, c) in units.iter_mut().zip(scale(&raw)) {
        u.centrality = c;
    }
}

/// Overlap with the headline, scaled to 0..=1.
fn score_title(units: &mut [Unit<'_>], title: &TermVector) {
    let raw: Vec<f32> = units.iter().map(|u| u.vector.cosine(title)).collect();
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
    max.min(usable.div_ceil(3)).max(usable.min(1))
}

/// The briefing's names, grouped so that `Rahimova` counts for `Nigora Rahimova`.
struct Entities {
    /// Display form of each group.
    names: Vec<String>,
    /// Sentences mentioning each group.
    mentions: Vec<usize>,
    /// Coverage weight of each group (0 outside the main entities).
    weight: Vec<f32>,
}

impl Entities {
    /// Finds name mentions, groups them, and records each unit's groups.
    fn find(units: &mut [Unit<'_>]) -> Entities {
        let known = summary_text::capitalised_words(units.iter().map(|u| u.text));
        let found: Vec<Vec<NameMention>> = units
            .iter()
            .map(|u| summary_text::name_mentions(u.text, &known))
            .collect();
        // Distinct part lists, longest first, so shorter forms can join a longer one.
        let mut forms: HashMap<Vec<String>, HashMap<String, usize>> = HashMap::new();
        for m in found.iter().flatten() {
            *forms
                .entry(m.parts.clone())
                .or_default()
                .entry(m.surface.clone())
                .or_default() += 1;
        }
        let mut keys: Vec<&Vec<String>> = forms.keys().collect();
        let count = |k: &Vec<String>| forms[k].values().sum::<usize>();
        keys.sort_by(|a, b| {
            b.len()
                .cmp(&a.len())
                .then(count(b).cmp(&count(a)))
                .then(a.cmp(b))
        });
        // Each part points at the groups whose full form contains it.
        let mut by_part: HashMap<&str, Vec<usize>> = HashMap::new();
        let mut group_of: HashMap<&Vec<String>, usize> = HashMap::new();
        let mut names: Vec<String> = Vec::new();
        let mut full_form: Vec<&Vec<String>> = Vec::new();
        for key in &keys {
            let home = by_part.get(key[0].as_str()).and_then(|candidates| {
                candidates.iter().copied().find(|&g| {
                    let full = full_form[g];
                    key.len() < full.len() && key.iter().all(|p| full.contains(p))
                })
            });
            let g = home.unwrap_or_else(|| {
                let g = names.len();
                let surfaces = &forms[*key];
                let best = surfaces
                    .iter()
                    .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                    .map(|(s, _)| s.clone())
                    .unwrap_or_default();
                names.push(best);
                full_form.push(key);
                for part in key.iter() {
                    by_part.entry(part.as_str()).or_default().push(g);
                }
                g
            });
            group_of.insert(key, g);
        }
        let mut mentions = vec![0usize; names.len()];
        for (u, ms) in units.iter_mut().zip(&found) {
            let mut gs: Vec<usize> = ms.iter().map(|m| group_of[&m.parts]).collect();
            gs.sort_unstable();
            gs.dedup();
            for &g in &gs {
                mentions[g] += 1;
            }
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
fn select(units: &[Unit<'_>], speakers: &[Speaker], entities: &Entities, k: usize) -> Vec<usize> {
    let mut state = Selection {
        units,
        entities,
        chosen: Vec::new(),
        covered: HashSet::new(),
        max_gain: units
            .iter()
            .map(|u| entities.gain(u, &HashSet::new()))
            .fold(0.0, f32::max),
    };
    if k == 0 {
        return Vec::new();
    }
    if let Some(lede) = units.iter().position(|u| u.unfit.is_none() && !u.dangling) {
        state.take(lede);
    }
    for expert in reserved_experts(speakers, k.saturating_sub(state.chosen.len())) {
        if let Some(best) = state.best(|u| u.speaker == Some(expert)) {
            state.take(best);
        }
    }
    while state.chosen.len() < k {
        match state.best(|_| true) {
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
    entities: &'u Entities,
    chosen: Vec<usize>,
    covered: HashSet<usize>,
    max_gain: f32,
}

impl Selection<'_, '_> {
    fn take(&mut self, i: usize) {
        self.chosen.push(i);
        self.covered.extend(self.units[i].entities.iter().copied());
    }

    /// The highest-scoring candidate that `filter` admits, if any may be chosen.
    fn best(&self, filter: impl Fn(&Unit<'_>) -> bool) -> Option<usize> {
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
            let redundancy = self
                .chosen
                .iter()
                .map(|&c| u.vector.cosine(&self.units[c].vector))
                .fold(0.0, f32::max);
            if redundancy > DUPLICATE {
                continue;
            }
            let gain = if self.max_gain > 0.0 {
                self.entities.gain(u, &self.covered) / self.max_gain
            } else {
                0.0
            };
            let relevance = (u.centrality + u.title + gain) / 3.0;
            let score = MMR_LAMBDA * relevance - (1.0 - MMR_LAMBDA) * redundancy;
            if best.is_none_or(|(_, b)| score > b) {
                best = Some((i, score));
            }
        }
        best.map(|(i, _)| i)
    }
}

/// Each speaker's central claim (the statement closest to all their others and to the
/// headline) and 3–5 key points chosen by MMR among their statements.
fn set_positions(units: &[Unit<'_>], speakers: &mut [Speaker]) {
    let mut own: Vec<Vec<usize>> = vec![Vec::new(); speakers.len()];
    for (i, u) in units.iter().enumerate() {
        if let Some(s) = u.speaker {
            own[s].push(i);
        }
    }
    for (speaker, mine) in speakers.iter_mut().zip(own) {
        let fit: Vec<usize> = mine
            .iter()
            .copied()
            .filter(|&i| !matches!(units[i].unfit, Some(Unfit::Furniture | Unfit::Question)))
            .collect();
        let pool = if fit.is_empty() { mine } else { fit };
        if pool.is_empty() {
            speaker.position = speaker.quotes.first().map(|q| q.text.clone());
            continue;
        }
        // The speaker's centroid: what they talk about most.
        let mut centroid: HashMap<u32, f32> = HashMap::new();
        for &i in &pool {
            for &(t, w) in &units[i].vector.0 {
                *centroid.entry(t).or_default() += w;
            }
        }
        let norm = centroid
            .values()
            .map(|w| w * w)
            .sum::<f32>()
            .sqrt()
            .max(f32::EPSILON);
        let score: Vec<f32> = pool
            .iter()
            .map(|&i| {
                let v = &units[i].vector;
                let own =
                    v.0.iter()
                        .map(|(t, w)| w * centroid.get(t).unwrap_or(&0.0))
                        .sum::<f32>()
                        / norm;
                own + units[i].title
            })
            .collect();
        let want = pool.len().div_ceil(2).clamp(3, 5).min(pool.len());
        let mut points: Vec<usize> = Vec::new();
        while points.len() < want {
            let next = (0..pool.len())
                .filter(|k| !points.contains(k))
                .map(|k| {
                    let redundancy = points
                        .iter()
                        .map(|&p| units[pool[k]].vector.cosine(&units[pool[p]].vector))
                        .fold(0.0, f32::max);
                    (
                        k,
                        MMR_LAMBDA * score[k] - (1.0 - MMR_LAMBDA) * redundancy,
                        redundancy,
                    )
                })
                .filter(|&(_, _, r)| r <= DUPLICATE || points.is_empty())
                .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
            match next {
                Some((k, _, _)) => points.push(k),
                None => break,
            }
        }
        speaker.position = points.first().map(|&k| units[pool[k]].text.to_string());
        points.sort_unstable();
        speaker.key_points = points
            .iter()
            .map(|&k| units[pool[k]].text.to_string())
            .collect();
    }
}

/// The main names and topic words, most mentioned first; a topic word in the headline
/// counts double, since the headline names what the briefing is about.
fn key_terms(units: &[Unit<'_>], entities: &Entities, title: &str) -> Vec<String> {
    let title_stems: HashSet<String> = summary_text::words(title)
        .iter()
        .map(|w| summary_text::stem(summary_text::content_form(&w.lower)))
        .collect();
    let mut scored: Vec<(usize, String)> = (0..entities.names.len())
        .filter(|&g| entities.weight[g] > 0.0)
        .map(|g| (entities.mentions[g], entities.names[g].clone()))
        .collect();
    // Topic words: content words in lower case, by the number of sentences using them.
    let name_parts: HashSet<String> = entities
        .names
        .iter()
        .flat_map(|n| {
            summary_text::words(n)
                .into_iter()
                .map(|w| w.lower)
                .collect::<Vec<_>>()
        })
        .collect();
    let mut topics: HashMap<String, (usize, HashMap<String, usize>)> = HashMap::new();
    for u in units {
        let mut seen: HashSet<String> = HashSet::new();
        for w in summary_text::words(u.text) {
            let form = summary_text::content_form(&w.lower);
            let lower_case = w.surface.chars().next().is_some_and(char::is_lowercase);
            if !lower_case
                || form.chars().count() < 4
                || summary_text::is_stop_word(form)
                || name_parts.contains(form)
            {
                continue;
            }
            let stem = summary_text::stem(form);
            let entry = topics.entry(stem.clone()).or_default();
            *entry.1.entry(form.to_string()).or_default() += 1;
            if seen.insert(stem) {
                entry.0 += 1;
            }
        }
    }
    let mut topic_list: Vec<(usize, String)> = topics
        .into_iter()
        .map(|(stem, (df, surfaces))| {
            let boost = if title_stems.contains(&stem) { 2 } else { 1 };
            (df * boost, surfaces)
        })
        .filter(|(score, _)| *score >= 3)
        .map(|(df, surfaces)| {
            let best = surfaces
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0)))
                .map(|(s, _)| s)
                .unwrap_or_default();
            (df, best)
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
