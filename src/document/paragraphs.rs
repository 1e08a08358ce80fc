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
            .is_some_and(char::is_lowercase);
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
        ruled: false,
    }];
    // A text that uses capitals subheads of several words may also use one-word ones
    // (`SPOTTED`); elsewhere a lone capitalised word is a dateline or a label.
    let caps_subheads = lines.iter().enumerate().any(|(i, l)| {
        let t = l.trim();
        is_alone(lines, i) && !t.ends_with(['.', ',', ';', ':']) && is_caps_label(t, false)
    });
    // A daily that heads its parts with sentence-case crossheads may ask one as a
    // question (`Engineering or politics?`); an interview's lone questions are its
    // turns, so a question heads a block only beside at least as many plain crossheads.
    // An explainer may head most or all of its parts with questions (`What is
    // changing?`): its questions head blocks when the parts under them are reported
    // (see [`narrated_questions`]).
    let (plain, asked) = crosshead_counts(lines);
    let question_crossheads =
        plain > 0 && asked <= plain || asked >= 2 && narrated_questions(lines);
    let mut blank_run = 0usize;
    let mut open = false; // a hard-wrapped paragraph is being built
    // A subhead or a break line waiting for the paragraph it opens.
    let mut pending: Option<Block> = None;
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            blank_run += 1;
            open = false;
            continue;
        }
        let alone = is_alone(lines, i);
        if alone && is_separator(trimmed) {
            pending = Some(Block {
                heading: pending.and_then(|b| b.heading),
                start: 0,
                ruled: true,
            });
            blank_run = 0;
            continue;
        }
        let prev = paragraphs.last().map(|(p, _)| p.as_str());
        let next = next_text(&lines[i + 1..]);
        let asked = question_crossheads && is_question_crosshead(trimmed, prev, next);
        if alone && (asked || is_subhead(trimmed, prev, next, caps_subheads)) {
            pending = Some(Block {
                heading: Some(trimmed.to_string()),
                start: 0,
                ruled: false,
            });
            blank_run = 0;
            continue;
        }
        if let Some(mut b) = pending.take() {
            b.start = paragraphs.len();
            blocks.retain(|x| x.start != b.start);
            blocks.push(b);
            blank_run = 0;
        }
        // One-per-line: any blank line is a larger break. Hard-wrapped: a blank line is
        // the paragraph break, two or more are a larger break.
        let block_break = if spaced {
            blank_run >= 2
        } else {
            blank_run >= 1
        };
        if block_break
            && !paragraphs.is_empty()
            && blocks.last().is_none_or(|b| b.start != paragraphs.len())
        {
            blocks.push(Block {
                heading: None,
                start: paragraphs.len(),
                ruled: false,
            });
        }
        blank_run = 0;
        let kind =
            if trimmed.starts_with("- ") || trimmed.starts_with("* ") || trimmed.starts_with("• ")
            {
                ParagraphKind::ListItem
            } else if !wrapped && is_indented_extract(lines, i) {
                ParagraphKind::BlockQuote
            } else {
                ParagraphKind::Body
            };
        // Hard-wrapped text may mark a paragraph by indenting its first line instead (after
        // a line that ends a sentence: a list item's hanging indent goes on).
        let indented = i > 0 && indent(line) > indent(lines[i - 1]) && ends_sentence(lines[i - 1]);
        if wrapped && open && !starts_item(line) && !indented {
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

/// Fewest columns of indent that set a block quotation off (a tab counts as four).
const MIN_EXTRACT_INDENT: usize = 4;

/// The width of a line's leading whitespace in columns, a tab counting as four.
fn indent_columns(line: &str) -> usize {
    line.chars()
        .take_while(|c| c.is_whitespace())
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum()
}

/// True when line `i` of a text with one paragraph per line is a block quotation set off
/// by indenting (an extract from a judgment or a report, as plain text and email print
/// it): it stands alone between blank lines, indented by at least
/// [`MIN_EXTRACT_INDENT`] columns, after a paragraph that is not indented and before
/// one that is not (a text indented throughout is just indented).
fn is_indented_extract(lines: &[&str], i: usize) -> bool {
    let flush = |l: &&str| indent_columns(l) < MIN_EXTRACT_INDENT;
    indent_columns(lines[i]) >= MIN_EXTRACT_INDENT
        && is_alone(lines, i)
        && !starts_item(lines[i])
        && lines[..i]
            .iter()
            .rev()
            .find(|l| !l.trim().is_empty())
            .is_some_and(flush)
        && lines[i + 1..]
            .iter()
            .find(|l| !l.trim().is_empty())
            .is_none_or(flush)
}

/// The width of a line's leading whitespace, in characters.
fn indent(line: &str) -> usize {
    line.chars().take_while(|c| c.is_whitespace()).count()
}

/// The lone lines that read as sentence-case crossheads between story lines: plain
/// ones, and ones ending in a question mark.
fn crosshead_counts(lines: &[&str]) -> (usize, usize) {
    let (mut plain, mut asked) = (0, 0);
    let mut prev: Option<&str> = None;
    for (i, l) in lines.iter().enumerate() {
        let t = l.trim();
        if t.is_empty() {
            continue;
        }
        if is_alone(lines, i) {
            let next = next_text(&lines[i + 1..]);
            if is_crosshead(t, prev, next) {
                plain += 1;
            } else if is_question_crosshead(t, prev, next) {
                asked += 1;
            }
        }
        prev = Some(t);
    }
    (plain, asked)
}

/// Reporting words that show a narrator telling what someone said.
const REPORTING_WORDS: &[&str] = &[" said", " says", " told "];

/// True when the lone questions that read as crossheads each open a part of the story
/// told by a narrator: more than half of the parts under them (up to the next such
/// question) report speech (`… said`, `… says`, `told`). An interview's unlabelled
/// questions are answered in the interviewee's own words, where nobody is reported as
/// saying anything; an explainer's question subheads are over reported parts.
fn narrated_questions(lines: &[&str]) -> bool {
    let (mut parts, mut narrated) = (0usize, 0usize);
    let mut current = false;
    let mut prev: Option<&str> = None;
    for (i, l) in lines.iter().enumerate() {
        let t = l.trim();
        if t.is_empty() {
            continue;
        }
        let asked =
            is_alone(lines, i) && is_question_crosshead(t, prev, next_text(&lines[i + 1..]));
        if asked {
            if parts > 0 {
                narrated += usize::from(current);
            }
            parts += 1;
            current = false;
        } else if parts > 0 && !current {
            current = REPORTING_WORDS.iter().any(|w| t.contains(w));
        }
        prev = Some(t);
    }
    narrated += usize::from(parts > 0 && current);
    parts >= 2 && narrated * 2 > parts
}

/// True when line `i` stands between blank lines (or the text's ends).
fn is_alone(lines: &[&str], i: usize) -> bool {
    (i == 0 || lines[i - 1].trim().is_empty())
        && lines.get(i + 1).is_none_or(|l| l.trim().is_empty())
}

/// The first non-blank line of `rest`.
fn next_text<'a>(rest: &[&'a str]) -> Option<&'a str> {
    rest.iter().map(|l| l.trim()).find(|l| !l.is_empty())
}

