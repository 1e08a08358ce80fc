//! One briefing as the reader holds it: the document, its analysis, and the few lookups
//! the panes need, all computed once when the reader starts.

use crate::analysis::{Analysis, Section, TimelineEvent};
use crate::document::Document;

/// A loaded and analysed briefing plus derived indexes.
#[derive(Debug, Clone)]
pub struct Briefing {
    pub doc: Document,
    pub analysis: Analysis,
    /// Sections covering every paragraph (the analysis's, or the structural ones).
    pub sections: Vec<Section>,
    /// For each paragraph, the speaker (index into `analysis.speakers`) whose statements
    /// it carries most, if any.
    pub paragraph_speaker: Vec<Option<usize>>,
    /// Speaker indices, experts first, each group in the order the text introduces them.
    pub speaker_order: Vec<usize>,
    /// Timeline event indices: dated events first (in the analysis's order), vague after.
    pub timeline_order: Vec<usize>,
}

impl Briefing {
    pub fn new(doc: Document, analysis: Analysis) -> Briefing {
        let sections = analysis.sections.clone();
        let mut counts = vec![Vec::<(usize, usize)>::new(); doc.paragraphs.len()];
        for (si, s) in analysis.speakers.iter().enumerate() {
            for q in &s.quotes {
                if let Some(c) = counts.get_mut(q.paragraph) {
                    match c.iter_mut().find(|(i, _)| *i == si) {
                        Some(entry) => entry.1 += q.text.len().max(1),
                        None => c.push((si, q.text.len().max(1))),
                    }
                }
            }
        }
        let paragraph_speaker = counts
            .iter()
            .map(|c| {
                c.iter()
                    .max_by_key(|(i, n)| (*n, usize::MAX - i))
                    .map(|(i, _)| *i)
            })
            .collect();
        let mut speaker_order: Vec<usize> = (0..analysis.speakers.len()).collect();
        speaker_order.sort_by_key(|&i| {
            let s = &analysis.speakers[i];
            (!s.expert, s.first_paragraph)
        });
        let mut timeline_order: Vec<usize> = (0..analysis.timeline.len()).collect();
        timeline_order.sort_by_key(|&i| is_vague(&analysis.timeline[i]));
        Briefing {
            doc,
            analysis,
            sections,
            paragraph_speaker,
            speaker_order,
            timeline_order,
        }
    }

    /// The briefing's date line: source, author and publication date.
    pub fn meta(&self, dot: &str) -> String {
        let d = &self.doc;
        let mut parts = Vec::new();
        if let Some(s) = d.source.as_deref().or(d.subtitle.as_deref()) {
            parts.push(s.to_string());
        }
        if let Some(a) = &d.author {
            parts.push(format!("by {a}"));
        }
        if let Some(date) = d.published {
            parts.push(readable_date(&date.to_string(), None, None));
        }
        parts.join(&format!(" {dot} "))
    }

    /// The title, or the file name when the briefing has none.
    pub fn title(&self) -> &str {
        if self.doc.title.trim().is_empty() {
            self.doc
                .origin
                .rsplit('/')
                .next()
                .unwrap_or(&self.doc.origin)
        } else {
            &self.doc.title
        }
    }
}

/// An event whose date has no year (`PAST_REF`, `FUTURE_REF`, …) sorts after dated ones.
pub fn is_vague(e: &TimelineEvent) -> bool {
    !e.date.starts_with(|c: char| c.is_ascii_digit())
}

/// The last word of a name: what the margins show.
pub fn short_name(name: &str) -> &str {
    name.rsplit(' ').find(|w| !w.is_empty()).unwrap_or(name)
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A normalized date as a reader says it: `2025-06` → `Jun 2025`, `2025` with `early` →
/// `early 2025`, `199X` → `1990s`, `PAST_REF` → `recently`; ranges as `2014–2016`.
pub fn readable_date(value: &str, modifier: Option<&str>, end: Option<&str>) -> String {
    let base = readable_value(value);
    let mut out = match modifier {
        Some(m) if !m.is_empty() => format!("{m} {base}"),
        _ => base,
    };
    if let Some(e) = end.filter(|e| !e.is_empty() && *e != value) {
        out.push('–');
        out.push_str(&readable_value(e));
    }
    out
}

fn readable_value(value: &str) -> String {
    match value {
        "PAST_REF" => return "recently".into(),
        "PRESENT_REF" => return "now".into(),
        "FUTURE_REF" => return "in future".into(),
        _ => {}
    }
    let mut parts = value.split('-');
    let year = parts.next().unwrap_or("");
    let second = parts.next();
    let third = parts.next();
    let year_ok = year.len() == 4 && year.chars().all(|c| c.is_ascii_digit());
    if !year_ok {
        if year.len() == 4 && year.starts_with(|c: char| c.is_ascii_digit()) && second.is_none() {
            // 199X → 1990s, 19XX → 1900s.
            let digits: String = year.chars().take_while(|c| c.is_ascii_digit()).collect();
            if digits.len() >= 2 && year[digits.len()..].chars().all(|c| c == 'X') {
                let zeros = "0".repeat(4 - digits.len());
                return format!("{digits}{zeros}s");
            }
        }
        return value.to_string();
    }
    let month = |m: &str| {
        m.parse::<usize>()
            .ok()
            .filter(|n| (1..=12).contains(n))
            .map(|n| MONTHS[n - 1])
    };
    match (second, third) {
        (None, _) => year.to_string(),
        (Some(m), None) => {
            if let Some(name) = month(m) {
                return format!("{name} {year}");
            }
            let season = match m {
                "SP" => Some("spring"),
                "SU" => Some("summer"),
                "FA" | "AU" => Some("autumn"),
                "WI" => Some("winter"),
                _ => None,
            };
            if let Some(s) = season {
                format!("{s} {year}")
            } else if m.starts_with(['Q', 'H']) {
                format!("{m} {year}")
            } else if let Some(w) = m.strip_prefix('W') {
                format!("week {w} {year}")
            } else {
                value.to_string()
            }
        }
        (Some(m), Some(d)) => match (month(m), d.parse::<u8>()) {
            (Some(name), Ok(day)) if (1..=31).contains(&day) => format!("{day} {name} {year}"),
            _ => value.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_naturally() {
        assert_eq!(readable_date("2025-06", None, None), "Jun 2025");
        assert_eq!(readable_date("2025", Some("early"), None), "early 2025");
        assert_eq!(readable_date("2021", None, None), "2021");
        assert_eq!(readable_date("PAST_REF", None, None), "recently");
        assert_eq!(readable_date("2025-06-12", None, None), "12 Jun 2025");
        assert_eq!(readable_date("2025-Q3", None, None), "Q3 2025");
        assert_eq!(readable_date("199X", None, None), "1990s");
        assert_eq!(readable_date("2014", None, Some("2016")), "2014–2016");
        assert_eq!(readable_date("2025-SU", None, None), "summer 2025");
        assert_eq!(readable_date("2025-13", None, None), "2025-13");
        assert_eq!(readable_date("", None, None), "");
        assert_eq!(readable_date("é", None, None), "é");
    }

    #[test]
    fn short_names() {
        assert_eq!(short_name("Alexander Tikhansky"), "Tikhansky");
        assert_eq!(short_name("Plato"), "Plato");
        assert_eq!(short_name(""), "");
    }
}
