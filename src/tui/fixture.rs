//! A hand-built briefing for unit tests of the panes: speakers, quotes, a timeline and a
//! summary, without depending on the analysis.

use crate::analysis::{
    Analysis, Gender, Quote, QuoteKind, Section, Speaker, SummarySentence, TimelineEvent,
};
use crate::document::Document;

use super::briefing::Briefing;

fn quote(text: &str, kind: QuoteKind, paragraph: usize) -> Quote {
    Quote {
        text: text.into(),
        kind,
        paragraph,
        span: 0..text.len(),
    }
}

fn event(
    date: &str,
    modifier: Option<&str>,
    event: &str,
    paragraph: usize,
    who: Option<&str>,
) -> TimelineEvent {
    TimelineEvent {
        date: date.into(),
        end: None,
        modifier: modifier.map(Into::into),
        when: date.into(),
        event: event.into(),
        sentence: event.into(),
        paragraph,
        speaker: who.map(Into::into),
    }
}

/// Five paragraphs, two experts (one with CJK text), one newsmaker, four events.
pub fn briefing() -> Briefing {
    let text = "Talks resume in Vienna\n\n\
        Negotiators met in Vienna in June 2025 after a pause that began in 2021.\n\
        Dr Ana Ruiz, an economist at the Lisbon Institute, said: \"The sanctions cost both sides more than they admit.\"\n\
        Ruiz added that trade could recover by early 2026.\n\
        Kenji Sato, a historian in Osaka, said \"日本語の引用 with mixed 🎉 text\" matters here.\n\
        The minister, Paul Grey, said the talks were \"constructive\".\n";
    let doc = Document::from_text(text);
    let n = doc.paragraphs.len();
    let analysis = Analysis {
        sections: vec![
            Section {
                title: "Overview".into(),
                expert: None,
                paragraphs: 0..1,
            },
            Section {
                title: "Ana Ruiz".into(),
                expert: Some("Ana Ruiz".into()),
                paragraphs: 1..3.min(n),
            },
            Section {
                title: "Kenji Sato".into(),
                expert: Some("Kenji Sato".into()),
                paragraphs: 3.min(n)..n,
            },
        ],
        speakers: vec![
            Speaker {
                name: "Paul Grey".into(),
                descriptor: Some("the minister".into()),
                expert: false,
                gender: Gender::Male,
                aliases: vec!["Grey".into()],
                quotes: vec![quote("constructive", QuoteKind::Direct, 4)],
                position: None,
                key_points: vec![],
                first_paragraph: 4,
            },
            Speaker {
                name: "Ana Ruiz".into(),
                descriptor: Some("an economist at the Lisbon Institute".into()),
                expert: true,
                gender: Gender::Female,
                aliases: vec!["Ruiz".into(), "Dr Ruiz".into()],
                quotes: vec![
                    quote(
                        "The sanctions cost both sides more than they admit.",
                        QuoteKind::Direct,
                        1,
                    ),
                    quote("trade could recover by early 2026", QuoteKind::Indirect, 2),
                ],
                position: Some("Sanctions hurt both sides.".into()),
                key_points: vec!["Trade may recover in 2026.".into()],
                first_paragraph: 1,
            },
            Speaker {
                name: "Kenji Sato".into(),
                descriptor: Some("a historian in Osaka".into()),
                expert: true,
                gender: Gender::Unknown,
                aliases: vec!["Sato".into()],
                quotes: vec![quote(
                    "日本語の引用 with mixed 🎉 text",
                    QuoteKind::Direct,
                    3,
                )],
                position: Some("The past matters here.".into()),
                key_points: vec![],
                first_paragraph: 3,
            },
        ],
        timeline: vec![
            event("PAST_REF", None, "a pause began", 0, None),
            event("2021", None, "talks paused", 0, None),
            event("2025-06", None, "negotiators met in Vienna", 0, None),
            event(
                "2026",
                Some("early"),
                "trade could recover",
                2,
                Some("Ana Ruiz"),
            ),
        ],
        summary: vec![
            SummarySentence {
                text: "Negotiators met in Vienna in June 2025.".into(),
                paragraph: 0,
                sentence: 0,
                speaker: None,
            },
            SummarySentence {
                text: "The sanctions cost both sides more than they admit.".into(),
                paragraph: 1,
                sentence: 0,
                speaker: Some("Ana Ruiz".into()),
            },
        ],
        key_terms: vec!["Vienna".into()],
    };
    Briefing::new(doc, analysis)
}
