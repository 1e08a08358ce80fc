//! Statements (direct and reported) and their attribution to speakers.
//!
//! Two stages, as in CoreNLP's quote attribution: statements are found first (quoted
//! spans from [`marks`], reported clauses from [`cues`]), then each is tied
//! to a person of the entity table ([`people`]) by ordered sieves, most precise first:
//! a cue beside the quote, a cue in the same sentence, the other quotes of its chain
//! (a quote over several paragraphs), the paragraph's other statements, and the speaker
//! of the previous paragraph for a paragraph that only carries a quote on. Pronouns and
//! `the analyst` resolve to the latest subject that fits. When no sieve is sure the
//! statement is dropped: no speaker is better than a wrong one.

use std::ops::Range;

use rustc_hash::FxHashMap;

pub mod cues;
pub mod marks;

use self::cues::{Context, Cue, Who};
use super::people::{self, DocWords, People};
use super::{Gender, Quote, QuoteKind, Speaker, lexicon};
use crate::document::{Document, ParagraphKind};

/// Fewer words than this inside quote marks is a scare quote or a term, not a statement.
const MIN_QUOTE_WORDS: usize = 4;

/// Finds every speaker and attributes statements to them.
pub fn attribute(doc: &Document) -> Vec<Speaker> {
    let words_of = DocWords::new(doc.paragraphs.iter().map(|p| p.text.as_str()));
    let (turns, answer_label) = interview_turns(doc);
    let interview = turns.contains(&Turn::Answer) && turns.contains(&Turn::Question);
    let first_turn = turns.iter().position(|t| *t != Turn::Prose);
    let mut people = people::find(doc, &words_of, first_turn.filter(|_| interview));
    let quoted = quoted_spans(doc, &turns);
    // Cues per paragraph and sentence (none in interview turns).
    let found: Vec<Vec<Vec<Cue>>> = doc
        .paragraphs
        .iter()
        .enumerate()
        .map(|(p, para)| {
            if turns[p] != Turn::Prose {
                return Vec::new();
            }
            let cx = Context {
                text: &para.text,
                words: words_of.paragraph(p),
                mentions: &people.mentions[p],
                quoted: &quoted[p],
            };
            para.sentences
                .iter()
                .map(|s| cues::in_sentence(&cx, s))
                .collect()
        })
        .collect();
    let traits = Traits::new(&people);
    // Pass one learns gender from pronouns; pass two resolves with it.
    let (_, votes, _) = resolve(doc, &words_of, &people, &traits, &quoted, &found, None);
    let genders: Vec<Gender> = people
        .persons
        .iter()
        .zip(&votes)
        .map(|(p, v)| {
            if p.gender != Gender::Unknown {
                p.gender
            } else if v.0 > v.1 {
                Gender::Male
            } else if v.1 > v.0 {
                Gender::Female
            } else {
                Gender::Unknown
            }
        })
        .collect();
    let (cues, _, anaphors) = resolve(
        doc,
        &words_of,
        &people,
        &traits,
        &quoted,
        &found,
        Some(&genders),
    );
    let interviewee = interview
        .then(|| interviewee(doc, &people, &turns, answer_label.as_deref()))
        .flatten();
    let voices = commentary_voices(doc, &words_of, &people, &quoted);
    let heads = headed_speakers(doc, &people);
    let mut statements = statements(
        doc,
        &quoted,
        &cues,
        &turns,
        interviewee,
        (&voices, &heads),
        &people,
    );
    if !interview {
        transcript_turns(doc, &people, &mut statements);
    }
    let mut commentators: Vec<usize> = voices.iter().flatten().copied().collect();
    commentators.extend(interviewee);
    let traits = if anaphors.is_empty() {
        traits
    } else {
        drop(traits);
        describe_by_anaphors(&mut people, anaphors);
        Traits::new(&people)
    };
    let mut found = speakers(&people, &traits, &genders, statements, &commentators);
    fill_texts(doc, &mut found);
    found
}

/// Words that show a paragraph speaks in the first person (lower case).
fn first_person(word: &str) -> bool {
    matches!(
        word,
        "i" | "i'm"
            | "i’m"
            | "i've"
            | "i’ve"
            | "i'd"
            | "i’d"
            | "me"
            | "my"
            | "we"
            | "our"
            | "let's"
            | "let’s"
    )
}

/// The contributor whose own words each paragraph is, for the blocks headed by a
/// person's name and role (`Jane Roe, senior fellow`) whose paragraphs speak in the
/// first person outside any quote marks: each such paragraph is their statement, as
/// the answers of an interview are.
fn commentary_voices(
    doc: &Document,
    words_of: &DocWords,
    people: &People,
    quoted: &[Vec<marks::QuoteSpan>],
) -> Vec<Option<usize>> {
    let mut out = vec![None; doc.paragraphs.len()];
    for &(b, id) in &people.headed {
        let range = doc.block_range(b);
        let speaks = range.clone().any(|p| {
            let ws = words_of.paragraph(p);
            (0..ws.ranges.len())
                .any(|i| first_person(ws.lower(i)) && !inside(&quoted[p], ws.ranges[i].start))
        });
        if !speaks {
            continue;
        }
        for p in range {
            if doc.paragraphs[p].kind != ParagraphKind::ListItem && !people.deks.contains(&p) {
                out[p] = Some(id);
            }
        }
    }
    out
}

/// The person whose name-and-role heading a paragraph sits under, and whether it is
/// the first paragraph under it.
type HeadedBy = Option<(usize, bool)>;

/// For each paragraph of a block headed by a person's name and role (`Jane Roe,
/// professor of geology` over an "expert commentary" roundup's block of quotes), that
/// person and whether the paragraph is the block's first after the heading (and after
/// a role line under a bare-name heading). Such a name line is how these pages say who
/// speaks: the quotes under it carry no `she said`, so it sets the block's speaker.
fn headed_speakers(doc: &Document, people: &People) -> Vec<HeadedBy> {
    let mut out = vec![None; doc.paragraphs.len()];
    for &(b, id) in &people.headed {
        let range = doc.block_range(b);
        let first = range.start + usize::from(people.deks.contains(&range.start));
        for p in range {
            if !people.deks.contains(&p) {
                out[p] = Some((id, p == first));
            }
        }
    }
    out
}

/// The person a paragraph of its own names with a role and nothing else (`Jane Roe,
/// professor of geology`), as a roundup of expert comment sets each expert's block of
/// quotes under such a line when the page gives it no heading markup: the quotes that
/// follow, with no `she said`, are that person's.
fn name_line_person(text: &str, people: &People) -> Option<usize> {
    let t = text.trim();
    // Cheap tests first: short, a comma, no sentence end and no quote marks.
    if t.len() > 160
        || !t.contains(", ")
        || t.ends_with(['.', '!', '?', ':'])
        || t.contains(['"', '“', '”'])
    {
        return None;
    }
    let (name, _, _) = people::heading_person(t)?;
    people.persons.iter().position(|x| x.name == name)
}

/// The part of an interview a paragraph is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Turn {
    Question,
    Answer,
    Prose,
}

/// `Q:` / `A:` (also `Question:` / `Answer:`) at the start of a paragraph.
fn turn(text: &str) -> Turn {
    let t = text.trim_start();
    if t.starts_with("Q:")
        || t.starts_with("Q.") && t[2..].starts_with(' ')
        || t.starts_with("Question:")
    {
        Turn::Question
    } else if t.starts_with("A:") || t.starts_with("Answer:") {
        Turn::Answer
    } else {
        Turn::Prose
    }
}

/// A speaker label opening a paragraph: one to four words in capitals before a colon
/// (`NBR:`, `THE LEDGER:`, `HALVORSEN:`).
fn speaker_label(text: &str) -> Option<&str> {
    let t = text.trim_start();
    let colon = t.get(..48).map_or(t, |h| h).find(':')?;
    let label = &t[..colon];
    let words = label.split(' ').collect::<Vec<_>>();
    let capitals = words.len() <= 4
        && words.iter().all(|w| {
            w.chars().any(char::is_alphabetic)
                && w.chars()
                    .all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\'' | '’' | '&'))
        });
    (capitals && t[colon + 1..].starts_with(' ')).then_some(label)
}

/// A name label in ordinary case opening a paragraph (`Ruiz: Not at first.`,
/// `Benedetti-Lloyd: It depends.`): one to three capitalised words before a colon and a
/// space. Panel Q&As and printed interviews set each answer under the speaker's
/// surname this way, without quote marks. So are many other openings (`Update: …`,
/// `Photo: …`), so the label is only a turn when it names a person the text knows,
/// and only when two or more paragraphs open so ([`transcript_turns`]).
fn name_label(text: &str) -> Option<&str> {
    let t = text.trim_start();
    let colon = t.get(..40).map_or(t, |h| h).find(':')?;
    let label = &t[..colon];
    let words: Vec<&str> = label.split(' ').collect();
    let names = words.len() <= 3
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
        });
    (names && t[colon + 1..].starts_with(' ')).then_some(label)
}

/// Roles of a broadcast's own staff in a transcript label (`DANA PRICE, HOST:`).
const STAFF_ROLES: [&str; 5] = ["HOST", "BYLINE", "ANCHOR", "REPORTER", "CORRESPONDENT"];

/// The staff label opening a transcript paragraph (`DANA PRICE, HOST:`): the name.
fn staff_label(text: &str) -> Option<&str> {
    let t = text.trim_start();
    let colon = t.get(..48).map_or(t, |h| h).find(':')?;
    let (name, role) = t[..colon].split_once(", ")?;
    (STAFF_ROLES.contains(&role) && name.chars().all(|c| !c.is_lowercase())).then_some(name)
}

/// A transcript label that gives a guest's name and role in capitals (`JANE ROE,
/// NEIGHBOR:`, `JOHN DOE, FARMER:`): the name. Staff roles, and roles naming a station
/// (`KXYZ 6 NEWS`), are not guests'.
fn role_label(text: &str) -> Option<&str> {
    let t = text.trim_start();
    let colon = t.get(..64).map_or(t, |h| h).find(':')?;
    let (name, role) = t[..colon].split_once(", ")?;
    let caps = |s: &str, n: usize| {
        let ws: Vec<&str> = s.split(' ').collect();
        ws.len() <= n
            && ws.iter().all(|w| {
                w.chars().any(char::is_alphabetic)
                    && w.chars()
                        .all(|c| c.is_uppercase() || matches!(c, '.' | '-' | '\'' | '’'))
            })
    };
    let guest = caps(name, 4)
        && caps(role, 4)
        && !STAFF_ROLES.contains(&role)
        && !role.split(' ').any(|w| w == "NEWS");
    (guest && t[colon + 1..].starts_with(' ')).then_some(name)
}

/// A transcript label that gives a role and, in brackets, the name (`CALLER (JOHN
/// DOE):`, `VOICE 2 (ANA RUIZ):`), as call-in programmes label their callers: the name.
fn bracket_label(text: &str) -> Option<&str> {
    let t = text.trim_start();
    let colon = t.get(..64).map_or(t, |h| h).find(':')?;
    let label = t[..colon].strip_suffix(')')?;
    let (role, name) = label.split_once(" (")?;
    let caps = |s: &str| {
        !s.is_empty()
            && s.split(' ').count() <= 4
            && s.chars().any(char::is_alphabetic)
            && s.chars().all(|c| {
                c.is_uppercase() || c.is_ascii_digit() || matches!(c, ' ' | '.' | '-' | '\'' | '’')
            })
    };
    (caps(role) && caps(name) && t[colon + 1..].starts_with(' ')).then_some(name)
}

/// The name a transcript label gives with a role beside it (`JANE ROE, NEIGHBOR:`,
/// `CALLER (JANE ROE):`), lower-cased and without titles: the transcript itself says
/// this is a person who speaks, so the name is a person's even where the running text
/// names them with no role or reporting verb. Returns the name and the role (`caller`),
/// which describes them.
pub fn labelled_guest(text: &str) -> Option<(String, String)> {
    let t = text.trim_start();
    if !t.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    let (name, role) = if let Some(name) = role_label(t) {
        let (_, rest) = t.split_once(", ")?;
        (name, rest.split_once(':')?.0)
    } else {
        let name = bracket_label(t)?;
        (name, t.split_once(" (")?.0)
    };
    let name = untitled_label(name).to_lowercase();
    name.contains(' ').then(|| (name, role.to_lowercase()))
}

/// A transcript label's name without the titles before it (`DR JANE ROE` → `JANE ROE`),
/// as transcripts often print a guest's title in the label but the text names them
/// without it.
fn untitled_label(label: &str) -> &str {
    let mut rest = label.trim();
    while let Some((first, tail)) = rest.split_once(' ') {
        let w = first.trim_end_matches('.').to_lowercase();
        if lexicon::honorific(&w).is_none() {
            break;
        }
        rest = tail.trim_start();
    }
    rest
}

/// The host of a transcript whose labels are all names (no `, HOST` role): a label
/// with at least three turns of which most end in a question mark. The presenter of
/// a programme asks, introduces and moves on; the guests answer. A host is no speaker
/// of the story, as the interviewer of a Q&A is not.
fn host_of(turns: &[(usize, usize)], doc: &Document) -> Option<usize> {
    let mut counts: Vec<(usize, usize, usize)> = Vec::new();
    for &(p, id) in turns {
        let asks = usize::from(doc.paragraphs[p].text.trim_end().ends_with('?'));
        match counts.iter_mut().find(|c| c.0 == id) {
            Some(c) => {
                c.1 += 1;
                c.2 += asks;
            }
            None => counts.push((id, 1, asks)),
        }
    }
    let mut hosts = counts.iter().filter(|c| c.1 >= 3 && c.2 * 2 > c.1);
    let host = hosts.next()?;
    (hosts.next().is_none() && counts.len() >= 2).then_some(host.0)
}

/// True when the document is a broadcast transcript: the programme's staff speak in
/// labelled turns (`HOST:`, `BYLINE:`) beside at least two other labelled turns.
pub fn broadcast_transcript(doc: &Document) -> bool {
    let mut staff = false;
    let mut others = 0;
    for para in &doc.paragraphs {
        if staff_label(&para.text).is_some() {
            staff = true;
        } else if speaker_label(&para.text).is_some() {
            others += 1;
        }
    }
    staff && others >= 2
}

