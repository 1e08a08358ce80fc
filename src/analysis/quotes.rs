//! Statements (direct and reported) and their attribution to speakers.

use super::Speaker;
use crate::document::Document;

/// Finds every speaker and attributes statements to them.
pub fn attribute(_doc: &Document) -> Vec<Speaker> {
    Vec::new()
}
