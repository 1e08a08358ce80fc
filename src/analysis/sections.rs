//! Sections: the reader's outline of a briefing. Structural blocks (headings, blank-line
//! breaks) give the first split; expert introductions refine it: where a paragraph opens
//! by introducing an expert who is then quoted, their section starts. A block without
//! a heading that carries on the previous expert (or the overview) joins it, so blank
//! lines inside one expert's block do not over-split.

use std::collections::HashMap;
use std::ops::Range;

use super::quotes::{Turn, broadcast_transcript, interview_turns};
use super::{QuoteKind, Section, Speaker, lexicon};
use crate::document::{Document, metadata};

/// Title of the first section when the source gives it no heading.
pub const OVERVIEW: &str = "Overview";
/// Title of a last section that is nobody's block (a closing note).
pub const CLOSING: &str = "Closing";
/// Title of other untitled sections that are nobody's block.
pub const BACKGROUND: &str = "Background";

/// Splits the document into sections covering every paragraph exactly once.
pub fn sections(doc: &Document, speakers: &[Speaker]) -> Vec<Section> {
    if doc.paragraphs.is_empty() {
        return Vec::new();
    }
    let mut intros = introductions(doc, speakers);
    // Wire copy weaves its experts together (`… said A.` `… said B.` `A added …`):
    // where two experts come back after others have spoken, nobody has a block.
    // A broadcast transcript is one narration that guests step in and out of.
    let first_heading = doc
        .blocks
        .iter()
        .find(|b| b.heading.is_some())
        .map(|b| b.start);
    if interleaved(speakers)
        || lead_returns(speakers, &intros, first_heading, opens_on_dateline(doc))
        || broadcast_transcript(doc)
    {
        intros.clear();
    }
    // A studio programme's transcript: each guest's part starts where the host brings
    // them in.
    let guests = if broadcast_transcript(doc) {
        Vec::new()
    } else {
        studio_guests(doc, speakers)
    };
    if !guests.is_empty() {
        intros = guests
            .iter()
            .map(|(p, name, _)| (*p, name.clone()))
            .collect();
    }
    // Paragraphs that open the block of a quoted non-expert (a resident, an islander):
    // a section of its own, with no expert.
    let mut locals = local_voices(doc, speakers, &intros);
    for (p, name, expert) in &guests {
        if !expert {
            locals.insert(*p, name.clone());
        }
    }
    for (&p, name) in &locals {
        intros.entry(p).or_insert_with(|| name.clone());
    }
    backed_up_to_antecedents(doc, speakers, &mut intros, &mut locals);
    let speaks_in = |name: &str, range: &Range<usize>| {
        speakers
            .iter()
            .find(|s| s.name == name)
            .is_some_and(|s| s.quotes.iter().any(|q| range.contains(&q.paragraph)))
    };
    let mut out: Vec<Section> = Vec::new();
    for b in 0..doc.blocks.len() {
        let block = doc.block_range(b);
        if block.is_empty() {
            continue;
        }
        let heading = doc.blocks[b].heading.clone();
        // A `• • •` break opens a part of the story as a heading does.
        let ruled = doc.blocks[b].ruled && b > 0;
        let headed = heading.is_some() || ruled;
        // The expert a heading announces: named in it, or introduced right under it.
        let mut heading_expert = None;
        if headed {
            let lower = heading.as_deref().unwrap_or("").to_lowercase();
            heading_expert = speakers
                .iter()
                .filter(|s| s.expert && !lower.is_empty())
                .find(|s| {
                    lower.contains(&s.name.to_lowercase())
                        || s.aliases.iter().any(|a| lower.contains(&a.to_lowercase()))
                })
                .map(|s| s.name.clone())
                .or_else(|| {
                    (block.start..block.end.min(block.start + 2))
                        .filter(|p| !locals.contains_key(p))
                        .find_map(|p| intros.get(&p).cloned())
                })
                .or_else(|| {
                    // `### Does the pact scare off investors?` over `“…,” says X, an
                    // economist …`: the expert first named and quoted at the block's top.
                    let top = block.start..block.end.min(block.start + 2);
                    speakers
                        .iter()
                        .filter(|s| s.expert && top.contains(&s.first_paragraph))
                        .filter(|s| s.quotes.iter().any(|q| top.contains(&q.paragraph)))
                        .min_by_key(|s| s.first_paragraph)
                        .map(|s| s.name.clone())
                })
                .or_else(|| {
                    // `The case for` over `Professor X, who leads …, has spent …`, with
                    // the quotes a paragraph or two later (or `X, the economist, thinks
                    // …` when they come back): the expert the block's first paragraph
                    // opens by introducing, who speaks in the block's first paragraphs.
                    // A heading over a paragraph that opens by presenting an expert is
                    // that expert's part of the story.
                    heading.as_ref()?;
                    let first = doc.paragraphs.get(block.start)?;
                    let reach = block.start..block.end.min(block.start + OPENING_REACH);
                    speakers
                        .iter()
                        .filter(|s| s.expert)
                        .filter(|s| s.quotes.iter().any(|q| reach.contains(&q.paragraph)))
                        // Back with a reporting verb (`Moor said …`): only an expert
                        // first met under a heading of their own, not one the lead frames.
                        .find(|s| {
                            let back = first_heading.is_some_and(|h| s.first_paragraph >= h);
                            opens_with_name(&first.text, s, back)
                        })
                        .map(|s| s.name.clone())
                })
                .or_else(|| {
                    // A roundup item: the one expert introduced and quoted in it, when
                    // no other voice opens the item (a dive operator, then the
                    // economist: nobody's item).
                    heading.as_ref()?;
                    let mut own = speakers.iter().filter(|s| {
                        s.expert
                            && block.contains(&s.first_paragraph)
                            && s.quotes.iter().all(|q| block.contains(&q.paragraph))
                    });
                    match (own.next(), own.next()) {
                        (Some(s), None)
                            if !speakers.iter().any(|o| {
                                o.first_paragraph == block.start
                                    && o.first_paragraph < s.first_paragraph
                                    && !o.quotes.is_empty()
                            }) =>
                        {
                            Some(s.name.clone())
                        }
                        _ => None,
                    }
                });
            if let Some(name) = labelled_answers(doc, &block, speakers) {
                heading_expert = Some(name);
            }
        }
        let mut starts: Vec<usize> = block
            .clone()
            .filter(|p| *p > 0 && intros.contains_key(p))
            .filter(|p| heading_expert.is_none() || heading_expert.as_ref() != intros.get(p))
            // A headed item keeps its local voices.
            .filter(|p| !headed || !locals.contains_key(p))
            .collect();
        // A subhead over two experts' views (`WHY IT MATTERS`, an economist then an
        // ecologist) is one part of the outline, and neither expert's.
        if heading.is_some() && starts.iter().any(|p| *p > block.start) {
            starts.clear();
            heading_expert = None;
        }
        if starts.first() != Some(&block.start) {
            starts.insert(0, block.start);
        }
        for (k, &start) in starts.iter().enumerate() {
            let end = starts.get(k + 1).copied().unwrap_or(block.end);
            let range = start..end;
            let intro = intros.get(&start).filter(|_| start > 0).cloned();
            if k == 0 && headed {
                out.push(Section {
                    title: heading.clone().unwrap_or_default(),
                    expert: heading_expert.clone(),
                    paragraphs: range,
                });
            } else if let Some(name) = intro {
                let expert = (!locals.contains_key(&start)).then(|| name.clone());
                out.push(Section {
                    title: name,
                    expert,
                    paragraphs: range,
                });
            } else if let Some(prev) = out.last_mut()
                && prev.paragraphs.end == start
                && prev.expert.as_deref().is_none_or(|e| speaks_in(e, &range))
            {
                prev.paragraphs.end = end;
            } else {
                out.push(Section {
                    title: String::new(),
                    expert: None,
                    paragraphs: range,
                });
            }
        }
    }
    // In a briefing of expert blocks, the story's last paragraphs after the last
    // expert's final words, where no expert speaks and they are not named: a closing
    // block of their own (the next step, the other voices).
    let expert_blocks = out.iter().filter(|s| s.expert.is_some()).count();
    if expert_blocks >= 2
        && let Some(sec) = out.last()
        && let Some(name) = sec.expert.clone()
        // A newsletter item (`RICE: India extended …`) keeps all it gathers.
        && !doc.blocks.iter().any(|b| {
            b.start == sec.paragraphs.start
                && b.heading.as_deref().is_some_and(|h| {
                    doc.paragraphs
                        .get(b.start)
                        .is_some_and(|p| p.text.starts_with(h))
                })
        })
        && let Some(s) = speakers.iter().find(|s| s.name == name)
        && let Some(last_quote) = s
            .quotes
            .iter()
            .map(|q| q.paragraph)
            .filter(|p| sec.paragraphs.contains(p))
            .max()
        && last_quote + 1 < sec.paragraphs.end
        && (last_quote + 1..sec.paragraphs.end).all(|p| {
            !names(doc, p, s)
                && !speakers
                    .iter()
                    .any(|x| x.expert && x.quotes.iter().any(|q| q.paragraph == p))
        })
    {
        let end = sec.paragraphs.end;
        if let Some(sec) = out.last_mut() {
            sec.paragraphs.end = last_quote + 1;
        }
        out.push(Section {
            title: String::new(),
            expert: None,
            paragraphs: last_quote + 1..end,
        });
    }
    closing_rubrics(doc, speakers, &mut out);
    let last = out.len().saturating_sub(1);
    for (i, s) in out.iter_mut().enumerate() {
        if s.title.is_empty() {
            s.title = if i == 0 {
                OVERVIEW
            } else if i == last {
                CLOSING
            } else {
                BACKGROUND
            }
            .to_string();
        }
    }
    out
}