/// A broadcast transcript's turns: a paragraph opened by a guest's name in capitals
/// (`RUTH ANN OLSEN: …`, later `OLSEN: …`) is that person's own words, without quote
/// marks. The programme's staff (`DANA PRICE, HOST:`, `ELI FERRARA, BYLINE:`) are no
/// speakers: their turns stay prose, and what the text reports of them is dropped.
fn transcript_turns(doc: &Document, people: &People, statements: &mut Vec<Statement>) {
    let person = |label: &str| {
        let label = untitled_label(label).to_lowercase();
        people.persons.iter().position(|p| {
            let name = p.name.to_lowercase();
            name == label || !label.contains(' ') && name.rsplit(' ').next() == Some(label.as_str())
        })
    };
    let mut staff: Vec<usize> = Vec::new();
    let mut turns: Vec<(usize, usize)> = Vec::new();
    // Turns under a name label in ordinary case (`Ruiz: Not at first.`), kept apart:
    // they count only when at least two paragraphs are set so (one could be prose).
    let mut named: Vec<(usize, usize)> = Vec::new();
    for (p, para) in doc.paragraphs.iter().enumerate() {
        let t = para.text.trim_start();
        if !t.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        if let Some(label) = speaker_label(t)
            .or_else(|| role_label(t))
            .or_else(|| bracket_label(t))
        {
            if let Some(id) = person(label) {
                turns.push((p, id));
            }
        } else if let Some(label) = name_label(t)
            && let Some(id) = person(label)
        {
            named.push((p, id));
        } else if let Some(name) = staff_label(t)
            && let Some(id) = person(name)
        {
            staff.push(id);
        }
    }
    if named.len() >= 2 {
        turns.append(&mut named);
        turns.sort_unstable();
    }
    if turns.len() < 2 {
        return;
    }
    staff.extend(host_of(&turns, doc));
    statements.retain(|s| !staff.contains(&s.speaker));
    for (p, id) in turns {
        let text = &doc.paragraphs[p].text;
        if staff.contains(&id) {
            continue;
        }
        let from = match name_label(text) {
            Some(label) if speaker_label(text).is_none() => {
                let t = text.trim_start();
                let at = text.len() - t.len() + label.len() + 1;
                at + (text[at..].len() - text[at..].trim_start().len())
            }
            _ => answer_start(text),
        };
        let span = from..text.trim_end().len();
        if !span.is_empty() {
            statements.push(Statement {
                speaker: id,
                kind: QuoteKind::Direct,
                paragraph: p,
                span,
            });
        }
    }
}

/// The turns of an interview, with the interviewee's label when the turns are labelled
/// by name. `Q:`/`A:` turns win; otherwise two capitalised labels that recur and
/// alternate: the one the title names, else the one that speaks second, answers.
pub fn interview_turns(doc: &Document) -> (Vec<Turn>, Option<String>) {
    let turns: Vec<Turn> = doc.paragraphs.iter().map(|p| turn(&p.text)).collect();
    if turns.contains(&Turn::Answer) && turns.contains(&Turn::Question) {
        return (turns, None);
    }
    let labels: Vec<Option<&str>> = doc
        .paragraphs
        .iter()
        .map(|p| speaker_label(&p.text))
        .collect();
    let mut order: Vec<(&str, usize)> = Vec::new();
    for l in labels.iter().flatten() {
        match order.iter_mut().find(|(x, _)| x == l) {
            Some(e) => e.1 += 1,
            None => order.push((l, 1)),
        }
    }
    let labelled = labels.iter().flatten().count();
    let [(first, n1), (second, n2)] = order[..] else {
        return (unlabelled_interview(doc).unwrap_or(turns), None);
    };
    // Alternation: consecutive labelled paragraphs mostly change speaker.
    let seq: Vec<&str> = labels.iter().flatten().copied().collect();
    let changes = seq.windows(2).filter(|w| w[0] != w[1]).count();
    if n1 < 2 || n2 < 2 || labelled < 4 || changes * 3 < (labelled - 1) * 2 {
        return (unlabelled_interview(doc).unwrap_or(turns), None);
    }
    let title = doc.title.to_lowercase();
    let in_title = |l: &str| {
        let l = l.to_lowercase();
        title
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| !w.is_empty() && w == l)
    };
    let answer = if in_title(first) && !in_title(second) {
        first
    } else {
        second
    };
    let turns = labels
        .iter()
        .map(|l| match l {
            Some(l) if *l == answer => Turn::Answer,
            Some(_) => Turn::Question,
            None => Turn::Prose,
        })
        .collect();
    (turns, Some(answer.to_string()))
}

/// Words in a lower-case text that show an interview follows: the introduction of a
/// Q&A says who spoke to whom (`She spoke to The Ledger by phone`, `This interview has
/// been edited for length`).
const INTERVIEW_CUES: [&str; 8] = [
    "interview",
    "spoke to",
    "spoke with",
    "talked to",
    "talked with",
    "in conversation with",
    "q&a",
    "edited for length",
];

/// Most words a question of an interview has (a question may quote someone first).
const QUESTION_WORDS: usize = 60;

/// A paragraph that is one of the interviewer's questions when the source marked them
/// only by type (bold): a short paragraph of at most three sentences ending in `?`.
fn question_paragraph(para: &crate::document::Paragraph) -> bool {
    para.kind == ParagraphKind::Body
        && para.text.trim_end().ends_with('?')
        && para.sentences.len() <= 3
        && fewer_words_than(&para.text, QUESTION_WORDS)
}

/// True when a paragraph has a first-person word outside quote marks (a cheap test on
/// the words as split by spaces; quote marks are rare in answers).
fn speaks_in_first_person(text: &str) -> bool {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .any(|w| !w.is_empty() && lexicon::with_lower(w, first_person))
}

/// The turns of a Q&A whose questions carry no `Q:` label (they were set in bold): at
/// least three short paragraphs ending in `?`, each followed by an answer and together
/// at least a quarter of the paragraphs they span, right after an introduction (or
/// under a title) that speaks of an interview, with answers mostly in the first person. Every paragraph between two questions is an answer; after the last
/// question the answer runs on while its paragraphs still speak in the first person
/// (the bios and links that close the page do not).
fn unlabelled_interview(doc: &Document) -> Option<Vec<Turn>> {
    let paras = &doc.paragraphs;
    let questions: Vec<usize> = (0..paras.len())
        .filter(|&p| question_paragraph(&paras[p]))
        .collect();
    let (&first, &last) = (questions.first()?, questions.last()?);
    if questions.len() < 3 || first == 0 || last + 1 >= paras.len() {
        return None;
    }
    // Questions alternate with answers: adjacent questions, or a few questions far
    // apart (a column's rhetorical ones), are no interview.
    if questions.windows(2).any(|w| w[1] == w[0] + 1) || questions.len() * 4 < last - first + 1 {
        return None;
    }
    let cue = |t: &str| {
        let t = t.to_lowercase();
        INTERVIEW_CUES.iter().any(|c| t.contains(c))
    };
    // The introduction just before the first question (or the title) says so.
    if !cue(&doc.title)
        && !paras[first.saturating_sub(2)..first]
            .iter()
            .any(|p| cue(&p.text))
    {
        return None;
    }
    // The answer that follows each question speaks in the first person, mostly.
    let mut ends: Vec<usize> = questions[1..].to_vec();
    ends.push(paras.len());
    let first_person_answers = questions
        .iter()
        .zip(&ends)
        .filter(|(q, end)| (**q + 1..**end).any(|p| speaks_in_first_person(&paras[p].text)))
        .count();
    if first_person_answers * 2 < questions.len() {
        return None;
    }
    let mut turns = vec![Turn::Prose; paras.len()];
    for (k, &q) in questions.iter().enumerate() {
        turns[q] = Turn::Question;
        let end = questions.get(k + 1).copied().unwrap_or(paras.len());
        for p in q + 1..end {
            let trailing = k + 1 == questions.len() && p > q + 1;
            if paras[p].kind == ParagraphKind::ListItem
                || trailing && !speaks_in_first_person(&paras[p].text)
            {
                break;
            }
            turns[p] = Turn::Answer;
        }
    }
    Some(turns)
}

/// Byte offset where an answer's words begin after its `A:` marker or speaker label
/// (the start of its text when it has none).
fn answer_start(text: &str) -> usize {
    let labelled = turn(text) == Turn::Answer
        || speaker_label(text).is_some()
        || role_label(text).is_some()
        || bracket_label(text).is_some()
        || staff_label(text).is_some();
    let colon = if labelled {
        text.find(':').map_or(0, |i| i + 1)
    } else {
        0
    };
    colon + (text[colon..].len() - text[colon..].trim_start().len())
}

/// Quoted spans per paragraph: marks, plus whole answers and unmarked block quotes.
fn quoted_spans(doc: &Document, turns: &[Turn]) -> Vec<Vec<marks::QuoteSpan>> {
    let mut spans = marks::find(doc);
    let mut next_chain = spans
        .iter()
        .flatten()
        .map(|s| s.chain + 1)
        .max()
        .unwrap_or(0)
        + 1;
    for (i, para) in doc.paragraphs.iter().enumerate() {
        let whole = match turns[i] {
            Turn::Answer => Some(answer_start(&para.text)..para.text.trim_end().len()),
            Turn::Question => Some(0..para.text.len()),
            // `— Jane Roe (@jroe) May 2, 2026` under an embedded post names its author:
            // it is not the post's words.
            Turn::Prose
                if para.kind == ParagraphKind::BlockQuote
                    && spans[i].is_empty()
                    && !para.text.trim_start().starts_with(['—', '–', '―']) =>
            {
                Some(0..para.text.trim_end().len())
            }
            Turn::Prose if i > 0 && spans[i].is_empty() && introduced_extract(doc, i) => {
                Some(0..para.text.trim_end().len())
            }
            Turn::Prose => None,
        };
        // A line of dialogue opened by a dash (`—We planted late —she says—. …`): its
        // spoken stretches are its quotes, whatever marks they hold.
        if whole.is_none()
            && para.kind == ParagraphKind::Body
            && let Some(parts) = marks::dialogue(&para.text)
        {
            spans[i] = parts
                .into_iter()
                .map(|inner| {
                    next_chain += 1;
                    marks::QuoteSpan {
                        inner,
                        chain: next_chain,
                        closed: true,
                    }
                })
                .collect();
            continue;
        }
        if let Some(inner) = whole {
            spans[i] = vec![marks::QuoteSpan {
                inner,
                chain: next_chain,
                closed: true,
            }];
            next_chain += 1;
        }
    }
    spans
}

/// True when paragraph `i` is an extract set out without quote marks after a paragraph
/// that introduces it with a reporting verb and a colon (`She wrote:` then the
/// judgment's words, `The minister said:` then the statement): quoted prose, as a
/// block quote is, although plain text can only show that by the colon (and an indent
/// the paragraph model does not keep). A paragraph with marks of its own is left to
/// them.
fn introduced_extract(doc: &Document, i: usize) -> bool {
    let (prev, para) = (&doc.paragraphs[i - 1], &doc.paragraphs[i]);
    if para.kind != ParagraphKind::Body
        || prev.kind != ParagraphKind::Body
        || para.text.contains(['"', '“', '”', '«', '»', '„'])
    {
        return false;
    }
    let Some(head) = prev.text.trim_end().strip_suffix(':') else {
        return false;
    };
    let verb = head
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    // Verbs of saying only (`She wrote:`, `He added:`): `Among the measures he
    // announced:` opens a list, not an extract.
    lexicon::with_lower(verb, lexicon::reporting_verb)
        .is_some_and(|class| class == lexicon::VerbClass::Clause)
}

/// What the sieves ask about each person, worked out once per document rather than at
/// every cue.
struct Traits<'a> {
    people: &'a People,
    /// An analyst or scholar ([`is_expert`]).
    expert: Vec<bool>,
    /// The descriptors' words with their lower case, one "paragraph" per person.
    descriptor_words: DocWords,
}

impl<'a> Traits<'a> {
    fn new(people: &'a People) -> Self {
        let descriptor = |id: usize| people.persons[id].descriptor.as_deref().unwrap_or("");
        let descriptor_words = DocWords::new((0..people.persons.len()).map(descriptor));
        let expert = (0..people.persons.len())
            .map(|id| {
                let ws = descriptor_words.paragraph(id);
                expert_descriptor(descriptor(id), ws.ranges, |i| ws.lower(i))
                    || people.cited.contains(&id)
            })
            .collect();
        Traits {
            people,
            expert,
            descriptor_words,
        }
    }

    /// True when person `id`'s descriptor has `word` as a whole word (case-insensitive),
    /// or as a part of a hyphenated word.
    fn has_word(&self, id: usize, word: &str) -> bool {
        // `the doctor` for someone titled `Dr`.
        if word == "doctor"
            && self.people.persons[id]
                .honorific
                .as_deref()
                .is_some_and(|h| matches!(h.trim_end_matches('.'), "Dr" | "Doctor"))
        {
            return true;
        }
        let d = self.people.persons[id].descriptor.as_deref().unwrap_or("");
        let ws = self.descriptor_words.paragraph(id);
        ws.ranges.iter().enumerate().any(|(i, r)| {
            d[r.clone()].eq_ignore_ascii_case(word) || ws.lower(i).split('-').any(|p| p == word)
        })
    }
}

/// Resolved cues of each paragraph, with the index of their sentence.
type CuesBySentence<'c> = Vec<Vec<(usize, Resolved<'c>)>>;

/// A cue with its speaker resolved (`None`: the cue names nobody the text identifies).
#[derive(Debug, Clone)]
struct Resolved<'c> {
    cue: &'c Cue,
    speaker: Option<usize>,
}

/// Roles that definite descriptions and fronted appositions give persons, by person.
type Anaphors = Vec<(usize, String)>;

