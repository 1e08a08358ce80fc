//! Paragraph conventions of plain text. Real files use two: one paragraph per line, with
//! blank lines marking larger breaks (web copies such as the seed), and hard-wrapped text,
//! where lines are cut at a fixed width and blank lines separate paragraphs. The file
//! tells which by the shape of its line ends; the choice decides what a blank line means.

use super::{Block, ParagraphKind};

/// A line that starts a list item or a Q&A turn: always a paragraph of its own.
fn starts_item(line: &str) -> bool {
    let t = line.trim_start();
    t.starts_with("- ")
        || t.starts_with("* ")
        || t.starts_with("• ")
        || t.starts_with("Q: ")
        || t.starts_with("A: ")
        || t.split_once(". ").is_some_and(|(n, _)| {
            !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit())
        })
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end()
        .ends_with(['.', '!', '?', ':', '"', '”', '’', '»', ')', ';'])
}

/// Decides whether the body lines are hard-wrapped: most lines are short and many line
/// ends fall mid-sentence.
pub fn is_hard_wrapped(lines: &[&str]) -> bool {
    let mut lengths: Vec<usize> = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.chars().count())
        .collect();
    if lengths.len() < 3 {
        return false;
    }
    lengths.sort_unstable();
    let p90 = lengths[lengths.len() * 9 / 10];
    if p90 > 110 {
        return false;
    }
    let (mut junctions, mut wraps) = (0usize, 0usize);
    for pair in lines.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if a.trim().is_empty() || b.trim().is_empty() || starts_item(b) {
            continue;
        }
        junctions += 1;
        let next_lower = b
            .trim_start()
            .chars()
            .next()
            .is_some_and(|c| !c.is_uppercase());
        if !ends_sentence(a) || next_lower {
            wraps += 1;
        }
    }
    junctions > 0 && wraps * 10 >= junctions * 3
}

/// True when nearly every run of non-blank lines is a single line: the file puts a blank
/// line after each paragraph.
fn is_blank_line_spaced(lines: &[&str]) -> bool {
    let (mut groups, mut singles, mut run) = (0usize, 0usize, 0usize);
    for line in lines.iter().chain(std::iter::once(&"")) {
        if line.trim().is_empty() {
            if run > 0 {
                groups += 1;
                singles += usize::from(run == 1);
            }
            run = 0;
        } else {
            run += 1;
        }
    }
    groups >= 3 && singles * 10 >= groups * 7
}

/// Groups body lines into paragraphs and structural blocks.
pub fn from_lines(lines: &[&str]) -> (Vec<(String, ParagraphKind)>, Vec<Block>) {
    let wrapped = is_hard_wrapped(lines);
    // A blank line after every paragraph is a separator, not a larger break.
    let spaced = wrapped || is_blank_line_spaced(lines);
    let mut paragraphs: Vec<(String, ParagraphKind)> = Vec::new();
    let mut blocks = vec![Block {
        heading: None,
        start: 0,
    }];
    let mut blank_run = 0usize;
    let mut open = false; // a hard-wrapped paragraph is being built
    for line in lines {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            blank_run += 1;
            open = false;
            continue;
        }
        // One-per-line: any blank line is a larger break. Hard-wrapped: a blank line is
        // the paragraph break, two or more are a larger break.
        let block_break = if spaced {
            blank_run >= 2
        } else {
            blank_run >= 1
        };
        if block_break && !paragraphs.is_empty() {
            blocks.push(Block {
                heading: None,
                start: paragraphs.len(),
            });
        }
        blank_run = 0;
        let kind =
            if trimmed.starts_with("- ") || trimmed.starts_with("* ") || trimmed.starts_with("• ")
            {
                ParagraphKind::ListItem
            } else {
                ParagraphKind::Body
            };
        if wrapped && open && !starts_item(line) {
            let (text, _) = paragraphs.last_mut().expect("open paragraph exists");
            // Rejoin a word hyphenated at the line end ("data-" + "centre").
            if !(text.ends_with('-') && text[..text.len() - 1].ends_with(char::is_alphabetic)) {
                text.push(' ');
            }
            text.push_str(trimmed);
        } else {
            paragraphs.push((collapse_spaces(trimmed), kind));
            open = wrapped;
        }
    }
    (paragraphs, blocks)
}

/// Runs of spaces inside a line become one (tab expansion can leave several).
pub fn collapse_spaces(s: &str) -> String {
    if !s.contains("  ") {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c == ' ' {
            if !space {
                out.push(' ');
            }
            space = true;
        } else {
            out.push(c);
            space = false;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(p: &[(String, ParagraphKind)]) -> Vec<&str> {
        p.iter().map(|(t, _)| t.as_str()).collect()
    }

    #[test]
    fn one_paragraph_per_line_with_blank_line_blocks() {
        let text = "First paragraph is a full line of text that ends here.\nSecond one, also complete.\n\nThird starts a new block.\nFourth.";
        let lines: Vec<&str> = text.lines().collect();
        assert!(!is_hard_wrapped(&lines));
        let (p, b) = from_lines(&lines);
        assert_eq!(texts(&p).len(), 4);
        assert_eq!(b.iter().map(|b| b.start).collect::<Vec<_>>(), vec![0, 2]);
    }

    #[test]
    fn blank_line_after_every_paragraph_is_no_block_break() {
        let text =
            "One.\n\nTwo.\n\nThree.\n\nFour and five.\nStill a line of its own.\n\n\nNew block.";
        let lines: Vec<&str> = text.lines().collect();
        let (p, b) = from_lines(&lines);
        assert_eq!(p.len(), 6);
        assert_eq!(b.iter().map(|b| b.start).collect::<Vec<_>>(), vec![0, 5]);
    }

    #[test]
    fn hard_wrapped_paragraphs_are_joined() {
        let text = "The regulator froze all new grid connections for data\ncentres in the Oslo area, saying the network could no\nlonger absorb requests.\n\nAnalysts said the move was well-\nknown in advance and expected.\n\n\nA new block starts after two\nblank lines here.";
        let lines: Vec<&str> = text.lines().collect();
        assert!(is_hard_wrapped(&lines));
        let (p, b) = from_lines(&lines);
        assert_eq!(
            texts(&p),
            vec![
                "The regulator froze all new grid connections for data centres in the Oslo area, saying the network could no longer absorb requests.",
                "Analysts said the move was well-known in advance and expected.",
                "A new block starts after two blank lines here.",
            ]
        );
        assert_eq!(b.iter().map(|b| b.start).collect::<Vec<_>>(), vec![0, 2]);
    }

    #[test]
    fn list_items_stay_separate_in_wrapped_text() {
        let text = "The decision at a glance, as the regulator put it in\nits statement on Monday:\n- no new connections above 20 MW in\n  Oslo until 2027;\n- a review of the queue.";
        let lines: Vec<&str> = text.lines().collect();
        let (p, _) = from_lines(&lines);
        assert_eq!(p.len(), 3, "{p:?}");
        assert_eq!(p[1].1, ParagraphKind::ListItem);
        assert_eq!(
            p[1].0,
            "- no new connections above 20 MW in Oslo until 2027;"
        );
    }
}