/// Most bytes before the colon of a transcript turn's label.
const MAX_TURN_LABEL_BYTES: usize = 64;
/// Most words of a transcript turn's label (`CALLER (ANA MARIA RUIZ)`).
const MAX_TURN_LABEL_WORDS: usize = 6;
/// Fewest guests a studio programme brings in for its turns to shape the outline.
const MIN_STUDIO_GUESTS: usize = 2;

/// The label of a transcript turn opening `text`: words in capitals before a colon and
/// a space (`DR ANA RUIZ: …`, `RUIZ: …`, `CALLER (TOM LEE): …`).
fn turn_label(text: &str) -> Option<&str> {
    if !text.starts_with(char::is_uppercase) {
        return None;
    }
    let head = text
        .char_indices()
        .take_while(|&(at, _)| at <= MAX_TURN_LABEL_BYTES)
        .last()
        .map_or(text, |(at, c)| &text[..at + c.len_utf8()]);
    let colon = head.find(": ")?;
    let label = &text[..colon];
    (label.chars().any(char::is_alphabetic)
        && !label.chars().any(char::is_lowercase)
        && label.split_whitespace().nth(MAX_TURN_LABEL_WORDS).is_none())
    .then_some(label)
}

/// The person a turn's label names: the name in brackets when it has one (`CALLER (TOM
/// LEE)`), else the label before any comma and role (`JANE ROE, NEIGHBOR`).
fn label_name(label: &str) -> &str {
    match label.split_once('(') {
        Some((_, inner)) => inner.trim_end().trim_end_matches(')').trim(),
        None => label.split(',').next().unwrap_or(label).trim(),
    }
}

/// The surname of the person a turn's label names (`LEE` in `CALLER (TOM LEE)`).
fn label_surname(label: &str) -> &str {
    label_name(label).rsplit(' ').next().unwrap_or("")
}

/// Titles a turn's label may put before the name (`DR ANA RUIZ`).
const LABEL_HONORIFICS: [&str; 8] = ["DR", "DR.", "PROF", "PROF.", "MR", "MS", "MRS", "SIR"];

/// The given name of the person a turn's label names in full (`ANA` in `DR ANA RUIZ`),
/// when it has one besides the surname. Hosts bring a guest in by first name
/// (`Ana, the council blames the weather …`) as often as by surname.
fn label_given_name(label: &str) -> Option<&str> {
    let mut words = label_name(label)
        .split_whitespace()
        .skip_while(|w| LABEL_HONORIFICS.contains(w));
    let given = words.next()?;
    words.next().is_some().then_some(given)
}

/// True when `word` stands in `text` as a whole word.
fn has_word(text: &str, word: &str) -> bool {
    !word.is_empty()
        && text.match_indices(word).any(|(at, _)| {
            !text[..at].ends_with(char::is_alphanumeric)
                && !text[at + word.len()..].starts_with(char::is_alphanumeric)
        })
}

/// The role a turn's label gives before the name in brackets (`CALLER` in `CALLER (TOM
/// LEE)`).
fn label_role(label: &str) -> Option<&str> {
    let (role, _) = label.split_once('(')?;
    let role = role.trim();
    (!role.is_empty()).then_some(role)
}

/// `RUIZ` as a text writes it (`Ruiz`).
fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |c| {
        c.to_uppercase()
            .chain(chars.flat_map(char::to_lowercase))
            .collect()
    })
}

