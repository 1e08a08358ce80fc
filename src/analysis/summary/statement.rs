//! A speaker's sentence as a stand-alone statement for the positions and key points: the
//! attribution around it ("…,” the expert stated.", "He also believes that …") and quote
//! marks left unbalanced by sentence splitting are removed, since the pane already says
//! whose words they are.

use super::text::{content_form, find_any, has_any, rfind_any};
use crate::analysis::lexicon;
use crate::document::metadata::starts_with_ignoring_case;

const OPENING: &[char] = &['“', '"', '«', '„', '‘'];
const CLOSING: &[char] = &['”', '"', '»', '’', '“'];
/// The double quotation marks, either way round.
const QUOTE_MARKS: &[char] = &['"', '“', '”', '«', '»'];

/// Most words an attribution tail may have (`the political scientist Ivan Petrov said`).
const MAX_TAIL_WORDS: usize = 6;

/// The statement a sentence carries, without its attribution. `names` are the words of
/// the speaker's name and aliases: an attribution is only cut when it names them (or
/// says "he", "she"), so a sentence about someone else keeps its subject.
pub fn statement(sentence: &str, names: &[&str]) -> String {
    let mut s = sentence.trim();
    // A transcript's turn label (`ARAGÓN:`, `WADE LINDQUIST:`) says whose turn it is,
    // which the pane already says.
    if let Some(label) = super::rules::turn_label(s) {
        s = s[label.len()..].trim_start_matches([' ', ':']).trim_start();
    }
    s = strip_tail(s, names);
    let before = s.len();
    s = strip_lead(s);
    s = strip_subject(s, names);
    let mut out = unquote(balance(s).trim()).to_string();
    // A cut report of two clauses (`said prices were high and that …`, `argued that …
    // and said the ministry should …`) keeps the second clause's `that` or verb, which
    // now joins nothing: `Prices were high and wages lag.`
    if s.len() < before {
        second_report(&mut out);
    }
    drop_inner_attribution(&mut out, names);
    if let Some(first) = out.chars().next()
        && first.is_lowercase()
    {
        let mut capital: String = first.to_uppercase().collect();
        capital.push_str(&out[first.len_utf8()..]);
        out = capital;
    }
    if out.is_empty() {
        return out;
    }
    if out.ends_with([',', ';', ':']) {
        out.pop();
    }
    // Ended when its last words (closing marks aside) end a sentence; a phrase quoted
    // at the end (`… rule "for a long time"`) still takes a full stop.
    let ended = out
        .trim_end_matches(['\'', '"', '”', '’', '»', '“'])
        .ends_with(['.', '!', '?', '…']);
    if !ended {
        out.push('.');
    }
    out
}

/// Drops the `that` or reporting verb (with its `that`) that opens the second clause
/// of a cut report: `… and that wages lag`, `… and said the ministry should …`. The
/// first `and` to open one counts, so an `and` inside the first clause (`had been
/// “identified and understood” and that …`) is passed over.
fn second_report(out: &mut String) {
    let found = out.match_indices(" and ").find_map(|(at, _)| {
        let from = at + " and ".len();
        let mut words = out[from..].splitn(3, ' ');
        let (first, second) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
        let cut = if first == "that" {
            "that ".len()
        } else if lexicon::reporting_verb(first) == Some(lexicon::VerbClass::Clause)
            // `and expects to finish`: a verb with an infinitive is no second report.
            && second != "to"
        {
            first.len() + 1 + if second == "that" { "that ".len() } else { 0 }
        } else {
            return None;
        };
        Some((from, cut))
    });
    if let Some((from, cut)) = found
        && from + cut < out.len()
    {
        out.replace_range(from..from + cut, "");
    }
}

/// Drops an attribution set off by commas inside the statement: `Farmers already pay,
/// she said, and a fee …` → `Farmers already pay, and a fee …`. Where it split a short
/// subject from its verb (`Officers, she argued, would need …`) or followed a relative
/// word (`where, he said, most …`) both commas go. Before a quotation or a participle
/// (`…», Çelik said, adding that …`) it stays: there it joins the two parts.
fn drop_inner_attribution(out: &mut String, names: &[&str]) {
    let found = out.match_indices(", ").find_map(|(at, _)| {
        let rest = &out[at + 2..];
        let (who, rest) = rest.split_once(' ')?;
        let (verb, rest) = rest.split_once(' ')?;
        let verb = verb.strip_suffix(',')?;
        let speaker = subject_pronoun(who) || names_speaker(who, names);
        let next = rest.split(' ').next().unwrap_or("");
        let joins = rest.starts_with(OPENING) || rest.starts_with('"') || next.ends_with("ing");
        (speaker && is_reporting(verb) && !next.is_empty() && !joins)
            .then(|| (at, out.len() - rest.len(), next))
    });
    let Some((at, end, next)) = found else {
        return;
    };
    let before = &out[..at];
    let last = before.rsplit([' ', '—', '–']).next().unwrap_or("");
    let relative = matches!(
        last,
        "where"
            | "which"
            | "when"
            | "who"
            | "whom"
            | "that"
            | "and"
            | "but"
            | "because"
            | "so"
            | "if"
            | "as"
    );
    let short_subject = !before.contains([',', '—', '–', ':', ';'])
        && before.split_whitespace().nth(6).is_none()
        && next.starts_with(|c: char| c.is_lowercase())
        && !matches!(
            next,
            "and"
                | "but"
                | "because"
                | "so"
                | "for"
                | "which"
                | "while"
                | "although"
                | "as"
                | "though"
                | "since"
                | "if"
                | "when"
                | "where"
                | "who"
                | "or"
                | "yet"
        );
    out.replace_range(at..end, if relative || short_subject { " " } else { ", " });
}