/// Most characters of a section-break line (`• • •`, `* * *`, `⁂`).
const MAX_SEPARATOR_CHARS: usize = 24;

/// A line made only of break marks (`• • •`, `* * *`, `⁂`, `◆`, `~~~`): the writer's
/// break between parts of a story, not text.
pub fn is_separator(line: &str) -> bool {
    let line = line.trim();
    !line.is_empty()
        && line.chars().count() <= MAX_SEPARATOR_CHARS
        && line.chars().all(|c| {
            c.is_whitespace()
                || matches!(
                    c,
                    '•' | '·'
                        | '*'
                        | '⁂'
                        | '◆'
                        | '◇'
                        | '♦'
                        | '■'
                        | '□'
                        | '●'
                        | '○'
                        | '~'
                        | '#'
                        | '§'
                )
        })
}

/// Most words of a plain-text subhead.
const MAX_SUBHEAD_WORDS: usize = 10;

/// A plain-text subhead standing alone between blank lines: a wire story's capitals
/// (`SUPPLY SQUEEZE`; one word, `SPOTTED`, only in a text whose other subheads are
/// capitals too, `one_word_caps`), an explainer's numbered question (`2. Who pays?`)
/// when no numbered item follows it (a list's items follow each other), or a daily's
/// crosshead in sentence case (see [`is_crosshead`]) between two paragraphs of story.
fn is_subhead(line: &str, prev: Option<&str>, next: Option<&str>, one_word_caps: bool) -> bool {
    if is_name_heading(line, prev, next) {
        return true;
    }
    let words = line.split_whitespace().count();
    if words > MAX_SUBHEAD_WORDS || line.ends_with(['.', ',', ';', ':']) {
        return false;
    }
    let capitals = is_caps_label(line, one_word_caps);
    let numbered = |l: &str| {
        l.split_once(". ").is_some_and(|(n, rest)| {
            (1..=2).contains(&n.len())
                && n.bytes().all(|b| b.is_ascii_digit())
                && rest.starts_with(char::is_uppercase)
        })
    };
    let question = numbered(line) && line.ends_with('?') && !next.is_some_and(numbered);
    capitals || question || is_crosshead(line, prev, next)
}

