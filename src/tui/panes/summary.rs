//! Summary pane: the summary sentences with their speakers, who says what, key dates.

use super::super::briefing::{Briefing, readable_date};
use super::super::content::{Builder, Content, Target, seg};
use super::super::theme::{Role, Symbols};
use crate::analysis::summary;

/// Most dated events listed under "Key dates".
const KEY_DATES: usize = 8;

/// True when a sentence opens by naming its speaker in full (`Dr. Ana Ruiz, an
/// economist at …, said`): a label in front would say the name twice.
fn introduces(sentence: &str, name: &str) -> bool {
    let head = sentence.split([',', ':']).next().unwrap_or("");
    head.len() <= name.len() + 24 && head.contains(name)
}

pub fn build(b: &Briefing, width: usize, sym: &Symbols) -> Content {
    let a = &b.analysis;
    let mut out = Builder::new(width);
    out.para("Summary", Role::Heading, 0);
    if a.summary.is_empty() {
        out.para("No summary: the briefing has no sentences.", Role::Muted, 2);
    }
    for s in &a.summary {
        out.start_item(Target::Paragraph(s.paragraph));
        let text = match s.speaker.as_deref() {
            Some(name) => summary::without_own_label(&s.text, name),
            None => &s.text,
        };
        let label = s
            .speaker
            .as_deref()
            .filter(|n| !introduces(text, n))
            .map(|n| format!("{n}: "));
        let mut segs = Vec::new();
        if let Some(l) = &label {
            segs.push((l.as_str(), Role::Speaker));
        }
        segs.push((text, Role::Text));
        out.wrapped(
            vec![seg(&format!("{} ", sym.bullet), Role::Accent)],
            &segs,
            2,
        );
        out.end_item();
    }
    out.blank();
    out.para("Who says what", Role::Heading, 0);
    let mut experts: Vec<usize> = b
        .speaker_order
        .iter()
        .copied()
        .filter(|&i| a.speakers[i].expert)
        .collect();
    if experts.is_empty() {
        // No one flagged as an expert: show whoever is quoted.
        experts = b
            .speaker_order
            .iter()
            .copied()
            .filter(|&i| !a.speakers[i].quotes.is_empty())
            .collect();
    }
    if experts.is_empty() {
        out.para("No one is quoted in this briefing.", Role::Muted, 2);
    }
    for i in experts {
        let s = &a.speakers[i];
        out.start_item(Target::Speaker(i));
        let mut segs = vec![(s.name.as_str(), Role::Speaker)];
        let desc = s.descriptor.as_deref().map(|d| format!(", {d}"));
        if let Some(d) = &desc {
            segs.push((d.as_str(), Role::Muted));
        }
        out.wrapped(
            vec![seg(&format!("{} ", sym.bullet), Role::Accent)],
            &segs,
            2,
        );
        if let Some(p) = &s.position {
            out.para(p, Role::Text, 4);
        }
        out.end_item();
    }
    out.blank();
    out.para("Key dates", Role::Heading, 0);
    let dated: Vec<_> = b
        .timeline_order
        .iter()
        .map(|&i| &a.timeline[i])
        .filter(|e| !super::super::briefing::is_vague(e))
        .take(KEY_DATES)
        .collect();
    if dated.is_empty() {
        out.para("No dated events found.", Role::Muted, 2);
    }
    let labels: Vec<String> = dated
        .iter()
        .map(|e| readable_date(&e.date, e.modifier.as_deref(), e.end.as_deref()))
        .collect();
    let col = labels
        .iter()
        .map(|l| unicode_width::UnicodeWidthStr::width(l.as_str()))
        .max()
        .unwrap_or(0)
        .min(14);
    for (e, label) in dated.iter().zip(&labels) {
        out.start_item(Target::Paragraph(e.paragraph));
        let pad = col.saturating_sub(unicode_width::UnicodeWidthStr::width(label.as_str()));
        let first = vec![
            seg("  ", Role::Text),
            seg(label, Role::Date),
            seg(&" ".repeat(pad + 2), Role::Text),
        ];
        out.wrapped(first, &[(e.event.as_str(), Role::Text)], col + 4);
        out.end_item();
    }
    out.finish()
}

#[cfg(test)]
mod tests {
    use super::introduces;

    #[test]
    fn a_sentence_that_names_its_speaker_first_needs_no_label() {
        let name = "Ana Ruiz";
        assert!(introduces(
            "Ana Ruiz, an economist at Banco Sur, said rates would fall.",
            name
        ));
        assert!(introduces(
            "Dr. Ana Ruiz, an economist, said rates would fall.",
            name
        ));
        assert!(introduces("Professor Ana Ruiz: “Rates will fall.”", name));
        // A surname alone, or the name late in the sentence, keeps the label.
        assert!(!introduces("According to Ruiz, rates will fall.", name));
        assert!(!introduces(
            "Rates will fall this year, Ana Ruiz said.",
            name
        ));
        assert!(!introduces(
            "Lenders in three states that depend on the scheme, Ana Ruiz said, will suffer.",
            name
        ));
    }
}
