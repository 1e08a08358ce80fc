//! Non-interactive output: the JSON contract (`--json`, see ANALYSIS-JSON.md) and plain
//! text for pipes (`--print`).

use std::fmt::Write as _;

use serde::Serialize;
use serde_json::{Value, json};

use crate::analysis::{Analysis, QuoteKind};
use crate::document::Document;

/// The analysis as the JSON object of the contract, with brief's extra fields.
pub fn to_json(doc: &Document, analysis: &Analysis) -> Value {
    let sections: Vec<Value> = analysis
        .sections
        .iter()
        .map(|s| {
            json!({
                "title": s.title,
                "expert": s.expert,
                "paragraphs": doc.paragraphs[s.paragraphs.clone()].iter().map(|p| &p.text).collect::<Vec<_>>(),
                "first_paragraph": s.paragraphs.start,
            })
        })
        .collect();
    let speakers: Vec<Value> = analysis
        .speakers
        .iter()
        .map(|s| {
            json!({
                "name": s.name,
                "descriptor": s.descriptor,
                "expert": s.expert,
                "gender": s.gender,
                "aliases": s.aliases,
                "position": s.position,
                "key_points": s.key_points,
                "quotes": s.quotes.iter().map(|q| json!({
                    "text": q.text,
                    "kind": q.kind,
                    "paragraph": q.paragraph,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "title": doc.title,
        "subtitle": doc.subtitle,
        "source": doc.source,
        "author": doc.author,
        "published": doc.published.map(|d| d.to_string()),
        "format": doc.format,
        "sections": sections,
        "speakers": speakers,
        "timeline": to_value(&analysis.timeline),
        "summary": analysis.summary.iter().map(|s| &s.text).collect::<Vec<_>>(),
        "summary_speakers": analysis.summary.iter().map(|s| &s.speaker).collect::<Vec<_>>(),
        "key_terms": analysis.key_terms,
        "warnings": doc.warnings,
    })
}

fn to_value<T: Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

/// Which part of a briefing `--print` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Part {
    /// Everything: header, summary, experts with their quotes, timeline.
    All,
    /// Title, metadata and section outline.
    Outline,
    /// The summary and each expert's position.
    Summary,
    /// Every speaker with their statements.
    Quotes,
    /// The dated events in order.
    Timeline,
    /// The full cleaned text, by section.
    Text,
}

/// Plain text for pipes and non-terminal output.
pub fn plain(doc: &Document, analysis: &Analysis, part: Part) -> String {
    let mut out = String::new();
    let all = part == Part::All;
    if all || part == Part::Outline || part == Part::Summary {
        header(&mut out, doc);
    }
    if part == Part::Outline {
        for s in &analysis.sections {
            let _ = writeln!(
                out,
                "  {} (¶{}–{})",
                s.title,
                s.paragraphs.start.saturating_add(1),
                s.paragraphs.end
            );
        }
    }
    if all || part == Part::Summary {
        out.push_str("\nSUMMARY\n");
        for s in &analysis.summary {
            let who = s
                .speaker
                .as_deref()
                .map(|n| format!("[{n}] "))
                .unwrap_or_default();
            let _ = writeln!(out, "  - {who}{}", s.text);
        }
        let experts: Vec<_> = analysis.speakers.iter().filter(|s| s.expert).collect();
        if !experts.is_empty() {
            out.push_str("\nWHO SAYS WHAT\n");
            for s in experts {
                let _ = writeln!(
                    out,
                    "  {}{}",
                    s.name,
                    s.descriptor
                        .as_deref()
                        .map(|d| format!(", {d}"))
                        .unwrap_or_default()
                );
                if let Some(p) = &s.position {
                    let _ = writeln!(out, "    {p}");
                }
            }
        }
    }
    if all || part == Part::Quotes {
        out.push_str("\nQUOTES\n");
        for s in &analysis.speakers {
            let role = if s.expert { "expert" } else { "newsmaker" };
            let _ = writeln!(
                out,
                "  {} ({role}){}",
                s.name,
                s.descriptor
                    .as_deref()
                    .map(|d| format!(" — {d}"))
                    .unwrap_or_default()
            );
            for q in &s.quotes {
                match q.kind {
                    QuoteKind::Direct => {
                        let _ =
                            writeln!(out, "    ¶{} “{}”", q.paragraph.saturating_add(1), q.text);
                    }
                    QuoteKind::Indirect => {
                        let _ = writeln!(
                            out,
                            "    ¶{} (reported) {}",
                            q.paragraph.saturating_add(1),
                            q.text
                        );
                    }
                }
            }
        }
    }
    if all || part == Part::Timeline {
        out.push_str("\nTIMELINE\n");
        for e in &analysis.timeline {
            let who = e
                .speaker
                .as_deref()
                .map(|n| format!(" ({n})"))
                .unwrap_or_default();
            let _ = writeln!(out, "  {:<12} {}{who}", e.date, e.event);
        }
    }
    if part == Part::Text {
        header(&mut out, doc);
        for s in &analysis.sections {
            let _ = writeln!(out, "\n## {}\n", s.title);
            for p in &doc.paragraphs[s.paragraphs.clone()] {
                let _ = writeln!(out, "{}\n", p.text);
            }
        }
    }
    out
}

fn header(out: &mut String, doc: &Document) {
    let _ = writeln!(out, "{}", doc.title);
    let mut meta = Vec::new();
    if let Some(s) = doc.source.as_deref().or(doc.subtitle.as_deref()) {
        meta.push(s.to_string());
    }
    if let Some(a) = &doc.author {
        meta.push(format!("by {a}"));
    }
    if let Some(d) = doc.published {
        meta.push(d.to_string());
    }
    if !meta.is_empty() {
        let _ = writeln!(out, "{}", meta.join(" · "));
    }
}