/// Most characters of a name-and-title heading.
const MAX_NAME_HEADING_CHARS: usize = 120;
/// Most words of the title in a name-and-title heading.
const MAX_NAME_HEADING_TITLE_WORDS: usize = 12;

/// A roundup's heading over one expert's part (`Ana Ruiz, professor of coastal
/// engineering`, `Dr. Tom Lee, director of the Harbour Institute`): a person's name
/// (perhaps after `Dr.` or `Prof.`), a comma, and their post in lower case, standing
/// alone over a paragraph of story, after one that ends a sentence (or none).
/// Newsrooms' expert-comment pages head each expert's words this way; the paragraphs
/// under it often quote the expert with no attribution at all.
fn is_name_heading(line: &str, prev: Option<&str>, next: Option<&str>) -> bool {
    if line.len() > 4 * MAX_NAME_HEADING_CHARS
        || line.chars().count() > MAX_NAME_HEADING_CHARS
        || line.ends_with(['.', ',', ';', ':', '!', '?', '"', '”'])
    {
        return false;
    }
    let Some((name, title)) = line.split_once(", ") else {
        return false;
    };
    let name = ["Dr. ", "Dr ", "Prof. ", "Prof ", "Professor "]
        .iter()
        .find_map(|h| name.strip_prefix(h))
        .unwrap_or(name);
    let title_words = title.split_whitespace().count();
    super::text::is_person_name(name)
        && (1..=MAX_NAME_HEADING_TITLE_WORDS).contains(&title_words)
        && title.starts_with(char::is_lowercase)
        && !title.contains([',', ';', '"', '“', '”'])
        && prev.is_none_or(ends_sentence)
        && next.is_some_and(|n| n.chars().count() >= MIN_STORY_CHARS)
}

/// A line in capitals of at least two words (or one, when `one_word`) and four letters.
fn is_caps_label(line: &str, one_word: bool) -> bool {
    let words = line.split_whitespace().count();
    let letters = line.chars().filter(|c| c.is_alphabetic()).count();
    (words >= 2 || one_word)
        && words <= MAX_SUBHEAD_WORDS
        && letters >= 4
        && line.chars().all(|c| {
            c.is_uppercase() || c.is_whitespace() || c.is_ascii_digit() || "'’&-–—?!".contains(c)
        })
}

/// Most characters of a sentence-case crosshead.
const MAX_CROSSHEAD_CHARS: usize = 60;
/// Fewest characters of the story paragraphs around a crosshead.
const MIN_STORY_CHARS: usize = 80;

