//! The timeline of whole briefings: the bundled seed (no publication date) against what a
//! careful reader lists, the dev corpus against its gold dates, and a throughput figure.

use std::path::Path;

use brief::analysis::{Gender, Quote, QuoteKind, Speaker, TimelineEvent, timeline};
use brief::{Document, LoadOptions, load_path};

fn load(path: &str) -> Document {
    load_path(Path::new(path), &LoadOptions::default()).expect("fixture loads")
}

fn seed_timeline() -> Vec<TimelineEvent> {
    let doc = load("seeds/washington-minsk-diplomacy-backed-by-pragmatism.txt");
    assert_eq!(doc.published, None);
    timeline::build(&doc, &[])
}

/// The entry with this date whose event or sentence mentions `words`.
fn find<'a>(tl: &'a [TimelineEvent], date: &str, words: &str) -> &'a TimelineEvent {
    tl.iter()
        .find(|e| e.date == date && (e.event.contains(words) || e.sentence.contains(words)))
        .unwrap_or_else(|| panic!("no {date} entry about {words:?} in {tl:#?}"))
}

#[test]
fn seed_sanctions_of_2021_and_rerouted_exports() {
    let tl = seed_timeline();
    let e = find(&tl, "2021", "sanctions were imposed");
    assert_eq!(e.event, "the sanctions were imposed");
    assert!(
        e.sentence
            .contains("redirect its potash fertiliser exports through Russia")
    );
    assert_eq!(e.paragraph, 1);
}

#[test]
fn seed_nobel_prize_of_2022() {
    let tl = seed_timeline();
    let e = find(&tl, "2022", "Nobel Peace Prize");
    assert!(e.event.contains("2022 Nobel Peace Prize"));
}

#[test]
fn seed_engagement_since_early_2025() {
    let tl = seed_timeline();
    let e = find(
        &tl,
        "2025",
        "increased engagement between the United States",
    );
    assert_eq!(e.modifier.as_deref(), Some("early"));
    assert_eq!(e.when, "since early 2025");
}

#[test]
fn seed_mid_june_article_takes_the_year_mentioned_before() {
    let tl = seed_timeline();
    let e = find(&tl, "2025-06", "published an article");
    assert_eq!(e.modifier.as_deref(), Some("mid"));
    assert_eq!(e.when, "in mid-June");
}

#[test]
fn seed_recent_talks_are_a_vague_past_after_the_dated_events() {
    let tl = seed_timeline();
    let talks = tl
        .iter()
        .position(|e| e.date == "PAST_REF" && e.sentence.contains("recently took place"))
        .expect("the recent talks are listed");
    assert_eq!(tl[talks].when, "recently");
    // A dash inside a compound (`Belarus–U.S.`) does not cut the event short.
    assert!(
        tl[talks].event.contains("Belarus–U.S. talks"),
        "{}",
        tl[talks].event
    );
    // The release of the prisoners is dated only by the award it mentions.
    assert!(
        tl.iter()
            .any(|e| e.sentence.contains("released 123 political prisoners"))
    );
    let last_dated = tl
        .iter()
        .rposition(|e| e.date.starts_with(char::is_numeric));
    assert!(last_dated.is_some_and(|d| d < talks));
}

#[test]
fn seed_has_no_counts_or_amounts_as_dates() {
    let tl = seed_timeline();
    assert!(tl.iter().all(|e| !e.when.contains("123")));
    let dated: Vec<&str> = tl
        .iter()
        .map(|e| e.date.as_str())
        .filter(|d| d.starts_with(char::is_numeric))
        .collect();
    assert_eq!(dated, ["2021", "2022", "2025", "2025-06"]);
}

#[test]
fn seed_claims_inside_a_statement_carry_its_speaker() {
    let doc = load("seeds/washington-minsk-diplomacy-backed-by-pragmatism.txt");
    // A hand-built attribution: the reported-speech paragraph about Episkopos's article.
    let p = doc
        .paragraphs
        .iter()
        .position(|p| p.text.contains("mid-June"))
        .unwrap();
    let text = &doc.paragraphs[p].text;
    let start = text.find("the warming").unwrap();
    let speaker = Speaker {
        name: "Alexander Tikhansky".into(),
        descriptor: None,
        expert: true,
        gender: Gender::Male,
        aliases: vec!["Tikhansky".into()],
        quotes: vec![Quote {
            text: text[start..].to_string(),
            kind: QuoteKind::Indirect,
            paragraph: p,
            span: start..text.len(),
        }],
        position: None,
        key_points: Vec::new(),
        first_paragraph: 4,
    };
    let tl = timeline::build(&doc, &[speaker]);
    let june = find(&tl, "2025-06", "published an article");
    assert_eq!(june.speaker.as_deref(), Some("Alexander Tikhansky"));
    assert_eq!(june.paragraph, p);
    assert_eq!(find(&tl, "2021", "sanctions were imposed").speaker, None);
}

/// The order key score.py uses: year, month, day; `None` for values with no place in time.
fn date_key(d: &str) -> Option<(u32, u32, u32)> {
    let num = |s: Option<&str>| s.and_then(|s| s.parse::<u32>().ok());
    if let Some(decade) = d.strip_suffix('X').filter(|s| s.len() == 3) {
        return num(Some(decade)).map(|y| (y * 10, 0, 0));
    }
    let y = num(d.get(..4))?;
    let m = d.get(5..7).and_then(|s| num(Some(s))).unwrap_or(0);
    let day = d.get(8..10).and_then(|s| num(Some(s))).unwrap_or(0);
    Some((y, m, day))
}

/// Relative dates in a dated briefing resolve against its publication date.
#[test]
fn dev_01_relative_dates() {
    let doc = load("tests/fixtures/corpus/docs/dev-01.txt");
    let tl = timeline::build(&doc, &[]);
    find(&tl, "2024-03-07", "signed a framework agreement");
    find(&tl, "2024-03-11", "told reporters");
    find(&tl, "2024-04", "first joint release schedule");
    find(&tl, "2016", "agricultural reforms launched");
    find(&tl, "2024-FA", "leaders’ summit scheduled");
    let keys: Vec<_> = tl.iter().filter_map(|e| date_key(&e.date)).collect();
    assert!(keys.len() > 10);
    assert!(keys.windows(2).all(|w| w[0] <= w[1]), "{keys:?}");
}

/// A run-on paragraph with no sentence breaks and thousands of dates stays linear.
#[test]
fn huge_run_on_sentence_is_tagged() {
    let mut text = String::from("Run-on\n\n");
    for i in 0..20_000 {
        text.push_str(&format!(
            "in {} prices rose and on Monday, ",
            1900 + i % 200
        ));
    }
    let doc =
        Document::parse("<big>", &text, brief::Format::Text, &LoadOptions::default()).unwrap();
    let tl = timeline::build(&doc, &[]);
    assert!(!tl.is_empty());
}

/// A year introduced by `since` marks a span up to now, so a bare month later in the
/// sentence is still resolved against the publication date.
#[test]
fn bare_month_after_a_since_year_follows_the_publication_date() {
    let doc = Document::parse(
        "<wire>",
        "Rates rise\n\nLAGOS, 4 March 2026 (Wire) — The bank raised rates by the most since mid-2024 after inflation rose above 30 percent in February.\n",
        brief::Format::Text,
        &LoadOptions::default(),
    )
    .unwrap();
    let tl = timeline::build(&doc, &[]);
    let dates: Vec<&str> = tl.iter().map(|e| e.date.as_str()).collect();
    assert!(dates.contains(&"2026-02"), "{dates:?}");
    assert!(dates.contains(&"2024"), "{dates:?}");
}
