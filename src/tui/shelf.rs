//! The briefings the reader has open, each analysed the first time it is shown: a folder
//! of hundreds opens as fast as one file, and `]` analyses the next in a few
//! milliseconds.

use std::cell::{Cell, OnceCell};

use super::briefing::Briefing;
use crate::analysis::{AnalysisOptions, analyse};
use crate::document::Document;

/// The open briefings, in the order given.
pub struct Shelf {
    slots: Vec<Slot>,
    options: AnalysisOptions,
}

/// One briefing: analysed, or its document waiting to be.
struct Slot {
    briefing: OnceCell<Briefing>,
    pending: Cell<Option<Document>>,
}

impl Shelf {
    /// Documents to analyse with `options` when first shown.
    pub fn lazy(docs: Vec<Document>, options: AnalysisOptions) -> Shelf {
        let slots = docs
            .into_iter()
            .map(|doc| Slot {
                briefing: OnceCell::new(),
                pending: Cell::new(Some(doc)),
            })
            .collect();
        Shelf { slots, options }
    }

    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// Briefing `i`, analysed now if it has not been yet.
    ///
    /// # Panics
    /// If `i` is out of range, as indexing does.
    pub fn get(&self, i: usize) -> &Briefing {
        let slot = &self.slots[i];
        slot.briefing.get_or_init(|| {
            let doc = slot
                .pending
                .take()
                .unwrap_or_else(|| Document::from_text(""));
            let analysis = analyse(&doc, &self.options);
            Briefing::new(doc, analysis)
        })
    }
}

/// Briefings analysed already (tests, and callers that analyse themselves).
impl From<Vec<Briefing>> for Shelf {
    fn from(briefings: Vec<Briefing>) -> Shelf {
        let slots = briefings
            .into_iter()
            .map(|b| Slot {
                briefing: OnceCell::from(b),
                pending: Cell::new(None),
            })
            .collect();
        Shelf {
            slots,
            options: AnalysisOptions::default(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn analysed(shelf: &Shelf) -> usize {
        shelf
            .slots
            .iter()
            .filter(|s| s.briefing.get().is_some())
            .count()
    }

    #[test]
    fn analyses_each_briefing_once_and_only_when_shown() {
        let docs = vec![
            Document::from_text("First\n\nThe port reopened on Monday, officials said.\n"),
            Document::from_text("Second\n\nThe bridge closed in March 2029.\n"),
        ];
        let shelf = Shelf::lazy(docs, AnalysisOptions::default());
        assert_eq!((shelf.len(), analysed(&shelf)), (2, 0));
        assert_eq!(shelf.get(1).doc.title, "Second");
        assert_eq!(analysed(&shelf), 1);
        assert_eq!(shelf.get(1).analysis.timeline.len(), 1);
        assert_eq!(shelf.get(0).doc.title, "First");
        assert_eq!(analysed(&shelf), 2);
    }
}
