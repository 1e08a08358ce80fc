//! The summary on real briefings: the seed checked against what a careful reader would
//! pick, and every dev briefing with speakers built from its gold quotes (as attribution
//! will supply them) checked for the news-and-views shape and its overlap with the
//! annotator's summary.

use std::path::Path;

use brief::analysis::summary::summarize;
use brief::analysis::{Quote, QuoteKind, Speaker};
use brief::document::{Document, LoadOptions, load_path};
use serde_json::Value;

const SEED: &str = "seeds/washington-minsk-diplomacy-backed-by-pragmatism.txt";
const CORPUS: &str = "tests/fixtures/corpus";

fn load(path: &str) -> Document {
    load_path(Path::new(path), &LoadOptions::default()).expect("fixture loads")
}

fn gold(name: &str) -> Value {
    let text = std::fs::read_to_string(format!("{CORPUS}/gold/{name}.json")).expect("gold");
    serde_json::from_str(&text).expect("gold is JSON")
}

/// Lower-case word tokens, as score.py's ROUGE counts them.
fn tokens(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '_')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// ROUGE-N F1, as in score.py.
fn rouge(system: &str, reference: &str, n: usize) -> f64 {
    let grams = |t: Vec<String>| -> std::collections::HashMap<Vec<String>, usize> {
        let mut out = std::collections::HashMap::new();
        for w in t.windows(n) {
            *out.entry(w.to_vec()).or_insert(0) += 1;
        }
        out
    };
    let (s, r) = (grams(tokens(system)), grams(tokens(reference)));
    let overlap: usize = s
        .iter()
        .map(|(g, c)| (*c).min(*r.get(g).unwrap_or(&0)))
        .sum();
    let (ts, tr) = (s.values().sum::<usize>(), r.values().sum::<usize>());
    if ts == 0 || tr == 0 || overlap == 0 {
        return 0.0;
    }
    let (p, rc) = (overlap as f64 / ts as f64, overlap as f64 / tr as f64);
    2.0 * p * rc / (p + rc)
}

/// Speakers as a perfect attribution step would give them: each gold quote located in
/// its paragraph; a direct quote that opens its paragraph covers the paragraph, any other
/// statement the sentence holding it.
fn gold_speakers(doc: &Document, gold: &Value) -> Vec<Speaker> {
    let mut speakers: Vec<Speaker> = gold["speakers"]
        .as_array()
        .expect("speakers")
        .iter()
        .map(|s| Speaker {
            name: s["name"].as_str().unwrap_or_default().to_string(),
            descriptor: None,
            expert: s["expert"].as_bool().unwrap_or(false),
            gender: Default::default(),
            aliases: Vec::new(),
            quotes: Vec::new(),
            position: None,
            key_points: Vec::new(),
            first_paragraph: usize::MAX,
        })
        .collect();
    for q in gold["quotes"].as_array().expect("quotes") {
        let snippet = q["snippet"].as_str().unwrap_or_default();
        let who = q["speaker"].as_str().unwrap_or_default();
        let Some(s) = speakers.iter().position(|s| s.name == who) else {
            continue;
        };
        for (p, para) in doc.paragraphs.iter().enumerate() {
            let Some(at) = para.text.find(snippet) else {
                continue;
            };
            let direct = q["kind"] == "direct";
            let opens = para.text.starts_with(['"', '“', '«']);
            let span = if direct && opens {
                0..para.text.len()
            } else {
                para.sentences
                    .iter()
                    .find(|r| r.start <= at && at < r.end)
                    .cloned()
                    .unwrap_or(at..at + snippet.len())
            };
            speakers[s].first_paragraph = speakers[s].first_paragraph.min(p);
            speakers[s].quotes.push(Quote {
                text: para.text[span.clone()].to_string(),
                kind: if direct {
                    QuoteKind::Direct
                } else {
                    QuoteKind::Indirect
                },
                paragraph: p,
                span,
            });
        }
    }
    speakers.retain(|s| !s.quotes.is_empty());
    speakers
}