/// Walks the document in order, finding cues and resolving who they name. Returns the
/// cues per paragraph and, per person, pronoun votes (male, female).
fn resolve<'c>(
    doc: &Document,
    words_of: &DocWords,
    people: &People,
    traits: &Traits,
    quoted: &[Vec<marks::QuoteSpan>],
    found: &'c [Vec<Vec<Cue>>],
    genders: Option<&[Gender]>,
) -> (CuesBySentence<'c>, Vec<(u32, u32)>, Anaphors) {
    let n = people.persons.len();
    let mut recent = vec![0u64; n];
    let mut clock = 0u64;
    let mut votes = vec![(0u32, 0u32); n];
    let experts = &traits.expert;
    let mut out = Vec::with_capacity(doc.paragraphs.len());
    let mut previous_named: Option<usize> = None;
    // The roles that definite descriptions gave persons ([`lone_subject`]).
    let mut anaphors: Vec<(usize, String)> = Vec::new();
    // The sentence's named references (one buffer for all sentences).
    let mut named: Vec<(usize, usize)> = Vec::new();
    for (p, para) in doc.paragraphs.iter().enumerate() {
        if found[p].is_empty() {
            previous_named = None;
            out.push(Vec::new());
            continue;
        }
        // Pass two keeps every cue of the paragraph.
        let kept = genders.map_or(0, |_| found[p].iter().map(Vec::len).sum());
        let mut list = Vec::with_capacity(kept);
        // The previous sentence's lone subject, for a definite role that opens the
        // next one ([`lone_subject`]).
        let mut lone: Option<usize> = None;
        for (s, sentence) in para.sentences.iter().enumerate() {
            let gender_of = |id: usize| genders.map_or(Gender::Unknown, |g| g[id]);
            // The latest subject among `ids`.
            let best = |ids: &mut dyn Iterator<Item = usize>, recent: &[u64]| {
                ids.filter(|&id| recent[id] > 0)
                    .max_by_key(|&id| recent[id])
            };
            // A mention's person (borrowing its ids: this runs for every mention).
            let pick_person = |ids: &[usize], g: Gender, recent: &[u64]| -> Option<usize> {
                if let [id] = ids {
                    return Some(*id);
                }
                // A shared surname: an honorific's gender, then the latest subject.
                let fit: Vec<usize> = ids
                    .iter()
                    .copied()
                    .filter(|&id| g == Gender::Unknown || gender_of(id) == g)
                    .collect();
                let fit = if fit.is_empty() { ids.to_vec() } else { fit };
                best(&mut fit.iter().copied(), recent).or(fit.first().copied())
            };
            let pick = |who: &Who, recent: &[u64]| -> Option<usize> {
                match who {
                    Who::Person(ids, g) => pick_person(ids, *g, recent),
                    Who::Pronoun(g) => {
                        let fits =
                            |id: &usize| gender_of(*id) == *g || gender_of(*id) == Gender::Unknown;
                        let top = best(&mut (0..n), recent)?;
                        if fits(&top) {
                            Some(top)
                        } else {
                            best(&mut (0..n).filter(|id| gender_of(*id) == *g), recent)
                        }
                    }
                    // (Only persons already met can be the latest: test that first.)
                    Who::Role(noun) => best(
                        &mut (0..n).filter(|&id| recent[id] > 0 && traits.has_word(id, noun)),
                        recent,
                    )
                    .or_else(|| {
                        // `the political scientist` for an expert described otherwise.
                        lexicon::is_expert_noun(noun)
                            .then(|| best(&mut (0..n).filter(|&id| experts[id]), recent))
                            .flatten()
                    }),
                    Who::Nobody => None,
                }
            };
            let cues = &found[p][s];
            let sentence_mentions = within(&people.mentions[p], sentence, |m| m.range.start);
            let first_mention = sentence_mentions
                .iter()
                .find(|m| !inside(&quoted[p], m.range.start));
            // A pronoun outside quotes before anyone is named is the sentence's subject
            // (`She spoke to Tomas Berg, …, about why she believes …`): the person named
            // after it is an object, and the later pronoun is the subject again.
            // So is a possessive that opens the sentence (`His proposal is …: pay
            // farmers like Ortega …`).
            let lead_pronoun = within(words_of.paragraph(p).ranges, sentence, |r| r.start)
                .iter()
                .take_while(|r| first_mention.is_none_or(|m| r.start < m.range.start))
                .filter(|r| !inside(&quoted[p], r.start))
                .enumerate()
                .find_map(|(i, r)| {
                    let raw = &para.text[r.clone()];
                    let subject = matches!(raw, "He" | "he" | "She" | "she")
                        || (i == 0 && matches!(raw, "His" | "Her"));
                    subject
                        .then(|| lexicon::with_lower(raw, lexicon::pronoun))
                        .flatten()
                });
            // A person named before the first cue is in focus for its pronouns
            // (`Żółkowski, …, is cautious — but he insists …`).
            if let Some(m) = first_mention
                && lead_pronoun.is_none()
                && cues.first().is_none_or(|c| m.range.end <= c.range.start)
                && let Some(id) = pick_person(&m.persons, m.gender, &recent)
            {
                clock += 1;
                recent[id] = clock;
            }
            let mut subject = None;
            // Named references of this sentence, by position: mentions outside quotes
            // and cues resolved without a pronoun (`the expert stated`).
            named.clear();
            named.extend(
                sentence_mentions
                    .iter()
                    .filter(|m| !inside(&quoted[p], m.range.start))
                    .filter_map(|m| {
                        pick_person(&m.persons, m.gender, &recent).map(|id| (m.range.start, id))
                    }),
            );
            for cue in cues {
                // `Dr. Ana Roe has measured the lake for years. The research scientist
                // at the Lake Institute said …`: a definite role that opens the sentence
                // and fits nobody met so far is the person the sentence before was
                // about, when it was about them alone.
                let anaphor = match &cue.who {
                    Who::Role(noun) if lone.is_some() => {
                        let head = &para.text[sentence.start..cue.range.start.max(sentence.start)];
                        let definite = para.text[sentence.start..].starts_with("The ")
                            && !head.contains([',', '“', '"', '(', ';'])
                            && sentence_mentions
                                .iter()
                                .all(|m| m.range.start >= cue.range.start);
                        let fits_other =
                            (0..n).any(|id| recent[id] > 0 && traits.has_word(id, noun));
                        (definite && !fits_other).then_some(lone).flatten()
                    }
                    _ => None,
                };
                if let Some(id) = anaphor
                    && let Some(role) = anaphor_role(&para.text, cue)
                {
                    anaphors.push((id, role));
                }
                let speaker = anaphor.or_else(|| pick(&cue.who, &recent));
                // `A senior researcher at the Lake Institute, she says …`: a role set
                // before the pronoun describes the person it resolves to.
                if genders.is_some()
                    && matches!(cue.who, Who::Pronoun(_))
                    && let Some(id) = speaker
                    && let Some(role) = fronted_role(&para.text, sentence, cue)
                {
                    anaphors.push((id, role.to_string()));
                }
                let speaker = speaker.or_else(|| {
                    let id = (subject.is_none()
                        && cue.who == Who::Nobody
                        && cue.complement.is_some()
                        && sentence_mentions.is_empty())
                    .then(|| named_next(para, people, traits, &found[p], (p, s), cue))
                    .flatten()?;
                    // The role that brought them in (`A sociologist who …`) describes
                    // them too.
                    if genders.is_some()
                        && let Some(role) = indefinite_phrase(&para.text, sentence, cue.range.end)
                    {
                        anaphors.push((id, role.to_string()));
                    }
                    Some(id)
                });
                if subject.is_none() {
                    subject = speaker;
                }
                // A person named by a cue is in focus for the sentence's later pronouns
                // (`X announced …, which she described as …`).
                if let (Who::Person(..), Some(id)) = (&cue.who, speaker) {
                    clock += 1;
                    recent[id] = clock;
                }
                if let (Who::Role(_), Some(id)) = (&cue.who, speaker) {
                    named.push((cue.range.start, id));
                }
                if genders.is_some() {
                    list.push((s, Resolved { cue, speaker }));
                }
            }
            named.sort_unstable();
            // Without a cue, the first person named outside quotes is the subject,
            // unless a pronoun came before them.
            if subject.is_none() && lead_pronoun.is_none() {
                subject = first_mention.and_then(|m| pick_person(&m.persons, m.gender, &recent));
            }
            // Pronouns outside quotes vote for the gender of the first person named
            // before them in the sentence, or else in the sentence before; only such
            // close, unambiguous antecedents vote.
            if genders.is_none() {
                for r in within(words_of.paragraph(p).ranges, sentence, |r| r.start) {
                    let raw = &para.text[r.clone()];
                    if raw.len() > 7
                        || !matches!(raw.as_bytes()[0] | 0x20, b'h' | b's')
                        || inside(&quoted[p], r.start)
                    {
                        continue;
                    }
                    if let Some(g) = lexicon::with_lower(raw, lexicon::pronoun) {
                        // After a subject pronoun of the same gender, the named person
                        // in between is no antecedent.
                        let here = named
                            .iter()
                            .find(|(at, _)| *at < r.start)
                            .map(|x| x.1)
                            .filter(|_| lead_pronoun != Some(g));
                        if let Some(id) = here.or(previous_named) {
                            vote(&mut votes[id], g);
                        }
                    }
                }
            }
            previous_named = named.first().map(|x| x.1);
            lone = lone_subject(para, sentence, &named, subject, sentence_mentions);
            if let Some(id) = subject {
                clock += 1;
                recent[id] = clock;
            }
        }
        out.push(list);
    }
    (out, votes, anaphors)
}

/// The role a definite description gives its person (`The research scientist at the
/// Lake Institute said` → `research scientist at the Lake Institute`): the cue's words
/// before its verb, without the article.
fn anaphor_role(text: &str, cue: &Cue) -> Option<String> {
    let words = text.get(cue.range.clone())?;
    let (role, _verb) = words.trim_end().rsplit_once(' ')?;
    let role = role.strip_prefix("The ").unwrap_or(role).trim();
    (!role.is_empty() && role.len() <= 120).then(|| role.to_string())
}

/// The indefinite role that opens a sentence and is set off by a comma right before
/// the cue's pronoun (`A senior researcher at the Lake Institute, she says`): the role
/// without its article, when it has a role noun and no other comma.
fn fronted_role<'t>(text: &'t str, sentence: &Range<usize>, cue: &Cue) -> Option<&'t str> {
    let head = text.get(sentence.start..cue.range.start)?.trim_end();
    let role = head.strip_suffix(',')?;
    let role = role
        .strip_prefix("A ")
        .or_else(|| role.strip_prefix("An "))?;
    // `A young nurse can earn twice as much abroad, he said`: a modal or a form of
    // `be`/`have` makes it a clause, the statement itself, not a noun phrase.
    let clause = role.split(' ').any(|w| {
        matches!(
            w,
            "can"
                | "could"
                | "will"
                | "would"
                | "may"
                | "might"
                | "must"
                | "should"
                | "is"
                | "are"
                | "was"
                | "were"
                | "has"
                | "have"
                | "had"
        )
    });
    let fits = !clause
        && !role.contains([',', ';', '“', '"', '(', '—'])
        && role.len() <= 120
        && role
            .split(' ')
            .take(4)
            .any(|w| lexicon::with_lower(w, lexicon::is_role_noun));
    fits.then_some(role)
}

/// Longest descriptor that [`describe_by_anaphors`] still adds a role to.
const MAX_DESCRIPTOR_GROWTH: usize = 160;

/// Adds the roles that definite descriptions gave persons to their descriptors: a
/// person the text brought in by name alone (`Ana Roe (Harbour Bank) was sceptical.
/// The bank's head of research said …`) is described by that role, and one with a
/// descriptor that lacks it gains it after a comma.
fn describe_by_anaphors(people: &mut People, anaphors: Vec<(usize, String)>) {
    for (id, role) in anaphors {
        let person = &mut people.persons[id];
        // (A descriptor that is long already stays as it is: a text with many
        // roles for one person must not grow it, nor the test, without bound.)
        person.descriptor = Some(match person.descriptor.take() {
            None => role,
            Some(d) if d.len() > MAX_DESCRIPTOR_GROWTH => d,
            Some(d) if d.to_lowercase().contains(&role.to_lowercase()) => d,
            Some(d) => format!("{d}, {role}"),
        });
    }
}

/// The person a sentence is about alone: it opens with their name (and title), names
/// nobody else outside quotes, and has no other role noun in lower case (`Ana Roe met
/// the minister.` may go on with `The minister said …`, who is someone else).
fn lone_subject(
    para: &crate::document::Paragraph,
    sentence: &Range<usize>,
    named: &[(usize, usize)],
    subject: Option<usize>,
    mentions: &[people::Mention],
) -> Option<usize> {
    let id = subject?;
    if named.is_empty() || named.iter().any(|x| x.1 != id) {
        return None;
    }
    let first = mentions.first()?;
    let text = &para.text;
    if text
        .get(sentence.start..first.range.start)?
        .chars()
        .any(char::is_alphanumeric)
    {
        return None;
    }
    let mut at = sentence.start;
    for w in text[sentence.start..sentence.end].split(' ') {
        let from = at;
        at += w.len() + 1;
        if mentions.iter().any(|m| m.range.contains(&from)) {
            continue;
        }
        let w = w.trim_matches(|c: char| !c.is_alphabetic());
        if w.starts_with(char::is_lowercase) && lexicon::is_role_noun(w) {
            return None;
        }
    }
    Some(id)
}

/// The head noun of an indefinite role that opens a sentence before the cue ending at
/// byte `cue` (`A freight lawyer who has advised carriers for a decade said`, `An
/// economist at a Lisbon bank said` → `lawyer`, `economist`): an unnamed voice.
fn indefinite_role<'t>(text: &'t str, sentence: &Range<usize>, cue: usize) -> Option<&'t str> {
    let head = text.get(sentence.start..cue)?.trim_start();
    let rest = head
        .strip_prefix("A ")
        .or_else(|| head.strip_prefix("An "))?;
    // The role noun within the article's next four words, before any `who`/`with`
    // clause or punctuation.
    let mut role = None;
    for w in rest.split(' ').take(4) {
        if w.is_empty() || !w.chars().all(|c| c.is_alphabetic() || c == '-') {
            break;
        }
        if lexicon::with_lower(w, lexicon::is_role_noun) {
            role = Some(w);
        } else if role.is_some() {
            break;
        }
    }
    role
}

/// The words of the indefinite role that opens a sentence, from after its article to
/// its head noun (`A freight lawyer who …` → `freight lawyer`), as [`indefinite_role`]
/// finds it.
fn indefinite_phrase<'t>(text: &'t str, sentence: &Range<usize>, cue: usize) -> Option<&'t str> {
    let role = indefinite_role(text, sentence, cue)?;
    let head = text.get(sentence.start..cue)?.trim_start();
    let rest = head
        .strip_prefix("A ")
        .or_else(|| head.strip_prefix("An "))?;
    let from = rest.as_ptr() as usize - text.as_ptr() as usize;
    let end = role.as_ptr() as usize - text.as_ptr() as usize + role.len();
    text.get(from..end)
}

/// Whether person `id`'s descriptor fits the role noun `role`: it has the noun, or the
/// role is a lawyer's and they are a partner at a law firm.
fn fits_role(traits: &Traits, id: usize, role: &str) -> bool {
    let lower = role.to_lowercase();
    if traits.has_word(id, &lower) {
        return true;
    }
    let lawyer = matches!(
        lower.as_str(),
        "lawyer" | "attorney" | "solicitor" | "barrister" | "advocate"
    );
    let d = traits.people.persons[id]
        .descriptor
        .as_deref()
        .unwrap_or("");
    let ws = traits.descriptor_words.paragraph(id);
    lawyer && law_firm_partner(d, (0..ws.ranges.len()).map(|i| ws.lower(i)))
}

/// News often brings in a voice by role and names it in the next sentence: `A freight
/// lawyer said the rise would be challenged. Peter Anand, a lawyer at Anand & Rowe,
/// said the board had not consulted users.` The sentence's first cue, with no subject
/// the text names and an indefinite role (`A/An … ROLE`) opening the sentence, is the
/// person the next sentence opens with and introduces (their first mention, set off by
/// a comma) when their descriptor fits that role and a cue of that next sentence
/// names them too. An unrelated role (`A port economist said … Ana Roe, a historian,
/// said …`) stays unattributed.
fn named_next(
    para: &crate::document::Paragraph,
    people: &People,
    traits: &Traits,
    found: &[Vec<Cue>],
    (p, s): (usize, usize),
    cue: &Cue,
) -> Option<usize> {
    let next_cues = found.get(s + 1)?;
    // Cheap test first: a cue naming one person in the next sentence.
    let (id, at) = next_cues.iter().find_map(|c| match &c.who {
        Who::Person(ids, _) if ids.len() == 1 => Some((ids[0], c.range.start)),
        _ => None,
    })?;
    if people.persons[id].first != (p, at) {
        return None;
    }
    let m = people.mentions[p].iter().find(|m| m.range.start == at)?;
    let text = &para.text;
    let next = para.sentences.get(s + 1)?;
    let lead = text.get(next.start..at)?.trim();
    let role = indefinite_role(text, &para.sentences[s], cue.range.end)?;
    // `That lawyer, Peter Anand of Anand & Rowe, said …`: the next sentence names the
    // role again with a demonstrative before the name, which ties the two itself.
    // (`A sociologist said …. The researcher, Ana Roe, said …`: a definite scholar's
    // role names the scholar the sentence before brought in, in other words.)
    let again = demonstrative_role(lead).is_some_and(|r| {
        r.eq_ignore_ascii_case(role)
            || lead.starts_with("The ")
                && lexicon::with_lower(r, lexicon::is_expert_noun)
                && lexicon::with_lower(role, lexicon::is_expert_noun)
    });
    let opens = lead.is_empty() || again;
    let apposition = text[m.range.end..].starts_with(", ") || again;
    // `pointed to a problem`: evidence pointed to, not words reported.
    let verb = text[..cue.range.end]
        .trim_end()
        .rsplit(' ')
        .next()
        .unwrap_or("");
    if lexicon::points(verb) {
        return None;
    }
    (opens && apposition && (again || fits_role(traits, id, role))).then_some(id)
}

