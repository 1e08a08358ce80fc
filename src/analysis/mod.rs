//! Pure analysis of a [`Document`]: speakers and their quotes, sections, the dated event
//! timeline and an extractive summary. Nothing here knows about terminals or files; the
//! JSON output, the reader and the benchmarks all call [`analyse`].

pub mod lexicon;
pub mod people;
pub mod quote_spans;
pub mod quotes;
pub mod sections;
pub mod summary;
pub mod temporal;
pub mod timeline;

use std::ops::Range;

use serde::Serialize;

use crate::document::Document;

/// Settings that change the analysis (from the config file or the command line).
#[derive(Debug, Clone)]
pub struct AnalysisOptions {
    /// Maximum number of summary sentences.
    pub summary_sentences: usize,
}

impl Default for AnalysisOptions {
    fn default() -> Self {
        AnalysisOptions {
            summary_sentences: 5,
        }
    }
}

/// Everything brief knows about one briefing, computed once.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Analysis {
    pub sections: Vec<Section>,
    pub speakers: Vec<Speaker>,
    pub timeline: Vec<TimelineEvent>,
    pub summary: Vec<SummarySentence>,
    /// Main named entities and topic terms, most important first.
    pub key_terms: Vec<String>,
}

/// A run of paragraphs the reader outlines as one part: the overview, an expert's block,
/// a heading's content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Section {
    pub title: String,
    /// The expert this section is about, by full name.
    pub expert: Option<String>,
    /// Paragraph indices `start..end`.
    pub paragraphs: Range<usize>,
}

/// Grammatical gender as the text shows it (pronouns, honorifics); `Unknown` otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    Male,
    Female,
    #[default]
    Unknown,
}

/// Direct quotation (inside quote marks) or reported speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    Direct,
    Indirect,
}

/// One statement unit attributed to a speaker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Quote {
    /// The statement's words (inside the marks for direct quotes; the reported clause for
    /// indirect ones).
    pub text: String,
    pub kind: QuoteKind,
    /// 0-based paragraph index.
    pub paragraph: usize,
    /// Byte range of `text` within the paragraph's text (for highlighting and for
    /// deciding whose claim a sentence is).
    pub span: Range<usize>,
}

/// A person whose words or views the briefing reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Speaker {
    /// Full name as first mentioned, without honorifics.
    pub name: String,
    /// How the text introduces them: role and institution, honorific kept here.
    pub descriptor: Option<String>,
    /// An analyst or commentator the briefing is built around (vs a newsmaker).
    pub expert: bool,
    pub gender: Gender,
    /// Other forms the text uses: surname, title + surname.
    pub aliases: Vec<String>,
    /// Statements in document order.
    pub quotes: Vec<Quote>,
    /// Their central claim in one sentence, from their own statements.
    pub position: Option<String>,
    /// 3–5 key points from their statements.
    pub key_points: Vec<String>,
    /// Paragraph of the first mention.
    pub first_paragraph: usize,
}

/// One dated event on the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelineEvent {
    /// Normalized value (`2021`, `2025-06`, `2025-Q3`, `199X`, `PAST_REF`, …).
    pub date: String,
    /// End of a range (`from 2014 to 2016` → `2016`).
    pub end: Option<String>,
    /// `early`, `mid` or `late` when the text qualifies the period.
    pub modifier: Option<String>,
    /// The expression as written.
    pub when: String,
    /// A concise clause naming the event.
    pub event: String,
    /// The whole sentence.
    pub sentence: String,
    pub paragraph: usize,
    /// Whose claim it is, when the sentence sits inside a speaker's statement.
    pub speaker: Option<String>,
}

/// One sentence chosen for the summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SummarySentence {
    pub text: String,
    pub paragraph: usize,
    /// Sentence index within the paragraph.
    pub sentence: usize,
    /// Whose statement the sentence carries, if anyone's.
    pub speaker: Option<String>,
}

/// Runs every analysis over a document.
pub fn analyse(doc: &Document, options: &AnalysisOptions) -> Analysis {
    let mut speakers = quotes::attribute(doc);
    let sections = sections::sections(doc, &speakers);
    let timeline = timeline::build(doc, &speakers);
    let summary = summary::summarize(doc, &mut speakers, options.summary_sentences);
    Analysis {
        sections,
        speakers,
        timeline,
        summary: summary.sentences,
        key_terms: summary.key_terms,
    }
}