/// A crosshead in sentence case (`Clearing the weed`): two to eight words opening with
/// a capital, with no digits, no label colon (an interview's `Q: …` turn) and no end
/// punctuation (a question alone on its line may be an interviewer's), standing between
/// two paragraphs of
/// story (each a long line that ends a sentence). A run of capitalised words only is a
/// name (a sign-off), and a label over links or a summary box is furniture.
fn is_crosshead(line: &str, prev: Option<&str>, next: Option<&str>) -> bool {
    is_story(prev) && is_story(next) && crosshead_shape(line)
}

/// A paragraph of story around a crosshead: a long line that ends a sentence.
fn is_story(p: Option<&str>) -> bool {
    p.is_some_and(|p| p.chars().count() >= MIN_STORY_CHARS && ends_sentence(p))
}

/// A crosshead asked as a question (`Are employers ready?`): a crosshead's shape before
/// its one question mark, over a paragraph of story. The paragraph above need only end
/// a sentence: a part may close on a short one (`It has been the law since 2012.`), and
/// the question mark already sets the line apart from the story.
fn is_question_crosshead(line: &str, prev: Option<&str>, next: Option<&str>) -> bool {
    line.strip_suffix('?').is_some_and(|q| {
        !q.ends_with('?') && prev.is_some_and(ends_sentence) && is_story(next) && crosshead_shape(q)
    })
}