/// In a studio programme's transcript (labelled turns, `ANA RUIZ: …`, then `RUIZ: …`),
/// the turns where the host brings each guest in: the turn right before a guest's first
/// one, by someone else, that names them (`My first guest is Dr Tom Lee …`) or the role
/// their label gives (`We have a caller …` over `CALLER (TOM LEE): …`). A guest speaks
/// in two turns or more. The host's questions to a guest belong to that guest's part,
/// so it starts at the introduction. Given as (paragraph, name, expert), the name and
/// kind from the quoted speaker the label names, or the label's name when none is;
/// empty unless at least [`MIN_STUDIO_GUESTS`] guests are brought in this way.
fn studio_guests(doc: &Document, speakers: &[Speaker]) -> Vec<(usize, String, bool)> {
    let labels: Vec<Option<&str>> = doc.paragraphs.iter().map(|p| turn_label(&p.text)).collect();
    if labels.iter().flatten().count() < 2 * MIN_STUDIO_GUESTS {
        return Vec::new();
    }
    // Each surname's first turn and how many turns it has, in one pass.
    let mut turns: HashMap<&str, (usize, usize)> = HashMap::new();
    for (p, label) in labels.iter().enumerate() {
        if let Some(label) = label {
            turns.entry(label_surname(label)).or_insert((p, 0)).1 += 1;
        }
    }
    let mut firsts: Vec<usize> = turns
        .iter()
        .filter(|(name, (f, n))| *n >= 2 && *f > 0 && !name.is_empty())
        .map(|(_, (f, _))| *f)
        .collect();
    firsts.sort_unstable();
    let mut out = Vec::new();
    for f in firsts {
        let Some(label) = labels[f] else { continue };
        let name = label_surname(label);
        let Some(host) = labels[f - 1].filter(|l| label_surname(l) != name) else {
            continue;
        };
        let turn = &doc.paragraphs[f - 1].text[host.len()..];
        let names_them = turn.contains(title_case(name).as_str())
            || label_given_name(label).is_some_and(|given| has_word(turn, &title_case(given)))
            || label_role(label)
                .is_some_and(|role| turn.to_lowercase().contains(&role.to_lowercase()));
        if !names_them {
            continue;
        }
        let speaker = speakers.iter().find(|s| {
            std::iter::once(&s.name).chain(&s.aliases).any(|n| {
                n.rsplit(' ')
                    .next()
                    .is_some_and(|w| w.to_uppercase() == name)
            })
        });
        let (title, expert) = match speaker {
            Some(s) => (s.name.clone(), s.expert),
            None => (
                label_name(label)
                    .split(' ')
                    .map(title_case)
                    .collect::<Vec<_>>()
                    .join(" "),
                false,
            ),
        };
        out.push((f - 1, title, expert));
    }
    if out.len() < MIN_STUDIO_GUESTS {
        out.clear();
    }
    out
}

/// Most paragraphs of a newsletter's closing rubric (`SPOTTED`, `BIRTHDAYS`).
const MAX_RUBRIC_PARAGRAPHS: usize = 3;

/// A newsletter closes on short rubrics under labels in capitals on their own lines
/// (`SPOTTED`, `BIRTHDAYS`, then the thanks and the sign-off) where nobody's words are
/// quoted (people are only seen there): two or more of them at the end are one closing
/// section. An item whose label opens its paragraph (`THE NUMBER: 61. …`) is an item
/// of the news, not a rubric.
fn closing_rubrics(doc: &Document, speakers: &[Speaker], out: &mut Vec<Section>) {
    let quoted = |r: &Range<usize>| {
        speakers.iter().any(|s| {
            s.quotes
                .iter()
                .any(|q| q.kind == QuoteKind::Direct && r.contains(&q.paragraph))
        })
    };
    let rubric = |sec: &Section| {
        let t = sec.title.as_str();
        t.chars().any(char::is_alphabetic)
            && !t.chars().any(char::is_lowercase)
            && sec.expert.is_none()
            && sec.paragraphs.len() <= MAX_RUBRIC_PARAGRAPHS
            && !quoted(&sec.paragraphs)
            && doc
                .blocks
                .iter()
                .any(|b| b.start == sec.paragraphs.start && b.heading.as_deref() == Some(t))
            && !doc.paragraphs[sec.paragraphs.start].text.starts_with(t)
    };
    let mut k = out.len();
    while k > 1 && rubric(&out[k - 1]) {
        k -= 1;
    }
    if out.len() - k >= 2 {
        let end = out[out.len() - 1].paragraphs.end;
        out.truncate(k + 1);
        out[k].paragraphs.end = end;
    }
}

/// Most bytes of an answer's speaker label (`Benedetti-Lloyd: …`).
const MAX_ANSWER_LABEL_BYTES: usize = 40;
/// Most words of an answer's speaker label (`Dr Ana Ruiz: …`).
const MAX_ANSWER_LABEL_WORDS: usize = 4;

/// The speaker label opening a panel's answer (`Ruiz: Not at first.`): capitalised
/// words in ordinary case before a colon and a space. A transcript's labels in capitals
/// are turns, read by [`turn_label`].
fn answer_label(text: &str) -> Option<&str> {
    let label = &text[..text.find(": ").filter(|&c| c <= MAX_ANSWER_LABEL_BYTES)?];
    (label.chars().any(char::is_lowercase)
        && label.split_whitespace().count() <= MAX_ANSWER_LABEL_WORDS
        && label
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
        && !label.chars().any(|c| c.is_ascii_digit()))
    .then_some(label)
}

/// The expert who answers every labelled answer of a headed block (a panel Q&A's
/// question, its answers opening `Ruiz: …`): the question is that expert's block,
/// whatever the reported lines around the answers name. `None` when the block has no
/// labelled answers, or they are several people's or a non-expert's.
fn labelled_answers(doc: &Document, block: &Range<usize>, speakers: &[Speaker]) -> Option<String> {
    let mut labels = doc.paragraphs[block.clone()]
        .iter()
        .filter_map(|p| answer_label(&p.text))
        .peekable();
    let first = *labels.peek()?;
    if !labels.all(|l| l == first) {
        return None;
    }
    let label = first
        .split_whitespace()
        .skip_while(|w| LABEL_HONORIFICS.contains(&w.to_uppercase().trim_end_matches('.')))
        .collect::<Vec<_>>()
        .join(" ");
    speakers
        .iter()
        .find(|s| {
            s.name == label
                || s.aliases.contains(&label)
                || s.name.rsplit(' ').next() == Some(label.as_str())
        })
        .filter(|s| s.expert)
        .map(|s| s.name.clone())
}

/// True when paragraph `p` names the speaker (full name or an alias).
fn names(doc: &Document, p: usize, s: &Speaker) -> bool {
    doc.paragraphs.get(p).is_some_and(|para| {
        std::iter::once(&s.name)
            .chain(&s.aliases)
            .any(|n| para.text.contains(n.as_str()))
    })
}

/// True when at least two experts are quoted again after another expert was quoted in
/// between (paragraphs that quote several experts at once aside).
fn interleaved(speakers: &[Speaker]) -> bool {
    let mut order: Vec<(usize, usize)> = speakers
        .iter()
        .enumerate()
        .filter(|(_, s)| s.expert)
        .flat_map(|(i, s)| s.quotes.iter().map(move |q| (q.paragraph, i)))
        .collect();
    order.sort_unstable();
    order.dedup();
    // A paragraph that quotes several experts (a closing comparison) is nobody's turn.
    let shared: Vec<usize> = order
        .windows(2)
        .filter(|w| w[0].0 == w[1].0)
        .map(|w| w[0].0)
        .collect();
    order.retain(|(p, _)| !shared.contains(p));
    order.dedup_by_key(|(_, i)| *i);
    let mut seen: Vec<usize> = Vec::new();
    let mut returned: Vec<usize> = Vec::new();
    for (_, i) in order {
        if seen.contains(&i) {
            if !returned.contains(&i) {
                returned.push(i);
            }
        } else {
            seen.push(i);
        }
    }
    returned.len() >= 2
}