/// The role noun of a demonstrative that leads into a name (`That lawyer,`, `This
/// consultant,`, `The economist,`): the lead before the name, without its comma.
fn demonstrative_role(lead: &str) -> Option<&str> {
    let rest = lead.strip_suffix(',')?;
    let (det, role) = rest.split_once(' ')?;
    (matches!(det, "That" | "This" | "The")
        && !role.contains(' ')
        && lexicon::with_lower(role, lexicon::is_role_noun))
    .then_some(role)
}

fn vote(v: &mut (u32, u32), g: Gender) {
    match g {
        Gender::Male => v.0 += 1,
        Gender::Female => v.1 += 1,
        Gender::Unknown => {}
    }
}

/// True when `at` lies in one of `spans` (sorted and disjoint).
fn inside(spans: &[marks::QuoteSpan], at: usize) -> bool {
    let i = spans.partition_point(|s| s.inner.end <= at);
    spans.get(i).is_some_and(|s| s.inner.start <= at)
}

/// The items of a position-sorted list that start inside `range`.
fn within<'a, T>(items: &'a [T], range: &Range<usize>, start: impl Fn(&T) -> usize) -> &'a [T] {
    let from = items.partition_point(|x| start(x) < range.start);
    let to = items.partition_point(|x| start(x) < range.end);
    &items[from..to.max(from)]
}

/// The person an interview is with: named in the title, else the first person named
/// before the first question.
fn interviewee(
    doc: &Document,
    people: &People,
    turns: &[Turn],
    label: Option<&str>,
) -> Option<usize> {
    // Turns labelled with a surname (`HALVORSEN:`) name the person.
    if let Some(l) = label.map(str::to_lowercase)
        && let Some(id) = people.persons.iter().position(|p| {
            p.name
                .rsplit(' ')
                .next()
                .is_some_and(|s| s.to_lowercase() == l)
        })
    {
        return Some(id);
    }
    let title = doc.title.to_lowercase();
    if let Some(id) = people
        .persons
        .iter()
        .position(|p| title.contains(&p.name.to_lowercase()))
    {
        return Some(id);
    }
    let first_q = turns.iter().position(|t| *t != Turn::Prose)?;
    // Questions without a label: the introduction just before them presents the
    // interviewee (the opening paragraphs tell the news and name others).
    if label.is_none() && turn(&doc.paragraphs[first_q].text) == Turn::Prose {
        return people.mentions[..first_q]
            .iter()
            .rev()
            .find(|list| !list.is_empty())
            .and_then(|list| list.first())
            .and_then(|m| m.persons.first().copied());
    }
    people.mentions[..first_q]
        .iter()
        .flatten()
        .find_map(|m| m.persons.first().copied())
}

/// One statement before it is grouped by speaker.
#[derive(Debug, Clone)]
struct Statement {
    speaker: usize,
    kind: QuoteKind,
    paragraph: usize,
    span: Range<usize>,
}

/// How sure the attribution of a quoted span is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Attribution {
    /// No sieve has decided yet.
    Open,
    /// A cue names someone the text does not identify: leave it unattributed.
    Nobody,
    Speaker(usize),
}

/// True when `s` has fewer than `n` words (counting stops at `n`).
fn fewer_words_than(s: &str, n: usize) -> bool {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .nth(n.saturating_sub(1))
        .is_none()
}

/// A quote of a title or name (`“Can Belarus Be Turned Around?”`), not a statement.
fn title_case(s: &str) -> bool {
    // The words as `split_whitespace` finds them, counted in one pass that decodes
    // only non-ASCII characters.
    let (mut words, mut caps) = (0, 0);
    let mut in_word = false;
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let (space, upper, len) = if bytes[i].is_ascii() {
            let b = bytes[i];
            // `char::is_whitespace` on ASCII.
            let space = matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ');
            (space, b.is_ascii_uppercase(), 1)
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            (c.is_whitespace(), c.is_uppercase(), c.len_utf8())
        };
        i += len;
        if space {
            in_word = false;
        } else if !in_word {
            in_word = true;
            words += 1;
            caps += usize::from(upper);
        }
        // The rest of a word: printable ASCII never ends it.
        if in_word {
            while bytes.get(i).is_some_and(|b| (0x21..0x80).contains(b)) {
                i += 1;
            }
        }
    }
    words >= 3 && caps * 10 >= words * 7
}

/// Finds the statements and runs the attribution sieves.
fn statements(
    doc: &Document,
    quoted: &[Vec<marks::QuoteSpan>],
    cues: &[Vec<(usize, Resolved<'_>)>],
    turns: &[Turn],
    interviewee: Option<usize>,
    (voices, heads): (&[Option<usize>], &[HeadedBy]),
    people: &People,
) -> Vec<Statement> {
    let sentence_of = |p: usize, at: usize| -> usize {
        let ss = &doc.paragraphs[p].sentences;
        ss.partition_point(|s| s.end <= at)
            .min(ss.len().saturating_sub(1))
    };
    let to_attr = |r: &Resolved| r.speaker.map_or(Attribution::Nobody, Attribution::Speaker);
    // Sieves 1–2: a cue beside the quote, then a cue in its sentence.
    let mut attr: Vec<Vec<Attribution>> = Vec::with_capacity(quoted.len());
    for (p, spans) in quoted.iter().enumerate() {
        let text = &doc.paragraphs[p].text;
        let mut list = Vec::with_capacity(spans.len());
        for span in spans {
            if turns[p] == Turn::Answer {
                list.push(interviewee.map_or(Attribution::Nobody, Attribution::Speaker));
                continue;
            }
            if turns[p] == Turn::Question {
                list.push(Attribution::Nobody);
                continue;
            }
            let close = span.inner.end;
            let open = span.inner.start;
            let s_open = sentence_of(p, open);
            let s_close = sentence_of(p, close.saturating_sub(1));
            // Only the cues of the quote's own sentences (and the next) can be beside it.
            let lo = cues[p].partition_point(|(s, _)| *s < s_open);
            let hi = cues[p].partition_point(|(s, _)| *s <= s_close + 1);
            let near = &cues[p][lo..hi.max(lo)];
            let beside = near.iter().find(|(_, r)| {
                let after = r.cue.range.start >= close
                    && text[close..r.cue.range.start]
                        .chars()
                        .all(|c| !c.is_alphanumeric())
                    && r.cue.range.start - close < 12;
                let before = r.cue.range.end <= open
                    && text[r.cue.range.end..open]
                        .trim_end()
                        .ends_with([':', ',', '“', '"', '«', '„'])
                    && text[r.cue.range.end..open]
                        .chars()
                        .filter(|c| c.is_alphanumeric())
                        .count()
                        == 0;
                after || before
            });
            let same_sentence = || {
                near.iter()
                    .filter(|(s, r)| {
                        (*s == s_close && r.cue.range.start >= close)
                            || (*s == s_open
                                && r.cue.range.end <= open
                                && !relayed_by_document(&text[r.cue.range.end..open]))
                    })
                    .min_by_key(|(_, r)| {
                        if r.cue.range.start >= close {
                            r.cue.range.start - close
                        } else {
                            open - r.cue.range.end
                        }
                    })
            };
            let found = beside.or_else(same_sentence);
            // A quote its sentence hands to a document is nobody's (not even the
            // paragraph's only speaker's, below).
            let relayed = || {
                near.iter().any(|(s, r)| {
                    *s == s_open
                        && r.cue.range.end <= open
                        && relayed_by_document(&text[r.cue.range.end..open])
                })
            };
            list.push(match found {
                Some((_, r)) => to_attr(r),
                None if relayed() => Attribution::Nobody,
                None => Attribution::Open,
            });
        }
        attr.push(list);
    }
    // Sieve 3: every part of a quotation over several paragraphs shares its speaker.
    let mut chain_attr: FxHashMap<usize, Attribution> = FxHashMap::default();
    for (p, spans) in quoted.iter().enumerate() {
        for (k, span) in spans.iter().enumerate() {
            if attr[p][k] != Attribution::Open {
                chain_attr.entry(span.chain).or_insert(attr[p][k]);
            }
        }
    }
    for (p, spans) in quoted.iter().enumerate() {
        for (k, span) in spans.iter().enumerate() {
            if attr[p][k] == Attribution::Open
                && let Some(&a) = chain_attr.get(&span.chain)
            {
                attr[p][k] = a;
            }
        }
    }
    let mut out: Vec<Statement> = Vec::new();
    let mut last_speaker_of: Vec<Option<usize>> = vec![None; doc.paragraphs.len()];
    for (p, spans) in quoted.iter().enumerate() {
        let text = &doc.paragraphs[p].text;
        // Sieve 4: the paragraph's other quotes, then its only cue speaker.
        let attributed: Vec<(usize, usize)> = spans
            .iter()
            .enumerate()
            .filter_map(|(k, _)| match attr[p][k] {
                Attribution::Speaker(id) => Some((k, id)),
                _ => None,
            })
            .collect();
        let mut cue_speakers: Vec<usize> = cues[p].iter().filter_map(|(_, r)| r.speaker).collect();
        cue_speakers.dedup();
        for (k, a) in attr[p].iter_mut().enumerate() {
            if *a != Attribution::Open {
                continue;
            }
            let before = attributed.iter().rev().find(|(j, _)| *j < k).map(|x| x.1);
            let after = attributed.iter().find(|(j, _)| *j > k).map(|x| x.1);
            if let Some(id) = before.or(after) {
                *a = Attribution::Speaker(id);
            } else if cue_speakers.len() == 1 {
                *a = Attribution::Speaker(cue_speakers[0]);
            }
        }
        // Sieve 5: a paragraph that only carries a quote on continues the previous speaker.
        let opens_with_quote = spans
            .first()
            .is_some_and(|s| text[..s.inner.start].chars().all(|c| !c.is_alphanumeric()));
        // Under a person's name-and-role heading, the block's first such paragraph is
        // theirs, and later ones are when no earlier speaker carries on.
        if opens_with_quote && cues[p].is_empty() {
            let head = heads[p];
            let carried = match head {
                Some((id, true)) => Some(id),
                _ if p == 0 => None,
                _ => {
                    let prev = &doc.paragraphs[p - 1].text;
                    name_line_person(prev, people)
                        .or(last_speaker_of[p - 1])
                        .or_else(|| {
                            prev.trim_end()
                                .ends_with(':')
                                .then(|| cues[p - 1].iter().rev().find_map(|(_, r)| r.speaker))
                                .flatten()
                        })
                        .or(head.map(|(id, _)| id))
                }
            };
            if let Some(id) = carried {
                for a in attr[p].iter_mut() {
                    if *a == Attribution::Open {
                        *a = Attribution::Speaker(id);
                    }
                }
            }
        }
        let mut found: Vec<Statement> = Vec::new();
        for (k, span) in spans.iter().enumerate() {
            let Attribution::Speaker(id) = attr[p][k] else {
                continue;
            };
            let words = &text[span.inner.clone()];
            let whole =
                span.inner.start <= 1 + text.len() - text.trim_start().len() && !span.closed;
            // Short quotes count only as sentences of their own (`“So nobody will.”`),
            // not as terms inside narration (a scare quote).
            let sentences = &doc.paragraphs[p].sentences;
            let s_open = sentences.partition_point(|s| s.end <= span.inner.start);
            let sentence_start = sentences.get(s_open).map_or(0, |s| s.start);
            let own_sentence = text
                .get(sentence_start..span.inner.start)
                .is_some_and(|b| b.chars().all(|c| !c.is_alphanumeric()))
                && words.trim_end().ends_with(['.', '!', '?', ',']);
            let short = fewer_words_than(words, MIN_QUOTE_WORDS) && !own_sentence;
            if !whole && (short || title_case(words)) {
                continue;
            }
            found.push(Statement {
                speaker: id,
                kind: QuoteKind::Direct,
                paragraph: p,
                span: trim(text, span.inner.clone()),
            });
        }
        // Reported clauses: every cue with a resolved speaker and a clause.
        for (_, r) in &cues[p] {
            if let (Some(id), Some(c)) = (r.speaker, &r.cue.complement) {
                found.push(Statement {
                    speaker: id,
                    kind: QuoteKind::Indirect,
                    paragraph: p,
                    span: trim(text, c.clone()),
                });
            }
        }
        // A contributor's paragraph under their heading is their statement, whole.
        if let Some(id) = voices[p]
            && !found.iter().any(|s| s.speaker == id)
        {
            found.push(Statement {
                speaker: id,
                kind: QuoteKind::Direct,
                paragraph: p,
                span: trim(text, 0..text.len()),
            });
        }
        found.retain(|s| !s.span.is_empty());
        found.sort_by_key(|s| s.span.start);
        last_speaker_of[p] = found.last().map(|s| s.speaker);
        out.extend(found);
    }
    out
}

/// True when the text between a cue and the quote after it hands the quote to a
/// document (`Roe pointed to the fiscal note, which says the cost “has not been
/// estimated”`): a relative `which`/`that` with a verb of writing quotes the report,
/// filing or note, not the speaker, whose own words these are not.
fn relayed_by_document(between: &str) -> bool {
    let mut prev_relative = false;
    for w in between.split(|c: char| !c.is_alphanumeric()) {
        if w.is_empty() {
            continue;
        }
        if prev_relative
            && matches!(
                w,
                "says"
                    | "said"
                    | "reads"
                    | "read"
                    | "states"
                    | "stated"
                    | "notes"
                    | "noted"
                    | "warns"
                    | "warned"
                    | "concludes"
                    | "concluded"
                    | "estimates"
            )
        {
            return true;
        }
        prev_relative = matches!(w, "which" | "that");
    }
    false
}

/// Narrows a range to its words: no surrounding spaces or trailing commas.
fn trim(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let t = s.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    let lead = t.len() - t.trim_start().len();
    r.start + lead..r.start + t.len()
}

/// An analyst or scholar by how the text introduces them, rather than an official.
pub fn is_expert(descriptor: Option<&str>) -> bool {
    let Some(d) = descriptor else {
        return false;
    };
    let ranges = people::words(d);
    let ws: Vec<String> = ranges.iter().map(|r| d[r.clone()].to_lowercase()).collect();
    expert_descriptor(d, &ranges, |i| ws[i].as_str())
}

/// The expert test over a descriptor `d` whose words are at `ranges`, `lower(i)` giving
/// word `i` in lower case: one test for [`is_expert`] and the per-document
/// [`Traits`], which keep the lower-case words in different tables.
fn expert_descriptor<'w>(
    d: &str,
    ranges: &[Range<usize>],
    lower: impl Fn(usize) -> &'w str + Copy,
) -> bool {
    let words = (0..ranges.len()).map(lower);
    (is_expert_by_words(words.clone())
        || law_firm_partner(d, words.clone())
        || field_engineer(d, ranges, lower)
        || field_lawyer(d, ranges, lower))
        && !speaks_for_public_body(d, ranges, lower)
        && !holds_national_post(d, ranges, lower)
        && !public_body_possessive(words)
}

/// `the department's director of research`, `the ministry's chief scientist`: a post
/// the text gives as a government body's own is an official's, whatever its field, as
/// with [`speaks_for_public_body`].
fn public_body_possessive<'w>(mut ws: impl Iterator<Item = &'w str>) -> bool {
    ws.any(|w| {
        let owner = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"));
        owner.is_some_and(|o| matches!(o, "department" | "ministry" | "bureau" | "government"))
    })
}

