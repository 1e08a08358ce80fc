//! Timeline pane: one row per event, a readable date column, the event and whose claim
//! it is; vague dates after precise ones.

use unicode_width::UnicodeWidthStr;

use super::super::briefing::{Briefing, is_vague, readable_date};
use super::super::content::{Builder, Content, Target, seg, truncate};
use super::super::theme::{Role, Symbols};

/// Widest date column; longer labels are cut.
const DATE_COLUMN: usize = 16;

pub fn build(b: &Briefing, width: usize, sym: &Symbols) -> Content {
    let a = &b.analysis;
    let mut out = Builder::new(width);
    if a.timeline.is_empty() {
        out.para("No dated events found in this briefing.", Role::Muted, 0);
        return out.finish();
    }
    let labels: Vec<String> = a
        .timeline
        .iter()
        .map(|e| readable_date(&e.date, e.modifier.as_deref(), e.end.as_deref()))
        .collect();
    let col = labels
        .iter()
        .map(|l| l.width())
        .max()
        .unwrap_or(0)
        .min(DATE_COLUMN)
        .min(width / 3);
    let mut vague_started = false;
    for &i in &b.timeline_order {
        let e = &a.timeline[i];
        if is_vague(e) && !vague_started {
            vague_started = true;
            if i != b.timeline_order[0] {
                out.blank();
            }
            out.para("Without a precise date", Role::Heading, 0);
        }
        out.start_item(Target::Paragraph(e.paragraph));
        let label = truncate(&labels[i], col, sym.ellipsis);
        let pad = col.saturating_sub(label.width()) + 2;
        let first = vec![seg(&label, Role::Date), seg(&" ".repeat(pad), Role::Text)];
        let who = e.speaker.as_deref().map(|n| format!(" {} {n}", sym.dash));
        let mut segs = vec![(e.event.as_str(), Role::Text)];
        if let Some(w) = &who {
            segs.push((w.as_str(), Role::Speaker));
        }
        out.wrapped(first, &segs, col + 2);
        out.end_item();
    }
    out.finish()
}