fn is_reporting(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    if w.bytes().all(|b| b.is_ascii_lowercase()) {
        lexicon::reporting_verb(w).is_some()
    } else {
        lexicon::reporting_verb(&w.to_lowercase()).is_some()
    }
}

/// Cuts `…,” the expert stated.`, `…, Leshenyuk concluded.` and `…,” said Ana Ruiz,
/// head of research at Banco Sur.` to the statement.
fn strip_tail<'s>(s: &'s str, names: &[&str]) -> &'s str {
    let body = s.trim_end_matches(['.', '!', '?']);
    // A comma or closing mark before the tail: the last one, or one of the two before it
    // when the tail goes on to describe the speaker.
    let mut end = body.len();
    for _ in 0..3 {
        let Some(cut) = rfind_any(&body[..end], &[',', '”', '»']) else {
            return s;
        };
        let tail = body[cut..].trim_start_matches([',', '”', '»', '"', ' ']);
        let mut words = tail.split_whitespace();
        // A short tail that reports, but not a clause it introduces (`…, noting that …`).
        let short = words.clone().nth(MAX_TAIL_WORDS).is_none()
            && !has_any(tail, OPENING)
            && !words.clone().any(|w| w == "that")
            && words.any(is_reporting);
        if short || described_speaker(tail, names) || speaker_then_clause(tail, names) {
            // Keep a question or exclamation mark that ends the quote itself.
            // A closing mark stays: `balance` drops it if its quotation opened in an
            // earlier sentence, and keeps it when it closes a phrase quoted inside.
            return s[..cut].trim_end_matches([',', ' ']);
        }
        end = cut;
    }
    s
}

/// True for a tail that opens with the reporting verb and names the speaker before
/// describing them: `said Ana Ruiz, head of research at Banco Sur`.
fn described_speaker(tail: &str, names: &[&str]) -> bool {
    let mut words = tail.split_whitespace();
    words.next().is_some_and(is_reporting)
        && !has_any(tail, QUOTE_MARKS)
        && tail.split_whitespace().nth(30).is_none()
        && words.take(4).any(|w| names_speaker(w, names))
}

/// True for a tail that names the speaker, reports, and goes on with words of the
/// writer's own: a participle clause (`Dr. Namubiru said, pointing to the sewage
/// run-off`) or where and when it was said (`Oberländer said at a conference in Bremen
/// on Tuesday`). A clause that reports more (`adding that …`, `saying the …`) is
/// content, and keeps the tail.
fn speaker_then_clause(tail: &str, names: &[&str]) -> bool {
    // Most tails fail at once: no reporting verb after a name in their first words.
    let mut head = tail.split_whitespace().take(5);
    let Some(verb) = head.position(is_reporting) else {
        return false;
    };
    // The first 25 words, on the stack: most tails are checked and let go.
    let mut buf = [""; 25];
    let mut n = 0;
    for (slot, w) in buf.iter_mut().zip(tail.split_whitespace()) {
        *slot = w;
        n += 1;
    }
    let words = &buf[..n];
    if n == 25 || has_any(tail, QUOTE_MARKS) {
        return false;
    }
    let Some(&next) = words.get(verb + 1) else {
        return false;
    };
    if verb == 0 || !words[..verb].iter().any(|w| names_speaker(w, names)) {
        return false;
    }
    let participle = words[verb].ends_with(',')
        && next.len() > 4
        && next.ends_with("ing")
        && lexicon::reporting_verb(next) != Some(lexicon::VerbClass::Clause)
        && !words[verb + 1..].iter().take(3).any(|w| *w == "that");
    let circumstance = !words[verb].ends_with(',')
        && SETTING.contains(&next)
        && !words[verb + 1..].contains(&"that");
    participle || circumstance
}

