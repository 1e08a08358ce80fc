//! Sections: the reader's outline of a briefing. Structural blocks (headings, blank-line
//! breaks) give the first split; expert introductions refine it.

use super::{Section, Speaker};
use crate::document::Document;

/// Title of the first section when the source gives it no heading.
pub const OVERVIEW: &str = "Overview";

/// Splits the document into sections covering every paragraph exactly once.
pub fn sections(doc: &Document, _speakers: &[Speaker]) -> Vec<Section> {
    structural(doc)
}

/// Sections from the document's structural blocks alone.
pub fn structural(doc: &Document) -> Vec<Section> {
    if doc.paragraphs.is_empty() {
        return Vec::new();
    }
    (0..doc.blocks.len())
        .filter_map(|i| {
            let range = doc.block_range(i);
            if range.is_empty() {
                return None;
            }
            let title = doc.blocks[i].heading.clone().unwrap_or_else(|| {
                if i == 0 {
                    OVERVIEW.to_string()
                } else {
                    format!("Part {}", i + 1)
                }
            });
            Some(Section {
                title,
                expert: None,
                paragraphs: range,
            })
        })
        .collect()
}