/// True when the story is woven around one expert: the first expert quoted speaks in
/// the lede, before any other expert's introduction and without one of their own (or
/// with one above the first subhead), and
/// comes back after at least two other experts have been quoted (a study's lead author
/// framing the comments of outside researchers).
fn lead_returns(
    speakers: &[Speaker],
    intros: &HashMap<usize, String>,
    first_heading: Option<usize>,
    wire_copy: bool,
) -> bool {
    let first_quote = |s: &Speaker| s.quotes.iter().map(|q| q.paragraph).min();
    let Some((lead, start)) = speakers
        .iter()
        .filter(|s| s.expert)
        .filter_map(|s| Some((s, first_quote(s)?)))
        .min_by_key(|&(_, p)| p)
    else {
        return false;
    };
    // The lead may have an introduction of their own when it stands in the lede, above
    // the story's first subhead: the subheads, not the lead, make the outline.
    let own_intro = intros
        .iter()
        .find(|(_, n)| **n == lead.name)
        .map(|(&p, _)| p);
    let framed = own_intro.is_none_or(|p| first_heading.is_some_and(|h| p < h));
    // The lede is the story's first paragraphs: an expert first quoted further down
    // opens a block like any other, even with no introduction before the quote.
    // (Wire copy, which opens on a dateline, weaves its experts through the story
    // wherever they are first quoted.)
    if start > LEDE_PARAGRAPHS && !wire_copy {
        return false;
    }
    if !framed || intros.iter().any(|(&p, n)| p <= start && *n != lead.name) {
        return false;
    }
    let Some(back) = lead.quotes.iter().map(|q| q.paragraph).max() else {
        return false;
    };
    let between = speakers
        .iter()
        .filter(|s| s.expert && s.name != lead.name)
        .filter(|s| first_quote(s).is_some_and(|p| p > start && p < back))
        .count();
    between >= 2
}

/// True when the story's first paragraph opens on a wire dateline (see
/// [`metadata::opens_with_wire_dateline`] and [`metadata::opens_with_place_dateline`]).
fn opens_on_dateline(doc: &Document) -> bool {
    doc.paragraphs.first().is_some_and(|p| {
        metadata::opens_with_wire_dateline(&p.text) || metadata::opens_with_place_dateline(&p.text)
    })
}

/// Paragraphs after the first that still belong to the lede, where a story's lead
/// expert is first quoted.
const LEDE_PARAGRAPHS: usize = 2;

/// Fewer words than this in a framing sentence before a local voice's introduction.
const LOCAL_FRAMING_WORDS: usize = 10;

/// Paragraphs after a local voice's introduction that may still quote them: their
/// words, a second quotation and one reported line (`He said the association would …`).
const LOCAL_VOICE_REACH: usize = 2;

/// Paragraphs where a quoted non-expert with a descriptor is introduced after the
/// experts' blocks have begun, and who is quoted only there and in the next
/// [`LOCAL_VOICE_REACH`] paragraphs.
fn local_voices(
    doc: &Document,
    speakers: &[Speaker],
    intros: &HashMap<usize, String>,
) -> HashMap<usize, String> {
    let mut out = HashMap::new();
    let Some(&first_expert) = intros.keys().min() else {
        return out;
    };
    for s in speakers
        .iter()
        .filter(|s| !s.expert && s.descriptor.is_some())
    {
        let p = s.first_paragraph;
        let own = p > first_expert
            && !intros.contains_key(&p)
            && s.quotes.iter().any(|q| q.paragraph == p)
            && s.quotes
                .iter()
                .all(|q| (p..=p + LOCAL_VOICE_REACH).contains(&q.paragraph));
        let opens = doc.paragraphs.get(p).is_some_and(|para| {
            let sentence = para.first_sentence();
            let unquoted = |sentence: &str, at: usize| {
                !sentence[..at].contains(['“', '”', '"', '«', '»', '„', '‘'])
            };
            sentence
                .find(s.name.as_str())
                .is_some_and(|at| unquoted(sentence, at))
                // `Not everyone accepts the science. Jarmo Salminen, who chairs …`: a
                // short framing sentence may stand before the introduction, as it does
                // before an expert's (see [`introductions`]); the name opens the next.
                // A turn to a new voice is brief (`For the landlords, the picture looks
                // rosier.`); a longer first sentence carries news of its own.
                || fewer_words_than(sentence, LOCAL_FRAMING_WORDS)
                    && !quotes_words_before(sentence)
                    && !speakers.iter().any(|o| sentence.contains(o.name.as_str()))
                    && para
                        .sentences
                        .get(1)
                        .and_then(|r| para.text.get(r.clone()))
                        .is_some_and(|second| second.starts_with(s.name.as_str()))
        });
        if own && opens {
            out.insert(p, s.name.clone());
        }
    }
    out
}

/// Moves an introduction that opens by pointing back (`Its coordinator, Ana Ruiz, said …`,
/// `Their spokesman …`) up to the paragraph before it, which introduces the group the
/// pronoun stands for: the group and its voice are one part of the outline. Only when
/// that paragraph quotes nobody, starts no section of its own, and sits in the same
/// structural block.
fn backed_up_to_antecedents(
    doc: &Document,
    speakers: &[Speaker],
    intros: &mut HashMap<usize, String>,
    locals: &mut HashMap<usize, String>,
) {
    let block_starts: Vec<usize> = doc.blocks.iter().map(|b| b.start).collect();
    let mut moves: Vec<usize> = intros
        .keys()
        .copied()
        .filter(|&p| {
            p > 1
                && ["Its ", "Their "]
                    .iter()
                    .any(|w| doc.paragraphs[p].text.starts_with(w))
                && !intros.contains_key(&(p - 1))
                && !block_starts.contains(&p)
                && !speakers
                    .iter()
                    .any(|s| s.quotes.iter().any(|q| q.paragraph == p - 1))
        })
        .collect();
    moves.sort_unstable();
    for p in moves {
        if let Some(name) = intros.remove(&p) {
            intros.insert(p - 1, name);
        }
        if let Some(name) = locals.remove(&p) {
            locals.insert(p - 1, name);
        }
    }
}

/// Most words of a framing sentence before an expert's introduction.
const FRAMING_WORDS: usize = 24;

/// True when `s` has fewer than `n` words.
fn fewer_words_than(s: &str, n: usize) -> bool {
    s.split_whitespace().nth(n.saturating_sub(1)).is_none()
}

/// True when `before` holds quoted words, not just a quoted name of a few words
/// (`director of the Centre “Dala”,`).
fn quotes_words_before(before: &str) -> bool {
    let marks = |c: char| matches!(c, '“' | '”' | '"' | '«' | '»' | '„');
    if !before.contains(marks) {
        return false;
    }
    let pieces: Vec<&str> = before.split(marks).collect();
    // Pieces at odd positions lie between a pair of marks.
    pieces.len().is_multiple_of(2)
        || pieces
            .iter()
            .skip(1)
            .step_by(2)
            .any(|q| q.split_whitespace().count() > 4)
}

