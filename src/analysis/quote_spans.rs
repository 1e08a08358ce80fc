//! Whose quote a sentence carries: the quote spans of each paragraph, gathered once.
//! The timeline (whose claim a dated event is) and the summary (whose statement a
//! sentence is) both ask; scanning every speaker's quotes per sentence instead made a
//! long transcript with one prolific speaker quadratic.

use std::ops::Range;

use super::Speaker;

pub struct QuoteSpans {
    /// By paragraph: (speaker index, span), in speaker order, then quote order.
    by_paragraph: Vec<Vec<(usize, Range<usize>)>>,
}

impl QuoteSpans {
    pub fn new(speakers: &[Speaker], paragraphs: usize) -> Self {
        let mut by_paragraph: Vec<Vec<(usize, Range<usize>)>> = vec![Vec::new(); paragraphs];
        for (s, sp) in speakers.iter().enumerate() {
            for q in &sp.quotes {
                if let Some(list) = by_paragraph.get_mut(q.paragraph) {
                    list.push((s, q.span.clone()));
                }
            }
        }
        Self { by_paragraph }
    }

    /// The speaker (index) whose quotes cover most of `range` in paragraph `p`; the
    /// first in speaker order on a tie.
    pub fn speaker_of(&self, p: usize, range: &Range<usize>) -> Option<usize> {
        let mut best: Option<(usize, usize)> = None;
        for (s, span) in self.by_paragraph.get(p)? {
            let overlap = span
                .end
                .min(range.end)
                .saturating_sub(span.start.max(range.start));
            if overlap > 0 && best.is_none_or(|(o, _)| overlap > o) {
                best = Some((overlap, *s));
            }
        }
        best.map(|(_, s)| s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Gender, Quote, QuoteKind};

    fn speaker(quotes: &[(usize, Range<usize>)]) -> Speaker {
        Speaker {
            name: "X".into(),
            descriptor: None,
            expert: true,
            gender: Gender::Unknown,
            aliases: vec![],
            quotes: quotes
                .iter()
                .map(|(p, span)| Quote {
                    text: String::new(),
                    kind: QuoteKind::Direct,
                    paragraph: *p,
                    span: span.clone(),
                })
                .collect(),
            position: None,
            key_points: vec![],
            first_paragraph: 0,
        }
    }

    #[test]
    fn most_overlap_wins_and_a_tie_goes_to_the_first_speaker() {
        let spans = QuoteSpans::new(
            &[speaker(&[(0, 0..10)]), speaker(&[(0, 5..30), (1, 0..4)])],
            2,
        );
        assert_eq!(spans.speaker_of(0, &(0..30)), Some(1));
        assert_eq!(spans.speaker_of(0, &(5..10)), Some(0));
        assert_eq!(spans.speaker_of(0, &(40..50)), None);
        assert_eq!(spans.speaker_of(1, &(0..2)), Some(1));
        assert_eq!(spans.speaker_of(9, &(0..2)), None);
    }
}