/// `a desalination engineer`, `a subsea cable engineer`: an engineer the text names
/// by the field they work in (a lower-case noun right before `engineer`) is a
/// specialist quoted for that field, as a `structural engineer` is. Ranks, workplaces
/// and trades that only say where or how high someone works (`chief engineer`, `site
/// engineer`, `a software engineer at …`, `the city engineer`) name an employee or an
/// official, not a field, and so does a capitalised employer (`a Google engineer`).
fn field_engineer<'w>(d: &str, ranges: &[Range<usize>], lower: impl Fn(usize) -> &'w str) -> bool {
    (1..ranges.len()).any(|i| {
        let m = lower(i - 1);
        lower(i) == "engineer"
            && d[ranges[i - 1].clone()].starts_with(|c: char| c.is_ascii_lowercase())
            && m.len() > 3
            && m.chars().all(|c| c.is_alphabetic() || c == '-')
            && !matches!(
                m,
                "chief"
                    | "senior"
                    | "lead"
                    | "principal"
                    | "junior"
                    | "head"
                    | "deputy"
                    | "assistant"
                    | "associate"
                    | "staff"
                    | "trainee"
                    | "graduate"
                    | "former"
                    | "retired"
                    | "veteran"
                    | "young"
                    | "qualified"
                    | "trained"
                    | "their"
                    | "another"
                    | "site"
                    | "project"
                    | "plant"
                    | "station"
                    | "city"
                    | "county"
                    | "town"
                    | "municipal"
                    | "state"
                    | "council"
                    | "district"
                    | "company"
                    | "utility"
                    | "railway"
                    | "network"
                    | "maintenance"
                    | "field"
                    | "shift"
                    | "duty"
                    | "resident"
                    | "sound"
                    | "audio"
                    | "software"
                    | "flight"
                    | "service"
            )
    })
}

/// `an environmental lawyer`, `a Lisbon water lawyer`, `a competition attorney`: a
/// lawyer the text names by the field of law they practise (a lower-case word right
/// before the noun) is quoted for that field, as a law-firm partner is. A lawyer named
/// by a side, a rank or an employer (`defence lawyer`, `the family's lawyer`, `a
/// senior lawyer`, `the city lawyer`), or one who represents or acts for a party in
/// the story, speaks for a client, not as an analyst.
fn field_lawyer<'w>(d: &str, ranges: &[Range<usize>], lower: impl Fn(usize) -> &'w str) -> bool {
    let field = (1..ranges.len()).any(|i| {
        let m = lower(i - 1);
        matches!(lower(i), "lawyer" | "attorney" | "solicitor" | "barrister")
            && d[ranges[i - 1].clone()].starts_with(|c: char| c.is_ascii_lowercase())
            // `the traders' lawyer`: a possessive names the client, not a field.
            && d.get(ranges[i - 1].end..ranges[i].start) == Some(" ")
            && m.len() > 2
            && m.chars().all(|c| c.is_alphabetic() || c == '-')
            && !matches!(
                m,
                "defence"
                    | "defense"
                    | "prosecuting"
                    | "prosecution"
                    | "trial"
                    | "family"
                    | "union"
                    | "company"
                    | "government"
                    | "state"
                    | "city"
                    | "county"
                    | "town"
                    | "council"
                    | "district"
                    | "staff"
                    | "in-house"
                    | "senior"
                    | "junior"
                    | "chief"
                    | "lead"
                    | "trainee"
                    | "young"
                    | "former"
                    | "retired"
                    | "veteran"
                    | "private"
                    | "practising"
                    | "practicing"
                    | "qualified"
                    | "their"
                    | "his"
                    | "her"
                    | "its"
                    | "our"
                    | "another"
                    | "the"
                    | "that"
                    | "this"
                    | "one"
                    | "duty"
                    | "personal"
                    | "own"
            )
    });
    field
        && !(0..ranges.len()).any(|i| {
            matches!(lower(i), "represents" | "representing" | "acting" | "acts")
                || lower(i).ends_with("'s")
                || lower(i).ends_with("’s")
        })
}

/// `a partner at the maritime law firm Roe & Poe`, `a partner at Roe Poe LLP`: a
/// lawyer in private practice at a firm the text names, quoted for the field they
/// practise (one who represents or acts for a party in the story speaks for it, and
/// a bare `partner at a law firm` says too little).
fn law_firm_partner<'w>(d: &str, ws: impl Iterator<Item = &'w str> + Clone) -> bool {
    // A firm named by the word lawyers' firms and sets take in many countries
    // (`Roe & Poe Chambers`, `Roe Solicitors`, `Roe Abogados`) is a law firm too.
    let named = d.contains(" LLP")
        || d.split(' ').any(|w| {
            matches!(
                w.trim_end_matches([',', '.', ';']),
                "Chambers" | "Solicitors" | "Abogados" | "Advogados" | "Avocats" | "Advocates"
            )
        })
        || d.find("law firm ")
            .is_some_and(|at| d[at + "law firm ".len()..].starts_with(char::is_uppercase));
    named
        && ws.clone().any(|w| w == "partner")
        && !ws
            .into_iter()
            .any(|w| matches!(w, "represents" | "representing" | "acting" | "acts"))
}

/// `England's national clinical director for cancer`, `the national cancer adviser`:
/// a post held for a whole country (written in lower case, not a `National Institute`'s
/// name) is a government office, whose holder speaks as an official even with a
/// professor's title.
fn holds_national_post<'w>(
    d: &str,
    ranges: &[Range<usize>],
    lower: impl Fn(usize) -> &'w str,
) -> bool {
    (0..ranges.len()).any(|i| {
        d[ranges[i].clone()].starts_with('n')
            && lower(i) == "national"
            && (i + 1..ranges.len().min(i + 4)).any(|t| {
                matches!(
                    lower(t),
                    "director" | "adviser" | "advisor" | "officer" | "lead" | "head" | "chief"
                )
            })
    })
}

/// `a deputy chief meteorologist at the Met Office`: a specialist employed by a
/// government office, agency or service speaks for it, as its officials do. The body
/// is the capitalised name right after the first `at`, ending in such a head noun.
fn speaks_for_public_body<'w>(
    d: &str,
    ranges: &[Range<usize>],
    lower: impl Fn(usize) -> &'w str,
) -> bool {
    let Some(at) = (0..ranges.len()).position(|i| lower(i) == "at") else {
        return false;
    };
    // The role before `at` is a specialist's, not a research post.
    if !(0..at).any(|i| lexicon::is_expert_noun(lower(i)))
        || (0..at).any(|i| lexicon::is_research_org_word(lower(i)))
    {
        return false;
    }
    let mut head = None;
    for (i, r) in ranges.iter().enumerate().skip(at + 1) {
        let w = lower(i);
        if d[r.clone()].starts_with(char::is_uppercase) {
            head = Some(w);
        } else if !matches!(w, "the" | "of" | "for" | "and") {
            break;
        }
    }
    head.is_some_and(|h| {
        matches!(
            h,
            "office"
                | "agency"
                | "ministry"
                | "department"
                | "service"
                | "bureau"
                | "administration"
        )
    })
}

/// [`is_expert`] on the descriptor's words in lower case.
fn is_expert_by_words<'w>(ws: impl Iterator<Item = &'w str> + Clone) -> bool {
    let words = || ws.clone();
    // `who teaches ninth-grade English in Columbus`: a schoolteacher, named by the
    // grade or the school they teach, speaks from the classroom, not as a scholar.
    let school_teacher = || {
        words().any(|w| matches!(w, "teaches" | "teacher"))
            && words().any(|w| {
                w.ends_with("-grade")
                    || matches!(w, "kindergarten" | "primary" | "elementary" | "pupils")
            })
            && !words().any(|w| {
                w != "teaches"
                    && w != "teacher"
                    && (lexicon::is_expert_noun(w) || w.split('-').any(lexicon::is_expert_noun))
            })
    };
    // `and is not related to the oceanographer`, `married to the economist`: a role
    // after a preposition and `the` is someone else's, named earlier in the text.
    let list: Vec<&str> = words().collect();
    let someone_elses = |i: usize| {
        i >= 2
            && list[i - 1] == "the"
            && matches!(
                list[i - 2],
                "to" | "with" | "than" | "from" | "like" | "unlike"
            )
    };
    if list.iter().enumerate().any(|(i, w)| {
        (lexicon::is_expert_noun(w) || w.split('-').any(lexicon::is_expert_noun))
            && !someone_elses(i)
    }) && !school_teacher()
    {
        return true;
    }
    // `geotechnical engineer`, `a structural engineer at …`: an engineer named by a
    // field is a specialist quoted for it (a bare or ranked `engineer`, `the chief
    // engineer of the utility`, may be any employee).
    if words().zip(words().skip(1)).any(|(a, b)| {
        b == "engineer"
            && (a.ends_with("ical")
                || a.ends_with("ic")
                || a.ends_with("ural")
                || a.ends_with("ental")
                || matches!(a, "civil" | "nuclear" | "coastal" | "traffic" | "lighting"))
    }) {
        return true;
    }
    // `a partner specialising in sovereign debt`: a practitioner quoted for a field.
    if words().any(|w| {
        matches!(
            w,
            "specialising" | "specializing" | "specialises" | "specializes"
        )
    }) {
        return true;
    }
    // `a lawyer who is not involved in the case`: an outside voice asked to comment.
    // `a portfolio manager at …`: an investor quoted for a market view.
    if words().zip(words().skip(1)).any(|(a, b)| {
        matches!((a, b), ("not" | "never", "involved"))
            || b == "manager" && matches!(a, "portfolio" | "fund" | "asset" | "investment")
    }) || words().any(|w| w == "uninvolved")
    {
        return true;
    }
    // `has acted for lenders in debt disputes, though not in this case`: the same
    // outside voice.
    if list
        .windows(4)
        .any(|w| w[0] == "not" && w[1] == "in" && matches!(w[2], "this" | "the") && w[3] == "case")
    {
        return true;
    }
    // `Dr., a lighting engineer at the Universidad Técnica`: a doctor by title at a
    // university or research institute (named in any language) works there as a
    // scholar, whatever their trade's noun.
    if words().any(|w| matches!(w, "dr" | "prof" | "professor"))
        && words().any(|w| lexicon::is_academy_word(w) || matches!(w, "observatory" | "laboratory"))
    {
        return true;
    }
    let leads = words().any(|w| {
        matches!(
            w,
            "director"
                | "head"
                | "heads"
                | "leads"
                // `who runs the health programme at the Delta Policy Forum`.
                | "runs"
                // `who directs the trade programme at the Instituto …`.
                | "directs"
                | "chair"
                | "founder"
                | "co-founder"
                | "dean"
                | "president"
                | "chief"
                | "member"
                | "associate"
        )
    });
    // `head of equity strategy`, `policy director`: leading a research field, not an
    // office.
    let field = || {
        words().any(|w| matches!(w, "strategy" | "economics" | "policy"))
            && !words().any(lexicon::is_newsmaker_noun)
    };
    // `chairs the Harbour Business Forum`: a forum or centre of businesses or traders
    // is their lobby, not a place of research.
    let research_org = |i: usize| {
        (lexicon::is_research_org_word(list[i]) || lexicon::is_analysis_firm_word(list[i]))
            && !(i > 0
                && matches!(
                    list[i - 1],
                    "business" | "businesses" | "traders" | "employers" | "industry"
                ))
    };
    leads && ((0..list.len()).any(research_org) || field())
}

/// Groups statements by person, experts first, then by first mention.
fn speakers(
    people: &People,
    traits: &Traits,
    genders: &[Gender],
    statements: Vec<Statement>,
    commentators: &[usize],
) -> Vec<Speaker> {
    let mut by_person: Vec<Vec<Statement>> = vec![Vec::new(); people.persons.len()];
    // The same span found twice (by two cues) is one statement; a set, since one
    // speaker of a long transcript can have thousands.
    let mut seen: rustc_hash::FxHashSet<(usize, usize, usize, usize)> = Default::default();
    for s in statements {
        if seen.insert((s.speaker, s.paragraph, s.span.start, s.span.end)) {
            by_person[s.speaker].push(s);
        }
    }
    let mut out: Vec<(usize, Speaker)> = Vec::new();
    for (id, mut list) in by_person.into_iter().enumerate() {
        if list.is_empty() {
            continue;
        }
        list.sort_by_key(|s| (s.paragraph, s.span.start));
        let person = &people.persons[id];
        let expert = traits.expert[id]
            || (commentators.contains(&id)
                && !person.descriptor.as_deref().is_some_and(|d| {
                    people::words(d)
                        .iter()
                        .any(|r| lexicon::is_newsmaker_noun(&d[r.clone()].to_lowercase()))
                }));
        out.push((
            id,
            Speaker {
                name: person.name.clone(),
                descriptor: person.descriptor.clone(),
                expert,
                gender: genders[id],
                aliases: person.aliases.clone(),
                quotes: Vec::new(),
                position: None,
                key_points: Vec::new(),
                first_paragraph: person.first.0,
            },
        ));
        let speaker = &mut out.last_mut().expect("just pushed").1;
        speaker.quotes = list
            .into_iter()
            .map(|s| Quote {
                text: String::new(),
                kind: s.kind,
                paragraph: s.paragraph,
                span: s.span,
            })
            .collect();
    }
    out.sort_by_key(|(id, s)| (!s.expert, people.persons[*id].first));
    out.into_iter().map(|(_, s)| s).collect()
}