/// How many paragraphs at a headed block's top may hold the first words of the expert
/// its first paragraph opens by naming.
const OPENING_REACH: usize = 3;

/// True when `text` opens by introducing the speaker: their name or an alias, perhaps
/// after one word of title (`Professor`, `Dr`), then a comma and who they are (`Moor,
/// the transport economist, thinks …`). A name going straight on to a verb (`Dr Kerr
/// said …`) is an expert from the lead coming back, not one the heading announces —
/// unless `back`: an expert first met under an earlier heading of their own who
/// returns under a later one (`Falk said the county would …` under `WHAT NEXT`) gives
/// that part of the story too, as a wire analysis's closing subhead does.
fn opens_with_name(text: &str, s: &Speaker, back: bool) -> bool {
    std::iter::once(&s.name).chain(&s.aliases).any(|n| {
        text.find(n.as_str()).is_some_and(|at| {
            let before = text[..at].trim_end();
            let after = &text[at + n.len()..];
            before.split_whitespace().count() <= 1
                && !before.ends_with(['.', ',', '"', '“'])
                && (before.is_empty() || before.starts_with(char::is_uppercase))
                && !after.starts_with(['\'', '’'])
                && (after.starts_with(',') || (back && before.is_empty() && reports(after)))
        })
    })
}

/// `Moor said the vote would be close`: what follows a name that opens a paragraph is
/// a reporting verb, so the paragraph gives that person's view (an expert coming back
/// under a new heading).
fn reports(after: &str) -> bool {
    after.strip_prefix(' ').is_some_and(|rest| {
        let verb = rest
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        lexicon::reporting_verb(verb).is_some()
    })
}

