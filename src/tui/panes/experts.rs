//! Experts pane: the speakers beside the selected speaker's statements.

use super::super::briefing::Briefing;
use super::super::content::{Builder, Content, Target, seg, truncate};
use super::super::theme::{Role, Symbols};
use crate::analysis::QuoteKind;

/// The speaker list: name and number of statements, descriptor below; experts first.
pub fn list(b: &Briefing, width: usize, sym: &Symbols) -> Content {
    let a = &b.analysis;
    let mut out = Builder::new(width);
    if a.speakers.is_empty() {
        out.para("No speakers found.", Role::Muted, 0);
        return out.finish();
    }
    let mut group: Option<bool> = None;
    for &i in &b.speaker_order {
        let s = &a.speakers[i];
        if group != Some(s.expert) {
            if group.is_some() {
                out.blank();
            }
            out.para(
                if s.expert { "Experts" } else { "Also quoted" },
                Role::Heading,
                0,
            );
            group = Some(s.expert);
        }
        out.start_item(Target::Speaker(i));
        let count = format!(" {}", s.quotes.len());
        let room = width.saturating_sub(count.len());
        let name = truncate(&s.name, room, sym.ellipsis);
        let pad = room.saturating_sub(unicode_width::UnicodeWidthStr::width(name.as_str()));
        out.push_row(vec![
            seg(&name, Role::Speaker),
            seg(&" ".repeat(pad), Role::Text),
            seg(&count, Role::Muted),
        ]);
        if let Some(d) = &s.descriptor {
            out.push_row(vec![seg(&truncate(d, width, sym.ellipsis), Role::Muted)]);
        }
        out.end_item();
    }
    out.finish()
}

/// One speaker in full: descriptor, position, key points, then every statement.
pub fn detail(b: &Briefing, speaker: usize, width: usize, sym: &Symbols) -> Content {
    let mut out = Builder::new(width);
    let Some(s) = b.analysis.speakers.get(speaker) else {
        out.para("Select a speaker on the left.", Role::Muted, 0);
        return out.finish();
    };
    out.para(&s.name, Role::Title, 0);
    if let Some(d) = &s.descriptor {
        out.para(d, Role::Muted, 0);
    }
    if let Some(p) = &s.position {
        out.blank();
        out.wrapped(
            Vec::new(),
            &[("Position: ", Role::Heading), (p, Role::Text)],
            2,
        );
    }
    if !s.key_points.is_empty() {
        out.blank();
        out.para("Key points", Role::Heading, 0);
        for k in &s.key_points {
            out.wrapped(
                vec![seg(&format!("{} ", sym.bullet), Role::Accent)],
                &[(k, Role::Text)],
                2,
            );
        }
    }
    out.blank();
    out.para(
        &format!("Statements ({})", s.quotes.len()),
        Role::Heading,
        0,
    );
    for q in &s.quotes {
        out.start_item(Target::Paragraph(q.paragraph));
        let number = format!("{}{} ", sym.paragraph, q.paragraph.saturating_add(1));
        let indent = unicode_width::UnicodeWidthStr::width(number.as_str());
        match q.kind {
            QuoteKind::Direct => {
                let text = format!("{}{}{}", sym.open_quote, q.text, sym.close_quote);
                out.wrapped(
                    vec![seg(&number, Role::Muted)],
                    &[(&text, Role::Quote)],
                    indent,
                );
            }
            QuoteKind::Indirect => out.wrapped(
                vec![seg(&number, Role::Muted)],
                &[("(reported) ", Role::Muted), (&q.text, Role::Reported)],
                indent,
            ),
        }
        out.end_item();
        out.blank();
    }
    out.finish()
}