/// Prepositions before an article in the phrase between a verb and its `that` (`said
/// in a note on Monday that`, `told reporters after the meeting that`).
const PREPOSITIONS: &[&str] = &[
    "in",
    "on",
    "at",
    "after",
    "before",
    "during",
    "to",
    "for",
    "with",
    "from",
    "of",
    "by",
    "via",
    "over",
    "under",
    "into",
    "through",
    "following",
    "ahead",
    "about",
];

/// Prepositions that open where or when something was said.
const SETTING: &[&str] = &[
    "at", "in", "on", "during", "after", "before", "while", "from", "via", "to",
];

/// `he`, `she` or `they`, in any case: a subject that stands for the speaker.
fn subject_pronoun(word: &str) -> bool {
    ["he", "she", "they"]
        .iter()
        .any(|p| word.eq_ignore_ascii_case(p))
}

/// True when a word is one of the speaker's names (a possessive or comma aside).
fn names_speaker(word: &str, names: &[&str]) -> bool {
    let w = content_form(word.trim_matches(|c: char| !c.is_alphanumeric()));
    !w.is_empty() && names.contains(&w)
}

/// Words after a reporting verb that start a phrase about when or where it was said,
/// not what: `said on Tuesday …`, `wrote in a note …`.
const NOT_CONTENT: &[&str] = &[
    "in",
    "on",
    "at",
    "to",
    "during",
    "after",
    "before",
    "last",
    "this",
    "yesterday",
    "today",
    "earlier",
    "recently",
    "from",
    "by",
    "with",
    "for",
    "of",
    "as",
    "via",
];

/// Cuts the speaker as subject of a reporting verb: `Professor Ewan Hale, director of
/// the centre, said the early start was …`, `Pillai estimated that …`, `According to
/// Hale, …`. The subject must name the speaker and hold no quotation; what follows the
/// verb must be a clause (after `that`, or straight after a verb that takes one).
fn strip_subject<'s>(s: &'s str, names: &[&str]) -> &'s str {
    if let Some(rest) = strip_according(s, names).or_else(|| strip_colon_intro(s, names)) {
        return rest;
    }
    // The subject ends before any quotation (or a semicolon): the verb is the first
    // reporting verb among the first 30 words before it.
    let limit = find_any(s, &['"', '“', '”', '«', '»', ';']).unwrap_or(s.len());
    let mut at = 0;
    let found = s[..limit].split(' ').take(30).find_map(|w| {
        let start = at;
        at += w.len() + 1;
        // A word cut by the quotation is not a verb.
        if start + w.len() >= limit && limit < s.len() {
            return None;
        }
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        let class = if !bare.is_empty() && bare.bytes().all(|b| b.is_ascii_lowercase()) {
            lexicon::reporting_verb(bare)
        } else {
            None
        };
        class.map(|c| (start, w, c))
    });
    let Some((verb_at, verb, class)) = found else {
        return s;
    };
    let named = s[..verb_at].split(' ').any(|w| names_speaker(w, names));
    if !named || verb_at == 0 {
        return s;
    }
    let after = &s[verb_at + verb.len()..];
    // `that` within the next few words of the same clause (`said in a note on Monday
    // that`; `warned, however, that`), with no quotation before it.
    let mut offset = 0;
    let mut aside = verb.ends_with(',');
    let mut previous = "";
    for (k, w) in after.split(' ').take(14).enumerate() {
        if has_any(w, QUOTE_MARKS) {
            break;
        }
        // `that` opening the clause, not the determiner of `expects that number to
        // reach …`.
        if w == "that" && after.split(' ').nth(k + 2) != Some("to") {
            return content(&after[offset + w.len()..]).unwrap_or(s);
        }
        // The words between a verb and its `that` say where, when or how it was said
        // (`said in a note`, `said last week`, `warned, however,`); any other word opens
        // the reported clause itself (`said many growers signed deals that …`), and a
        // later `that` is relative.
        if k == 1 && class != lexicon::VerbClass::Tell && !aside && !frames_the_saying(w) {
            break;
        }
        // An article outside a prepositional phrase, and not opening the person told
        // (`told the AP that`), opens the reported clause itself (`told Albion News the
        // storm fits a pattern that …`): a later `that` is relative, not the verb's.
        let object = k == 1 && class == lexicon::VerbClass::Tell;
        if matches!(w, "the" | "a" | "an") && !PREPOSITIONS.contains(&previous) && !object {
            break;
        }
        previous = w;
        if w.ends_with(',') {
            // The comma closing a verb's aside; any other ends the clause.
            if !std::mem::take(&mut aside) {
                break;
            }
        }
        offset += w.len() + 1;
    }
    if class != lexicon::VerbClass::Clause || verb.ends_with(',') {
        return s;
    }
    let next = after.trim_start().split(' ').next().unwrap_or("");
    if next.is_empty() || NOT_CONTENT.contains(&next) {
        return s;
    }
    // `expects prices to recover`: the verb takes an object and an infinitive, and
    // without the verb the rest is no sentence (`said he expected to` is a clause).
    if !subject_pronoun(next) && after.split_whitespace().take(4).any(|w| w == "to") {
        return s;
    }
    content(after).unwrap_or(s)
}