/// The shape of a sentence-case crosshead, whatever stands around it.
fn crosshead_shape(line: &str) -> bool {
    // Nearly every line is a paragraph of story, far longer than a crosshead: its byte
    // length rules it out before anything counts its words or characters.
    if line.len() > 4 * MAX_CROSSHEAD_CHARS {
        return false;
    }
    let words = line.split_whitespace().count();
    (2..=8).contains(&words)
        && line.chars().count() <= MAX_CROSSHEAD_CHARS
        && line.starts_with(char::is_uppercase)
        && line.chars().any(char::is_lowercase)
        && !line.ends_with(['.', ',', ';', '!', '?', '"', '”', '’', '»', ')'])
        && !line
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, ':' | '|' | '/' | '@' | '·' | '•'))
        && line
            .split_whitespace()
            .skip(1)
            .any(|w| w.starts_with(char::is_lowercase))
        && !super::metadata::is_related_heading(line)
        && !super::metadata::is_key_points_label(line)
        && !super::metadata::is_page_chrome(line)
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
    fn hard_wrapped_paragraphs_may_open_with_an_indent() {
        let text = "    The regulator froze all new grid connections for data\ncentres in the Oslo area, saying the network could no\nlonger absorb requests.\n    Analysts said the move was well\nknown in advance and expected by most.\n";
        let lines: Vec<&str> = text.lines().collect();
        assert!(is_hard_wrapped(&lines));
        let (p, _) = from_lines(&lines);
        assert_eq!(
            texts(&p),
            [
                "The regulator froze all new grid connections for data centres in the Oslo area, saying the network could no longer absorb requests.",
                "Analysts said the move was well known in advance and expected by most."
            ]
        );
        // A line opening with a bracket after a full stop is no wrap.
        let lines = [
            "Dockers will vote on Friday.",
            "(Reporting by Ana Ruiz)",
            "Short.",
        ];
        assert!(!is_hard_wrapped(&lines));
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

    #[test]
    fn capital_subheads_and_numbered_questions_head_blocks() {
        let text = "The port reopened on Monday.\n\nShippers were relieved.\n\nBACKLOG AT THE GATES\n\nTrucks queued for a day.\n\n2. Who pays for the delay?\n\nThe insurers, mostly.";
        let lines: Vec<&str> = text.lines().collect();
        let (p, b) = from_lines(&lines);
        assert_eq!(p.len(), 4, "{p:?}");
        let heads: Vec<(usize, Option<&str>)> =
            b.iter().map(|b| (b.start, b.heading.as_deref())).collect();
        assert_eq!(
            heads,
            vec![
                (0, None),
                (2, Some("BACKLOG AT THE GATES")),
                (3, Some("2. Who pays for the delay?"))
            ]
        );
        // Numbered items that follow each other are a list, and a caps label with a
        // colon is a speaker's turn.
        assert!(!is_subhead(
            "1. Who pays?",
            None,
            Some("2. Who gains?"),
            false
        ));
        assert!(!is_subhead("ANNA BERG, HOST: Hello", None, None, false));
        assert!(!is_subhead("BERLIN", None, None, false));
    }

    #[test]
    fn sentence_case_crossheads_between_story_paragraphs_head_blocks() {
        let pad = " The council said the work would take most of the winter to finish.";
        let text = format!(
            "The ferry pier at Kellby closed on Monday after a crack was found.{pad}\n\nRepairs at low tide\n\nDivers inspected the piles on Tuesday and found rust.{pad}\n\nMarta Holm\n\nQ: what happens next\n\nWho pays for it?\n\nThe harbour board will meet on Friday to decide.{pad}"
        );
        let lines: Vec<&str> = text.lines().collect();
        let (p, b) = from_lines(&lines);
        let heads: Vec<(usize, Option<&str>)> =
            b.iter().map(|b| (b.start, b.heading.as_deref())).collect();
        assert_eq!(heads, vec![(0, None), (1, Some("Repairs at low tide"))]);
        // A name (a sign-off), a label and a question stay paragraphs.
        assert_eq!(p.len(), 6, "{p:?}");
        // Only between story: not over the first paragraph.
        assert!(!is_subhead("Repairs at low tide", None, Some(&text), false));
    }

    #[test]
    fn a_question_crosshead_heads_a_block_beside_plain_ones() {
        let story = "The council approved the new bus depot on the edge of town after a long and often bitter debate.";
        let text =
            format!("{story}\n\nMoney on the table\n\n{story}\n\nWho pays the bill?\n\n{story}\n");
        let lines: Vec<&str> = text.lines().collect();
        let (_, b) = from_lines(&lines);
        let heads: Vec<Option<&str>> = b.iter().map(|b| b.heading.as_deref()).collect();
        assert_eq!(
            heads,
            [None, Some("Money on the table"), Some("Who pays the bill?")]
        );
        // Alone, a question between paragraphs may be an interviewer's.
        let text = format!("{story}\n\nWho pays the bill?\n\n{story}\n");
        let lines: Vec<&str> = text.lines().collect();
        let (p, b) = from_lines(&lines);
        assert_eq!((p.len(), b.len()), (3, 1));
    }

    #[test]
    fn one_word_capitals_are_subheads_only_beside_longer_ones() {
        let text = "Good morning from the harbour.\n\nPORT WATCH\n\nThe cranes are idle again.\n\nSIGHTED\n\nThe mayor at the fish market.";
        let lines: Vec<&str> = text.lines().collect();
        let (p, b) = from_lines(&lines);
        assert_eq!(p.len(), 3, "{p:?}");
        assert_eq!(b.last().and_then(|b| b.heading.as_deref()), Some("SIGHTED"));
        let text = "Good morning from the harbour.\n\nSIGHTED\n\nThe mayor at the fish market.";
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(from_lines(&lines).0.len(), 3);
    }

    #[test]
    fn a_break_line_opens_a_ruled_block() {
        let text = "The village sits on clay.\n\nThe sea takes a metre a year.\n\n* * *\n\nIn the pub, the mood is grim.";
        let lines: Vec<&str> = text.lines().collect();
        let (p, b) = from_lines(&lines);
        assert_eq!(texts(&p).len(), 3);
        assert!(b.iter().any(|b| b.start == 2 && b.ruled));
        assert!(is_separator("• • •"));
        assert!(is_separator("⁂"));
        assert!(!is_separator("- 5%"));
    }

    #[test]
    fn an_explainers_question_subheads_head_blocks_but_an_interviews_questions_do_not() {
        let story = "The harbour board will raise mooring fees by a fifth next spring, the chair said on Monday.";
        let said = "Ana Ruiz, an economist at the Coast Institute, said the rise was overdue for the town.";
        let short = "It has been the rule since 2020.";
        // Every subhead a question, the parts under them reported: crossheads, even
        // after a short paragraph.
        let text = format!(
            "{story}\n\nWhat is changing?\n\n{story}\n\n{short}\n\nWho pays more?\n\n{said}\n\nWhat comes next?\n\n{said}\n"
        );
        // With one plain crosshead among them too.
        let mixed = format!(
            "{story}\n\nWhat is changing?\n\n{story}\n\nWho pays more?\n\n{said}\n\nWhat comes next?\n\n{said}\n\nThe view from the quay\n\n{said}\n"
        );
        let mixed_lines: Vec<&str> = mixed.lines().collect();
        assert_eq!(from_lines(&mixed_lines).1.len(), 5);
        let lines: Vec<&str> = text.lines().collect();
        let (p, b) = from_lines(&lines);
        let heads: Vec<Option<&str>> = b.iter().map(|b| b.heading.as_deref()).collect();
        assert_eq!(
            heads,
            [
                None,
                Some("What is changing?"),
                Some("Who pays more?"),
                Some("What comes next?")
            ]
        );
        assert_eq!(p.len(), 5);
        // An interview's bare questions, answered in the first person: turns, not heads.
        let answer = "I think the fees were far too low for years, and we can no longer pay for the dredging.";
        let text = format!(
            "{story}\n\nWhy raise the fees now?\n\n{answer}\n\nWho will pay the most?\n\n{answer}\n"
        );
        let lines: Vec<&str> = text.lines().collect();
        let (p, b) = from_lines(&lines);
        assert_eq!((p.len(), b.len()), (5, 1));
    }

    #[test]
    fn an_indented_extract_between_flush_paragraphs_is_a_block_quote() {
        let text = "The court ruled against the port on Friday. The judge wrote:\n\n    Nobody may be made to pay twice for the same berth. [para 12]\n\nThe port said it would appeal the ruling.\n";
        let lines: Vec<&str> = text.lines().collect();
        let (p, _) = from_lines(&lines);
        let kinds: Vec<ParagraphKind> = p.iter().map(|(_, k)| *k).collect();
        assert_eq!(
            kinds,
            [
                ParagraphKind::Body,
                ParagraphKind::BlockQuote,
                ParagraphKind::Body
            ]
        );
        assert_eq!(
            p[1].0,
            "Nobody may be made to pay twice for the same berth. [para 12]"
        );
        // A text indented throughout is only indented.
        let text = "    The court ruled against the port on Friday.\n\n    Nobody may be made to pay twice.\n\n    The port said it would appeal.\n";
        let lines: Vec<&str> = text.lines().collect();
        let (p, _) = from_lines(&lines);
        assert!(p.iter().all(|(_, k)| *k == ParagraphKind::Body));
    }

    #[test]
    fn name_and_title_lines_head_a_roundups_expert_parts() {
        let lines: Vec<&str> = "The river fell to its lowest level in a decade on Monday, the agency said in its weekly report.\n\nAna Ruiz, professor of coastal and environmental engineering at the institute\n\n\"People think a low river is a dry river. It is not, and the numbers show why it matters.\n\nDr. Tom Lee, director of the Harbour Institute\n\nLee studies shipping on the river, and he says barges are already carrying less than usual.\n\nKim Park, who chairs the college board, said so\n\nThe three will speak at the public meeting on the river's future next month, the college said.\n".lines().collect();
        let (p, b) = from_lines(&lines);
        let heads: Vec<Option<&str>> = b.iter().map(|b| b.heading.as_deref()).collect();
        assert_eq!(
            heads,
            [
                None,
                Some(
                    "Ana Ruiz, professor of coastal and environmental engineering at the institute"
                ),
                Some("Dr. Tom Lee, director of the Harbour Institute"),
            ]
        );
        assert!(texts(&p).contains(&"Kim Park, who chairs the college board, said so"));
    }
}