/// Paragraphs that introduce an expert: the expert's first mention opens the paragraph's
/// first sentence (before any quotation), and they are quoted there or just after.
fn introductions(doc: &Document, speakers: &[Speaker]) -> HashMap<usize, String> {
    let mut out = HashMap::new();
    let (turns, _) = interview_turns(doc);
    for s in speakers.iter().filter(|s| s.expert) {
        let p = s.first_paragraph;
        let Some(para) = doc.paragraphs.get(p) else {
            continue;
        };
        let quoted_soon = s
            .quotes
            .iter()
            .any(|q| q.paragraph == p || q.paragraph == p + 1);
        if !quoted_soon {
            continue;
        }
        let find_in = |sentence: &str| {
            std::iter::once(&s.name)
                .chain(&s.aliases)
                .filter_map(|n| sentence.find(n.as_str()))
                .min()
        };
        let mut sentence = para.first_sentence();
        let mut at = find_in(sentence);
        // `Investors share that caution. Omar Haddad, an analyst at …`: a short framing
        // sentence may stand before the introduction.
        if at.is_none()
            && fewer_words_than(sentence, FRAMING_WORDS)
            && !quotes_words_before(sentence)
            && let Some(second) = para.sentences.get(1).and_then(|r| para.text.get(r.clone()))
        {
            sentence = second;
            // The name opens it, maybe after a title (`Dr.`) or a fronted phrase.
            at = find_in(second).filter(|&a| {
                let before = second[..a].trim_end();
                before.split_whitespace().nth(1).is_none() || before.ends_with(',')
            });
        }
        let Some(at) = at else { continue };
        let before = &sentence[..at];
        let quoted_before = quotes_words_before(before);
        let interview_turn = turns[p] != Turn::Prose;
        if !quoted_before && !interview_turn {
            out.entry(p).or_insert_with(|| s.name.clone());
        }
    }
    // An interview: the first question opens the interviewee's section.
    let answers = turns.iter().position(|t| *t == Turn::Answer);
    if let Some(a) = answers
        && let Some(q) = (0..a).rev().find(|&i| turns[i] == Turn::Question)
        && let Some(s) = speakers
            .iter()
            .find(|s| s.quotes.iter().any(|x| x.paragraph == a))
        && q > 0
    {
        out.insert(q, s.name.clone());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::quotes;

    fn outline(text: &str) -> Vec<(String, Option<String>, Range<usize>)> {
        let doc = Document::from_text(text);
        let speakers = quotes::attribute(&doc);
        sections(&doc, &speakers)
            .into_iter()
            .map(|s| (s.title, s.expert, s.paragraphs))
            .collect()
    }

    /// An expert first quoted below the lede who comes back at the end after two other
    /// experts does not make the story one woven around them: the others keep their
    /// blocks. Wire copy (a dateline) weaves its experts through one story instead.
    #[test]
    fn a_returning_expert_first_quoted_below_the_lede_has_a_block() {
        let body = "The port authority on Monday raised mooring fees by 12 percent from July, the first rise since 2021.\n\nThe authority's director, Eva Holm, said costs had doubled.\n\nShipping lines had expected a smaller rise.\n\n\u{201c}This is the right idea at the wrong time,\u{201d} said Karin Lund, chief economist at Norr Bank. \u{201c}Margins are already thin.\u{201d}\n\nLund said the lines would pass the cost on within a month.\n\nJohan Berg, an associate professor of logistics at Umea University, has studied port fees for years. \u{201c}Ports that raise fees lose traffic to their neighbours,\u{201d} Berg said.\n\nBerg said the rise would cost the port a tenth of its container traffic.\n\nSara Falk, a maritime lawyer at Falk Strand, said the contracts allowed the rise. \u{201c}The lines signed for it,\u{201d} she said.\n\nNot everyone is worried.\n\n\u{201c}Fees come and go,\u{201d} Lund said. \u{201c}Volumes follow the economy.\u{201d}";
        let got = outline(&format!("Mooring fees rise\n\n{body}"));
        let experts: Vec<Option<&str>> = got.iter().map(|s| s.1.as_deref()).collect();
        assert!(experts.contains(&Some("Johan Berg")), "{got:?}");
        assert!(experts.contains(&Some("Sara Falk")), "{got:?}");
        let wire = outline(&format!("Mooring fees rise\n\nMALMO \u{2014} {body}"));
        assert_eq!(wire.len(), 1, "{wire:?}");
    }

    #[test]
    fn datelines_that_open_wire_copy() {
        for (text, wire) in [
            ("MONTREAL \u{2014} The reserve will release syrup.", true),
            (
                "TWIN FALLS, Idaho (AP) \u{2014} Farms could lose water.",
                true,
            ),
            ("ACCRA, Feb 2 (Reuters) - Cocoa prices fell.", true),
            ("The port raised fees \u{2014} again.", false),
            ("EU ministers met \u{2014} and agreed.", false),
        ] {
            let doc = Document::from_text(&format!("Title\n\n{text}"));
            assert_eq!(opens_on_dateline(&doc), wire, "{text}");
        }
    }

    #[test]
    fn a_panel_question_answered_by_one_expert_is_that_experts_block() {
        let doc = Document::from_markdown(
            "# Two questions on the ferry fare freeze\n\nThe council on Friday froze ferry fares for a third year, it said.\n\nDr Ana Lund, an economist at the Harbour Institute, said the freeze was \u{201c}a gamble with the reserves\u{201d}. Tom Okafor, a transport analyst at Bay Research, called it \u{201c}overdue and too timid\u{201d}.\n\n**Who pays for it?**\n\n**Lund:** The city does, out of its reserves, and they are thin.\n\nOkafor said the reserves would last \u{201c}two years at most\u{201d} on current spending.\n\n**Lund:** After that, fares rise or sailings go.\n\n**Will it last?**\n\n**Okafor:** Not beyond next year, in my view.\n\n**Lund:** I agree with Tom on that.\n",
        );
        let speakers = quotes::attribute(&doc);
        let got = sections(&doc, &speakers);
        let expert_of = |title: &str| {
            got.iter()
                .find(|s| s.title == title)
                .map(|s| s.expert.as_deref())
        };
        // The reported line naming Okafor does not make the first question his.
        assert_eq!(expert_of("Who pays for it?"), Some(Some("Ana Lund")));
        // Two panellists answer the second: nobody's block.
        assert_eq!(expert_of("Will it last?"), Some(None));
        assert_eq!(answer_label("Lund: The city does."), Some("Lund"));
        assert_eq!(answer_label("LUND: The city does."), None);
        assert_eq!(answer_label("The plan: cut fares by half."), None);
    }

    #[test]
    fn an_expert_coming_back_under_a_heading_with_a_reporting_verb_owns_it() {
        let got = outline(
            "Tolls rise on the bridge\n\nTolls on the Harbour Bridge will rise in May, the county said on Monday.\n\nTHE COST\n\nDr. Ines Falk, a transport economist at the Coastal Institute, said the rise was overdue.\n\n\u{201c}The bridge has been cheap for years,\u{201d} Falk said.\n\nTHE RIVALS\n\nOle Brandt, a researcher at the Delta Policy Centre, disagreed. \u{201c}Drivers will take the ferry,\u{201d} Brandt said.\n\nWHAT NEXT\n\nFalk said the county would review the tolls next year.\n\n\u{201c}Nobody will notice in a year,\u{201d} she said.",
        );
        let experts: Vec<Option<&str>> = got.iter().map(|s| s.1.as_deref()).collect();
        assert_eq!(
            experts,
            vec![
                None,
                Some("Ines Falk"),
                Some("Ole Brandt"),
                Some("Ines Falk")
            ]
        );
    }

    #[test]
    fn a_heading_over_a_paragraph_opening_with_an_expert_is_that_experts_part() {
        let got = outline(
            "Should the ferry be free?\n\nThe council will vote on free ferry fares next month, and two economists disagree about the idea.\n\nThe case for\n\nProfessor Lena Moor, who leads the transport unit at the Harbour Institute of Economics, has studied fares for a decade.\n\nHer survey of riders found that many skip trips because of the price.\n\n\u{201c}Free fares pay for themselves in busier shops and fewer cars on the bridge,\u{201d} Moor said.\n\nThe case against\n\nTom Reyes, an economist at the Bay Policy Centre, says the money would be better spent on more sailings. \u{201c}A free ferry that never comes is worth nothing,\u{201d} Reyes said.\n\nThe middle ground\n\nMoor, the transport economist, thinks a cheaper monthly pass would win most of the gains for a fraction of the cost.\n\nThe council meets on the 3rd.",
        );
        let experts: Vec<Option<&str>> = got.iter().map(|s| s.1.as_deref()).collect();
        assert_eq!(
            experts,
            vec![
                None,
                Some("Lena Moor"),
                Some("Tom Reyes"),
                Some("Lena Moor"),
                None
            ]
        );
    }

    #[test]
    fn a_quoted_resident_after_the_experts_has_a_section_without_expert() {
        let got = outline(
            "Airline cuts Arctic routes\n\nOSLO, April 9 — Skandia Air will cut six Arctic routes from June.\n\nTransport economist Kari Lindqvist of the Nordic Mobility Institute sees a pattern. “The routes lose money every winter,” Lindqvist said.\n\nLindqvist argues that the state should step in.\n\nIslander Per Johansen, who runs a guesthouse on Røst, is worried. “Without the plane we are cut off,” Johansen said.",
        );
        let experts: Vec<Option<&str>> = got.iter().map(|s| s.1.as_deref()).collect();
        assert_eq!(experts, vec![None, Some("Kari Lindqvist"), None]);
        assert_eq!(got[2].2, 3..4);
    }

    #[test]
    fn a_short_framing_sentence_may_open_a_local_voices_block() {
        let got = outline(
            "Ferry fares rise again\n\nFerry fares on the island routes will rise by a tenth in May, the operator said on Monday.\n\nTransport economist Kari Lind of the Harbour Institute sees a pattern. \u{201c}Fuel has doubled and the subsidy has not moved,\u{201d} Lind said.\n\nLind argues that the state should pay for the routes outright.\n\nNot everyone blames fuel. Per Dahl, who runs a guesthouse on the island, said bookings had already fallen.\n\n\u{201c}People will not come for a weekend at these prices,\u{201d} Dahl said.\n\nHe said he would write to the minister.",
        );
        let starts: Vec<(usize, Option<&str>)> =
            got.iter().map(|s| (s.2.start, s.1.as_deref())).collect();
        assert_eq!(starts, vec![(0, None), (1, Some("Kari Lind")), (3, None)]);
    }

    #[test]
    fn a_lead_author_who_frames_outside_comments_keeps_one_section() {
        let got = outline(
            "Bats navigate by starlight

Bats use the night sky to find their way home, a study finds.

“We did not expect the stars to matter,” says Ilse Vandam, a sensory ecologist at the Ghent Bat Centre who led the study.

Petra Hollis, a zoologist at the University of Leeds who was not involved, is impressed. “It is a beautiful experiment,” she says.

Marco Benedetti, an ornithologist at the University of Padua, is cautious. “Clouds would ruin the trick,” Benedetti says.

Vandam says the team will test bats under cloud next year. “That is the real test,” she says.",
        );
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].1, None);
    }

    #[test]
    fn a_broadcast_transcript_has_no_expert_blocks() {
        let text = "Ferry fares rise on the islands\n\nFares on the island ferries rose on Monday.\n\nNILS ODDEN, HOST: The ferries are getting dearer. Ivo Brann reports.\n\nIVO BRANN, BYLINE: On the quay at Hella, few travellers were smiling.\n\nMaja Lund, a transport economist at the University of Bergen, has studied the routes.\n\nMAJA LUND: The subsidy has not kept pace with fuel. Something had to give.\n\nBRANN: Lund says fares may rise again next year.\n\nLUND: Nobody wants that, but the sums are the sums.";
        assert_eq!(outline(text).len(), 1);
        // Each guest turn is the guest's own words; the staff are no speakers.
        let speakers = quotes::attribute(&Document::from_text(text));
        let lund = speakers.iter().find(|s| s.name == "Maja Lund");
        let turns = lund.map_or(0, |s| {
            s.quotes
                .iter()
                .filter(|q| q.kind == crate::analysis::QuoteKind::Direct)
                .count()
        });
        assert_eq!(turns, 2);
        assert!(!speakers.iter().any(|s| s.name.contains("Brann")));
    }

    #[test]
    fn a_studio_programme_gives_each_guest_the_part_the_host_brings_them_in() {
        let got = outline(
            "Is the ferry worth saving?\n\nThe island ferry may stop in June, the operator said on Monday.\n\nANA RUIZ: Good evening. My first guest is Dr Tom Lee, a transport economist at the Coastal Institute. Tom, is the ferry finished?\n\nDR TOM LEE: Not yet. The subsidy can still save it, and I expect the council to pay.\n\nRUIZ: What would it cost?\n\nLEE: About a million a year. That is cheap for a lifeline.\n\nRUIZ: Welcome back. With me now is Maja Berg, a marine scientist at the Harbour Institute. Maja, is the boat safe?\n\nMAJA BERG: It is old, but it is sound. I would sail on it tomorrow.\n\nRUIZ: For how long?\n\nBERG: Ten more years, if it is looked after.\n\nRUIZ: We have a caller from the island. Go ahead.\n\nCALLER (PER HOLM): I take that boat every day. Without it I lose my job.\n\nRUIZ: Thank you.\n\nHOLM: Thank you for listening.",
        );
        let starts: Vec<(usize, Option<&str>)> =
            got.iter().map(|s| (s.2.start, s.1.as_deref())).collect();
        assert_eq!(
            starts,
            vec![
                (0, None),
                (1, Some("Tom Lee")),
                (5, Some("Maja Berg")),
                (9, None)
            ]
        );
        assert_eq!(got[3].0, "Per Holm");
    }

    #[test]
    fn a_host_may_bring_a_guest_in_by_first_name() {
        let got = outline(
            "Is the ferry worth saving?\n\nThe island ferry may stop in June, the operator said on Monday. Dr Tom Lee, a transport economist at the Coastal Institute, and Maja Berg, a marine scientist at the Harbour Institute, join us.\n\nANA RUIZ: Tom, the operator blames fuel. Do you buy that?\n\nDR TOM LEE: Not yet. The subsidy can still save it, and I expect the council to pay.\n\nRUIZ: What would it cost?\n\nLEE: About a million a year. That is cheap for a lifeline.\n\nRUIZ: Maja, you have sailed on that boat. Is it safe?\n\nMAJA BERG: It is old, but it is sound. I would sail on it tomorrow.\n\nRUIZ: For how long?\n\nBERG: Ten more years, if it is looked after.",
        );
        let starts: Vec<usize> = got.iter().map(|s| s.2.start).collect();
        assert_eq!(starts, vec![0, 1, 5]);
        assert!(!has_word("Tomas, hello", "Tom"));
        assert_eq!(label_given_name("DR TOM LEE"), Some("TOM"));
        assert_eq!(label_given_name("LEE"), None);
    }

    #[test]
    fn transcript_labels_name_their_people() {
        assert_eq!(turn_label("DR TOM LEE: Not yet."), Some("DR TOM LEE"));
        assert_eq!(
            turn_label("CALLER (PER HOLM): Hi."),
            Some("CALLER (PER HOLM)")
        );
        assert_eq!(turn_label("Lee: not a label"), None);
        assert_eq!(turn_label("NOTE"), None);
        assert_eq!(label_surname("CALLER (PER HOLM)"), "HOLM");
        assert_eq!(label_surname("JANE ROE, NEIGHBOR"), "ROE");
        assert_eq!(label_role("CALLER (PER HOLM)"), Some("CALLER"));
        assert_eq!(title_case("HOLM"), "Holm");
    }

    #[test]
    fn question_headings_over_quoted_experts_and_a_closing_block() {
        let doc = Document::from_markdown(
            "# Islands weigh a fisheries pact\n\nThe pact was signed on 3 March in Suva.\n\n### Does the pact scare off investors?\n\n“Quotas attract capital rather than scaring it off,” says Amelia Tuilagi, a fisheries economist at the University of the South Pacific.\n\n### What comes next\n\nMinisters meet again in June to set the first quotas.",
        );
        let speakers = quotes::attribute(&doc);
        let got: Vec<(String, Option<String>, Range<usize>)> = sections(&doc, &speakers)
            .into_iter()
            .map(|s| (s.title, s.expert, s.paragraphs))
            .collect();
        let experts: Vec<Option<&str>> = got.iter().map(|s| s.1.as_deref()).collect();
        assert_eq!(experts, vec![None, Some("Amelia Tuilagi"), None]);
        assert_eq!(got[2].2, 2..3);
    }

    #[test]
    fn experts_open_sections_and_blank_lines_inside_a_block_do_not_split() {
        // One paragraph a line, blank lines between blocks (the seed's convention).
        let pad = " The talks in the capital were long, and several rounds ended without any agreement at all.";
        let text = format!(
            "Title\n\nThe talks ended on Monday.{pad}\n\nMinisters met again.{pad}\nJohn Smith, an economist at the Trade Institute, said the deal is weak.{pad}\n\"It will not last long at all,\" he said.{pad}\n\n\"Nobody believes the numbers anymore,\" the economist said.{pad}\n\nMary Jones, a political analyst at the Policy Centre, believes the deal will hold.{pad}\n\"It is a real step forward for everyone,\" she said.{pad}\n\nThe next round is due in May.{pad}"
        );
        let text = text.as_str();
        let o = outline(text);
        assert_eq!(o.len(), 4, "{o:?}");
        assert_eq!(o[0].0, "Overview");
        assert_eq!(o[0].2, 0..2);
        assert_eq!(o[1].1.as_deref(), Some("John Smith"));
        assert_eq!(
            o[1].2,
            2..5,
            "the blank line inside Smith's block does not split it"
        );
        assert_eq!(o[2].1.as_deref(), Some("Mary Jones"));
        assert_eq!(o[3].0, "Closing");
    }

    #[test]
    fn a_short_framing_sentence_may_precede_an_experts_introduction() {
        let got = outline(
            "Ferry link delayed\n\nThe ferry link between the islands will open a year late, the operator said on Monday.\n\nNot everyone is worried. Dr. Ines Varga, a transport economist at the Adriatic Policy Institute, said the delay was normal for such projects.\n\n“Every ferry link in the region opened late,” Varga said.\n\nThe operator did not say why the \"final design\" was changed. Marko Horvat, an analyst at Kvarner Research, said the costs had risen.\n\n“The steel alone costs twice as much,” Horvat said.",
        );
        let experts: Vec<Option<&str>> = got.iter().map(|s| s.1.as_deref()).collect();
        assert_eq!(
            experts,
            vec![None, Some("Ines Varga"), Some("Marko Horvat")]
        );
    }

    #[test]
    fn the_last_paragraphs_after_the_last_experts_words_close_the_briefing() {
        let got = outline(
            "Canal fees rise\n\nThe canal authority raised transit fees by 12 per cent on Monday.\n\nAnna Berg, an economist at the Baltic Trade Institute, said shippers would reroute.\n\n“Some lines will sail around the cape instead,” Berg said.\n\nTom Reyes, an analyst at Harrow Research, said the rise was modest.\n\n“Fuel costs matter far more than fees,” Reyes said.\n\nThe authority said it would review the fees in June.",
        );
        let experts: Vec<Option<&str>> = got.iter().map(|s| s.1.as_deref()).collect();
        assert_eq!(
            experts,
            vec![None, Some("Anna Berg"), Some("Tom Reyes"), None]
        );
        assert_eq!(got[3].0, "Closing");
        assert_eq!(got[3].2, 5..6);
    }

    #[test]
    fn experts_woven_together_have_no_blocks() {
        let got = outline(
            "Grain prices jump\n\nWheat prices rose 9 per cent on Monday after the export ban.\n\nAnna Berg, an economist at the Baltic Grain Institute, said the ban would hurt importers.\n\n“Egypt and Kenya will pay the price,” Berg said.\n\nTom Reyes, an analyst at Harrow Research, said stocks were ample.\n\n“There is no shortage yet,” Reyes said.\n\nBerg said prices could rise further in June.\n\nReyes said traders had overreacted to the news.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn interleaved_wire_quotes_stay_one_section() {
        let text = "Title\n\nPrices fell in September.\n\n\"This is the worst month in years,\" said Ana Ruiz, an economist at the Coffee Institute.\n\n\"The market was caught off guard,\" said David Kessler, an analyst at Harrow Research.\n\nRuiz said the losses were falling on smallholders.";
        let o = outline(text);
        assert_eq!(o.len(), 1, "{o:?}");
    }

    #[test]
    fn a_subhead_over_two_experts_is_one_section_and_nobodys() {
        let got = outline(
            "Why the ferry link is late

The ferry link between the islands will open a year late, the operator said.

WHY IT MATTERS

The islands rely on the link for food and fuel deliveries in the winter months.

“Every week of delay costs the islands money,” said Anna Berg, an economist at the Baltic Trade Institute.

Berg said freight rates would rise.

Not everyone agrees. Tom Reyes, a marine biologist at the Kellby Institute, argued that the delay spares the seals.

“The pups are born in March,” Reyes said.

WHAT'S NEXT

The operator will publish a new timetable on Friday.",
        );
        let outline: Vec<(&str, Option<&str>)> =
            got.iter().map(|s| (s.0.as_str(), s.1.as_deref())).collect();
        assert_eq!(
            outline,
            [
                ("Overview", None),
                ("WHY IT MATTERS", None),
                ("WHAT'S NEXT", None)
            ]
        );
    }

    #[test]
    fn a_newsletters_closing_rubrics_are_one_section() {
        let got = outline(
            "Harbour Brief

Good morning from the quay. The cranes stopped on Sunday.

PORT WATCH

“The cranes will not move until Friday,” said Anna Berg, an economist at the Baltic Trade Institute.

THE TALLY: 12. That is how many ships wait outside.

SIGHTED

The mayor and two pilots at the fish market on Saturday.

BIRTHDAYS

The harbour master, who turns 60.

Thanks to our editor. See you tomorrow.",
        );
        let titles: Vec<&str> = got.iter().map(|s| s.0.as_str()).collect();
        assert_eq!(titles, ["Overview", "PORT WATCH", "THE TALLY", "SIGHTED"]);
        assert_eq!(got[3].2, 3..6);
    }

    #[test]
    fn every_paragraph_once_in_order() {
        let doc = Document::from_text("Title\n\nOne.\n\nTwo.\nThree.\n\nFour.");
        let s = sections(&doc, &[]);
        let mut next = 0;
        for sec in &s {
            assert_eq!(sec.paragraphs.start, next);
            next = sec.paragraphs.end;
        }
        assert_eq!(next, doc.paragraphs.len());
    }

    #[test]
    fn break_lines_open_parts_and_an_item_opened_by_another_voice_is_nobodys() {
        let text = "Village told it will not be saved\n\nThe letters came on a Monday. The wall will not be repaired.\n\n* * *\n\nThe money is another matter. Tomas Brenner, an economist at the Coastal Policy Unit, says nobody pays for retreat.\n\n“We have no fund for this at all,” Brenner says.\n\n* * *\n\nIn the pub, the talk is of little else.\n\nGreta Lund, who runs the shop, is angry. “We are being written off,” Lund says.\n\nDr Ivo Pahl, a historian at the University of Kent, says villages have always gone. “The sea wins in the end,” Pahl says.";
        let got = outline(text);
        let experts: Vec<Option<&str>> = got.iter().map(|s| s.1.as_deref()).collect();
        assert_eq!(experts[..3], [None, Some("Tomas Brenner"), None], "{got:?}");
        assert_eq!(got[2].2.start, 3);
    }

    #[test]
    fn a_lead_framed_above_the_subheads_does_not_make_the_outline() {
        let doc = Document::from_markdown(
            "# Reef bleaching starts early\n\nSurveys found bleaching on half the reefs.\n\nDr Mia Kerr, a coral ecologist who led the surveys, said the team was shocked.\n\n“We saw white reef after white reef,” Dr Kerr said.\n\n## A warning for summer\n\nProfessor Ian Moss, a climate scientist at Coral Sea University, said the heat would peak in March.\n\n“The worry is the next twelve weeks,” Professor Moss said.\n\n## Tourism\n\nEconomist Dr Asha Rao, from the Marine Economics Institute, said bookings had fallen.\n\n“The brand damage lasts,” Dr Rao said.\n\n## Next steps\n\nDr Kerr said a second survey would fly in December.\n\n“We hope the weather turns,” she said.",
        );
        let speakers = quotes::attribute(&doc);
        let got: Vec<Option<String>> = sections(&doc, &speakers)
            .into_iter()
            .map(|s| s.expert)
            .collect();
        assert_eq!(got[0], None);
        assert!(!got.contains(&Some("Mia Kerr".to_string())), "{got:?}");
    }

    #[test]
    fn a_voice_introduced_as_its_groups_member_starts_at_the_group() {
        let got = outline(
            "Harbour dredging approved\n\nThe port authority approved the dredging plan on Monday, ending a two-year dispute over the silted channel.\n\nDr Lena Marsh, an economist at the Baltic Institute of Technology, said the plan was sound. \"The channel has silted up for a decade,\" Marsh said.\n\n\"Dredging now saves money later,\" she added.\n\nPiotr Wozniak, an economist at the Gdansk School of Economics, said the cost would be recovered within five years. \"The fees will pay for it,\" he said.\n\nUpstream, members of the Reed Bay Anglers, a volunteer group that counts the fish each spring, held a meeting on Saturday.\n\nIts secretary, Tomas Berg, said the silt would smother the spawning beds. \"We will lose the spring run,\" Berg said.",
        );
        let last = got.last().expect("sections");
        assert_eq!(last.1, None, "{got:?}");
        assert_eq!(
            last.2,
            4..6,
            "the group's paragraph opens the block: {got:?}"
        );
    }
}