/// True for a word that can open what comes between a reporting verb and its `that`:
/// a preposition, a time word, a weekday, an adverb or a verb's particle (`in`, `last`,
/// `Friday`, `publicly`, `pointed out`).
fn frames_the_saying(word: &str) -> bool {
    let w = word.trim_end_matches(',');
    PREPOSITIONS.contains(&w)
        || matches!(
            w,
            "out"
                | "last"
                | "this"
                | "yesterday"
                | "today"
                | "tonight"
                | "earlier"
                | "again"
                | "also"
                | "once"
        )
        || (w.starts_with(|c: char| c.is_ascii_uppercase())
            && matches!(
                crate::analysis::temporal::lexicon::word(&w.to_ascii_lowercase()),
                crate::analysis::temporal::lexicon::Word::Weekday(_)
            ))
        || (w.len() > 4 && w.ends_with("ly") && w.bytes().all(|b| b.is_ascii_lowercase()))
}

/// `Dall, a scientist at the institute, put it bluntly: "The herring doesn't
/// negotiate."` → the quotation, when the speaker (or a pronoun) is the subject before
/// the colon and that part quotes nothing itself.
fn strip_colon_intro<'s>(s: &'s str, names: &[&str]) -> Option<&'s str> {
    if let Some(quote) = said_then_quote(s, names) {
        return Some(quote);
    }
    let colon = s.find(':')?;
    let (intro, after) = (&s[..colon], s[colon + 1..].trim_start());
    if !after.starts_with(OPENING) || has_any(intro, OPENING) || has_any(intro, CLOSING) {
        return None;
    }
    let mut words = intro.split_whitespace();
    let pronoun = words.clone().next().is_some_and(subject_pronoun);
    // The speaker is the subject: named among the capitalised words that open it.
    let subject = intro
        .split_whitespace()
        .take_while(|w| !w.starts_with(char::is_lowercase))
        .any(|w| names_speaker(w, names));
    if words.nth(40).is_some() || !(pronoun || subject) {
        return None;
    }
    content(unquote(after))
}

/// `When asked about the polls, Professor Linda Marsh says, "If we go by …"` → the
/// quotation, when the word before the reporting verb names the speaker (or is a
/// pronoun) and the quotation closes the sentence.
fn said_then_quote<'s>(s: &'s str, names: &[&str]) -> Option<&'s str> {
    let open = find_any(s, OPENING)?;
    let intro = s[..open].trim_end().strip_suffix([',', ':'])?;
    let mut words = intro.rsplit(' ');
    let verb = words.next()?;
    let who = words.next()?;
    let pronoun = subject_pronoun(who);
    let quote = unquote(&s[open..]);
    // A quotation that carries on the writer's sentence (`…, she noted, "because …"`)
    // is no statement of its own.
    (quote.starts_with(char::is_uppercase)
        && quote.len() < s.len() - open
        && lexicon::reporting_verb(verb) == Some(lexicon::VerbClass::Clause)
        && (pronoun || names_speaker(who, names)))
    .then(|| content(quote))
    .flatten()
}

/// A statement that is one whole quotation, without its marks: `“The pit will not
/// open.”` → `The pit will not open.` Anything else is returned as it is.
fn unquote(s: &str) -> &str {
    const OPEN: &[char] = &['“', '"', '«', '„'];
    const CLOSE: &[char] = &['”', '"', '»', '“'];
    let t = s.trim_end();
    let double = t
        .strip_prefix(OPEN)
        .and_then(|q| q.strip_suffix('.').unwrap_or(q).strip_suffix(CLOSE))
        .filter(|q| !has_any(q, OPEN) && !has_any(q, CLOSE));
    // Single marks, where `’` is also the apostrophe: the closing one must follow the
    // quotation's own full stop, comma or mark.
    let single = || {
        t.strip_prefix('‘')
            .and_then(|q| q.strip_suffix('’'))
            .filter(|q| q.ends_with(['.', '!', '?', ',']) && !q.contains('‘'))
            .map(|q| q.strip_suffix(',').unwrap_or(q))
    };
    double.or_else(single).unwrap_or(s)
}

