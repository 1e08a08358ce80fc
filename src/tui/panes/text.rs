//! Text pane: the whole briefing by section, with the speaker of each quoted paragraph
//! in the left margin; and the section outline beside it.

use unicode_width::UnicodeWidthStr;

use super::super::briefing::{Briefing, short_name};
use super::super::content::{Builder, Content, Target, seg, truncate};
use super::super::theme::{Role, Symbols};
use crate::document::ParagraphKind;

/// Below this width the speaker goes on a line of its own instead of in a margin.
const MARGIN_MIN_WIDTH: usize = 60;
const MARGIN: usize = 13;

pub fn build(b: &Briefing, width: usize, sym: &Symbols) -> Content {
    let mut out = Builder::new(width);
    let margin = if width >= MARGIN_MIN_WIDTH { MARGIN } else { 0 };
    let paragraphs = &b.doc.paragraphs;
    for (si, section) in b.sections.iter().enumerate() {
        if si > 0 {
            out.blank();
        }
        let heading_pad = vec![seg(&" ".repeat(margin), Role::Text)];
        out.wrapped(
            heading_pad,
            &[(section.title.as_str(), Role::Heading)],
            margin,
        );
        out.blank();
        let range = section.paragraphs.start.min(paragraphs.len())
            ..section.paragraphs.end.min(paragraphs.len());
        for p in range.clone() {
            let para = &paragraphs[p];
            out.start_item(Target::Paragraph(p));
            let speaker = b.paragraph_speaker[p].map(|i| b.analysis.speakers[i].name.as_str());
            let mark = match para.kind {
                ParagraphKind::ListItem => format!("{} ", sym.bullet),
                ParagraphKind::BlockQuote => format!("{} ", sym.vertical),
                ParagraphKind::Body => String::new(),
            };
            let first_margin = match speaker {
                Some(name) if margin > 0 => {
                    let label = truncate(short_name(name), margin - 2, sym.ellipsis);
                    let pad = (margin - 1).saturating_sub(label.width());
                    vec![
                        seg(&" ".repeat(pad), Role::Text),
                        seg(&label, Role::Speaker),
                        seg(" ", Role::Text),
                    ]
                }
                Some(name) => {
                    out.push_row(vec![seg(&format!("{} {name}", sym.dash), Role::Speaker)]);
                    Vec::new()
                }
                None => vec![seg(&" ".repeat(margin), Role::Text)],
            };
            let mut first = first_margin;
            if !mark.is_empty() {
                first.push(seg(&mark, Role::Muted));
            }
            let indent = margin + mark.width();
            let role = if para.kind == ParagraphKind::BlockQuote {
                Role::Quote
            } else {
                Role::Text
            };
            out.wrapped(first, &[(para.text.as_str(), role)], indent);
            out.end_item();
            if p + 1 < range.end {
                out.blank();
            }
        }
    }
    if b.sections.is_empty() {
        out.para("This briefing has no text.", Role::Muted, 0);
    }
    out.finish()
}

/// The outline: one item per section, with the expert it is about.
pub fn outline(b: &Briefing, width: usize, sym: &Symbols) -> Content {
    let mut out = Builder::new(width);
    out.para("Outline", Role::Heading, 0);
    for (i, s) in b.sections.iter().enumerate() {
        out.start_item(Target::Section(i));
        out.wrapped(
            vec![seg(&format!("{} ", sym.bullet), Role::Accent)],
            &[(s.title.as_str(), Role::Text)],
            2,
        );
        if let Some(e) = s.expert.as_deref().filter(|e| *e != s.title) {
            out.para(e, Role::Speaker, 2);
        }
        out.end_item();
    }
    out.finish()
}