#[test]
fn seed_summary_opens_with_the_news_and_stays_in_order() {
    let doc = load(SEED);
    let result = summarize(&doc, &mut [], 5);
    assert_eq!(result.sentences.len(), 5);
    let order: Vec<(usize, usize)> = result
        .sentences
        .iter()
        .map(|s| (s.paragraph, s.sentence))
        .collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted, "document order");
    assert_eq!(order[0], (0, 0), "the lede comes first");
    assert!(result.sentences.iter().all(|s| s.speaker.is_none()));
    // A careful reader's key terms: the two capitals' countries, Russia, the sanctions.
    let terms = result.key_terms.join(" | ");
    for name in ["Minsk", "Belarus", "Russia", "sanctions"] {
        assert!(
            terms.contains(name),
            "{name} missing from key terms: {terms}"
        );
    }
}

#[test]
fn seed_with_its_experts_carries_the_news_and_both_views() {
    let doc = load(SEED);
    let g = gold("seed");
    let mut speakers = gold_speakers(&doc, &g);
    let result = summarize(&doc, &mut speakers, 5);
    let voices: Vec<&str> = result
        .sentences
        .iter()
        .filter_map(|s| s.speaker.as_deref())
        .collect();
    for expert in ["Alexander Tikhansky", "Oleg Leshenyuk"] {
        assert!(voices.contains(&expert), "{expert} has no summary sentence");
    }
    let text: String = result
        .sentences
        .iter()
        .map(|s| s.text.as_str())
        .collect::<Vec<_>>()
        .join(" ");
    // What a careful reader keeps: the talks, what came of them (sanctions lifted,
    // prisoners released), and a statement of each expert.
    assert!(
        text.contains("talks recently took place in Minsk"),
        "{text}"
    );
    assert!(
        text.contains("sanctions on the Belarusian potash industry have been lifted")
            || text.contains("released 123 political prisoners"),
        "the outcome of the talks: {text}"
    );
    assert!(
        rouge(&text, g["summary"].as_str().unwrap(), 1) > 0.40,
        "{text}"
    );
    for s in speakers.iter().filter(|s| s.expert) {
        let position = s.position.as_deref().expect("an expert has a position");
        // The position is one of their statements, standing alone (attribution and a
        // leading connective dropped, first letter capitalised).
        let core = position.trim_end_matches('.').to_lowercase();
        assert!(
            s.quotes.iter().any(|q| {
                let quote = q.text.to_lowercase();
                quote.contains(&core) || core.contains(&quote)
            }),
            "{}'s position is not one of their statements: {position}",
            s.name
        );
        assert!(
            (3..=5).contains(&s.key_points.len()),
            "{}: {:?}",
            s.name,
            s.key_points
        );
    }
}

#[test]
fn every_dev_briefing_with_experts_gives_each_a_voice() {
    let mut r1 = Vec::new();
    for name in [
        "dev-01", "dev-02", "dev-03", "dev-04", "dev-05", "dev-06", "dev-07", "seed",
    ] {
        let g = gold(name);
        let doc = load(&format!("{CORPUS}/docs/{}", g["doc"].as_str().unwrap()));
        let mut speakers = gold_speakers(&doc, &g);
        let result = summarize(&doc, &mut speakers, 5);
        let experts = speakers.iter().filter(|s| s.expert).count();
        let voiced = speakers
            .iter()
            .filter(|s| s.expert)
            .filter(|s| {
                result
                    .sentences
                    .iter()
                    .any(|x| x.speaker.as_deref() == Some(s.name.as_str()))
            })
            .count();
        assert_eq!(voiced, experts.min(4), "{name}: experts with a voice");
        let text: Vec<&str> = result.sentences.iter().map(|s| s.text.as_str()).collect();
        let score = rouge(&text.join(" "), g["summary"].as_str().unwrap(), 1);
        eprintln!("{name}: rouge1 {score:.2}");
        r1.push(score);
    }
    let mean = r1.iter().sum::<f64>() / r1.len() as f64;
    eprintln!("mean rouge1 with gold speakers {mean:.3}");
    assert!(mean > 0.42, "mean rouge1 {mean:.3}");
}