/// `According to Hale, …` → `…`, when the phrase names the speaker.
fn strip_according<'s>(s: &'s str, names: &[&str]) -> Option<&'s str> {
    if !starts_with_ignoring_case(s, "according to ") {
        return None;
    }
    let mut comma = s.find(", ")?;
    let phrase = &s["according to ".len()..comma];
    // A relative clause describing them (`According to Valente, who teaches at Évora,
    // …`) belongs to the attribution: the statement starts after its comma.
    if let Some(rest) = s[comma + 2..]
        .strip_prefix("who ")
        .or_else(|| s[comma + 2..].strip_prefix("whose "))
    {
        comma = s.len() - rest.len() + rest.find(", ")?;
    } else if let Some(end) = s[comma + 2..].find(", ")
        && is_role_apposition(&s[comma + 2..comma + 2 + end])
    {
        // So does an apposition giving their role (`According to Hale, a research
        // director at Tern College, …`).
        comma += 2 + end;
    }
    (phrase.split_whitespace().count() <= 12
        && phrase.split_whitespace().any(|w| names_speaker(w, names)))
    .then(|| content(&s[comma + 1..]))
    .flatten()
}

/// A short phrase naming a role (`a research director at Tern College`, `head of
/// metals research`): an apposition after a name, not the start of the statement.
fn is_role_apposition(phrase: &str) -> bool {
    let words: Vec<&str> = phrase
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    words.len() <= 15
        && words
            .iter()
            .any(|w| lexicon::with_lower(w, lexicon::is_role_noun))
}

/// What is left after a cut attribution, if it still says something (four words).
fn content(rest: &str) -> Option<&str> {
    let rest = rest.trim_start();
    rest.split_whitespace().nth(3).is_some().then_some(rest)
}

/// Connectives that tie a sentence to the one before; a statement standing alone drops
/// them (`However, there is no pivot` → `There is no pivot`).
const CONNECTIVES: &[&str] = &[
    "however",
    "moreover",
    "furthermore",
    "meanwhile",
    "nevertheless",
    "nonetheless",
    "still",
    "thus",
    "therefore",
    "indeed",
    "besides",
    "also",
    "in addition",
    "at the same time",
    "in turn",
    "in other words",
    "on the contrary",
    "first",
    "second",
    "third",
    "finally",
    "in this context",
    "in this regard",
    "in this sense",
];

/// Drops `He also believes that ` / `She added that ` / `In his view, ` openings and a
/// leading connective.
fn strip_lead(s: &str) -> &str {
    let s = strip_connective(s);
    if let Some(rest) = view_frame(s) {
        return rest;
    }
    let first = s.split(' ').next().unwrap_or("");
    if !["according", "he", "she", "they", "the"]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w))
    {
        return s;
    }
    let words: Vec<(usize, &str)> = s
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .take(8)
        .collect();
    // `According to him, …`, `According to the political scientist, …`: the pane
    // already says who.
    if first.eq_ignore_ascii_case("according") && words.get(1).is_some_and(|&(_, w)| w == "to") {
        let object = match words.get(2) {
            Some(&(_, "him," | "her," | "them,")) => Some(3),
            Some(&(_, "the")) => role_phrase(&words[3..]).map(|n| 3 + n),
            _ => None,
        };
        if let Some((at, w)) = object.and_then(|n| words.get(n - 1))
            && w.ends_with(',')
        {
            return content(&s[at + w.len()..]).unwrap_or(s);
        }
        return s;
    }
    // The subject: a pronoun, or `The economist`, `The political scientist`.
    let subject = if subject_pronoun(first) {
        1
    } else if first.eq_ignore_ascii_case("the") {
        match role_phrase(&words[1..]) {
            Some(n) if !words[n].1.ends_with(',') => 1 + n,
            _ => return s,
        }
    } else {
        return s;
    };
    for (i, &(at, w)) in words.iter().enumerate().skip(subject).take(4) {
        if w == "that" && words[subject..i].iter().any(|(_, v)| is_reporting(v)) {
            return &s[at + w.len() + 1..];
        }
    }
    s
}

/// What follows a frame that says whose view a sentence gives (`In his view, `, `By
/// her reckoning, `, `In their assessment, `): the pane already says whose it is. The
/// frames are the ones the quote finder reads as the speaker's ([`lexicon::is_opinion_noun`],
/// [`lexicon::is_estimate_noun`]).
fn view_frame(s: &str) -> Option<&str> {
    let (preposition, rest) = s.split_once(' ')?;
    let framed: fn(&str) -> bool = if preposition.eq_ignore_ascii_case("in") {
        lexicon::is_opinion_noun
    } else if preposition.eq_ignore_ascii_case("by") {
        lexicon::is_estimate_noun
    } else {
        return None;
    };
    let (owner, rest) = rest.split_once(' ')?;
    if !["his", "her", "their"].contains(&owner) {
        return None;
    }
    let (noun, rest) = rest.split_once(", ")?;
    framed(noun).then_some(rest)
}

