//! The dated event timeline built from temporal expressions.

use super::{Speaker, TimelineEvent};
use crate::document::Document;

/// Builds the ordered timeline of a document.
pub fn build(_doc: &Document, _speakers: &[Speaker]) -> Vec<TimelineEvent> {
    Vec::new()
}