/// Fills each quote's text from its paragraph (kept apart so grouping stays cheap).
fn fill_texts(doc: &Document, speakers: &mut [Speaker]) {
    for s in speakers {
        for q in &mut s.quotes {
            if let Some(p) = doc.paragraphs.get(q.paragraph)
                && let Some(t) = p.text.get(q.span.clone())
            {
                q.text = t.to_string();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Counted in one pass, the words are those of `split_whitespace`.
        #[test]
        fn title_case_counts_whitespace_separated_words(
            cs in proptest::collection::vec(
                proptest::sample::select(vec![
                    'a', 'B', ' ', '\t', '\n', '\u{b}', '\u{c}', '\u{1}', '\u{a0}', '\u{2003}',
                    '\u{85}', 'É', 'é', '“', '.',
                ]),
                0..40,
            )
        ) {
            let s: String = cs.into_iter().collect();
            let ws: Vec<&str> = s.split_whitespace().collect();
            let caps = ws
                .iter()
                .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
                .count();
            assert_eq!(title_case(&s), ws.len() >= 3 && caps * 10 >= ws.len() * 7);
            let words = s
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count();
            for n in 1..5 {
                assert_eq!(fewer_words_than(&s, n), words < n);
            }
        }
    }

    #[test]
    fn turns_labelled_by_name_are_an_interview() {
        let got = statements_of(
            "The long winter: Ingrid Halvorsen on the grid\n\nIngrid Halvorsen, an energy economist at the Bergen Institute, has studied prices for years.\n\nTHE LEDGER: Prices tripled this winter. Why?\n\nHALVORSEN: The reservoirs were low and the cables were full.\n\nTHE LEDGER: Will it happen again?\n\nHALVORSEN: Almost certainly, unless we build storage.",
        );
        let texts: Vec<(&str, &str)> = got
            .iter()
            .map(|(s, _, t)| (s.as_str(), t.as_str()))
            .collect();
        assert_eq!(
            texts,
            vec![
                (
                    "Ingrid Halvorsen",
                    "The reservoirs were low and the cables were full."
                ),
                (
                    "Ingrid Halvorsen",
                    "Almost certainly, unless we build storage."
                )
            ]
        );
    }

    #[test]
    fn capitalised_labels_that_do_not_alternate_are_prose() {
        let doc = Document::from_text(
            "Title\n\nNOTE: prices are provisional.\n\nNOTE: figures exclude taxes.\n\nUPDATE: the vote was delayed.",
        );
        let (turns, label) = interview_turns(&doc);
        assert!(turns.iter().all(|t| *t == Turn::Prose));
        assert_eq!(label, None);
    }

    #[test]
    fn headed_first_person_commentary_is_the_contributors_words() {
        let doc = Document::from_markdown(
            "# Reactions to the grid deal\n\nThe two governments signed the grid deal on Monday.\n\n## Lena Brandt, senior fellow, Northern Energy Program\n\nI have read the annex twice and it settles nothing about prices.\n\nThe cable will still be late, and the regulator knows it.\n\n## Omar Haddad, director, Gulf Markets Initiative\n\nMy worry is the financing, which nobody has explained yet.\n\n## What the deal says\n\nThe deal covers two cables and a shared market.",
        );
        let speakers = attribute(&doc);
        let of = |name: &str| {
            speakers.iter().find(|s| s.name == name).map(|s| {
                (
                    s.expert,
                    s.quotes.iter().map(|q| q.paragraph).collect::<Vec<_>>(),
                )
            })
        };
        assert_eq!(of("Lena Brandt"), Some((true, vec![1, 2])));
        assert_eq!(of("Omar Haddad"), Some((true, vec![3])));
        assert_eq!(speakers.len(), 2, "{speakers:?}");
        let lena = speakers.iter().find(|s| s.name == "Lena Brandt");
        assert_eq!(
            lena.and_then(|s| s.descriptor.as_deref()),
            Some("senior fellow, Northern Energy Program")
        );
    }

    #[test]
    fn a_name_and_role_heading_sets_the_speaker_of_the_quotes_under_it() {
        let doc = Document::from_markdown(
            "# Ask the experts: the river flood\n\nThe river rose two metres on Monday.\n\n## Lena Brandt, professor of hydrology\n\nShe studies floods, and she says the banks held.\n\n\"The levees were built for this. They did their job this time.\"\n\n## Omar Haddad, associate professor of economics\n\n\"Farmers will lose a season of barley on the low fields near the town.\n\n\"Insurance covers only a part of that loss, and late.\"",
        );
        let speakers = attribute(&doc);
        let of = |name: &str| {
            speakers.iter().find(|s| s.name == name).map(|s| {
                s.quotes
                    .iter()
                    .map(|q| q.text.split(' ').next().unwrap_or("").to_string())
                    .collect::<Vec<_>>()
            })
        };
        assert_eq!(
            of("Omar Haddad"),
            Some(vec!["Farmers".to_string(), "Insurance".to_string()])
        );
        assert!(of("Lena Brandt").is_some_and(|q| !q.iter().any(|w| w == "Farmers")));
    }

    #[test]
    fn a_quote_a_document_says_is_not_the_speakers() {
        let all = statements_of(
            "Budget fight\n\nAnalyst Mira Holt pointed to the agency's own filing, which says the cost \"has not been estimated beyond the next decade.\" That line, she said, should worry every taxpayer in the state.",
        );
        assert!(
            !all.iter()
                .any(|(_, k, t)| *k == QuoteKind::Direct && t.starts_with("has not been")),
            "{all:?}"
        );
        assert!(relayed_by_document(" to the note, which says the cost "));
        assert!(!relayed_by_document(" that the cost was "));
    }

    #[test]
    fn a_name_and_role_line_without_heading_markup_sets_the_speaker() {
        let all = statements_of(
            "Experts on the river flood\n\nThe river rose two metres on Monday, the agency said.\n\nLena Brandt, professor of hydrology\n\n\"People think a flood means the dams failed. They did not fail.\"\n\nBrandt says the banks held, and she expects the water to fall by Friday.",
        );
        assert_eq!(
            speaker_of(&all, "People think a flood").as_deref(),
            Some("Lena Brandt")
        );
    }

    #[test]
    fn two_speakers_sharing_a_surname_are_told_apart_by_title_and_order() {
        let all = statements_of(
            "Dry spell hits the valley\n\nDr. Ana Lucía Pardo Ruiz, a hydrologist at the Valley Water Institute, has tracked the rivers since May.\n\n\"The aquifer is lower than at any time since records began,\" Dr. Pardo said.\n\nMarco Pardo, who leads the growers' cooperative and is not related to the hydrologist, said farmers had cut planting by half.\n\n\"We cannot wait for rain,\" he said.\n\nDr. Pardo agreed that the pumping data should be published.",
        );
        assert_eq!(
            speaker_of(&all, "The aquifer is lower").as_deref(),
            Some("Ana Lucía Pardo Ruiz")
        );
        assert_eq!(
            speaker_of(&all, "We cannot wait").as_deref(),
            Some("Marco Pardo")
        );
        assert_eq!(
            speaker_of(&all, "pumping data").as_deref(),
            Some("Ana Lucía Pardo Ruiz")
        );
        let doc = Document::from_text(
            "Dry spell hits the valley\n\nMarco Pardo, who leads the growers' cooperative and is not related to the hydrologist, said farmers had cut planting by half.",
        );
        let marco = attribute(&doc)
            .into_iter()
            .find(|s| s.name == "Marco Pardo");
        assert_eq!(marco.map(|s| s.expert), Some(false));
    }

    #[test]
    fn scholars_cited_author_date_are_experts_and_their_findings_reported() {
        let doc = Document::from_markdown(
            "# Why ports silt up\n\nIn this post I argue that dredging is not enough. As Lindgren (2019) argues, a harbour that loses its river flow will silt up whatever is spent on it. Moreau (2022) also notes that the bay fills faster in dry years.\n\nOther studies agree (Berg and Holm 2021). The harbour engineer Ruth Berg makes the same point. As she puts it:\n\n> Dredging buys a decade at most, and then the mud comes back twice as fast.\n\nLindgren (2019) draws the obvious conclusion, arguing that the port should move.\n\n## References\n\nLindgren, K. (2019) Rivers and Ports. Oslo: Fjord Press.",
        );
        let speakers = attribute(&doc);
        let said = |name: &str, words: &str| {
            speakers.iter().any(|s| {
                s.name == name && s.expert && s.quotes.iter().any(|q| q.text.contains(words))
            })
        };
        assert!(said("Lindgren", "loses its river flow"), "{speakers:?}");
        assert!(said("Moreau", "fills faster in dry years"));
        assert!(said("Ruth Berg", "Dredging buys a decade"));
        assert!(said("Lindgren", "the port should move"));
        // The author's own argument is nobody's statement.
        assert!(speakers.iter().all(|s| {
            s.quotes
                .iter()
                .all(|q| !q.text.contains("dredging is not enough"))
        }));
    }

    #[test]
    fn an_extract_introduced_by_a_colon_is_quoted_without_marks() {
        let speakers = attribute(&Document::from_text(
            "Title\n\nWriting for the bench, Judge Mara Quint said the landlord had acted unlawfully. She wrote:\n\nTenants who have paid their rent cannot be locked out as a lever in a dispute between owners.\n\nThe ruling was welcomed by tenants.\n\nThe council said:\n\nEvery tenant will be rehoused before winter.",
        ));
        let quint = speakers.iter().find(|s| s.name == "Mara Quint").unwrap();
        assert!(
            quint.quotes.iter().any(|q| q.kind == QuoteKind::Direct
                && q.text.starts_with("Tenants who have paid their rent")),
            "{:?}",
            quint.quotes
        );
        // The council is nobody: its extract is no one's quote.
        assert!(
            speakers
                .iter()
                .flat_map(|s| &s.quotes)
                .all(|q| !q.text.contains("rehoused"))
        );
        // A list announced is no extract.
        let speakers = attribute(&Document::from_text(
            "Title\n\nMayor Ann Lind said the budget would pass. Among the measures she announced:\n\nFree buses for pupils and a new library in the north of the town.",
        ));
        assert!(
            speakers
                .iter()
                .flat_map(|s| &s.quotes)
                .all(|q| !q.text.contains("library"))
        );
    }

    #[test]
    fn an_institution_after_a_role_noun_is_no_person_and_field_heads_are_experts() {
        let speakers = attribute(&Document::from_text(
            "Title\n\nMaja Lind, a strategist at the Oslo-based asset manager Fjell Kapital, said the sale was overdue.\n\nOmar Haddad, head of equity strategy at Harbour Bank, said the shares were cheap.\n\nLea Roth, policy director at the campaign group Clean Rivers, said the rules were weak.",
        ));
        let names: Vec<(&str, bool)> = speakers
            .iter()
            .map(|s| (s.name.as_str(), s.expert))
            .collect();
        assert_eq!(
            names,
            vec![
                ("Maja Lind", true),
                ("Omar Haddad", true),
                ("Lea Roth", true)
            ]
        );
    }

    #[test]
    fn a_role_line_under_a_bare_name_heading_is_the_descriptor_not_a_statement() {
        let doc = Document::from_markdown(
            "# Will the grid hold? Two experts answer\n\nWe asked two experts the same question.\n\n### Lena Brandt\n\n*Senior fellow, Northern Energy Program, Oslo*\n\nThe short answer is no. Our models show the cables full by spring.\n\n**Bottom line:** Build storage before more cables.\n\n### Omar Haddad\n\n*Professor of economics, Gulf Markets Institute*\n\nI would start with prices, which nobody has explained yet.",
        );
        let speakers = attribute(&doc);
        let of = |name: &str| {
            speakers.iter().find(|s| s.name == name).map(|s| {
                (
                    s.expert,
                    s.descriptor.clone().unwrap_or_default(),
                    s.quotes.iter().map(|q| q.paragraph).collect::<Vec<_>>(),
                )
            })
        };
        assert_eq!(
            of("Lena Brandt"),
            Some((
                true,
                "Senior fellow, Northern Energy Program, Oslo".to_string(),
                // The Markdown loader joins the italic role line to its heading, so the
                // answers are paragraphs 1 and 2.
                vec![1, 2]
            ))
        );
        assert_eq!(
            of("Omar Haddad"),
            Some((
                true,
                "Professor of economics, Gulf Markets Institute".to_string(),
                vec![3]
            ))
        );
    }

    #[test]
    fn a_generational_suffix_does_not_hide_the_apposition_or_the_cue() {
        let all = statements_of(
            "Title\n\n\"The levy is real, but the border eats it up,\" Mario T. Reyes III, chief economist at Harbor Bank, said by phone.\n\nLuis P. Garcia Jr., president of a growers' union, said members would march on Monday.\n\nMr. Garcia said the harvest had just started.",
        );
        assert_eq!(
            speaker_of(&all, "the border eats it up").as_deref(),
            Some("Mario T. Reyes")
        );
        assert_eq!(
            speaker_of(&all, "members would march").as_deref(),
            Some("Luis P. Garcia")
        );
        assert_eq!(
            speaker_of(&all, "harvest had just started").as_deref(),
            Some("Luis P. Garcia")
        );
        let speakers = attribute(&Document::from_text(
            "Title\n\nMario T. Reyes III, chief economist at Harbor Bank, said rates would fall.",
        ));
        assert_eq!(
            speakers[0].descriptor.as_deref(),
            Some("chief economist at Harbor Bank")
        );
    }

    #[test]
    fn heading_a_unit_of_a_foreign_language_institute_is_expert() {
        assert!(is_expert(Some(
            "who heads the soil unit of the Institut national de recherche in Lyon"
        )));
        assert!(is_expert(Some(
            "director of the Universidad de Sevilla water lab"
        )));
        assert!(!is_expert(Some("who heads the regional transport office")));
    }

    #[test]
    fn engineers_named_by_a_field_noun_and_barristers_sets_are_experts() {
        assert!(is_expert(Some(
            "a drainage engineer and founder of the firm Aquaroe"
        )));
        assert!(is_expert(Some(
            "a subsea pipeline engineer who spent a decade offshore"
        )));
        assert!(is_expert(Some(
            "Dr., a ventilation engineer and principal at Roe Consulting"
        )));
        assert!(!is_expert(Some("a senior engineer at the water board")));
        assert!(!is_expert(Some("the site engineer")));
        assert!(!is_expert(Some("a software engineer at a bank")));
        assert!(!is_expert(Some("a Tesla engineer")));
        assert!(is_expert(Some("a partner at Roe & Poe Chambers")));
        assert!(is_expert(Some("a partner at Mensah Solicitors")));
        assert!(!is_expert(Some(
            "a partner at Roe & Poe Chambers representing the council"
        )));
        assert!(!is_expert(Some("a partner at Roe Holdings")));
        assert!(is_expert(Some(
            "who directs the farm programme at the Instituto de Estudios Rurales"
        )));
    }

    #[test]
    fn field_engineers_and_brokers_are_experts_and_national_posts_are_offices() {
        assert!(is_expert(Some("Structural engineer")));
        assert!(is_expert(Some("a coastal engineer with the harbour trust")));
        assert!(!is_expert(Some("an engineer at the water utility")));
        assert!(!is_expert(Some("chief engineer of the port")));
        assert!(is_expert(Some(
            "managing director of the Lagos brokerage Ikoyi Grain Brokers"
        )));
        assert!(!is_expert(Some("managing director of Ikoyi Grain Mills")));
        assert!(!is_expert(Some(
            "Prof., Scotland's national clinical director for stroke"
        )));
        assert!(is_expert(Some(
            "Prof., an epidemiologist at the National Institute of Health Research"
        )));
        assert!(is_expert(Some(
            "Advocate, has acted for lenders in debt disputes, though not in this case"
        )));
        assert!(!is_expert(Some(
            "Advocate, has acted for the lenders in this case"
        )));
    }

    #[test]
    fn directors_of_analysis_firms_are_experts() {
        assert!(is_expert(Some("associate director at Kestrel Ratings")));
        assert!(is_expert(Some(
            "a senior director at the credit rating agency Hallam"
        )));
        assert!(is_expert(Some("head of research at Dunmore Analytics")));
        assert!(!is_expert(Some("associate director at Kestrel Foods")));
    }

    #[test]
    fn law_firm_partners_are_experts_but_business_lobbies_and_ministries_are_not_research() {
        assert!(is_expert(Some(
            "a partner at the shipping law firm Orr & Lamb"
        )));
        assert!(is_expert(Some("a partner at Quill Dane LLP")));
        assert!(!is_expert(Some(
            "a partner at Quill Dane LLP representing the growers"
        )));
        assert!(!is_expert(Some(
            "who owns a bakery and chairs the Eastfield Business Forum"
        )));
        assert!(is_expert(Some("the chair of the Eastfield Policy Forum")));
        assert!(!is_expert(Some(
            "the ministry's director of housing research"
        )));
        assert!(!is_expert(Some("the government's chief scientist")));
        assert!(is_expert(Some(
            "head of research in the economics department at Tarn University"
        )));
    }

    #[test]
    fn doctors_at_universities_and_programme_leads_at_think_tanks_are_experts() {
        assert!(is_expert(Some(
            "Dr., a soil engineer at the Universidad Austral in Osorno"
        )));
        assert!(is_expert(Some(
            "Dr., a planner at the Institut für Stadtbau"
        )));
        assert!(is_expert(Some(
            "an astronomer at the Instituto de Astrofísica del Sur"
        )));
        assert!(is_expert(Some(
            "who runs the water programme at the Sahel Policy Forum"
        )));
        assert!(!is_expert(Some("Dr., Minister of State for Health")));
        // Without the title a trade's noun says nothing of scholarship (a field
        // engineer, `a soil engineer`, is an expert by [`field_engineer`] instead).
        assert!(!is_expert(Some("a planner at the Universidad Austral")));
        assert!(!is_expert(Some("who runs a bakery in Osorno")));
    }

    #[test]
    fn schoolteachers_named_by_their_grade_are_no_experts() {
        assert!(!is_expert(Some("who teaches fourth-grade maths in Toledo")));
        assert!(!is_expert(Some("a primary teacher in Leeds")));
        assert!(is_expert(Some("who teaches economics at Leeds University")));
        assert!(is_expert(Some(
            "a primary teacher and education researcher at Leeds University"
        )));
    }

    #[test]
    fn the_doctor_is_the_person_titled_dr() {
        let all = statements_of(
            "Title\n\nDr Ana Melo, who heads the lung unit of the Braga Institute, led the study.\n\n\"We are asking for five quiet hours at night,\" explains Dr Melo.\n\nThe doctor fears that the council will ignore the findings.",
        );
        assert_eq!(
            speaker_of(&all, "council will ignore").as_deref(),
            Some("Ana Melo")
        );
    }

    #[test]
    fn headed_blocks_in_the_third_person_are_not_commentary() {
        let doc = Document::from_markdown(
            "# Profiles\n\nTwo economists shaped the plan.\n\n## Lena Brandt, senior fellow, Northern Energy Program\n\nShe has written on grids for a decade and advised the ministry.",
        );
        assert!(attribute(&doc).iter().all(|s| s.quotes.is_empty()));
    }

    /// (speaker, kind, text) of every statement, in speaker order.
    fn statements_of(text: &str) -> Vec<(String, QuoteKind, String)> {
        let doc = Document::from_text(text);
        attribute(&doc)
            .into_iter()
            .flat_map(|s| {
                s.quotes
                    .into_iter()
                    .map(move |q| (s.name.clone(), q.kind, q.text))
            })
            .collect()
    }

    fn speaker_of(all: &[(String, QuoteKind, String)], words: &str) -> Option<String> {
        all.iter()
            .find(|(_, _, t)| t.contains(words))
            .map(|(s, _, _)| s.clone())
    }

    #[test]
    fn common_attribution_shapes_name_their_speakers() {
        let all = statements_of(
            "Title\n\nAccording to Noor Haddad, rents will climb by spring. “Few landlords expected it,” she said.\n\nMira Holt (Eastfield Credit Union) said loans were up sharply.\n\nAccording to Kestrel Capital's Ada Brook, the fund will close in June.\n\nAccording to Morgan Stanley, bond yields will stay high all year.",
        );
        let of = |w| speaker_of(&all, w);
        assert_eq!(of("rents will climb").as_deref(), Some("Noor Haddad"));
        assert_eq!(of("Few landlords").as_deref(), Some("Noor Haddad"));
        assert_eq!(of("loans were up").as_deref(), Some("Mira Holt"));
        assert_eq!(of("the fund will close").as_deref(), Some("Ada Brook"));
        assert_eq!(of("bond yields"), None);
    }

    #[test]
    fn a_voice_brought_in_by_role_is_the_fitting_person_named_next() {
        let all = statements_of(
            "Title\n\nA tax lawyer who has advised growers for years said the levy would be challenged. Ines Moura, a partner at the law firm Moura & Reis, said the ministry had not consulted anyone.\n\nA grain economist said harvests would dip. Karl Vinter, a historian at Tromsø University, said the silo was built in 1890.\n\nAn analyst who covers ports said volumes would halve. Lin Qiao, a senior analyst at Seabright Research, said rates had already doubled.",
        );
        let of = |w| speaker_of(&all, w);
        assert_eq!(
            of("levy would be challenged").as_deref(),
            Some("Ines Moura")
        );
        assert_eq!(of("not consulted anyone").as_deref(), Some("Ines Moura"));
        assert_eq!(of("volumes would halve").as_deref(), Some("Lin Qiao"));
        // A role the next person's descriptor does not fit stays unattributed.
        assert_eq!(of("harvests would dip"), None);
        assert_eq!(of("silo was built").as_deref(), Some("Karl Vinter"));
        // The next sentence names the role again with a demonstrative before the name.
        let all = statements_of(
            "Title\n\nThe board met on Monday.\n\nA shipping consultant who works with several carriers said fares would rise. That consultant, Mara Lindqvist of Fjord Freight Advisers, said the board had moved too late.",
        );
        let of = |w| speaker_of(&all, w);
        assert_eq!(of("fares would rise").as_deref(), Some("Mara Lindqvist"));
        assert_eq!(of("moved too late").as_deref(), Some("Mara Lindqvist"));
        let all = statements_of(
            "Title\n\nThe board met on Monday.\n\nA sociologist who studies dockers said most would retrain. The researcher, Mara Lindqvist of Fjord University, said few had been asked.\n\nA farmer said the harbour was empty. The economist, Tor Vik of Nord Bank, said rates would rise.",
        );
        let of = |w| speaker_of(&all, w);
        assert_eq!(of("most would retrain").as_deref(), Some("Mara Lindqvist"));
        let doc = Document::from_text(
            "Title\n\nThe board met on Monday.\n\nA sociologist who studies dockers said most would retrain. The researcher, Mara Lindqvist of Fjord University, said few had been asked.",
        );
        let found = attribute(&doc);
        assert_eq!(
            found[0].descriptor.as_deref(),
            Some("researcher of Fjord University, sociologist")
        );
        assert_eq!(of("harbour was empty"), None);
    }

    #[test]
    fn an_indefinite_role_opening_a_sentence_is_its_head_noun() {
        let t = "A freight lawyer who has advised carriers said the rise would be challenged.";
        let cue = t.find(" the rise").unwrap();
        assert_eq!(indefinite_role(t, &(0..t.len()), cue), Some("lawyer"));
        let t = "An economist at a Lisbon bank said rates would rise.";
        let cue = t.find(" rates").unwrap();
        assert_eq!(indefinite_role(t, &(0..t.len()), cue), Some("economist"));
        let t = "The economist said rates would rise.";
        assert_eq!(indefinite_role(t, &(0..t.len()), 17), None);
    }

    #[test]
    fn dash_dialogue_lines_are_quotes_of_the_person_in_focus() {
        let all = statements_of(
            "Title\n\nAt dawn Tomás Oliver, 61, checks the sluice gates of his orchard near Alzira. He says the canal is half empty.\n\n—We have never opened them this late —he says, pointing at the gauge—. The trees will not wait for the rain.\n\n—Nobody from the board has come to look at it.",
        );
        assert_eq!(
            speaker_of(&all, "We have never opened them this late").as_deref(),
            Some("Tomás Oliver")
        );
        assert_eq!(
            speaker_of(&all, "The trees will not wait for the rain.").as_deref(),
            Some("Tomás Oliver")
        );
        // A dialogue line with no aside carries the previous line's speaker on.
        assert_eq!(
            speaker_of(&all, "Nobody from the board has come").as_deref(),
            Some("Tomás Oliver")
        );
        // The narrator's aside is no part of the words.
        assert!(all.iter().all(|(_, _, t)| !t.contains("pointing at")));
    }

    #[test]
    fn a_person_named_by_a_cue_is_in_focus_for_later_pronouns_of_the_sentence() {
        let all = statements_of(
            "Title\n\nHelga Brandt, a hydrologist at the Moorland Institute, said the bogs were drying out.\n\nThe county's farming commissioner, Ilse Vogel, announced a grant on Friday, which she described as «a down payment on the repair», and promised to visit the worst farms next month.",
        );
        assert_eq!(
            speaker_of(&all, "a down payment on the repair").as_deref(),
            Some("Ilse Vogel")
        );
        assert_eq!(
            speaker_of(&all, "to visit the worst farms next month").as_deref(),
            Some("Ilse Vogel")
        );
    }

    #[test]
    fn a_proposal_and_a_determiner_that_are_reported() {
        let all = statements_of(
            "Title\n\nLena Holm, an economist at the Baltic Institute, spoke first. She proposed a tax on empty flats, starting in 2030, to fund new homes.\n\nHolm expects that figure to double within a decade.",
        );
        assert_eq!(
            speaker_of(&all, "a tax on empty flats").as_deref(),
            Some("Lena Holm")
        );
        assert!(
            all.iter()
                .any(|(_, _, t)| t.starts_with("that figure to double"))
        );
    }

    #[test]
    fn a_chair_in_apposition_and_a_suspicion_are_attributed() {
        let all = statements_of(
            "Ferry fares rise\n\n\
             The ferry company raised fares by a tenth on Monday.\n\n\
             The council's chair, Ines Maalouf, said the rise would hit islanders hardest.\n\n\
             Transport analyst Oskar Lind suspects that the company wants to cut winter crossings.",
        );
        assert_eq!(
            speaker_of(&all, "hit islanders hardest").as_deref(),
            Some("Ines Maalouf")
        );
        assert_eq!(
            speaker_of(&all, "cut winter crossings").as_deref(),
            Some("Oskar Lind")
        );
    }

    #[test]
    fn sieve_cue_beside_the_quote_and_inverted() {
        let all = statements_of(
            "Title\n\n“The market had been pricing in a record harvest,” said David Kessler, head of research at Harrow & Lyle. “Colombia is a small share of world volume.”",
        );
        assert_eq!(
            speaker_of(&all, "pricing in a record").as_deref(),
            Some("David Kessler")
        );
        // The paragraph's other quote joins it.
        assert_eq!(
            speaker_of(&all, "small share of world").as_deref(),
            Some("David Kessler")
        );
    }

    #[test]
    fn an_expectation_with_an_infinitive_keeps_its_verb() {
        let all = statements_of(
            "Towers\n\nRina Vale, chief executive of the builder Vale Homes, said the firm would start two towers next year and expects to finish them in 2031.\n\nThe plant is expected to close in 2030, Vale said.",
        );
        assert!(
            all.iter()
                .any(|(n, _, t)| n == "Rina Vale" && t.starts_with("expects to finish them")),
            "{all:?}"
        );
        assert!(
            !all.iter().any(|(_, _, t)| t.starts_with("expected to")),
            "{all:?}"
        );
    }

    #[test]
    fn a_hedge_in_the_first_person_leaves_the_report_inside_it() {
        let all = statements_of(
            "Dams\n\nBefore we go, I should say that the Minister of Water, Tala Moss, said on Friday that the dams would be drained in spring.",
        );
        assert_eq!(
            speaker_of(&all, "the dams would be drained").as_deref(),
            Some("Tala Moss")
        );
    }

    #[test]
    fn a_warning_after_a_possessive_is_a_noun_not_a_cue() {
        let all = statements_of(
            "Rents\n\nDr. Mia Holt, head of research at the consultancy Fenwick Partners, spoke on Monday.\n\nThe economist's warning was fair, but she argued that most of the new towers would be delayed.",
        );
        assert_eq!(
            speaker_of(&all, "most of the new towers would be delayed").as_deref(),
            Some("Mia Holt")
        );
    }

    #[test]
    fn sieve_reported_speech_according_to_and_opinion_frame() {
        let all = statements_of(
            "Title\n\nPeter Olsen, a political analyst at the Nordic Centre, believes the vote was rigged. According to Olsen, the count took far too long.\n\nIn his view, the opposition will appeal within a week.",
        );
        assert_eq!(
            speaker_of(&all, "the vote was rigged").as_deref(),
            Some("Peter Olsen")
        );
        assert_eq!(
            speaker_of(&all, "the count took far too long").as_deref(),
            Some("Peter Olsen")
        );
        assert_eq!(
            speaker_of(&all, "opposition will appeal").as_deref(),
            Some("Peter Olsen")
        );
        assert!(
            all.iter()
                .all(|(_, k, t)| *k == QuoteKind::Indirect || !t.contains("rigged"))
        );
    }

    #[test]
    fn sieve_role_noun_resolves_to_the_latest_fitting_descriptor() {
        let all = statements_of(
            "Title\n\nNina Park, an economist at the Seoul Institute, said growth would slow.\n\nTomas Varga, a political scientist at the Budapest Centre, said the vote would be close.\n\n“Prices will keep rising until the summer,” the economist said.\n\n“Nobody will win a majority this time,” the political scientist said.",
        );
        assert_eq!(
            speaker_of(&all, "Prices will keep rising").as_deref(),
            Some("Nina Park")
        );
        assert_eq!(
            speaker_of(&all, "Nobody will win a majority").as_deref(),
            Some("Tomas Varga")
        );
    }

    #[test]
    fn multi_paragraph_quote_keeps_its_speaker() {
        let all = statements_of(
            "Title\n\nAnna Berg, an economist at the Baltic Institute, said the reform had stalled.\n\n“The first part of my argument is simple.\n\nThe second part continues without a mark.\n\nAnd the last part ends here,” she said.\n\nThe parliament meets again in May.",
        );
        for part in [
            "first part of my argument",
            "second part continues",
            "last part ends here",
        ] {
            assert_eq!(
                speaker_of(&all, part).as_deref(),
                Some("Anna Berg"),
                "{part}"
            );
        }
        assert!(speaker_of(&all, "parliament meets").is_none());
    }

    #[test]
    fn pronoun_across_paragraphs_follows_gender() {
        let all = statements_of(
            "Title\n\nMaria Lopez, the labour minister, said the law would pass. She noted that unions had agreed.\n\nPeter Olsen, a political analyst at the Nordic Centre, disagrees. He believes the unions will strike.\n\nShe also warned that the budget would be cut.",
        );
        assert_eq!(
            speaker_of(&all, "the unions will strike").as_deref(),
            Some("Peter Olsen")
        );
        assert_eq!(
            speaker_of(&all, "budget would be cut").as_deref(),
            Some("Maria Lopez")
        );
    }

    #[test]
    fn two_experts_with_the_same_surname() {
        let all = statements_of(
            "Title\n\nJohn Smith, an economist at the Trade Institute, said tariffs would rise. He expects prices to follow.\n\nMary Smith, a political analyst at the Policy Centre, believes the talks will fail. She said both sides had hardened.\n\n“Nobody trusts the other side any more,” Smith said.\n\n“The tariffs will hurt farmers first of all,” Mr Smith said.",
        );
        assert_eq!(
            speaker_of(&all, "Nobody trusts").as_deref(),
            Some("Mary Smith")
        );
        assert_eq!(
            speaker_of(&all, "hurt farmers first").as_deref(),
            Some("John Smith")
        );
        let doc = Document::from_text(
            "Title\n\nJohn Smith, an economist at the Trade Institute, said tariffs would rise.\n\nMary Smith, a political analyst at the Policy Centre, believes the talks will fail.",
        );
        assert_eq!(attribute(&doc).len(), 2);
    }

    #[test]
    fn newsmaker_inside_an_experts_quote_stays_with_the_expert() {
        let all = statements_of(
            "Title\n\nKarl Weber, a senior fellow at the Danube Institute, was blunt.\n\n“When Finance Minister Otto Kranz announced that the budget was balanced, nobody in the room believed him,” Weber said.",
        );
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].0, "Karl Weber");
        assert_eq!(all[0].1, QuoteKind::Direct);
    }

    #[test]
    fn a_quote_without_a_speaker_stays_unattributed() {
        let all = statements_of(
            "Title\n\nLena Holm, an analyst at the Civic Institute, said the protests would grow.\n\n“We will not go home until the law is withdrawn,” one protester shouted.\n\nCrowds gathered again on Monday.\n\n“Nobody asked us about any of this,” a banner read.",
        );
        assert_eq!(
            speaker_of(&all, "protests would grow").as_deref(),
            Some("Lena Holm")
        );
        assert!(speaker_of(&all, "We will not go home").is_none(), "{all:?}");
        assert!(speaker_of(&all, "Nobody asked us").is_none(), "{all:?}");
    }

    #[test]
    fn interview_answers_belong_to_the_interviewee() {
        let all = statements_of(
            "Interview: Helena Marsh on chips\n\nHelena Marsh is principal analyst at Larkspur Research. She spoke to Tomas Berg, editor of The Ledger.\n\nQ: Is the glut over?\n\nA: For most products, yes. Inventories peaked last year.\n\nQ: What next?\n\nA: Watch the utilities, not the chipmakers.",
        );
        assert_eq!(
            speaker_of(&all, "Inventories peaked").as_deref(),
            Some("Helena Marsh")
        );
        assert_eq!(
            speaker_of(&all, "Watch the utilities").as_deref(),
            Some("Helena Marsh")
        );
        assert!(speaker_of(&all, "Is the glut over").is_none());
        assert!(all.iter().all(|(s, _, _)| s == "Helena Marsh"));
    }

    #[test]
    fn experts_and_newsmakers_are_told_apart_and_sorted() {
        let doc = Document::from_text(
            "Title\n\nThe country's finance minister, Omar Haddad, said the deficit would shrink.\n\nLeila Nasser, a senior researcher at the Gulf Centre for Policy Studies, said the forecast was too rosy.",
        );
        let s = attribute(&doc);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].name, "Leila Nasser");
        assert!(s[0].expert);
        assert_eq!(s[1].name, "Omar Haddad");
        assert!(!s[1].expert);
        assert_eq!(
            s[1].descriptor.as_deref(),
            Some("country's finance minister")
        );
    }

    #[test]
    fn affiliation_subject_and_short_quotes_of_their_own() {
        let all = statements_of(
            "Title\n\nMigration researcher Hanne Beirens of the Migration Policy Institute said the stalemate reflected distrust.\n\n“Nobody wants to be seen giving in,” Beirens said. “So nobody will.” She called the plan a “bad joke” again.",
        );
        assert_eq!(
            speaker_of(&all, "stalemate reflected").as_deref(),
            Some("Hanne Beirens")
        );
        assert_eq!(
            speaker_of(&all, "So nobody will").as_deref(),
            Some("Hanne Beirens")
        );
        assert!(
            speaker_of(&all, "bad joke").is_none(),
            "a scare quote is no statement"
        );
        let all = statements_of(
            "Title\n\nPrices rose on Monday.\n\nJane Roe with Harbour Bank said the rally was overdone.",
        );
        assert_eq!(
            speaker_of(&all, "rally was overdone").as_deref(),
            Some("Jane Roe")
        );
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in [
            "",
            "“",
            "\"\"\"",
            "Title\n\n«»„“‘’\"",
            "Title\n\nŻ said: “ł",
            "Title\n\nA:\n\nQ:",
        ] {
            let doc = Document::from_text(text);
            let _ = attribute(&doc);
        }
    }

    #[test]
    fn unlabelled_questions_of_an_interview() {
        let text = "A hydrologist on the dry winter\n\n\
             On Monday the governor, Tomas Berg, said that the reservoirs were full.\n\n\
             Lena Voss, a hydrologist, heads the River Basin Lab in Umea. She spoke to us by phone. The interview has been edited.\n\n\
             Were the reservoirs really full?\n\n\
             Not at all. We measured them at half their volume in March.\n\n\
             That is the lowest level in our records.\n\n\
             The governor called it \"a normal dry spell\". Do you agree?\n\n\
             No. I would call it the third dry winter in a row.\n\n\
             What happens next?\n\n\
             We will ask for a drought plan before the summer.\n\n\
             Lena Voss is the director of the River Basin Lab.";
        let all = statements_of(text);
        for words in [
            "half their volume",
            "lowest level in our records",
            "third dry winter",
            "drought plan",
        ] {
            assert_eq!(
                speaker_of(&all, words).as_deref(),
                Some("Lena Voss"),
                "{words}"
            );
        }
        assert_eq!(
            speaker_of(&all, "reservoirs were full").as_deref(),
            Some("Tomas Berg")
        );
        // The closing bio and the questions are no statements.
        assert!(speaker_of(&all, "director of the River").is_none());
        assert!(speaker_of(&all, "a normal dry spell").is_none());
        // Rhetorical questions far apart in a column are no interview.
        let column = format!(
            "Title\n\nLena Voss said in an interview that prices rose.\n\n{}",
            ["Who pays?", "Why now?", "What next?"]
                .map(|q| format!(
                    "{q}\n\nI think we pay.\n\nWe pay more.\n\nOur bills rise.\n\nMy bill rose.\n\nI know it."
                ))
                .join("\n\n")
        );
        assert!(
            !interview_turns(&Document::from_text(&column))
                .0
                .contains(&Turn::Answer)
        );
        // The same shape without an interview's introduction is an explainer.
        let doc = Document::from_text(&text.replace(
            "spoke to us by phone. The interview has been edited",
            "works there",
        ));
        assert!(!interview_turns(&doc).0.contains(&Turn::Answer));
    }

    #[test]
    fn a_presenter_who_mostly_asks_is_no_speaker_and_callers_are_named_in_brackets() {
        let doc = Document::from_text(
            "Floods on the coast\n\n\
             LENA PARK: Good evening. With me is Dr Omar Velde, a hydrologist at the Delta Lab. How high will the river get?\n\n\
             DR OMAR VELDE: Higher than last spring. The ground is already soaked through.\n\n\
             PARK: Before we go on, the Minister of Water, Rosa Tull, said on Friday that the pumps would be repaired.\n\n\
             PARK: Is that enough?\n\n\
             VELDE: Not on its own. We need the levees raised as well.\n\n\
             PARK: Let us take a call. Go ahead.\n\n\
             CALLER (NED HOLM): I farm by the river and my fields were under water for a month.\n\n\
             PARK: What do you need?\n\n\
             HOLM: Help to drain them before the planting starts.\n\n\
             PARK: Omar Velde and Ned Holm, thank you.",
        );
        let found = attribute(&doc);
        let names: Vec<&str> = found.iter().map(|s| s.name.as_str()).collect();
        assert!(!names.contains(&"Lena Park"), "{names:?}");
        let velde = found.iter().find(|s| s.name == "Omar Velde").unwrap();
        assert!(
            velde
                .quotes
                .iter()
                .any(|q| q.text.contains("ground is already soaked"))
        );
        let holm = found.iter().find(|s| s.name == "Ned Holm").unwrap();
        assert_eq!(holm.descriptor.as_deref(), Some("caller"));
        assert!(holm.quotes.iter().any(|q| q.text.contains("drain them")));
        let tull = found.iter().find(|s| s.name == "Rosa Tull").unwrap();
        assert_eq!(tull.descriptor.as_deref(), Some("Minister of Water"));
    }

    #[test]
    fn a_definite_role_after_a_sentence_about_one_person_is_them() {
        let all = statements_of(
            "Title\n\nThe lake fell again this summer.\n\nGeologist Dr. Maren Holt-Sæther has surveyed the shore since 2009. The research scientist at the Fjord Lake Institute said the water table had dropped by a metre.\n\nTomas Brandt met the mayor on Friday. The mayor said the town would pay for new wells.",
        );
        let of = |w| speaker_of(&all, w);
        assert_eq!(
            of("water table had dropped").as_deref(),
            Some("Maren Holt-Sæther")
        );
        // Another role noun in the sentence before: someone else.
        assert_eq!(of("pay for new wells"), None);
        let doc = Document::from_text(
            "Title\n\nThe lake fell again this summer.\n\nGeologist Dr. Maren Holt-Sæther has surveyed the shore since 2009. The research scientist at the Fjord Lake Institute said the water table had dropped by a metre.",
        );
        let found = attribute(&doc);
        assert_eq!(
            found[0].descriptor.as_deref(),
            Some("Geologist Dr., research scientist at the Fjord Lake Institute")
        );
        // A role set before the pronoun that speaks.
        let doc = Document::from_text(
            "Title\n\nThe lake fell again this summer.\n\nGeologist Maren Holt has warned about the lake for years. A senior researcher at the Fjord Lake Institute, she says the water table has dropped by a metre.",
        );
        let found = attribute(&doc);
        assert_eq!(
            found[0].descriptor.as_deref(),
            Some("Geologist, senior researcher at the Fjord Lake Institute")
        );
        // A fronted clause is what was said, not a role.
        let doc = Document::from_text(
            "Title\n\nThe lake fell again this summer.\n\nMaren Holt, a geologist at the Fjord Lake Institute, said wells were drying. A young farmer from the valley can lose a harvest in a week, she said.",
        );
        let found = attribute(&doc);
        assert_eq!(
            found[0].descriptor.as_deref(),
            Some("a geologist at the Fjord Lake Institute")
        );
    }

    #[test]
    fn panel_answers_under_surname_labels_are_their_statements() {
        let all = statements_of(
            "Ferry fares\n\n\
             We asked Dr Lena Vasquez-Orr, a transport economist at the Kellby Institute, and Tomas Brandt, a port analyst at Nordfjord Bank, about the fares.\n\n\
             Vasquez-Orr: Fares will have to rise again before the winter timetable.\n\n\
             Brandt: The boats are older than the crews who sail them.\n\n\
             Update: The council meets again on Friday to decide.",
        );
        assert_eq!(
            speaker_of(&all, "rise again before").as_deref(),
            Some("Lena Vasquez-Orr")
        );
        assert_eq!(
            speaker_of(&all, "older than the crews").as_deref(),
            Some("Tomas Brandt")
        );
        assert!(speaker_of(&all, "council meets again").is_none());
        // One such paragraph alone stays prose.
        let one = statements_of(
            "Ferry fares\n\n\
             Tomas Brandt, a port analyst at Nordfjord Bank, spoke on Monday.\n\n\
             Brandt: The boats are older than the crews who sail them.",
        );
        assert!(speaker_of(&one, "older than the crews").is_none());
    }

    #[test]
    fn transcript_turns_labelled_with_name_and_role() {
        let all = statements_of(
            "Barn fire\n\n\
             A barn burned on Tuesday, said Ana Ruiz, who lives next door.\n\n\
             Paul Ek said he saw the smoke from the road.\n\n\
             VIDEO TRANSCRIPT\n\n\
             JO LAKE, KXYZ 4 NEWS: Firefighters stayed all night.\n\n\
             ANA RUIZ, NEIGHBOR: The whole street smelled of smoke for hours.\n\n\
             PAUL EK, WITNESS: I saw the roof fall in and called the fire department.",
        );
        assert_eq!(
            speaker_of(&all, "smelled of smoke").as_deref(),
            Some("Ana Ruiz")
        );
        assert_eq!(speaker_of(&all, "roof fall in").as_deref(), Some("Paul Ek"));
        assert!(speaker_of(&all, "stayed all night").is_none());
    }

    #[test]
    fn an_embedded_posts_attribution_line_is_not_its_words() {
        let doc = Document::from_markdown(
            "# Grid\n\nMara Quist, a trade economist at the Delta Institute, argued on X that the grid is the problem:\n\n\
             > The grid cannot take another plant before 2030 and everybody knows it.\n\n\
             > — Mara Quist (@mquist) May 2, 2026\n",
        );
        let quist = attribute(&doc).into_iter().find(|s| s.name == "Mara Quist");
        let texts: Vec<String> = quist.map_or(Vec::new(), |s| {
            s.quotes.into_iter().map(|q| q.text).collect()
        });
        assert!(
            texts
                .iter()
                .any(|t| t.contains("cannot take another plant")),
            "{texts:?}"
        );
        assert!(!texts.iter().any(|t| t.contains("@mquist")), "{texts:?}");
    }

    #[test]
    fn lawyers_named_by_their_field_of_law_are_experts() {
        assert!(is_expert(Some("an environmental lawyer in Braga")));
        assert!(is_expert(Some("a competition attorney at a Vienna firm")));
        assert!(!is_expert(Some("a defence lawyer")));
        assert!(!is_expert(Some("the family's lawyer")));
        assert!(!is_expert(Some("the traders' lawyer")));
        assert!(!is_expert(Some("lawyer")));
        assert!(!is_expert(Some(
            "an employment lawyer representing the dismissed drivers"
        )));
    }

    #[test]
    fn practitioners_specialising_in_a_field_are_experts() {
        assert!(is_expert(Some(
            "a partner specialising in sovereign debt at a law firm"
        )));
        assert!(!is_expert(Some("a partner at a law firm")));
    }

    #[test]
    fn outside_voices_and_fund_managers_are_experts() {
        assert!(is_expert(Some(
            "a tax lawyer in Porto who was not involved in the dispute"
        )));
        assert!(!is_expert(Some("the growers' lawyer")));
        assert!(is_expert(Some("a fund manager at Kestrel Capital")));
        assert!(is_expert(Some("a portfolio manager at a pension fund")));
        assert!(!is_expert(Some("the plant manager")));
        assert!(!is_expert(Some(
            "a senior meteorologist at the National Weather Service"
        )));
        assert!(!is_expert(Some(
            "a chief scientist at the Marine Agency in Hull"
        )));
        assert!(is_expert(Some(
            "a scientist at the Coastal Institute who advised the Marine Agency"
        )));
    }

    #[test]
    fn honorifics_of_east_african_and_british_usage_are_titles() {
        let all = statements_of(
            "Title\n\nThe deputy minister for water, Hon. Ruth Nabirye, said the pumps would be repaired by June.\n\nThe site engineer, Engr. Okello Opio, said the pipes had burst. \"We need new valves,\" Engr. Opio said.\n\n\"The council was warned,\" Cllr. Dora Whitby told the meeting.",
        );
        let names: Vec<&str> = all.iter().map(|(s, _, _)| s.as_str()).collect();
        assert!(names.contains(&"Ruth Nabirye"), "{names:?}");
        assert!(names.contains(&"Dora Whitby"), "{names:?}");
        assert_eq!(
            speaker_of(&all, "We need new valves").as_deref(),
            Some("Okello Opio")
        );
    }

    #[test]
    fn tradespeople_and_meps_are_introduced_by_their_role() {
        let doc = Document::from_text(
            "Title\n\nIn the market, welder Peter Ouma said the cuts had cost him a week of work.\n\nAnna Lind, the Swedish MEP who drafted the law, said the delay was a gift to lobbyists.",
        );
        let found = attribute(&doc);
        let descriptor = |name: &str| {
            found
                .iter()
                .find(|s| s.name == name)
                .and_then(|s| s.descriptor.clone())
        };
        assert_eq!(descriptor("Peter Ouma").as_deref(), Some("welder"));
        assert_eq!(
            descriptor("Anna Lind").as_deref(),
            Some("the Swedish MEP who drafted the law")
        );
    }

    #[test]
    fn a_clause_before_a_parenthetical_cue_and_a_closing_quote_is_said() {
        let all = statements_of(
            "Title\n\nMaria Leal, 52, a cork farmer, said the trees were dying.\n\nLeal is not giving up. She will replant the slope with young oaks next spring, she said, \"whatever the ministry decides.\" If the rain comes, she said, \"we may save half of them.\"",
        );
        assert_eq!(
            speaker_of(&all, "She will replant the slope with young oaks").as_deref(),
            Some("Maria Leal")
        );
        // A subordinate clause is no statement of its own.
        assert!(
            !all.iter()
                .any(|(_, _, t)| t.starts_with("If the rain comes"))
        );
    }
}