/// How many words of `words` (after a `the`) make a role: up to two lower-case modifiers
/// and a role noun, `political scientist`, `economist,`.
fn role_phrase(words: &[(usize, &str)]) -> Option<usize> {
    words
        .iter()
        .take(3)
        .position(|&(_, w)| {
            let w = w.trim_end_matches(',');
            !w.is_empty()
                && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                && lexicon::is_role_noun(w)
        })
        .filter(|&k| {
            words[..k].iter().all(|&(_, w)| {
                !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            })
        })
        .map(|k| k + 1)
}

fn strip_connective(s: &str) -> &str {
    for c in CONNECTIVES {
        if starts_with_ignoring_case(s, c) && s[c.len()..].starts_with(", ") {
            return &s[c.len() + 2..];
        }
    }
    s
}

/// Removes an opening mark with no closing one, and a closing mark with no opening one.
fn balance(s: &str) -> &str {
    // Counted over bytes: `“ ” „` are E2 80 9C/9D/9E and `« »` C2 AB/BB in UTF-8.
    let (mut opens, mut closes, mut straight) = (0, 0, 0);
    let (mut low_opens, mut high_opens) = (0, 0);
    let bytes = s.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b != b'"' && b < 0xC2 {
            continue;
        }
        match (b, bytes.get(i + 1), bytes.get(i + 2)) {
            (0xE2, Some(0x80), Some(0x9E)) => low_opens += 1,
            (0xE2, Some(0x80), Some(0x9C)) => high_opens += 1,
            (0xC2, Some(0xAB), _) => opens += 1,
            (0xE2, Some(0x80), Some(0x9D)) | (0xC2, Some(0xBB), _) => closes += 1,
            (b'"', _, _) => straight += 1,
            _ => {}
        }
    }
    // German quotation opens low and closes with the high mark (`„…“`): a text with
    // `„`, or a `“` ending it, and no `”` is read that way.
    let german = closes == 0 && (low_opens > 0 || s.ends_with('“'));
    if german {
        (opens, closes) = (opens + low_opens, high_opens);
    } else {
        opens += low_opens + high_opens;
    }
    let mut s = s;
    if opens > closes {
        s = s.strip_prefix(OPENING).unwrap_or(s);
    }
    if closes > opens {
        s = s
            .strip_suffix(if german {
                &['“'][..]
            } else {
                &['”', '»'][..]
            })
            .unwrap_or(s);
    }
    // A British single quotation (`‘…’`) whose closing mark was cut off with the
    // attribution: a leading `‘` that no `’` closes. An apostrophe sits inside a word
    // (`won’t`) or after a plural's `s` (`the miners’ union`).
    if let Some(rest) = s.strip_prefix('‘')
        && !rest.contains('‘')
        && !rest.match_indices('’').any(|(i, _)| {
            let after = &rest[i + '’'.len_utf8()..];
            let possessive = rest[..i].ends_with('s') && after.starts_with(' ');
            !after.starts_with(char::is_alphanumeric) && !possessive
        })
    {
        s = rest;
    }
    // Straight marks open and close alike: an odd one at an end is left over.
    if straight % 2 == 1 {
        s = match s.strip_prefix('"') {
            Some(rest) => rest,
            None => s.strip_suffix('"').unwrap_or(s),
        };
    }
    s
}

#[cfg(test)]
mod tests {
    use super::statement as with_names;

    fn statement(sentence: &str) -> String {
        with_names(sentence, &[])
    }

    #[test]
    fn quote_with_attribution_tail() {
        assert_eq!(
            statement(
                "In this context, dialogue allows Washington to monitor risks,” the expert stated."
            ),
            "Dialogue allows Washington to monitor risks."
        );
        assert_eq!(
            statement(
                "The West will seek to reshape the sanctions framework,” Leshenyuk concluded."
            ),
            "The West will seek to reshape the sanctions framework."
        );
        assert_eq!(
            statement("“Is this the end?” she asked."),
            "Is this the end?"
        );
    }

    #[test]
    fn reported_lead_and_unbalanced_marks() {
        assert_eq!(
            statement("He also believes that a strategic pivot is not anticipated."),
            "A strategic pivot is not anticipated."
        );
        assert_eq!(
            statement("In his view, talks will continue."),
            "Talks will continue."
        );
        assert_eq!(
            statement("By her reckoning, the dam will cost twice the estimate."),
            "The dam will cost twice the estimate."
        );
        assert_eq!(
            statement("In their assessment, the talks have stalled for good."),
            "The talks have stalled for good."
        );
        let own = "By his own account, the talks failed on the second day.";
        assert_eq!(statement(own), own);
        assert_eq!(
            statement("“Minsk’s steps do not contradict Moscow’s interests."),
            "Minsk’s steps do not contradict Moscow’s interests."
        );
    }

