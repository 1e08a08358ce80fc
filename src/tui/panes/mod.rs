//! The four panes' content builders. Each turns a [`Briefing`] into [`Content`] at a
//! width; the app caches the result per (briefing, view, width).

pub mod experts;
pub mod summary;
pub mod text;
pub mod timeline;

use super::briefing::Briefing;
use super::content::Content;
use super::theme::Symbols;

/// The full-screen views the reader switches between.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    Summary,
    Experts,
    Timeline,
    Text,
}

impl Pane {
    pub const ALL: [Pane; 4] = [Pane::Summary, Pane::Experts, Pane::Timeline, Pane::Text];

    pub fn title(self) -> &'static str {
        match self {
            Pane::Summary => "Summary",
            Pane::Experts => "Experts",
            Pane::Timeline => "Timeline",
            Pane::Text => "Text",
        }
    }

    pub fn index(self) -> usize {
        Pane::ALL.iter().position(|p| *p == self).unwrap_or(0)
    }
}

/// A scrollable column inside a pane; two-column panes have a list and a detail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum View {
    Summary,
    ExpertList,
    /// The statements of the speaker with this index in `analysis.speakers`.
    ExpertDetail(usize),
    Timeline,
    Outline,
    Text,
}

/// Builds a view's content at `width` columns.
pub fn build(b: &Briefing, view: View, width: usize, sym: &Symbols) -> Content {
    match view {
        View::Summary => summary::build(b, width, sym),
        View::ExpertList => experts::list(b, width, sym),
        View::ExpertDetail(i) => experts::detail(b, i, width, sym),
        View::Timeline => timeline::build(b, width, sym),
        View::Outline => text::outline(b, width, sym),
        View::Text => text::build(b, width, sym),
    }
}