    #[test]
    fn ordinary_sentences_are_kept() {
        let s = "There is no real ‘pivot’—this is a pragmatic attempt, analysts say and others agree about it today.";
        assert_eq!(statement(s), s);
        assert_eq!(
            statement("However, there is no real ‘pivot’ here."),
            "There is no real ‘pivot’ here."
        );
        assert_eq!(statement("Howevermore, it is."), "Howevermore, it is.");
        assert_eq!(statement("Prices rose, officials said."), "Prices rose.");
        assert_eq!(statement("Nobody listened"), "Nobody listened.");
        assert_eq!(statement(""), "");
    }

    #[test]
    fn the_speaker_as_subject_or_described_in_the_tail_is_cut() {
        let hale = ["Ewan", "Hale"];
        assert_eq!(
            with_names(
                "Professor Ewan Hale, director of the Oceans Centre, said the early start was consistent with a heatwave.",
                &hale
            ),
            "The early start was consistent with a heatwave."
        );
        assert_eq!(
            with_names(
                "Hale warned, however, that short-time work could only buy time.",
                &hale
            ),
            "Short-time work could only buy time."
        );
        assert_eq!(
            with_names(
                "Hale said the early start was unusual and that the season could run late.",
                &hale
            ),
            "The early start was unusual and the season could run late."
        );
        assert_eq!(
            with_names(
                "Hale argued that the fleet should have sailed in May, and said the port must publish its plan.",
                &hale
            ),
            "The fleet should have sailed in May, and the port must publish its plan."
        );
        // A verb with an infinitive is no second report, and a verb with an object and
        // an infinitive keeps its subject.
        assert_eq!(
            with_names(
                "Hale said the yard would open in May and expects to finish the hull in June.",
                &hale
            ),
            "The yard would open in May and expects to finish the hull in June."
        );
        let kept = "Hale expects prices to recover next month.";
        assert_eq!(with_names(kept, &hale), kept);
        let kept = "Hale expects that number to double by May.";
        assert_eq!(with_names(kept, &hale), kept);
        // A clause reported without `that` keeps its own relative `that`.
        assert_eq!(
            with_names(
                "Hale said many owners signed charters last year that assumed a deeper canal.",
                &hale
            ),
            "Many owners signed charters last year that assumed a deeper canal."
        );
        // An attribution between commas inside the statement goes.
        assert_eq!(
            with_names(
                "Growers already pay for the pumps, she said, and a levy would take money away from the drains.",
                &hale
            ),
            "Growers already pay for the pumps, and a levy would take money away from the drains."
        );
        assert_eq!(
            with_names(
                "Small yards, Hale argued, would need a grant to survive.",
                &hale
            ),
            "Small yards would need a grant to survive."
        );
        assert_eq!(
            with_names(
                "Most of the leases, she noted, involve dry streams, where, she said, most of the losses are.",
                &hale
            ),
            "Most of the leases involve dry streams, where, she said, most of the losses are."
        );
        let kept = "“Not yet,” Hale said, adding that the port had no plan.";
        assert_eq!(with_names(kept, &hale), kept);
        let kept = "Prices rose, the minister said, but wages did not.";
        assert_eq!(with_names(kept, &hale), kept);
        // An `and` inside the first clause is not the one that joins the reports.
        assert_eq!(
            with_names(
                "Hale told the council that the faults had been “found and fixed” and that trials would start in May.",
                &hale
            ),
            "The faults had been “found and fixed” and trials would start in May."
        );
        // Uncut, a sentence keeps its own `and that`.
        let kept = "The early start was unusual and that worried the fleet.";
        assert_eq!(with_names(kept, &hale), kept);
        assert_eq!(
            with_names(
                "Hale said in a note to clients on Wednesday that the market was overreacting.",
                &hale
            ),
            "The market was overreacting."
        );
        assert_eq!(
            with_names(
                "According to Hale, the irrigated area has grown by 40 percent.",
                &hale
            ),
            "The irrigated area has grown by 40 percent."
        );
        assert_eq!(
            with_names(
                "According to Hale, who teaches hydrology at Tern College, the irrigated area has grown by 40 percent.",
                &hale
            ),
            "The irrigated area has grown by 40 percent."
        );
        assert_eq!(
            with_names(
                "According to Hale, a research director at Tern College, the irrigated area has grown by 40 percent.",
                &hale
            ),
            "The irrigated area has grown by 40 percent."
        );
        // A clause that is the statement's own stays.
        assert_eq!(
            with_names(
                "According to Hale, the irrigated area, which doubled in 2020, will shrink.",
                &hale
            ),
            "The irrigated area, which doubled in 2020, will shrink."
        );
        assert_eq!(
            with_names(
                "“Postponing the pit would be a disaster for the project,” said Ewan Hale, head of metals research at Tern Capital.",
                &hale
            ),
            "Postponing the pit would be a disaster for the project."
        );
        assert_eq!(
            with_names(
                "Ewan Hale, head of metals research at Tern Capital, put it bluntly: “The pit will not open this decade.”",
                &hale
            ),
            "The pit will not open this decade."
        );
        assert_eq!(
            with_names(
                "The pit is a symptom. The price is the disease,\" Dr. Hale said, pointing to the cost of diesel at the mine.",
                &hale
            ),
            "The pit is a symptom. The price is the disease."
        );
        assert_eq!(
            with_names(
                "The pit is a symptom,\" Hale said, adding that the price was the disease.",
                &hale
            ),
            "The pit is a symptom,\" Hale said, adding that the price was the disease."
        );
        assert_eq!(
            with_names(
                "Asked whether the mine could reopen, Professor Ewan Hale says, \"Not before the price doubles.\"",
                &hale
            ),
            "Not before the price doubles."
        );
        assert_eq!(
            with_names("Hale says, \"The answer is 'very difficult.'\"", &hale),
            "The answer is 'very difficult.'"
        );
        assert_eq!(
            with_names(
                "According to the political scientist, the mine may never reopen.",
                &hale
            ),
            "The mine may never reopen."
        );
        assert_eq!(
            with_names("According to him, the mine may never reopen.", &hale),
            "The mine may never reopen."
        );
        assert_eq!(
            with_names(
                "The economist argues that the threshold matters more than the price.",
                &hale
            ),
            "The threshold matters more than the price."
        );
        assert_eq!(
            with_names("“The mine may never reopen,” Hale said.", &hale),
            "The mine may never reopen."
        );
        assert_eq!(
            with_names("\"The mine may never reopen.\"", &hale),
            "The mine may never reopen."
        );
        assert_eq!(
            with_names(
                "Nobody believed that even then“, Hale said at a conference of the mining industry in Perth on Tuesday.",
                &hale
            ),
            "Nobody believed that even then."
        );
        assert_eq!(
            with_names(
                "Two of them rule \"for a long time, and wisely\", Hale said in an interview.",
                &hale
            ),
            "Two of them rule \"for a long time, and wisely\"."
        );
        assert_eq!(
            with_names(
                "Hale told reporters after the meeting that the pit would not open this decade.",
                &hale
            ),
            "The pit would not open this decade."
        );
        assert_eq!(
            with_names("HALE: The pit will not open this decade.", &hale),
            "The pit will not open this decade."
        );
        assert_eq!(
            with_names("EWAN HALE, MINER: I'm not against rules.", &hale),
            "I'm not against rules."
        );
        assert_eq!(
            with_names("„It is not the end of the mine“, Hale said.", &hale),
            "It is not the end of the mine."
        );
        assert_eq!(
            with_names(
                "‘We are sizing the pit for a price that never comes,’ Hale said.",
                &hale
            ),
            "We are sizing the pit for a price that never comes."
        );
        assert_eq!(
            with_names("‘Permits in four years, not nine.’", &hale),
            "Permits in four years, not nine."
        );
        assert_eq!(
            with_names("‘The miners’ union won’t sign,’ Hale said.", &hale),
            "The miners’ union won’t sign."
        );
        assert_eq!(
            with_names("She was blunt: \"The reserves will not last.\"", &hale),
            "The reserves will not last."
        );
        assert_eq!(
            with_names("\"The reserves are there, but they are not enough.", &hale),
            "The reserves are there, but they are not enough."
        );
        // Kept whole: someone else is the subject, the verb is followed by when or
        // where, or too little would be left.
        assert_eq!(
            with_names(
                "Hale said she expected a deal this month, noting that the talks were close.",
                &hale
            ),
            "She expected a deal this month, noting that the talks were close."
        );
        for kept in [
            "Critics said Hale's estimate of the losses was far too low.",
            "Hale said on Tuesday the plan would be reviewed.",
            "Hale said it was fine.",
            "Hale called the deal \"a new start for the region\".",
            "Critics of Hale put it simply: \"Nobody will pay for this.\"",
            "Hale had one condition: the state must pay for the dredging.",
            "Hale said it twice: \"No.\"",
            "Hale told Tern Radio the storm fits a pattern that miners have been tracking for decades.",
            "The mine may reopen, Hale said in Perth, and that the price will rise.",
            "‘Hale’s plan’ is what the miners call it.",
            "According to the ministry, the mine may never reopen.",
            "According to the ministry's economist, the mine may never reopen.",
            "The ministry's economist argues that the threshold matters more.",
            "Critics of the plan said, \"Nobody will pay for this.\"",
            "Prices fell in the spring auctions, Hale noted, \"because nobody believed the state.\"",
            "“The mine may never reopen,” Hale said. “Not in my lifetime.”",
        ] {
            assert_eq!(with_names(kept, &hale), kept);
        }
    }
}
