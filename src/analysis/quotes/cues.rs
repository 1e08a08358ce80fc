//! Attribution cues in a sentence: a reporting verb with its subject (`X noted that`,
//! `“…,” said X`, `he added`, `the expert stated`), `according to X`, and opinion frames
//! (`In his view, …`), each with the reported clause it governs when there is one.

use std::ops::Range;

use super::marks::QuoteSpan;
use crate::analysis::Gender;
use crate::analysis::lexicon::{self, VerbClass};
use crate::analysis::people::{self, Mention, Words};

/// Who a cue names, before resolution against the entity table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    /// A name mention (several persons when a surname is shared), with the gender
    /// an honorific in front shows.
    Person(Vec<usize>, Gender),
    /// `he`, `she`, `his view`.
    Pronoun(Gender),
    /// `the analyst`, `the political scientist`: the head noun.
    Role(String),
    /// Someone the text does not name (`a protester said`, `experts note`).
    Nobody,
}

/// One attribution cue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    pub who: Who,
    /// Bytes of the cue words (subject and verb, or the whole frame).
    pub range: Range<usize>,
    /// The reported clause it governs, when it governs one.
    pub complement: Option<Range<usize>>,
}

/// What the cue finder needs to know about a paragraph.
pub struct Context<'a> {
    pub text: &'a str,
    pub words: Words<'a>,
    /// Mentions of known persons, in text order.
    pub mentions: &'a [Mention],
    /// Top-level quoted stretches.
    pub quoted: &'a [QuoteSpan],
}

impl Context<'_> {
    fn word(&self, i: usize) -> &str {
        &self.text[self.words.ranges[i].clone()]
    }
    /// The word in lower case.
    fn lower(&self, i: usize) -> &str {
        self.words.lower(i)
    }
    fn in_quote(&self, at: usize) -> bool {
        // Quoted stretches are sorted and disjoint.
        let i = self.quoted.partition_point(|q| q.inner.end <= at);
        self.quoted.get(i).is_some_and(|q| q.inner.start <= at)
    }
    fn gap(&self, a: usize, b: usize) -> &str {
        &self.text[self.words.ranges[a].end..self.words.ranges[b].start]
    }
    /// The mention ending exactly at the end of word `i`.
    fn mention_ending(&self, i: usize) -> Option<&Mention> {
        let end = self.words.ranges[i].end;
        let from = self
            .mentions
            .partition_point(|m| m.range.end + "’s".len() < end);
        self.mentions[from..]
            .iter()
            .take_while(|m| m.range.start < end)
            .find(|m| {
                m.range.end == end || m.range.end + "’s".len() == end || m.range.end + 2 == end
            })
    }
    /// The mention starting at word `i` (honorific included).
    fn mention_starting(&self, i: usize) -> Option<&Mention> {
        let start = self.words.ranges[i].start;
        let at = self.mentions.partition_point(|m| m.range.start < start);
        self.mentions.get(at).filter(|m| m.range.start == start)
    }
    /// Index of the word at or after byte `at`.
    fn word_at(&self, at: usize) -> usize {
        self.words.ranges.partition_point(|w| w.start < at)
    }
}

/// True when the mention `m` before a verb is the object of `for`/`to`/`of` after a
/// role noun (`A spokesperson for Halloran said`, `a lawyer for Ms Diaz told`, `an aide
/// to the senator`): the unnamed person of the role speaks, not the one named.
fn speaks_for_named(cx: &Context, m: &Mention, lo: usize) -> bool {
    let s = cx.word_at(m.range.start);
    s >= lo + 2
        && matches!(cx.lower(s - 1), "for" | "to" | "of")
        && cx.gap(s - 2, s - 1) == " "
        && lexicon::is_role_noun(cx.lower(s - 2))
}

/// `the (adjective…) ROLE` ending at word `i`, as the role's head noun.
fn role_ending(cx: &Context, i: usize, lo: usize) -> Option<(String, usize)> {
    let head = cx.lower(i);
    if !lexicon::is_role_noun(head)
        || head.ends_with('s') && head != "analysis" && !lexicon::is_expert_noun(head)
    {
        return None;
    }
    // `the head of research`, `the director of policy`: the noun before `of` heads the
    // phrase; the field after it is no role of its own.
    let head = if i >= lo + 2
        && cx.lower(i - 1) == "of"
        && cx.gap(i - 2, i - 1) == " "
        && cx.gap(i - 1, i) == " "
        && lexicon::is_role_noun(cx.lower(i - 2))
    {
        cx.lower(i - 2)
    } else {
        head
    };
    let mut j = i;
    for _ in 0..4 {
        if j == lo {
            return None;
        }
        if cx.gap(j - 1, j) != " " {
            return None;
        }
        j -= 1;
        if cx.lower(j) == "the" {
            return Some((head.to_string(), j));
        }
        if cx.word(j).chars().next().is_some_and(char::is_uppercase) && j + 1 != i {
            return None;
        }
    }
    None
}

/// A sentence that opens with a definite role and its workplace before the verb at
/// word `j` (`The research scientist at the Lake Institute said`, `The economist with
/// Harbour Bank in Oslo told`): the role's head noun and where the subject starts.
/// The workplace is a capitalised name (with `the`, `of`, `for`, `and`, `in` inside)
/// running right up to the verb.
fn role_with_workplace(cx: &Context, lo: usize, j: usize) -> Option<(String, usize)> {
    if j < lo + 4 || cx.word(lo) != "The" {
        return None;
    }
    // `the` and at most three lower-case words, the last of them a role noun.
    // (`for`: the territory a role covers, `The bank's chief economist for northern
    // Chile said`.)
    let prep = (lo + 2..j.min(lo + 5))
        .find(|&t| matches!(cx.lower(t), "at" | "of" | "with" | "from" | "for"))?;
    let last = prep - 1;
    let head = cx.lower(last);
    // (`The brokerage's head of research`: an organisation's possessive may stand
    // before the role.)
    let plain = (lo + 1..prep).all(|t| {
        let gap = cx.gap(t - 1, t);
        (gap == " " || t == lo + 2 && matches!(gap, "'s " | "’s "))
            && cx.word(t).starts_with(|c: char| c.is_lowercase())
    });
    if !plain || !lexicon::is_role_noun(head) || prep + 1 >= j {
        return None;
    }
    let head = head.to_string();
    let spaced = (prep + 1..j).all(|t| cx.gap(t - 1, t) == " ") && cx.gap(last, prep) == " ";
    let name = (prep + 1..j).all(|t| {
        cx.word(t).starts_with(char::is_uppercase)
            || matches!(cx.lower(t), "the" | "of" | "for" | "and" | "in")
            // `for northern Chile`, `for central Europe`: a region's compass word.
            || t == prep + 1
                && cx.lower(prep) == "for"
                && matches!(
                    cx.lower(t),
                    "northern" | "southern" | "eastern" | "western" | "central"
                )
    }) && cx.word(j - 1).starts_with(char::is_uppercase);
    // `The head of research said`, `The director of policy told`: a field after `of`
    // in one or two lower-case words.
    let field = cx.lower(prep) == "of"
        && j - prep <= 3
        && (prep + 1..j).all(|t| cx.word(t).starts_with(|c: char| c.is_lowercase()))
        && !matches!(
            cx.lower(prep + 1),
            "the" | "a" | "an" | "his" | "her" | "their" | "its"
        );
    (spaced && (name || field)).then_some((head, lo))
}

/// `the (adjective…) ROLE` starting at word `i`, as the head noun and its last word.
fn role_starting(cx: &Context, i: usize, hi: usize) -> Option<(String, usize)> {
    if i >= hi || cx.lower(i) != "the" {
        return None;
    }
    for j in i + 1..hi.min(i + 5) {
        if cx.gap(j - 1, j) != " " {
            return None;
        }
        let w = cx.lower(j);
        if lexicon::is_role_noun(w) {
            return Some((w.to_string(), j));
        }
    }
    None
}

/// The clause from byte `start` to the end of the sentence or to the next coordinated
/// reporting verb (`…, and said …`, `…, noting that …`), trimmed.
fn clause(cx: &Context, start: usize, sentence: &Range<usize>, hi: usize) -> Option<Range<usize>> {
    let mut end = sentence.end;
    let first = cx.word_at(start);
    for k in first..hi {
        let w = cx.lower(k);
        if k == first
            || cx.in_quote(cx.words.ranges[k].start)
            || lexicon::reporting_verb(w).is_none()
        {
            continue;
        }
        let prev = cx.lower(k - 1);
        let gap = cx.gap(k - 1, k);
        let participle = w.ends_with("ing") && gap.trim() == ",";
        let coordinated = (prev == "and" || prev == "but") && gap == " ";
        if participle || coordinated {
            end = if coordinated {
                cx.words.ranges[k - 1].start
            } else {
                cx.words.ranges[k - 1].end + gap.find(',').unwrap_or(0)
            };
            break;
        }
    }
    // `said on Monday: “…”`: what follows the colon is a direct quotation, not a
    // reported clause.
    if let Some(colon) = cx.text[start..end].find(':')
        && cx.text[start + colon + 1..end]
            .trim_start()
            .starts_with(['“', '"', '«', '„'])
    {
        end = start + colon;
    }
    let s = &cx.text[start..end];
    let trimmed = s.trim_end_matches(|c: char| c.is_whitespace() || ",;:.".contains(c));
    let lead = trimmed.len() - trimmed.trim_start().len();
    let range = start + lead..start + trimmed.len();
    let n = cx.words.ranges[cx.word_at(range.start)..cx.word_at(range.end)].len();
    (n >= 3 && !cx.in_quote(range.start)).then_some(range)
}

/// Finds the cues of one sentence (byte range) of a paragraph.
pub fn in_sentence(cx: &Context, sentence: &Range<usize>) -> Vec<Cue> {
    let lo = cx.word_at(sentence.start);
    let hi = cx.word_at(sentence.end);
    let mut cues: Vec<Cue> = Vec::new();
    let mut k = lo;
    while k < hi {
        if cx.in_quote(cx.words.ranges[k].start) {
            k += 1;
            continue;
        }
        let w = cx.lower(k);
        // `The head of the Institute, Yigal Carmon: “…”`: a name and a colon introduce
        // the quotation that follows.
        if let Some(m) = cx.mention_ending(k)
            && cx.text[cx.words.ranges[k].end..]
                .strip_prefix(':')
                .is_some_and(|rest| rest.trim_start().starts_with(['“', '"', '«', '„']))
        {
            cues.push(Cue {
                who: Who::Person(m.persons.clone(), m.gender),
                range: m.range.start..cx.words.ranges[k].end + 1,
                complement: None,
            });
            k += 1;
            continue;
        }
        // According to X, …
        if w == "according" && k + 1 < hi && cx.lower(k + 1) == "to" {
            let mut s = k + 2;
            // `according to a note by X`, `according to the latest report from X`.
            if s < hi && matches!(cx.lower(s), "a" | "an" | "the") {
                for t in s + 1..hi.min(s + 6) {
                    let wt = cx.lower(t);
                    if cx.gap(t - 1, t) != " " || cx.word(t).starts_with(char::is_uppercase) {
                        break;
                    }
                    if matches!(wt, "by" | "from") {
                        s = t + 1;
                        break;
                    }
                }
            }
            let (mut who, mut last) = subject_after(cx, s, hi);
            // `according to his data`: `his` is no subject elsewhere (`said his wife`).
            if who == Who::Nobody
                && s + 1 < hi
                && cx.lower(s) == "his"
                && cx.gap(s, s + 1) == " "
                && is_research_noun(cx.lower(s + 1))
            {
                who = Who::Pronoun(Gender::Male);
            }
            // `according to her measurements`, `according to Okafor's data`: the
            // owner of the findings speaks.
            if let Some(l) = last
                && matches!(who, Who::Pronoun(_) | Who::Person(..))
                && l + 1 < hi
                && cx.gap(l, l + 1) == " "
                && is_research_noun(cx.lower(l + 1))
                && (matches!(cx.lower(l), "her" | "his")
                    || cx.word(l).ends_with("'s")
                    || cx.word(l).ends_with("’s"))
            {
                last = Some(l + 1);
            }
            if let Some(last) = last {
                let after = &cx.text[cx.words.ranges[last].end..sentence.end];
                let before_clause = || {
                    let before = cx.text[sentence.start..cx.words.ranges[k].start].trim_end();
                    // (Only the words before the cue: a verb after it ends nothing here.)
                    before.strip_suffix(',').and_then(|b| {
                        let end = sentence.start + b.len();
                        clause(
                            cx,
                            sentence.start,
                            &(sentence.start..end),
                            hi.min(cx.word_at(end)),
                        )
                    })
                };
                // `Units already run at capacity, according to X, and waits grow`: the
                // clause before a mid-sentence cue is what the source says; what follows
                // a coordinator goes on as a statement of its own.
                let lead = if k > lo { before_clause() } else { None };
                let coordinated = after
                    .trim_start()
                    .strip_prefix(',')
                    .map(str::trim_start)
                    .is_some_and(|a| a.starts_with("and ") || a.starts_with("but "));
                if let Some(lead) = lead {
                    let c = cx.words.ranges[last].end + after.find(',').unwrap_or(0) + 1;
                    let rest = coordinated.then(|| clause(cx, c, sentence, hi)).flatten();
                    let next = rest
                        .as_ref()
                        .map_or(last + 1, |c| cx.word_at(c.end).max(last + 1));
                    let range = cx.words.ranges[k].start..cx.words.ranges[last].end;
                    cues.push(Cue {
                        who: who.clone(),
                        range: range.clone(),
                        complement: Some(lead),
                    });
                    if rest.is_some() {
                        cues.push(Cue {
                            who,
                            range,
                            complement: rest,
                        });
                    }
                    k = next;
                    continue;
                }
                let complement = if after.trim_start().starts_with(',') {
                    let c = cx.words.ranges[last].end + after.find(',').unwrap_or(0) + 1;
                    // `according to X, a lawyer who …`: the person's apposition is no
                    // part of what they said; the clause comes after it, or before.
                    match apposition_end(cx, c, sentence.end) {
                        Some(Some(end)) => clause(cx, end, sentence, hi),
                        Some(None) => before_clause(),
                        None => clause(cx, c, sentence, hi),
                    }
                } else {
                    before_clause()
                };
                let next = complement
                    .as_ref()
                    .map_or(last + 1, |c| cx.word_at(c.end).max(last + 1));
                cues.push(Cue {
                    who,
                    range: cx.words.ranges[k].start..cx.words.ranges[last].end,
                    complement,
                });
                k = next;
                continue;
            }
        }
        // `For the agricultural economist Jordi Soler, of the X Institute, the cut …`: a
        // view framed by a role and a name opening the sentence.
        if w == "for"
            && cx.text[sentence.start..cx.words.ranges[k].start]
                .chars()
                .all(|c| !c.is_alphanumeric())
            && let Some((cue, next)) = for_frame(cx, k, sentence, hi)
        {
            cues.push(cue);
            k = next;
            continue;
        }
        // In his view, … / In Okafor's opinion, … / By her reckoning, …
        if (w == "in" || w == "by") && k + 2 < hi {
            let owner = cx.lower(k + 1);
            let noun = cx.lower(k + 2);
            // `By his reckoning`, `by her count`: an estimate framed as theirs.
            let framed = if w == "in" {
                lexicon::is_opinion_noun(noun)
            } else {
                lexicon::is_estimate_noun(noun)
            };
            if framed {
                let who = match lexicon::pronoun(owner) {
                    Some(g) if owner == "his" || owner == "her" => Some(Who::Pronoun(g)),
                    _ => cx
                        .mention_ending(k + 1)
                        .map(|m| Who::Person(m.persons.clone(), m.gender)),
                };
                let after = &cx.text[cx.words.ranges[k + 2].end..sentence.end];
                // `… above the river, and in her view the design is untested`: without
                // its comma, the frame still opens a clause when a subject follows
                // (a determiner or pronoun), not a complement of the noun (`in her view
                // of the market`).
                let bare = after.starts_with(' ')
                    && k + 3 < hi
                    && matches!(
                        cx.lower(k + 3),
                        "the" | "a" | "an" | "this" | "these" | "those" | "it" | "they" | "there"
                    );
                if let Some(who) = who
                    && (after.starts_with(',') || bare)
                {
                    let c = cx.words.ranges[k + 2].end + usize::from(!bare);
                    let mut complement = clause(cx, c, sentence, hi);
                    // `A cut would do little, in his view, because …`: a frame set
                    // off by commas inside the sentence owns the clause before it too,
                    // as a parenthetical `she said` does.
                    let head = &cx.text[sentence.start..cx.words.ranges[k].start];
                    if head.trim_end().ends_with(',')
                        && head.chars().any(char::is_alphanumeric)
                        && !head.contains(['"', '“', '”'])
                        && let Some(c) = &mut complement
                    {
                        c.start = sentence.start + (head.len() - head.trim_start().len());
                    }
                    let next = complement
                        .as_ref()
                        .map_or(k + 3, |c| cx.word_at(c.end).max(k + 3));
                    cues.push(Cue {
                        who,
                        range: cx.words.ranges[k].start..cx.words.ranges[k + 2].end,
                        complement,
                    });
                    k = next;
                    continue;
                }
            }
        }
        // `She is not convinced that …`, `He sees the road as …`, `She wants the board
        // to …`: a stance, a view or a demand held by a named subject.
        if let Some((cue, next)) = stance_frame(cx, k, lo, sentence, hi) {
            cues.push(cue);
            k = next;
            continue;
        }
        // `a Lima think tank`: a noun, not the verb.
        let noun = w == "think" && k + 1 < hi && cx.lower(k + 1).starts_with("tank")
            // `The economist's warning was fair`, `her warning`: a noun after a
            // determiner or a possessive, not the verb.
            || w.ends_with("ing")
                && k > lo
                && cx.gap(k - 1, k) == " "
                && (matches!(
                    cx.lower(k - 1),
                    "the" | "a" | "an" | "his" | "her" | "its" | "their" | "this" | "that"
                ) || cx.lower(k - 1).ends_with("'s")
                    || cx.lower(k - 1).ends_with("’s"))
            // `It will take comments until May`, `the board invited claims`: a plural
            // noun as the object of a verb that takes things, or after a determiner.
            || plural_noun_after(cx, k, lo, w);
        let Some(class) = lexicon::reporting_verb(w).filter(|_| !noun) else {
            k += 1;
            continue;
        };
        // `More rain is expected on Sunday`: a passive participle reports nobody.
        if k > lo
            && w.ends_with("ed")
            && cx.gap(k - 1, k) == " "
            && matches!(
                cx.lower(k - 1),
                "is" | "are" | "was" | "were" | "be" | "been" | "being"
            )
        {
            k += 1;
            continue;
        }
        // `I should say that the minister said …`, `I must say …`: a speaker's hedge
        // about their own words, no report; a report inside it is the cue.
        if w == "say"
            && k >= lo + 2
            && cx.gap(k - 1, k) == " "
            && cx.gap(k - 2, k - 1) == " "
            && matches!(cx.lower(k - 1), "should" | "must" | "would" | "might")
            && matches!(cx.lower(k - 2), "i" | "we")
        {
            k += 1;
            continue;
        }
        let mut verb_end = k;
        let figure = puts_figure(cx, k, hi);
        if let Some(particle) = lexicon::needs_particle(w) {
            if k + 1 < hi && cx.lower(k + 1) == particle {
                verb_end = k + 1;
            } else if !(figure || lexicon::points(w) && k + 1 < hi && cx.lower(k + 1) == "to") {
                // (`pointed to a 2009 explosion`: evidence given, see `complement_of`.)
                k += 1;
                continue;
            }
        }
        // The subject before the verb, over fillers (`he also noted`).
        let mut j = k;
        while j > lo && lexicon::is_verb_filler(cx.lower(j - 1)) && cx.gap(j - 1, j) == " " {
            j -= 1;
        }
        let mut who: Option<(Who, usize)> = None;
        // `Okafor (2021) argues`: an author–date citation between subject and verb.
        if j > lo + 1
            && cx.gap(j - 1, j) == ") "
            && cx.gap(j - 2, j - 1) == " ("
            && cx.word(j - 1).len() == 4
            && cx.word(j - 1).bytes().all(|b| b.is_ascii_digit())
            && let Some(m) = cx.mention_ending(j - 2)
        {
            who = Some((Who::Person(m.persons.clone(), m.gender), m.range.start));
        }
        if who.is_none() && j > lo && !cx.in_quote(cx.words.ranges[j - 1].start) {
            let gap = cx.gap(j - 1, j);
            let prev = cx.lower(j - 1);
            if gap == " " {
                if let Some(g) = lexicon::pronoun(prev).filter(|_| prev == "he" || prev == "she") {
                    who = Some((Who::Pronoun(g), cx.words.ranges[j - 1].start));
                } else if let Some(m) = cx.mention_ending(j - 1) {
                    who = Some(if speaks_for_named(cx, m, lo) {
                        (Who::Nobody, cx.words.ranges[j - 1].start)
                    } else {
                        (Who::Person(m.persons.clone(), m.gender), m.range.start)
                    });
                } else if let Some((head, at)) =
                    role_ending(cx, j - 1, lo).or_else(|| role_with_workplace(cx, lo, j))
                {
                    who = Some((Who::Role(head), cx.words.ranges[at].start));
                } else if matches!(prev, "and" | "but") {
                    if let Some(last) = cues.last() {
                        who = Some((last.who.clone(), cx.words.ranges[k].start));
                    } else if let Some(subject) = sentence_subject(cx, lo, j - 1) {
                        // `She welcomed the freeze but said …`: the sentence's subject.
                        who = Some((subject, cx.words.ranges[k].start));
                    }
                } else if prev == "who"
                    && j >= lo + 2
                    && cx.gap(j - 2, j - 1).trim() == ","
                    && let Some(m) = cx
                        .mention_ending(j - 2)
                        .or_else(|| apposition_subject(cx, lo, j - 2))
                {
                    // `said Nurhayati, 46, a seaweed farmer, who said she hoped …`: the
                    // relative pronoun's antecedent speaks.
                    who = Some((Who::Person(m.persons.clone(), m.gender), m.range.start));
                } else if let Some(subject) = research_subject(cx, lo, j - 1) {
                    // `Her measurements show that …`, `Hang's research suggests …`.
                    who = Some((subject, cx.words.ranges[j - 2].start));
                } else if let Some(m) =
                    affiliation_subject(cx, lo, j - 1).or_else(|| setting_subject(cx, lo, j - 1))
                {
                    who = Some((Who::Person(m.persons.clone(), m.gender), m.range.start));
                } else {
                    who = Some((Who::Nobody, cx.words.ranges[j - 1].start));
                }
            } else if matches!(gap.trim(), "—" | "–") {
                // `X, who studies the montado — a savanna of oaks — argued`, `X — an
                // ecologist — argued`: a dash aside closes before the verb.
                if let Some(m) = dash_aside_subject(cx, lo, j - 1, gap.trim()) {
                    who = Some((Who::Person(m.persons.clone(), m.gender), m.range.start));
                }
            } else if matches!(gap.trim(), ")" | "),")
                && let Some(open) = bracket_open(cx, lo, j - 1)
                && let Some(m) = cx.mention_ending(open - 1)
            {
                // `Ola Brandt (CDU) said`, `…, Ola Brandt (CDU), called`: a party
                // or constituency tag after the name; `Tom Reyes (Harbour Bank)
                // said`: their organisation.
                who = Some((Who::Person(m.persons.clone(), m.gender), m.range.start));
            } else if gap.trim().trim_start_matches(')') == "," {
                // `X, a fellow at the Centre for Energy (CEAP), said`: a closing
                // bracket may end the apposition.
                if let Some(m) = cx.mention_ending(j - 1) {
                    who = Some((Who::Person(m.persons.clone(), m.gender), m.range.start));
                } else if let Some(m) = apposition_subject(cx, lo, j - 1) {
                    who = Some((Who::Person(m.persons.clone(), m.gender), m.range.start));
                } else if w.ends_with("ing")
                    && let Some(last) = cues.last()
                {
                    who = Some((last.who.clone(), cx.words.ranges[k].start));
                } else if w.ends_with("ing")
                    && let Some(subject) = sentence_subject(cx, lo, j - 1)
                {
                    // `Okafor reaches the same conclusion, arguing that …`: the
                    // participle's subject is the sentence's.
                    who = Some((subject, cx.words.ranges[k].start));
                } else if !w.ends_with("ing")
                    && matches!(cx.lower(lo), "a" | "an" | "another" | "one")
                    && !cx.in_quote(cx.words.ranges[lo].start)
                {
                    // `A diplomat from one of the holdouts, speaking on condition of
                    // anonymity, told …`: someone the text does not name.
                    who = Some((Who::Nobody, cx.words.ranges[lo].start));
                }
            }
        }
        let mut subject_after_verb = false;
        let mut last_word = verb_end;
        if who.is_none() || who.as_ref().is_some_and(|(w, _)| *w == Who::Nobody) {
            // `“…,” said Tikhansky` / `, said the analyst`.
            let before = cx.text[sentence.start..cx.words.ranges[j.min(k)].start].trim_end();
            let inverted_ok = before.is_empty()
                || before.ends_with([',', '”', '"', '»', '“', '’', '—', '–'])
                || who.is_none();
            if inverted_ok && verb_end + 1 < hi && cx.gap(verb_end, verb_end + 1) == " " {
                let (w2, last) = subject_after(cx, verb_end + 1, hi);
                // `…, said she would stay`: a pronoun with a verb right after it is the
                // subject of what was said, not an inverted `said she`.
                let clause_subject = matches!(w2, Who::Pronoun(_))
                    && last.is_some_and(|l| {
                        l + 1 < hi
                            && cx.gap(l, l + 1) == " "
                            && cx.word(l + 1).starts_with(char::is_lowercase)
                    });
                if let Some(last) = last
                    && w2 != Who::Nobody
                    && !clause_subject
                {
                    who = Some((w2, cx.words.ranges[k].start));
                    last_word = last;
                    subject_after_verb = true;
                }
            }
        }
        let Some((who, start)) = who else {
            k = verb_end + 1;
            continue;
        };
        let complement = if subject_after_verb {
            let lead = trailer_clause(cx, sentence, start, hi);
            match inverted_rest(cx, sentence, start, last_word, hi) {
                Some(r) => Some(lead.map_or(r.start, |l| l.start)..r.end),
                None => lead,
            }
        } else if figure {
            clause(cx, cx.words.ranges[k + 1].start, sentence, hi)
        } else {
            complement_of(cx, class, verb_end, sentence, hi, start).or_else(|| {
                // Nothing after the verb but its audience and setting (`told reporters
                // on Friday.`): what was said comes before.
                let after = cx.text[cx.words.ranges[verb_end].end..sentence.end].trim();
                // The audience of `told` (`told clients in a note`, `told a briefing`,
                // `told us`) is part of the setting too.
                let audience = class == VerbClass::Tell
                    && verb_end + 1 < hi
                    && matches!(
                        cx.lower(verb_end + 1),
                        "clients"
                            | "investors"
                            | "analysts"
                            | "lawmakers"
                            | "legislators"
                            | "delegates"
                            | "parliament"
                            | "senators"
                            | "members"
                            | "shareholders"
                            | "listeners"
                            | "viewers"
                            | "us"
                            | "a"
                            | "an"
                    );
                let opens_setting = verb_end + 1 < hi
                    && (audience
                        || cx.word(verb_end + 1).starts_with(char::is_uppercase)
                        || matches!(
                            cx.lower(verb_end + 1),
                            "reporters"
                                | "journalists"
                                | "the"
                                | "on"
                                | "at"
                                | "in"
                                | "during"
                                | "last"
                                | "this"
                                | "yesterday"
                                | "today"
                                | "earlier"
                                | "later"
                        ));
                let setting_only = opens_setting
                    && cx.words.ranges[verb_end + 1..hi].len() <= 14
                    && !after.contains(['“', '”', '"', '«', '»', ','])
                    && !(verb_end + 1..hi).any(|t| cx.lower(t) == "that");
                // `He plans to …, he said, "whatever happens."`: a quotation after the
                // cue ends the sentence; the clause before it was said too.
                let quote_follows = after.starts_with(',')
                    && verb_end + 1 < hi
                    && cx.in_quote(cx.words.ranges[verb_end + 1].start);
                // `It began by chance, he said: a student needed a site.`: what
                // follows the colon or semicolon only goes on; the clause before was said.
                let goes_on = after.starts_with([':', ';'])
                    && !after[1..]
                        .trim_start()
                        .starts_with(['“', '"', '«', '„', '‘', '\'']);
                if after.chars().all(|c| !c.is_alphanumeric()) || setting_only {
                    trailer_clause(cx, sentence, start, hi)
                } else if quote_follows || goes_on {
                    trailer_clause(cx, sentence, start, hi).filter(|c| {
                        let first = cx.word_at(c.start);
                        cx.words.ranges[first..cx.word_at(c.end)].len() >= 5
                            && !matches!(
                                cx.lower(first),
                                "in" | "on"
                                    | "at"
                                    | "during"
                                    | "after"
                                    | "before"
                                    | "when"
                                    | "while"
                                    | "with"
                                    | "from"
                                    | "speaking"
                                    | "asked"
                                    | "later"
                                    | "then"
                                    | "if"
                                    | "unless"
                                    | "until"
                                    | "once"
                                    | "as"
                                    | "because"
                                    | "although"
                                    | "though"
                                    | "whether"
                            )
                    })
                } else {
                    None
                }
            })
        };
        // Verbs inside the reported clause belong to it (`said she expected …`).
        let next = complement
            .as_ref()
            .filter(|c| c.start > cx.words.ranges[last_word].end)
            .map_or(last_word + 1, |c| cx.word_at(c.end).max(last_word + 1));
        cues.push(Cue {
            who,
            range: start..cx.words.ranges[last_word].end,
            complement,
        });
        k = next;
    }
    cues
}

/// The subject right before word `k` (over fillers such as `also`): `he`, `she` or a
/// named person, with the byte where it starts.
fn plain_subject(cx: &Context, lo: usize, k: usize) -> Option<(Who, usize)> {
    let mut j = k;
    while j > lo && lexicon::is_verb_filler(cx.lower(j - 1)) && cx.gap(j - 1, j) == " " {
        j -= 1;
    }
    if j == lo || cx.in_quote(cx.words.ranges[j - 1].start) {
        return None;
    }
    // `X, a climate scientist at …, sees …`: the apposition's person.
    if cx.gap(j - 1, j).trim() == "," {
        let m = apposition_subject(cx, lo, j - 1)?;
        return Some((Who::Person(m.persons.clone(), m.gender), m.range.start));
    }
    if cx.gap(j - 1, j) != " " {
        return None;
    }
    let prev = cx.lower(j - 1);
    if let Some(g) = lexicon::pronoun(prev).filter(|_| prev == "he" || prev == "she") {
        return Some((Who::Pronoun(g), cx.words.ranges[j - 1].start));
    }
    if let Some((head, at)) = role_ending(cx, j - 1, lo) {
        return Some((Who::Role(head), cx.words.ranges[at].start));
    }
    let m = cx.mention_ending(j - 1)?;
    // `X's point`: a possessive is no subject.
    if m.range.end != cx.words.ranges[j - 1].end || speaks_for_named(cx, m, lo) {
        return None;
    }
    Some((Who::Person(m.persons.clone(), m.gender), m.range.start))
}

/// Adjectives of a held stance that take a clause or a topic (`convinced that`, `sure
/// about`, `sceptical of`).
fn is_stance_adjective(w: &str) -> bool {
    matches!(
        w,
        "convinced"
            | "unconvinced"
            | "persuaded"
            | "sure"
            | "unsure"
            | "certain"
            | "uncertain"
            | "confident"
            | "sceptical"
            | "skeptical"
            | "doubtful"
            | "optimistic"
            | "pessimistic"
            | "hopeful"
            | "wary"
            | "worried"
            | "concerned"
            | "cautious"
    )
}

/// A named subject's stance, view or demand at word `k`, with the word to go on from.
/// Reported speech is not only verbs of saying: a text reports what someone holds with
/// a copula and a stance adjective (`She is not convinced that the auction is the
/// problem`, `He was less sure about …`), a verb of seeing-as (`She sees the road as an
/// early warning`) or of wanting (`He wants the board to adopt …`). The statement is
/// the stance with its clause, since the adjective or verb carries the view (`not
/// convinced that …` says the opposite of `that …`); a stance with nothing after it
/// (`She was more optimistic.`) is none.
fn stance_frame(
    cx: &Context,
    k: usize,
    lo: usize,
    sentence: &Range<usize>,
    hi: usize,
) -> Option<(Cue, usize)> {
    let w = cx.lower(k);
    let copula = matches!(
        w,
        "is" | "was" | "remains" | "remained" | "seems" | "seemed" | "appears" | "appeared"
    );
    // (Not `saw`, which is mostly seeing: `he saw what he described as a flash`.)
    let sees = matches!(w, "sees" | "views" | "viewed" | "regards" | "regarded");
    let wants = matches!(w, "wants" | "wanted");
    if !(copula || sees || wants) || k + 2 >= hi {
        return None;
    }
    let spaced = |t: usize| cx.gap(t - 1, t) == " ";
    let from = if copula {
        // Degree words, then the adjective, then what the stance is about.
        let mut t = k + 1;
        while t < hi
            && t < k + 4
            && spaced(t)
            && matches!(
                cx.lower(t),
                "not"
                    | "no"
                    | "less"
                    | "more"
                    | "far"
                    | "much"
                    | "also"
                    | "still"
                    | "rather"
                    | "quite"
                    | "equally"
                    | "even"
                    | "so"
                    | "very"
                    | "deeply"
                    | "increasingly"
                    | "somewhat"
                    | "entirely"
                    | "fully"
                    | "now"
            )
        {
            t += 1;
        }
        // A clause (`that …`, `whether …`) or an action (`about handing …`); a bare topic
        // (`more sceptical about the numbers.`) only announces the view that follows.
        let topic = t + 2 < hi
            && spaced(t)
            && is_stance_adjective(cx.lower(t))
            && spaced(t + 1)
            && match cx.lower(t + 1) {
                "that" | "whether" => true,
                "about" | "of" => {
                    cx.lower(t + 2).ends_with("ing")
                        || matches!(cx.lower(t + 2), "whether" | "how" | "what")
                }
                _ => false,
            };
        if !topic {
            return None;
        }
        cx.words.ranges[k + 1].start
    } else {
        // `as` (seeing) or `to` (wanting) within a short object, no comma between.
        let link = if sees { "as" } else { "to" };
        let found = (k + 1..hi.min(k + 10))
            .take_while(|&t| spaced(t))
            .find(|&t| cx.lower(t) == link)?;
        // `sees what …`, `sees as …`: no object seen as something.
        if sees && (found == k + 1 || matches!(cx.lower(k + 1), "what" | "how" | "it" | "this")) {
            return None;
        }
        if sees {
            cx.words.ranges[k].start
        } else {
            cx.words.ranges[k + 1].start
        }
    };
    let (who, start) = plain_subject(cx, lo, k)?;
    let complement = clause(cx, from, sentence, hi)?;
    let next = cx.word_at(complement.end).max(k + 1);
    let cue = Cue {
        who,
        range: start..from,
        complement: Some(complement),
    };
    Some((cue, next))
}

/// The person whose apposition ends at word `i`: `X, a senior fellow at …, said`.
fn apposition_subject<'a>(cx: &'a Context, lo: usize, i: usize) -> Option<&'a Mention> {
    let lo_byte = cx.words.ranges[lo].start;
    let end = cx.words.ranges[i].end;
    let from = cx.mentions.partition_point(|m| m.range.start < lo_byte);
    let to = cx.mentions.partition_point(|m| m.range.start < end);
    cx.mentions[from..to].iter().rfind(|m| {
        m.range.end < end && !cx.in_quote(m.range.start) && {
            let between = &cx.text[m.range.end..end];
            // `X, a fellow …, said`, or `X of the Institute, who studies …, said`, or
            // `That lawyer, X of Roe & Poe, said` (the comma after `end` closes the
            // affiliation the role before the name opened).
            let affiliated = [" of ", " at ", " from "]
                .iter()
                .any(|p| between.starts_with(p))
                && (between.contains(", ") || cx.text[end..].starts_with(','));
            (between.starts_with(',') || affiliated)
                && !between.contains(['“', '”', '"', '«', '»', '.'])
        }
    })
}

/// The rest of a sentence that an inverted cue interrupts: `The paradox, explains X, a
/// limnologist at …, is that the lagoon needs …` → `is that the lagoon needs …`. Only
/// after a plain comma (not `“…,” said X, …`), past the speaker's apposition and age,
/// and only when a predicate goes on (not `…, adding that …`, not another apposition).
fn inverted_rest(
    cx: &Context,
    sentence: &Range<usize>,
    cue_start: usize,
    last: usize,
    hi: usize,
) -> Option<Range<usize>> {
    let before = cx.text.get(sentence.start..cue_start)?.trim_end();
    let head = before.strip_suffix(',')?;
    if head.is_empty() || head.contains(['“', '”', '"', '«', '»', '’']) {
        return None;
    }
    let name_end = cx.words.ranges[last].end;
    let mut from = name_end + 1;
    if !cx.text[name_end..sentence.end].starts_with(',') {
        return None;
    }
    // `, 45,`: an age.
    let t = cx.word_at(from);
    if t < hi
        && cx.word(t).bytes().all(|b| b.is_ascii_digit())
        && cx.text[cx.words.ranges[t].end..].starts_with(',')
    {
        from = cx.words.ranges[t].end + 1;
    }
    if let Some(end) = apposition_end(cx, from, sentence.end) {
        from = end?;
    }
    let t = cx.word_at(from);
    let w = cx.lower(t.min(hi.saturating_sub(1)));
    let predicate = t < hi
        && cx.word(t).starts_with(char::is_lowercase)
        && !matches!(
            w,
            "a" | "an" | "the" | "who" | "whose" | "which" | "and" | "but"
        )
        && lexicon::reporting_verb(w).is_none()
        && !cx.in_quote(cx.words.ranges[t].start);
    predicate.then(|| clause(cx, from, sentence, hi)).flatten()
}

/// `For the economist X, …` at word `k` (`for`): the cue, with the clause after the
/// name (and its apposition), and the word to go on from. A role noun must stand
/// before the name: `For Smith, it was a long day` says nothing of Smith's view.
fn for_frame(cx: &Context, k: usize, sentence: &Range<usize>, hi: usize) -> Option<(Cue, usize)> {
    let mut t = k + 1;
    if t < hi && matches!(cx.lower(t), "the" | "a" | "an") {
        t += 1;
    }
    let mut role = false;
    while t < hi && t < k + 6 && cx.mention_starting(t).is_none() {
        if cx.gap(t - 1, t) != " " || !cx.word(t).starts_with(char::is_lowercase) {
            return None;
        }
        role |= lexicon::is_role_noun(cx.lower(t));
        t += 1;
    }
    let m = cx.mention_starting(t)?;
    let name_end = m.range.end;
    let rest = cx.text[name_end..sentence.end].strip_prefix(',')?;
    let c = name_end + 1;
    let lead = rest.trim_start();
    // `, of the Valencian Institute,`: an affiliation set off by commas.
    let from = if ["of ", "at ", "from "].iter().any(|p| lead.starts_with(p)) {
        c + rest.find(',')? + 1
    } else {
        match apposition_end(cx, c, sentence.end) {
            Some(Some(end)) => end,
            Some(None) => return None,
            None => c,
        }
    };
    // Without a role, only a judgement framed as theirs: `For Smith, the bigger
    // risk is the weather`.
    if !role && !judgement_opening(cx, from, hi) {
        return None;
    }
    let complement = clause(cx, from, sentence, hi)?;
    let next = cx.word_at(complement.end).max(t + 1);
    let cue = Cue {
        who: Who::Person(m.persons.clone(), m.gender),
        range: cx.words.ranges[k].start..name_end,
        complement: Some(complement),
    };
    Some((cue, next))
}

/// A clause at byte `from` that opens with a judgement: `the (bigger) risk is`, `the
/// real question remains`: `the`, at most two modifiers, a noun of judgement, then a
/// present-tense copula.
fn judgement_opening(cx: &Context, from: usize, hi: usize) -> bool {
    let t = cx.word_at(from);
    if t >= hi || cx.lower(t) != "the" {
        return false;
    }
    (t + 1..(t + 4).min(hi)).any(|n| {
        matches!(
            cx.lower(n),
            "risk"
                | "worry"
                | "concern"
                | "problem"
                | "question"
                | "issue"
                | "danger"
                | "lesson"
                | "challenge"
                | "priority"
                | "threat"
                | "test"
                | "fear"
                // `the bigger story is the currency`, `the bottleneck is the hospital`.
                | "story"
                | "bottleneck"
                | "obstacle"
                | "answer"
                | "solution"
                | "culprit"
                | "point"
                | "key"
        ) && n + 1 < hi
            && matches!(cx.lower(n + 1), "is" | "lies" | "remains")
    })
}

/// An apposition describing a person that opens at byte `from` (`a lawyer in Lisbon`,
/// `who teaches at …`, `the bank's chief economist`): `Some` with the byte after the
/// comma that closes it, or `Some(None)` when it runs to `end`; `None` when the text
/// there is no apposition.
fn apposition_end(cx: &Context, from: usize, end: usize) -> Option<Option<usize>> {
    let rest = &cx.text[from..end];
    let first = cx.word_at(from);
    let last = cx.word_at(end);
    if first >= last {
        return None;
    }
    let close = rest.find([',', ';', '—', '–']).map(|e| from + e);
    let phrase_end = cx.word_at(close.unwrap_or(end));
    let opener = match cx.lower(first) {
        "who" | "whose" => true,
        // `a lawyer in Lisbon`, `the head of …`: a role noun soon after (`a rise in
        // rates is likely` is what was said).
        "a" | "an" | "the" => {
            (first + 1..phrase_end.min(first + 6)).any(|t| lexicon::is_role_noun(cx.lower(t)))
        }
        // `head of research at …`, `managing director of …`: a role without an
        // article, as news style writes it after a name.
        // (Closed by a comma: `According to X, economists expect …` is what was said.)
        "senior" | "deputy" | "managing" | "chief" | "executive" | "former" | "associate"
        | "assistant" | "principal" | "lead" => {
            close.is_some()
                && (first + 1..phrase_end.min(first + 3))
                    .any(|t| lexicon::is_role_noun(cx.lower(t)))
        }
        w => close.is_some() && lexicon::is_role_noun(w) && !w.ends_with('s'),
    };
    if !opener || (first..phrase_end).any(|t| cx.in_quote(cx.words.ranges[t].start)) {
        return None;
    }
    Some(close.map(|c| c + cx.text[c..].chars().next().map_or(1, char::len_utf8)))
}

/// The person whose apposition or dash aside ends at word `i`, right before a closing
/// `dash`: the text from the name to there opens with a comma or that dash and holds
/// the dash's opening half.
fn dash_aside_subject<'a>(cx: &'a Context, lo: usize, i: usize, dash: &str) -> Option<&'a Mention> {
    let (m, between) = last_mention_before(cx, lo, i)?;
    let opens = between.starts_with(',') || between.starts_with(&format!(" {dash}"));
    let fits = opens
        && between.contains(dash)
        && !between.contains(['“', '”', '"', '«', '»', '.', ';'])
        && !cx.in_quote(m.range.start);
    fits.then_some(m)
}

/// The mention right after an organisation's possessive that starts at word `s`
/// (`Northgate Capital's Lena Marsh`, `Harbour Bank’s Tom Reyes`): news names a
/// speaker's employer this way, and the person, not the organisation, speaks. Up to
/// five capitalised words, the last one possessive (`'s`, or a plural's `s'`).
fn possessed_mention<'a>(cx: &'a Context, s: usize, hi: usize) -> Option<&'a Mention> {
    for t in s..hi.min(s + 5) {
        let w = cx.word(t);
        if !w.starts_with(char::is_uppercase) {
            return None;
        }
        // (`Westlake Partners’ Ruth Kerr`: a plural's bare apostrophe.)
        let possessive = if w.ends_with("'s") || w.ends_with("’s") {
            t + 1 < hi && cx.gap(t, t + 1) == " "
        } else {
            w.ends_with('s') && t + 1 < hi && matches!(cx.gap(t, t + 1), "' " | "’ ")
        };
        if possessive {
            return cx.mention_starting(t + 1);
        }
        if t + 1 < hi && !matches!(cx.gap(t, t + 1), " " | " & ") {
            return None;
        }
    }
    None
}

/// The first word inside a short bracket of capitalised words that closes at word
/// `last` (`(CDU)`, `(Harbour Bank)`, `(Nordic Ports & Shipping)`), when a word stands
/// before the bracket: a party, constituency or employer tag set after a name. Up to
/// six words, so a bracketed clause is no tag.
fn bracket_open(cx: &Context, lo: usize, last: usize) -> Option<usize> {
    let mut t = last;
    for _ in 0..6 {
        if t <= lo {
            return None;
        }
        let w = cx.word(t);
        if !w.starts_with(char::is_uppercase) && !matches!(w, "of" | "for" | "and" | "the") {
            return None;
        }
        match cx.gap(t - 1, t) {
            " (" => return Some(t),
            " " | " & " => t -= 1,
            _ => return None,
        }
    }
    None
}

/// The last mention that starts at or after word `lo` and ends before word `i` ends,
/// with the text from its end to word `i`'s end.
fn last_mention_before<'a>(cx: &'a Context, lo: usize, i: usize) -> Option<(&'a Mention, &'a str)> {
    let end = cx.words.ranges[i].end;
    let lo_byte = cx.words.ranges[lo].start;
    let to = cx.mentions.partition_point(|m| m.range.start < end);
    let m = cx.mentions[..to]
        .last()
        .filter(|m| m.range.start >= lo_byte && m.range.end < end)?;
    Some((m, &cx.text[m.range.end..end]))
}

/// The person whose affiliation ends at word `i`: `Hanne Beirens of the Migration
/// Policy Institute said`, `Jane Roe with Harbour Bank said`.
fn affiliation_subject<'a>(cx: &'a Context, lo: usize, i: usize) -> Option<&'a Mention> {
    let (m, between) = last_mention_before(cx, lo, i)?;
    let rest = between
        .strip_prefix(" of ")
        .or_else(|| between.strip_prefix(" from "))
        .or_else(|| between.strip_prefix(" at "))
        .or_else(|| between.strip_prefix(" with "))?;
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    // Only a capitalised organisation name may stand between them.
    let org = !rest.is_empty()
        && !cx.in_quote(m.range.start)
        && rest.split(' ').all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || matches!(w, "of" | "for" | "and" | "the" | "&" | "at" | "in")
        });
    org.then_some(m)
}

/// The subject opening the sentence (a pronoun or a named person) when no other
/// subject stands before word `i`: `She welcomed the freeze but said …`.
fn sentence_subject(cx: &Context, lo: usize, i: usize) -> Option<Who> {
    let first = cx.lower(lo);
    if let Some(g) = lexicon::pronoun(first).filter(|_| matches!(&*first, "he" | "she")) {
        return Some(Who::Pronoun(g));
    }
    let m = cx.mention_starting(lo)?;
    // `Okafor, a hydrologist at the Delta Institute, backs the dam but says …`: an
    // apposition closed by its comma describes the subject and is skipped.
    let mut after = m.range.end;
    if let Some(from) = cx.text.get(after..).and_then(|t| t.strip_prefix(", ")) {
        let from = cx.text.len() - from.len();
        if let Some(Some(close)) = apposition_end(cx, from, cx.words.ranges[i].end)
            && cx.text[close..].starts_with(' ')
        {
            after = close;
        }
    }
    let end = cx.word_at(after);
    // Only a short predicate may stand between (no clause boundary, no other name).
    let between = cx.text.get(after..cx.words.ranges[i].end)?;
    (end <= i && !between.contains([',', ';', ':', '“', '”', '"']) && i - end < 12)
        .then(|| Who::Person(m.persons.clone(), m.gender))
}

/// Nouns for a person's research, whose findings a verb reports as theirs.
fn is_research_noun(word: &str) -> bool {
    matches!(
        word,
        "research"
            | "study"
            | "studies"
            | "measurements"
            | "data"
            | "analysis"
            | "findings"
            | "work"
            | "estimates"
            | "calculations"
            | "survey"
            | "paper"
            | "book"
            | "team"
            | "model"
            | "models"
            | "projections"
            | "simulations"
            | "surveys"
            | "figures"
            | "records"
    )
}

/// `Her measurements` / `Hang's research` ending at word `i`: the owner speaks.
fn research_subject(cx: &Context, lo: usize, i: usize) -> Option<Who> {
    if i <= lo || !is_research_noun(cx.lower(i)) || cx.gap(i - 1, i) != " " {
        return None;
    }
    let owner = cx.lower(i - 1);
    match owner {
        "his" => Some(Who::Pronoun(Gender::Male)),
        "her" => Some(Who::Pronoun(Gender::Female)),
        _ => {
            let m = cx.mention_ending(i - 1)?;
            let possessive = cx.word(i - 1).ends_with("'s") || cx.word(i - 1).ends_with("’s");
            possessive.then(|| Who::Person(m.persons.clone(), m.gender))
        }
    }
}

/// The person before a setting that ends at word `i`: `Mahmoud Ahmadinejad, in a speech
/// on January 19, said`, `Ali Salehi on Monday said`.
fn setting_subject<'a>(cx: &'a Context, lo: usize, i: usize) -> Option<&'a Mention> {
    let (m, between) = last_mention_before(cx, lo, i)?;
    if cx.in_quote(m.range.start) {
        return None;
    }
    let between = between.trim_start_matches([',', ' ']);
    let opens = [
        "in ", "on ", "at ", "during ", "last ", "earlier ", "later ",
    ]
    .iter()
    .any(|p| between.starts_with(p));
    let settled = opens
        && between.split(' ').count() <= 8
        && !between.contains(['“', '”', '"', '«', '»', '.', ';', ':'])
        && !between
            .split([' ', ','])
            .any(|w| lexicon::with_lower(w, lexicon::reporting_verb).is_some());
    settled.then_some(m)
}

/// The subject named after a verb or `according to`: a mention, a pronoun, `the ROLE`.
fn subject_after(cx: &Context, s: usize, hi: usize) -> (Who, Option<usize>) {
    if s >= hi {
        return (Who::Nobody, None);
    }
    if let Some(m) = cx
        .mention_starting(s)
        .or_else(|| possessed_mention(cx, s, hi))
    {
        let last = cx.word_at(m.range.end).saturating_sub(1).max(s);
        return (Who::Person(m.persons.clone(), m.gender), Some(last));
    }
    let w = cx.lower(s);
    if let Some(g) = lexicon::pronoun(w).filter(|_| matches!(w, "he" | "she" | "him" | "her")) {
        return (Who::Pronoun(g), Some(s));
    }
    if let Some((head, last)) = role_starting(cx, s, hi) {
        // `insisted the Minister of the Economy, Olivier Delcourt,`: the name the role
        // is set before.
        let end = cx.words.ranges[last].end;
        let named = cx
            .mentions
            .iter()
            .find(|m| m.range.start > end)
            .filter(|m| {
                let between = &cx.text[end..m.range.start];
                m.range.end <= cx.words.ranges[hi - 1].end
                    && between.len() <= 40
                    && between.ends_with(", ")
                    && !between[..between.len() - 2]
                        .contains([',', '.', ';', '“', '”', '"', '«', '»', '(', '—'])
            });
        if let Some(m) = named {
            let last = cx.word_at(m.range.end).saturating_sub(1).max(s);
            return (Who::Person(m.persons.clone(), m.gender), Some(last));
        }
        return (Who::Role(head), Some(last));
    }
    (Who::Nobody, Some(s))
}

/// The clause a verb governs after it ([`complement_after`]), with the verb itself
/// where what follows does not read as a statement alone: a forecast's object and
/// infinitive (`expects the ministers to reach a deal`: `the ministers to reach a deal`
/// says nothing of who expects it) and a warning against doing something (`cautioned
/// against expecting quick gains`). Only the active forms: `is expected to` says what
/// others expect of the subject.
fn complement_of(
    cx: &Context,
    class: VerbClass,
    verb: usize,
    sentence: &Range<usize>,
    hi: usize,
    cue_start: usize,
) -> Option<Range<usize>> {
    let got = complement_after(cx, class, verb, sentence, hi, cue_start)?;
    let right_after = verb + 1 < hi
        && cx.gap(verb, verb + 1) == " "
        && got.start == cx.words.ranges[verb + 1].start;
    let forecast = matches!(cx.lower(verb), "expects" | "expect" | "expected")
        && cx.lower(verb + 1) != "that"
        && !(verb > 0
            && matches!(
                cx.lower(verb - 1),
                "is" | "are" | "was" | "were" | "be" | "been" | "being" | "not"
            ))
        && (verb + 2..hi.min(verb + 7)).any(|t| cx.lower(t) == "to");
    let warning = cx.lower(verb + 1) == "against" && lexicon::warns(cx.lower(verb));
    // `doubts the plan will work`, `thinks a delay is unlikely`: a belief or doubt given
    // without `that`; the clause alone would state as fact (or, after `doubts`, say the
    // opposite of) what the person only holds. `considers the handling a mistake`: the
    // object and its complement say nothing without the verb.
    let belief = matches!(
        cx.lower(verb),
        "thinks" | "believes" | "doubts" | "suspects" | "considers" | "considered"
    ) && cx.lower(verb + 1) != "that";
    if right_after && (forecast || warning || belief) {
        return Some(cx.words.ranges[verb].start..got.end);
    }
    Some(got)
}

/// The clause a verb governs after it: `noted that …`, `told reporters that …`,
/// `believes the …`, or the rest after a parenthetical `, she noted, …`.
fn complement_after(
    cx: &Context,
    class: VerbClass,
    verb: usize,
    sentence: &Range<usize>,
    hi: usize,
    cue_start: usize,
) -> Option<Range<usize>> {
    if verb + 1 >= hi {
        return None;
    }
    let gap = cx.gap(verb, verb + 1);
    if gap.trim() == "," && class != VerbClass::Frame {
        // Parenthetical `…, she noted, it takes …`, but not `“…,” she said, adding …`.
        let before = cx
            .text
            .get(sentence.start..cue_start)
            .unwrap_or("")
            .trim_end();
        let after_quote = before.ends_with(['”', '"', '»', '’'])
            || before.trim_end_matches(',').ends_with(['”', '"', '»', '’']);
        if after_quote || lexicon::reporting_verb(cx.lower(verb + 1)).is_some() {
            return None;
        }
        let rest = clause(cx, cx.words.ranges[verb + 1].start, sentence, hi);
        // `The sector pays a fifth of all taxes, he noted, and no government …`: a
        // clause before the cue is said too; the statement runs across the cue.
        let lead = trailer_clause(cx, sentence, cue_start, hi)
            .filter(|c| cx.words.ranges[cx.word_at(c.start)..cx.word_at(c.end)].len() >= 5);
        return match (lead, rest) {
            (Some(l), Some(r)) => Some(l.start..r.end),
            (l, r) => r.or(l),
        };
    }
    // `has called publicly since June for lower rates`: a demand, after `for`.
    // `called on the province to cut …`: a demand made of someone, stated with the
    // verb (`called on the board to review …`: without it, `review …` reads as done),
    // when a `to` follows the few words that name who is called on.
    if matches!(cx.lower(verb), "called" | "calls" | "calling") {
        let on = verb + 1 < hi && matches!(cx.lower(verb + 1), "on" | "upon");
        let demand = if on {
            (verb + 2..hi.min(verb + 9))
                .take_while(|&t| cx.gap(t - 1, t) == " ")
                .find(|&t| cx.lower(t) == "to")
                .filter(|&t| t + 1 < hi && cx.gap(t, t + 1) == " ")
                .map(|_| verb)
        } else {
            (verb + 1..hi.min(verb + 6))
                .take_while(|&t| t == verb + 1 || cx.gap(t - 1, t) == " ")
                .find(|&t| cx.lower(t) == "for")
        };
        // The demand is a phrase: it ends at the first comma (`…, and the president
        // said …` is another statement).
        return demand.and_then(|t| {
            let from = cx.words.ranges[t].start;
            let cut = cx.text[from..sentence.end]
                .find([',', ';'])
                .map_or(sentence.end, |c| from + c);
            clause(cx, from, &(sentence.start..cut), hi.min(cx.word_at(cut)))
        });
    }
    // `urged the ministry to exempt small plants`: a demand made of someone, stated
    // with the verb as `called on … to` is (`exempt small plants` alone reads as done).
    if matches!(cx.lower(verb), "urged" | "urges" | "urging")
        && gap == " "
        && !matches!(cx.lower(verb + 1), "that" | "caution" | "restraint")
        && (verb + 2..hi.min(verb + 9))
            .take_while(|&t| cx.gap(t - 1, t) == " ")
            .any(|t| cx.lower(t) == "to" && t + 1 < hi && cx.gap(t, t + 1) == " ")
    {
        let from = cx.words.ranges[verb].start;
        let cut = cx.text[from..sentence.end]
            .find([',', ';'])
            .map_or(sentence.end, |c| from + c);
        return clause(cx, from, &(sentence.start..cut), hi.min(cx.word_at(cut)));
    }
    // `questioned whether the spur can be finished`: the doubt is in the verb, which
    // the statement keeps (`whether the spur can be finished` alone asks nothing).
    if matches!(
        cx.lower(verb),
        "questioned" | "questions" | "questioning" | "doubted" | "doubts"
    ) && gap == " "
        && matches!(cx.lower(verb + 1), "whether" | "if")
    {
        return clause(cx, cx.words.ranges[verb].start, sentence, hi);
    }
    // `asked for the rules to be published by June`: a request, after `for` (a question
    // asked is no statement, so only `for` right after the verb opens one).
    if matches!(cx.lower(verb), "asked" | "asks" | "asking")
        && gap == " "
        && cx.lower(verb + 1) == "for"
    {
        let from = cx.words.ranges[verb + 1].start;
        let cut = cx.text[from..sentence.end]
            .find([',', ';'])
            .map_or(sentence.end, |c| from + c);
        // A request that something be done (`for the rules to be published`), not for a
        // thing (`asked for anonymity`, `asked for comment`).
        return clause(cx, from, &(sentence.start..cut), hi.min(cx.word_at(cut))).filter(|c| {
            (cx.word_at(c.start)..cx.word_at(c.end)).any(|t| cx.lower(t) == "to")
                && cx.words.ranges[cx.word_at(c.start)..cx.word_at(c.end)].len() >= 5
        });
    }
    if gap != " " || class == VerbClass::Frame {
        return None;
    }
    // `expects to finish the line in 2031`: an intention stated with its verb (`to
    // finish the line in 2031` alone reads as an aim, not what they expect). Only the
    // active forms: `is expected to` says what others expect of the subject.
    if matches!(cx.lower(verb), "expects" | "expect")
        && cx.lower(verb + 1) == "to"
        && !(verb > 0
            && matches!(
                cx.lower(verb - 1),
                "is" | "are" | "was" | "were" | "be" | "been" | "not"
            ))
    {
        return clause(cx, cx.words.ranges[verb].start, sentence, hi);
    }
    // `explaining the veto to a table of interns`: what is explained is an object, not
    // a clause (`explained that …` is one).
    if cx.lower(verb).starts_with("explain")
        && matches!(
            cx.lower(verb + 1),
            "the" | "a" | "an" | "this" | "these" | "those" | "his" | "her" | "its" | "their"
        )
    {
        return None;
    }
    // `cautioned against drawing conclusions`, `pointed to a 2009 explosion`: a warning
    // against doing something, or a piece of evidence, given as a phrase.
    let gerund = || verb + 2 < hi && cx.lower(verb + 2).ends_with("ing");
    let phrase = match cx.lower(verb + 1) {
        "against" => lexicon::warns(cx.lower(verb)) && gerund(),
        "to" => lexicon::points(cx.lower(verb)) || pledges(cx.lower(verb)),
        _ => false,
    };
    if phrase {
        return clause(cx, cx.words.ranges[verb + 1].start, sentence, hi);
    }
    // `said in a note to clients (that) …`, `said in a statement`: the setting of the
    // words is not what was said; only a `that` after it opens the clause.
    let setting = matches!(cx.lower(verb + 1), "in" | "on" | "at" | "during")
        && verb + 2 < hi
        && matches!(
            cx.lower(verb + 2),
            "a" | "an" | "its" | "his" | "her" | "their" | "the"
        );
    let reach = match class {
        _ if setting => 10,
        VerbClass::Tell => 8,
        VerbClass::ThatOnly | VerbClass::Clause => 4,
        VerbClass::Frame => 0,
    };
    if class == VerbClass::ThatOnly
        && cx.lower(verb + 1) != "that"
        && lexicon::takes_object(cx.lower(verb))
    {
        // `rejected the idea that …`: the object is what is reported.
        return clause(cx, cx.words.ranges[verb + 1].start, sentence, hi);
    }
    for t in verb + 1..hi.min(verb + 1 + reach) {
        if t > verb + 1 && cx.gap(t - 1, t) != " " {
            break;
        }
        // `said the cars that burned …`: after a noun phrase, `that` opens a relative
        // clause, not what was said (an audience or a setting may come between).
        if !setting
            && class != VerbClass::Tell
            && matches!(
                cx.lower(t),
                "the" | "a" | "an" | "this" | "these" | "those" | "its" | "their"
            )
        {
            break;
        }
        // `told Reuters the storm fits a pattern that …`: after the audience, a
        // determiner opens the clause itself; a later `that` is a relative pronoun.
        if class == VerbClass::Tell
            && t > verb + 1
            && matches!(cx.lower(t), "the" | "a" | "an")
            && !matches!(
                cx.lower(t - 1),
                "of" | "in"
                    | "at"
                    | "on"
                    | "to"
                    | "from"
                    | "for"
                    | "with"
                    | "after"
                    | "before"
                    | "during"
                    | "outside"
            )
        {
            break;
        }
        // `advised Prague to close that gap`, `urged him to sell`: a one-word object
        // and an infinitive are what was advised (a later `that` is no conjunction).
        if class == VerbClass::Tell
            && t == verb + 2
            && cx.lower(t) == "to"
            && t + 1 < hi
            && cx.gap(t, t + 1) == " "
            && cx.word(t + 1).starts_with(|c: char| c.is_lowercase())
        {
            return clause(cx, cx.words.ranges[verb + 1].start, sentence, hi);
        }
        if cx.lower(t) == "that" {
            // `expects that number to reach …`: `that` before a noun and an
            // infinitive is a determiner, part of what is reported.
            let determiner = t == verb + 1
                && t + 2 < hi
                && cx.lower(t + 2) == "to"
                && cx.lower(t + 1) == cx.word(t + 1);
            let from = if determiner {
                cx.words.ranges[t].start
            } else {
                cx.words.ranges[t].end
            };
            return clause(cx, from, sentence, hi);
        }
    }
    if setting {
        return None;
    }
    // `told reporters the rate was fair`: an audience, then the clause.
    if class == VerbClass::Tell {
        let mut t = verb + 1;
        if cx.lower(t) == "the" {
            t += 1;
        }
        // `told Reuters the cap …`, `told The Daily Star the …`: an outlet or a
        // person named in capitals is the audience too.
        let named = proper_name_end(cx, t, hi);
        if let Some(end) = named {
            t = end;
        }
        let audience = named.is_some()
            || t < hi
                && matches!(
                    cx.lower(t),
                    "reporters"
                        | "journalists"
                        | "newspaper"
                        | "paper"
                        | "broadcaster"
                        | "lawmakers"
                        | "parliament"
                        | "investors"
                        | "clients"
                        | "delegates"
                        | "audience"
                        | "conference"
                        | "agency"
                        | "committee"
                        | "me"
                        | "us"
                );
        if audience && t + 1 < hi && cx.gap(t, t + 1) == " " {
            let next = cx.lower(t + 1);
            let preposition = matches!(
                next,
                "in" | "on"
                    | "at"
                    | "after"
                    | "before"
                    | "during"
                    | "outside"
                    | "inside"
                    | "near"
                    | "from"
                    | "following"
                    | "ahead"
                    | "late"
                    | "earlier"
                    | "yesterday"
                    | "today"
                    | "last"
                    | "this"
                    | "when"
                    | "as"
                    | "while"
            );
            if !preposition
                && !lexicon::blocks_clause(next)
                && !cx.in_quote(cx.words.ranges[t + 1].start)
            {
                return clause(cx, cx.words.ranges[t + 1].start, sentence, hi);
            }
        }
    }
    if class == VerbClass::Clause && !time_aside(cx, verb, hi) {
        let next = cx.lower(verb + 1);
        let participle = cx.lower(verb).ends_with("ing");
        if (!lexicon::blocks_clause(next)
            || participle && it_subject(cx, verb + 1, hi)
            || determiner_opens_clause(cx, verb, hi))
            && !cx.in_quote(cx.words.ranges[verb + 1].start)
        {
            return clause(cx, cx.words.ranges[verb + 1].start, sentence, hi);
        }
    }
    None
}

/// `said about 4,000 workers had lost …`, `said her survey found …`: after a verb of
/// saying, `about` before a number is an estimate and `her` a possessive (`say` takes
/// no personal object), so a reported clause follows rather than a topic or object.
fn determiner_opens_clause(cx: &Context, verb: usize, hi: usize) -> bool {
    if verb + 2 >= hi || cx.gap(verb + 1, verb + 2) != " " {
        return false;
    }
    match cx.lower(verb + 1) {
        "about" => cx.word(verb + 2).starts_with(|c: char| c.is_ascii_digit()),
        "her" => {
            matches!(cx.lower(verb), "said" | "says" | "saying")
                && !lexicon::blocks_clause(cx.lower(verb + 2))
        }
        _ => false,
    }
}

/// `saying it shortchanged schools`, `saying it would appeal`: `it` at word `i` is the
/// subject of a reported clause when a finite verb follows it (an auxiliary, or a
/// past or present tense form), not the object of `said it twice`. (Used after a
/// participle only: after `has said it plans …` the clause may run on over another
/// speaker's cue.)
fn it_subject(cx: &Context, i: usize, hi: usize) -> bool {
    if cx.lower(i) != "it" || i + 1 >= hi || cx.gap(i, i + 1) != " " {
        return false;
    }
    let v = cx.lower(i + 1);
    matches!(
        v,
        "is" | "was"
            | "would"
            | "will"
            | "could"
            | "should"
            | "might"
            | "may"
            | "must"
            | "can"
            | "has"
            | "had"
            | "does"
            | "did"
    ) || v.len() > 4 && v.ends_with("ed")
        || v.len() > 3 && v.ends_with('s') && !v.ends_with("ss") && !v.ends_with("ly")
}

/// True when a verb is followed by when it was said and a comma (`said on Tuesday, less
/// than two years after …`, `said yesterday, as …`): the words after the comma are an
/// aside of the writer's, not what was said. (What stands before such a cue is mostly
/// the news itself, told in the writer's words, and is left alone too.)
fn time_aside(cx: &Context, verb: usize, hi: usize) -> bool {
    let opens = verb + 1 < hi
        && matches!(
            cx.lower(verb + 1),
            "on" | "last" | "this" | "yesterday" | "today" | "earlier" | "late" | "early"
        );
    opens
        && (verb + 1..hi.min(verb + 4)).any(|t| {
            cx.text[cx.words.ranges[t].end..].starts_with(',')
                && (verb + 2..=t).all(|u| cx.gap(u - 1, u) == " ")
                && (verb + 1..=t).any(|u| {
                    cx.word(u).ends_with("day")
                        || matches!(
                            cx.lower(u),
                            "week" | "month" | "morning" | "afternoon" | "evening" | "night"
                        )
                })
        })
}

/// Verbs of promising, whose pledge is an infinitive (`promised to meet the growers`).
fn pledges(verb: &str) -> bool {
    matches!(
        verb,
        "promised" | "promises" | "pledged" | "pledges" | "vowed" | "vows"
    )
}

/// `puts the cost at €18 million`, `put the damage at around $2bn`: a figure estimated,
/// `the NOUN … at` and an amount within a few words of the verb.
fn puts_figure(cx: &Context, verb: usize, hi: usize) -> bool {
    if !matches!(cx.lower(verb), "put" | "puts" | "putting")
        || verb + 3 >= hi
        || !matches!(cx.lower(verb + 1), "the" | "its" | "his" | "her" | "their")
    {
        return false;
    }
    (verb + 2..hi.min(verb + 6)).any(|t| {
        let amount = || {
            let rest = cx.text[cx.words.ranges[t].end..].trim_start();
            rest.starts_with(|c: char| c.is_ascii_digit() || !c.is_alphanumeric())
                || matches!(
                    cx.lower(t + 1),
                    "about" | "around" | "roughly" | "nearly" | "almost" | "least" | "some"
                )
        };
        cx.gap(t - 1, t) == " " && cx.lower(t) == "at" && t + 1 < hi && amount()
    })
}

/// The last of one to three capitalised words from word `t`, single-spaced (`Reuters`,
/// `Daily Star`), when a word follows them in the sentence.
fn proper_name_end(cx: &Context, t: usize, hi: usize) -> Option<usize> {
    let capital = |k: usize| {
        cx.word(k).chars().next().is_some_and(char::is_uppercase)
            && lexicon::pronoun(cx.lower(k)).is_none()
            && cx.lower(k) != "i"
    };
    if t >= hi || !capital(t) {
        return None;
    }
    let mut end = t;
    while end + 1 < hi && end < t + 2 && cx.gap(end, end + 1) == " " && capital(end + 1) {
        end += 1;
    }
    (end + 1 < hi).then_some(end)
}

/// True when `w` (word `k`), a reporting verb's `-s` form that is also a plural noun
/// (`comments`, `notes`, `claims`, `estimates`), follows a determiner or a verb that
/// takes an object (`take comments`, `invited claims`, `the estimates`): no verb
/// follows a determiner, and these verbs take nouns, so it reports nobody.
fn plural_noun_after(cx: &Context, k: usize, lo: usize, w: &str) -> bool {
    if k <= lo || !w.ends_with('s') || w.ends_with("ss") || cx.gap(k - 1, k) != " " {
        return false;
    }
    matches!(
        cx.lower(k - 1),
        "the"
            | "these"
            | "those"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "your"
            | "my"
            | "no"
            | "any"
            | "some"
            | "many"
            | "few"
            | "take"
            | "takes"
            | "took"
            | "taking"
            | "taken"
            | "invite"
            | "invites"
            | "invited"
            | "inviting"
            | "welcome"
            | "welcomes"
            | "welcomed"
            | "welcoming"
            | "seek"
            | "seeks"
            | "sought"
            | "seeking"
            | "receive"
            | "receives"
            | "received"
            | "receiving"
            | "collect"
            | "collects"
            | "collected"
            | "collecting"
            | "submit"
            | "submits"
            | "submitted"
            | "submitting"
            | "accept"
            | "accepts"
            | "accepted"
            | "accepting"
            | "publish"
            | "publishes"
            | "published"
            | "publishing"
    )
}

/// The reported clause before a trailing cue: `Sanctions will stay, the minister said.`
fn trailer_clause(
    cx: &Context,
    sentence: &Range<usize>,
    cue_start: usize,
    hi: usize,
) -> Option<Range<usize>> {
    let mut before = cx.text.get(sentence.start..cue_start)?.trim_end();
    // `…, Chairman of the Board of the X Club Pavel Orlov told reporters`: the title in
    // front of the name belongs to the cue.
    if !before.ends_with(',')
        && let Some(comma) = before.rfind(',')
    {
        let title = &before[comma + 1..];
        let ws = people::words(title);
        let role = ws
            .iter()
            .any(|r| lexicon::with_lower(&title[r.clone()], lexicon::is_role_noun));
        if role && ws.len() <= 20 && !title.contains(['“', '”', '"', '«', '»']) {
            before = &before[..=comma];
        }
    }
    let body = before.strip_suffix(',')?;
    if body.ends_with(['”', '"', '»', '’']) || body.contains(['“', '”', '"', '«', '»']) {
        return None;
    }
    let start = sentence.start;
    let end = start + body.len();
    clause(cx, start, &(start..end), hi.min(cx.word_at(end)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::people;

    fn cues(text: &str, mentions: Vec<Mention>) -> Vec<(Who, Option<String>)> {
        let words = people::DocWords::new(std::iter::once(text));
        let quoted = Vec::new();
        let cx = Context {
            text,
            words: words.paragraph(0),
            mentions: &mentions,
            quoted: &quoted,
        };
        in_sentence(&cx, &(0..text.len()))
            .into_iter()
            .map(|c| (c.who, c.complement.map(|r| text[r].to_string())))
            .collect()
    }

    fn mention(text: &str, name: &str, id: usize) -> Mention {
        let start = text.find(name).unwrap_or(0);
        Mention {
            persons: vec![id],
            range: start..start + name.len(),
            gender: Gender::Unknown,
        }
    }

    fn clauses(text: &str, name: &str) -> Vec<String> {
        cues(text, vec![mention(text, name, 0)])
            .into_iter()
            .filter(|(w, _)| *w != Who::Nobody)
            .filter_map(|(_, c)| c)
            .collect()
    }

    #[test]
    fn a_stance_with_a_clause_or_an_action_is_reported_with_its_adjective() {
        let text = "Okafor is not convinced that the levy will raise much.";
        assert_eq!(
            clauses(text, "Okafor"),
            vec!["not convinced that the levy will raise much"]
        );
        let text = "She was less sure about closing the port at night.";
        let got = cues(text, Vec::new());
        assert_eq!(
            got,
            vec![(
                Who::Pronoun(Gender::Female),
                Some("less sure about closing the port at night".to_string())
            )]
        );
        let text = "The analyst was not convinced that the levy would last.";
        assert_eq!(
            cues(text, Vec::new()),
            vec![(
                Who::Role("analyst".to_string()),
                Some("not convinced that the levy would last".to_string())
            )]
        );
        // A bare topic only announces the view that follows; no stance adjective, no
        // statement.
        let text = "Okafor is more sceptical about the figures.";
        assert!(clauses(text, "Okafor").is_empty());
        let text = "Okafor is certainly right about the figures.";
        assert!(clauses(text, "Okafor").is_empty());
    }

    #[test]
    fn seeing_as_and_wanting_someone_to_act_are_views() {
        let text = "Okafor, a hydrologist at the Delta Institute, sees the new dam as a warning for every river town.";
        assert_eq!(
            clauses(text, "Okafor"),
            vec!["sees the new dam as a warning for every river town"]
        );
        let text = "Okafor wants the council to publish its flood maps before winter.";
        assert_eq!(
            clauses(text, "Okafor"),
            vec!["the council to publish its flood maps before winter"]
        );
        // Seeing something, or seeing it some way, is no view of it as something.
        let text = "Okafor sees it differently and blames the weather.";
        assert!(clauses(text, "Okafor").is_empty());
    }

    #[test]
    fn a_framed_judgement_an_estimate_and_a_request_are_reported() {
        let text =
            "For Okafor, head of research at Delta Bank, the bigger story is the exchange rate.";
        assert_eq!(
            clauses(text, "Okafor"),
            vec!["the bigger story is the exchange rate"]
        );
        let text = "By his reckoning, the repairs would cost about $3 million in all.";
        assert_eq!(
            cues(text, Vec::new()),
            vec![(
                Who::Pronoun(Gender::Male),
                Some("the repairs would cost about $3 million in all".to_string())
            )]
        );
        let text = "Okafor welcomed the plan and asked for the maps to be published by June.";
        assert!(
            clauses(text, "Okafor").contains(&"for the maps to be published by June".to_string())
        );
        let text = "Okafor urged the ministry to exempt small plants, which employ most people.";
        assert_eq!(
            clauses(text, "Okafor"),
            vec!["urged the ministry to exempt small plants"]
        );
        let text = "Okafor questioned whether the spur could be finished by June.";
        assert_eq!(
            clauses(text, "Okafor"),
            vec!["questioned whether the spur could be finished by June"]
        );
        let text = "Okafor asked for anonymity because the talks were private.";
        assert!(clauses(text, "Okafor").is_empty());
        let text = "Okafor calculates that about half of the loss came from the currency.";
        assert_eq!(
            clauses(text, "Okafor"),
            vec!["about half of the loss came from the currency"]
        );
        let text = "She has been saying for years that the dam leaks.";
        assert_eq!(
            cues(text, Vec::new()),
            vec![(
                Who::Pronoun(Gender::Female),
                Some("the dam leaks".to_string())
            )]
        );
    }

    #[test]
    fn according_to_in_mid_sentence_reports_the_clause_before_it() {
        let text = "Most clinics already run at full capacity, according to Okafor, and waiting lists have doubled since 2020.";
        assert_eq!(
            clauses(text, "Okafor"),
            vec![
                "Most clinics already run at full capacity",
                "and waiting lists have doubled since 2020"
            ]
        );
        // A short opener before the cue is no clause: what follows is said.
        let text = "In 2020, according to Okafor, the clinics ran at full capacity.";
        assert_eq!(
            clauses(text, "Okafor"),
            vec!["the clinics ran at full capacity"]
        );
    }

    #[test]
    fn an_affiliation_may_name_a_centre_at_a_college() {
        let text = "Economist Ana Okafor of the Centre for Water at Tamar College estimates that the scheme will cost £4 million.";
        assert_eq!(
            clauses(text, "Ana Okafor"),
            vec!["the scheme will cost £4 million"]
        );
    }

    #[test]
    fn a_figure_put_at_an_amount_is_reported() {
        let text = "Okafor puts the damage at about $40 million for the whole coast.";
        let got = cues(text, vec![mention(text, "Okafor", 0)]);
        assert_eq!(
            got,
            vec![(
                Who::Person(vec![0], Gender::Unknown),
                Some("the damage at about $40 million for the whole coast".to_string())
            )]
        );
        // `put it` stays the `as she put it` frame, and a thing put somewhere is none.
        let text = "Okafor put the boxes at the door.";
        assert!(cues(text, vec![mention(text, "Okafor", 0)]).is_empty());
    }

    #[test]
    fn a_call_on_someone_to_act_is_reported() {
        let text = "Moyo called on the city council to scrap the levy before winter, and warned that shops would close.";
        let got = cues(text, vec![mention(text, "Moyo", 0)]);
        assert_eq!(
            got[0],
            (
                Who::Person(vec![0], Gender::Unknown),
                Some("called on the city council to scrap the levy before winter".to_string())
            )
        );
        // `called on` a place, with no `to`, reports nothing.
        let text = "Moyo called on the town hall yesterday.";
        assert!(
            cues(text, vec![mention(text, "Moyo", 0)])
                .iter()
                .all(|(_, c)| c.is_none())
        );
    }

    #[test]
    fn a_spokesperson_for_a_named_person_is_not_that_person() {
        let text = "A spokeswoman for Lindqvist said in a statement that the count was right.";
        let got = cues(text, vec![mention(text, "Lindqvist", 0)]);
        assert!(got.iter().all(|(w, _)| *w == Who::Nobody), "{got:?}");
        let text = "Lindqvist said in a statement that the count was right.";
        let got = cues(text, vec![mention(text, "Lindqvist", 0)]);
        assert_eq!(got[0].0, Who::Person(vec![0], Gender::Unknown));
    }

    #[test]
    fn a_subject_before_a_closing_dash_aside_speaks() {
        let text = "Ecologist Rui Sousa, who studies the dunes — a strip of sand and pine — argued that the permit was flawed.";
        let got = cues(text, vec![mention(text, "Rui Sousa", 0)]);
        assert_eq!(
            got,
            vec![(
                Who::Person(vec![0], Gender::Unknown),
                Some("the permit was flawed".to_string())
            )]
        );
    }

    #[test]
    fn according_to_a_person_skips_their_apposition() {
        // The apposition ends the sentence: what was said comes before.
        let text = "Rulings like this take months, so work may not start before 2028, according to Ana Melo, a planning lawyer in Braga.";
        let got = cues(text, vec![mention(text, "Ana Melo", 0)]);
        assert_eq!(
            got[0].1.as_deref(),
            Some("Rulings like this take months, so work may not start before 2028")
        );
        // The apposition sits in between: what was said follows it.
        let text = "According to Melo, who teaches law in Braga, the permit was never valid.";
        let got = cues(text, vec![mention(text, "Melo", 0)]);
        assert_eq!(got[0].1.as_deref(), Some("the permit was never valid"));
        // `a rise in rates` is what was said, not an apposition.
        let text = "According to Melo, a rise in rates is likely this year.";
        let got = cues(text, vec![mention(text, "Melo", 0)]);
        assert_eq!(
            got[0].1.as_deref(),
            Some("a rise in rates is likely this year")
        );
    }

    #[test]
    fn according_to_someones_findings_they_speak() {
        let text = "According to her measurements, nitrate levels in the bay have tripled.";
        let got = cues(text, Vec::new());
        assert_eq!(
            got,
            vec![(
                Who::Pronoun(Gender::Female),
                Some("nitrate levels in the bay have tripled".to_string())
            )]
        );
    }

    #[test]
    fn according_to_his_findings_he_speaks() {
        let text = "In the 1990s, the lake froze for about 90 days a year, according to his data.";
        let got = cues(text, Vec::new());
        assert_eq!(
            got,
            vec![(
                Who::Pronoun(Gender::Male),
                Some("In the 1990s, the lake froze for about 90 days a year".to_string())
            )]
        );
    }

    #[test]
    fn a_role_set_before_the_name_after_an_inverted_verb_is_the_name() {
        let t =
            "“Nothing changes for now,” insisted the Minister of Transport, Ivo Marek, on Tuesday.";
        let got = cues(t, vec![mention(t, "Ivo Marek", 0)]);
        assert_eq!(got[0].0, Who::Person(vec![0], Gender::Unknown));
    }

    #[test]
    fn told_an_audience_and_a_setting_then_that() {
        let t = "Ivo Marek told reporters after the meeting that the quota would be reviewed.";
        let got = cues(t, vec![mention(t, "Ivo Marek", 0)]);
        assert_eq!(got[0].1.as_deref(), Some("the quota would be reviewed"));
    }

    #[test]
    fn a_clause_before_told_and_its_audience_is_what_was_told() {
        for t in [
            "Rates will stay high into spring, Ivo Marek told clients in a note.",
            "Rates will stay high into spring, Ivo Marek told a briefing in Prague.",
            "Rates will stay high into spring, Ivo Marek told us.",
        ] {
            let got = cues(t, vec![mention(t, "Ivo Marek", 0)]);
            assert_eq!(
                got[0].1.as_deref(),
                Some("Rates will stay high into spring"),
                "{t}"
            );
        }
    }

    #[test]
    fn told_an_outlet_then_a_clause_with_a_relative_that() {
        let text =
            "Okafor told Radio Delta the flood fits a trend that engineers have seen for years.";
        let got = cues(text, vec![mention(text, "Okafor", 0)]);
        assert_eq!(
            got[0].1.as_deref(),
            Some("the flood fits a trend that engineers have seen for years")
        );
    }

    #[test]
    fn a_party_tag_between_name_and_verb() {
        let text = "The region's transport minister, Ola Brandt (CDU), said the line would reopen.";
        let got = cues(text, vec![mention(text, "Ola Brandt", 0)]);
        assert_eq!(got[0].0, Who::Person(vec![0], Gender::Unknown));
        assert_eq!(got[0].1.as_deref(), Some("the line would reopen"));
    }

    #[test]
    fn an_employer_in_brackets_between_name_and_verb() {
        let text = "Ola Brandt (Nordhafen Savings & Loan) said the line would reopen.";
        let got = cues(text, vec![mention(text, "Ola Brandt", 0)]);
        assert_eq!(got[0].0, Who::Person(vec![0], Gender::Unknown));
        assert_eq!(got[0].1.as_deref(), Some("the line would reopen"));
    }

    #[test]
    fn according_to_an_organisations_person_is_that_person() {
        for text in [
            "According to Brightwater Energy's Ola Brandt, the line will reopen.",
            "According to Brightwater Partners’ Ola Brandt, the line will reopen.",
        ] {
            let got = cues(text, vec![mention(text, "Ola Brandt", 0)]);
            assert_eq!(got[0].0, Who::Person(vec![0], Gender::Unknown), "{text}");
            assert_eq!(got[0].1.as_deref(), Some("the line will reopen"));
        }
    }

    #[test]
    fn a_clause_before_a_cue_and_a_colon_was_said() {
        let text = "The survey began almost by chance, she said: a colleague needed a quiet site.";
        let got = cues(text, Vec::new());
        assert_eq!(
            got[0].1.as_deref(),
            Some("The survey began almost by chance")
        );
        let text =
            "A pump station needs about 20 months to build, she said; a dam takes far longer.";
        let got = cues(text, Vec::new());
        assert_eq!(
            got[0].1.as_deref(),
            Some("A pump station needs about 20 months to build")
        );
    }

    #[test]
    fn a_passive_participle_is_no_cue() {
        let text = "More snow is expected in April, she added.";
        let got = cues(text, Vec::new());
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].1.as_deref(), Some("More snow is expected in April"));
    }

    #[test]
    fn a_call_for_something_is_the_demand() {
        let text = "Okafor has called repeatedly since May for a cap on rents, saying tenants cannot wait.";
        let got = cues(text, vec![mention(text, "Okafor", 0)]);
        assert_eq!(got[0].1.as_deref(), Some("for a cap on rents"));
        // `called X Y` names, and says nothing.
        let text = "Okafor called the plan a fraud.";
        let got = cues(text, vec![mention(text, "Okafor", 0)]);
        assert_eq!(got[0].1, None);
    }

    #[test]
    fn an_unnamed_subject_before_a_comma_is_nobody() {
        let text = "A banker at one of the lenders, speaking on condition of anonymity, told Reuters the talks were stuck.";
        let got = cues(text, Vec::new());
        assert_eq!(got.first().map(|c| &c.0), Some(&Who::Nobody));
    }

    #[test]
    fn explaining_an_object_is_no_clause() {
        let text = "Spotted: Okafor explaining the rules to a group of students.";
        let got = cues(text, vec![mention(text, "Okafor", 0)]);
        assert!(
            got.iter()
                .all(|c| c.1.as_deref().is_none_or(|t| !t.contains("students"))),
            "{got:?}"
        );
        let text = "Okafor explained that the rules had changed.";
        let got = cues(text, vec![mention(text, "Okafor", 0)]);
        assert_eq!(got[0].1.as_deref(), Some("the rules had changed"));
    }

    #[test]
    fn a_view_framed_by_for_a_role_and_a_name() {
        let text = "For the labour economist Ana Melo, of the Braga Policy Institute, the strike shows how thin wages have become.";
        let got = cues(text, vec![mention(text, "Ana Melo", 0)]);
        assert_eq!(
            got,
            vec![(
                Who::Person(vec![0], Gender::Unknown),
                Some("the strike shows how thin wages have become".to_string())
            )]
        );
        // Without a role it may be about them, not their view.
        let text = "For Ana Melo, the strike meant a month without pay.";
        assert!(cues(text, vec![mention(text, "Ana Melo", 0)]).is_empty());
        // A judgement framed as theirs needs no role before the name.
        let text = "For Ana Melo, the bigger risk is the weather.";
        let got = cues(text, vec![mention(text, "Ana Melo", 0)]);
        assert_eq!(got[0].1.as_deref(), Some("the bigger risk is the weather"));
    }

    #[test]
    fn an_inverted_cue_inside_a_sentence_reports_the_rest() {
        let text = "The problem, argues Ana Melo, a planner at the Braga Institute, is that nobody owns the canals.";
        let got = cues(text, vec![mention(text, "Ana Melo", 0)]);
        assert_eq!(got[0].1.as_deref(), Some("is that nobody owns the canals"));
        // After a quotation the rest is no predicate of it.
        let text = "“We will see,” said Ana Melo, adding that the vote was close.";
        let got = cues(text, vec![mention(text, "Ana Melo", 0)]);
        assert!(
            got.iter()
                .all(|c| c.1.as_deref() != Some("adding that the vote was close"))
        );
    }

    #[test]
    fn a_pledge_is_reported_as_its_infinitive() {
        let text = "Okafor promised to publish the audit before the summer.";
        let got = cues(text, vec![mention(text, "Okafor", 0)]);
        assert_eq!(
            got,
            vec![(
                Who::Person(vec![0], Gender::Unknown),
                Some("to publish the audit before the summer".to_string())
            )]
        );
    }

    #[test]
    fn settings_and_audiences_are_not_the_clause() {
        let t = "Petar Marinov said in a note to clients.";
        let c = cues(t, vec![mention(t, "Petar Marinov", 0)]);
        assert!(c.iter().all(|(_, q)| q.is_none()), "{c:?}");
        let t = "Petar Marinov said in a note to clients that prices would rise.";
        let c = cues(t, vec![mention(t, "Petar Marinov", 0)]);
        assert_eq!(c[0].1.as_deref(), Some("prices would rise"));
        let t = "Javier Olmedo told reporters the rate was fair.";
        let c = cues(t, vec![mention(t, "Javier Olmedo", 0)]);
        assert_eq!(c[0].1.as_deref(), Some("the rate was fair"));
    }

    #[test]
    fn according_to_a_note_by() {
        let t = "According to a research note by Tunde Okafor, the central bank will hold rates.";
        let c = cues(t, vec![mention(t, "Tunde Okafor", 2)]);
        assert_eq!(c[0].0, Who::Person(vec![2], Gender::Unknown));
        assert_eq!(c[0].1.as_deref(), Some("the central bank will hold rates"));
    }

    #[test]
    fn verb_with_that_and_coordination() {
        let t = "Rohan Mehta-Sinclair noted that the 29 states include three registries, and said enforcement would depend on ports.";
        let c = cues(t, vec![mention(t, "Rohan Mehta-Sinclair", 0)]);
        assert_eq!(c[0].0, Who::Person(vec![0], Gender::Unknown));
        assert_eq!(
            c[0].1.as_deref(),
            Some("the 29 states include three registries")
        );
        assert_eq!(c[1].0, Who::Person(vec![0], Gender::Unknown));
        assert_eq!(c[1].1.as_deref(), Some("enforcement would depend on ports"));
    }

    #[test]
    fn apposition_subject_and_tell() {
        let t = "Kazakhstan’s Minister of Water Resources, Serik Dauletov, told reporters yesterday that the schedule would be approved next month.";
        let c = cues(t, vec![mention(t, "Serik Dauletov", 3)]);
        assert_eq!(c[0].0, Who::Person(vec![3], Gender::Unknown));
        assert_eq!(
            c[0].1.as_deref(),
            Some("the schedule would be approved next month")
        );
        let t = "Ingrid Solberg-Haugen, an energy economist at the Fjordline Energy Institute in Bergen, says the regulator had little choice.";
        let c = cues(t, vec![mention(t, "Ingrid Solberg-Haugen", 1)]);
        assert_eq!(c[0].0, Who::Person(vec![1], Gender::Unknown));
        assert_eq!(c[0].1.as_deref(), Some("the regulator had little choice"));
        let t = "Maria Lopez, a senior fellow at the Andean Institute, a Lima think tank, said that the delay reflected a calculation.";
        let c = cues(t, vec![mention(t, "Maria Lopez", 2)]);
        assert_eq!(c[0].0, Who::Person(vec![2], Gender::Unknown));
        assert_eq!(c[0].1.as_deref(), Some("the delay reflected a calculation"));
    }

    #[test]
    fn an_opinion_frame_without_its_comma_opens_a_clause() {
        let t = "The dam holds the river, and in her view the spillway has never been tested.";
        let c = cues(t, Vec::new());
        assert_eq!(
            c[0].1.as_deref(),
            Some("the spillway has never been tested")
        );
        let t = "In her view of the market there is no room.";
        let c = cues(t, Vec::new());
        assert!(c.is_empty(), "{c:?}");
    }

    #[test]
    fn a_pronoun_with_its_verb_after_said_is_no_inverted_cue() {
        let t =
            "A man who farms above the dam, and who did not give his name, said she would leave.";
        let c = cues(t, Vec::new());
        assert!(
            c.iter().all(|(w, _)| !matches!(w, Who::Pronoun(_))),
            "{c:?}"
        );
        let t = "The dam will hold, said she, for another decade.";
        let c = cues(t, Vec::new());
        assert!(c.iter().any(|(w, _)| matches!(w, Who::Pronoun(_))), "{c:?}");
    }

    #[test]
    fn a_definite_role_with_its_workplace_is_the_subject() {
        let t = "The research scientist at the Fjord Lake Institute said the water had dropped.";
        let c = cues(t, Vec::new());
        assert_eq!(c[0].0, Who::Role("scientist".into()));
        assert_eq!(c[0].1.as_deref(), Some("the water had dropped"));
        let t = "The bank's head of research said the rate would fall.";
        let c = cues(t, Vec::new());
        assert_eq!(c[0].0, Who::Role("head".into()));
        let t = "The rain at the Fjord Lake Institute said nothing of it.";
        let c = cues(t, Vec::new());
        assert!(c.iter().all(|(w, _)| *w != Who::Role("rain".into())));
    }

    #[test]
    fn apposition_ending_in_a_bracket_or_after_an_affiliation() {
        let t =
            "Tove Lind, a fellow at the Centre for Port Studies (CPS), said the berths were full.";
        let c = cues(t, vec![mention(t, "Tove Lind", 4)]);
        assert_eq!(c[0].0, Who::Person(vec![4], Gender::Unknown));
        assert_eq!(c[0].1.as_deref(), Some("the berths were full"));
        let t = "Tove Lind of the Baltic Port Institute, who studies shipping, told reporters that the berths were full.";
        let c = cues(t, vec![mention(t, "Tove Lind", 4)]);
        assert_eq!(c[0].0, Who::Person(vec![4], Gender::Unknown));
        assert_eq!(c[0].1.as_deref(), Some("the berths were full"));
        // An affiliation closed by the comma before the verb.
        let t = "That analyst, Tove Lind of Harbour Research, said the berths were full.";
        let c = cues(t, vec![mention(t, "Tove Lind", 4)]);
        assert_eq!(c[0].0, Who::Person(vec![4], Gender::Unknown));
        assert_eq!(c[0].1.as_deref(), Some("the berths were full"));
    }

    #[test]
    fn according_to_opinion_and_roles() {
        let c = cues("According to the analyst, a factor is the economy.", vec![]);
        assert_eq!(c[0].0, Who::Role("analyst".into()));
        assert_eq!(c[0].1.as_deref(), Some("a factor is the economy"));
        let c = cues("In his view, the warming is a complex process.", vec![]);
        assert_eq!(c[0].0, Who::Pronoun(Gender::Male));
        assert_eq!(c[0].1.as_deref(), Some("the warming is a complex process"));
        // `it` opening a reported clause, not the verb's object.
        let c = cues(
            "He vetoed the plan, saying it shortchanged the schools.",
            vec![],
        );
        assert!(
            c.iter()
                .any(|(_, t)| t.as_deref() == Some("it shortchanged the schools")),
            "{c:?}"
        );
        let c = cues("She said it twice to the board.", vec![]);
        assert!(c.iter().all(|(_, t)| t.is_none()), "{c:?}");
        let c = cues("She advised Westmark to close that gap before May.", vec![]);
        assert_eq!(
            c[0].1.as_deref(),
            Some("Westmark to close that gap before May")
        );
        let c = cues("He forecasts the krona at 11.2 per euro by June.", vec![]);
        assert_eq!(
            c[0].1.as_deref(),
            Some("the krona at 11.2 per euro by June")
        );
        let c = cues("She said about 400 boats had stayed in port.", vec![]);
        assert_eq!(
            c[0].1.as_deref(),
            Some("about 400 boats had stayed in port")
        );
        let c = cues("She said her survey found most voters undecided.", vec![]);
        assert_eq!(
            c[0].1.as_deref(),
            Some("her survey found most voters undecided")
        );
        let c = cues("She talked about the plan at length.", vec![]);
        assert!(c.iter().all(|(_, t)| t.is_none()), "{c:?}");
        // A frame inside the sentence owns the clause before it too.
        let c = cues(
            "A levy would do little to cool prices, in her view, because supply is short.",
            vec![],
        );
        assert_eq!(c[0].0, Who::Pronoun(Gender::Female));
        assert_eq!(
            c[0].1.as_deref(),
            Some("A levy would do little to cool prices, in her view, because supply is short")
        );
        let c = cues(
            "The political analyst also noted that viewing the pardon is simplistic.",
            vec![],
        );
        assert_eq!(c[0].0, Who::Role("analyst".into()));
    }

    #[test]
    fn parenthetical_and_inverted() {
        let c = cues(
            "In 2023, she recalled, a single storm closed the strait.",
            vec![],
        );
        assert_eq!(c[0].0, Who::Pronoun(Gender::Female));
        assert_eq!(c[0].1.as_deref(), Some("a single storm closed the strait"));
        let t = "“It is late,” said Ana Ruiz, an economist.";
        let c = cues(t, vec![mention(t, "Ana Ruiz", 2)]);
        assert_eq!(c[0].0, Who::Person(vec![2], Gender::Unknown));
        let c = cues("Experts note that prices rose sharply this year.", vec![]);
        assert_eq!(c[0].0, Who::Nobody);
        // `… but said`: the sentence's subject; `Hang's research suggests`: its owner.
        let t = "She welcomed the freeze but said six months was far too short.";
        let c = cues(t, vec![]);
        assert_eq!(c[0].0, Who::Pronoun(Gender::Female));
        let t = "Hang's research suggests that dredging caused the loss.";
        let c = cues(t, vec![mention(t, "Hang", 4)]);
        assert_eq!(c[0].0, Who::Person(vec![4], Gender::Unknown));
        assert_eq!(c[0].1.as_deref(), Some("dredging caused the loss"));
        let c = cues(
            "Her measurements show that the riverbed has dropped.",
            vec![],
        );
        assert_eq!(c[0].0, Who::Pronoun(Gender::Female));
        assert_eq!(c[0].1.as_deref(), Some("the riverbed has dropped"));
        // A whole clause before a parenthetical cue is part of the statement.
        let c = cues(
            "The sector pays a fifth of all taxes, he noted, and no government can let it die.",
            vec![],
        );
        assert_eq!(
            c[0].1.as_deref(),
            Some(
                "The sector pays a fifth of all taxes, he noted, and no government can let it die"
            )
        );
    }

    #[test]
    fn an_outlet_as_audience_and_phrases_of_warning_and_evidence() {
        let t = "Ivo Marek, chairman of the Miners Association, told Reuters the cap would also hurt ore miners.";
        let c = cues(t, vec![mention(t, "Ivo Marek", 1)]);
        assert_eq!(
            c[0].1.as_deref(),
            Some("the cap would also hurt ore miners")
        );
        let t = "Ivo Marek told Reuters on Tuesday.";
        let c = cues(t, vec![mention(t, "Ivo Marek", 1)]);
        assert_ne!(c[0].1.as_deref(), Some("on Tuesday"));
        let t = "Ivo Marek cautioned against reading too much into the figures.";
        let c = cues(t, vec![mention(t, "Ivo Marek", 1)]);
        assert_eq!(
            c[0].1.as_deref(),
            Some("cautioned against reading too much into the figures")
        );
        // A forecast's object and infinitive keep the verb; `expects that …` does not.
        let t = "Ivo Marek expects the board to approve the mine by June.";
        let c = cues(t, vec![mention(t, "Ivo Marek", 1)]);
        assert_eq!(
            c[0].1.as_deref(),
            Some("expects the board to approve the mine by June")
        );
        let t = "Ivo Marek doubts the board will approve the mine.";
        let c = cues(t, vec![mention(t, "Ivo Marek", 1)]);
        assert_eq!(
            c[0].1.as_deref(),
            Some("doubts the board will approve the mine")
        );
        let t = "Ivo Marek expects that the board will approve the mine.";
        let c = cues(t, vec![mention(t, "Ivo Marek", 1)]);
        assert_eq!(c[0].1.as_deref(), Some("the board will approve the mine"));
        // A noun after `against` is a stance, not a statement.
        let t = "Ivo Marek warned against high hopes.";
        let c = cues(t, vec![mention(t, "Ivo Marek", 1)]);
        assert!(c.iter().all(|(_, x)| x.is_none()));
        let t = "Ivo Marek pointed to a 2019 collapse at a mine in Kladno as a warning.";
        let c = cues(t, vec![mention(t, "Ivo Marek", 1)]);
        assert_eq!(
            c[0].1.as_deref(),
            Some("to a 2019 collapse at a mine in Kladno as a warning")
        );
    }

    #[test]
    fn a_relative_who_and_a_persons_models_speak() {
        let t = "\"It is late,\" said Ivo Marek, 46, a miner from Kladno, who said he hoped the pit would reopen.";
        let c = cues(t, vec![mention(t, "Ivo Marek", 1)]);
        let hoped = c
            .iter()
            .find(|(_, x)| x.as_deref().is_some_and(|x| x.contains("pit would reopen")));
        assert_eq!(
            hoped.map(|h| &h.0),
            Some(&Who::Person(vec![1], Gender::Unknown))
        );
        let t = "Marek's models suggest that the pit would flood within a decade.";
        let c = cues(t, vec![mention(t, "Marek", 1)]);
        assert_eq!(c[0].0, Who::Person(vec![1], Gender::Unknown));
    }

    #[test]
    fn a_plural_noun_after_a_taking_verb_is_no_cue() {
        let text = "The board will take comments until 3 June, Okafor said.";
        assert_eq!(
            clauses(text, "Okafor"),
            vec!["The board will take comments until 3 June"]
        );
        let text = "The ministry welcomed the notes.";
        assert!(cues(text, Vec::new()).is_empty());
        // A subject before the `-s` form keeps it a verb.
        let text = "Okafor notes that the board will meet.";
        assert_eq!(clauses(text, "Okafor"), vec!["the board will meet"]);
    }

    #[test]
    fn a_subject_with_an_apposition_speaks_for_a_verb_after_but() {
        let text = "Okafor, a hydrologist at the Delta Institute, backs the dam but says the debate misses a number.";
        assert_eq!(clauses(text, "Okafor"), vec!["the debate misses a number"]);
        let text = "Okafor, a hydrologist at the Delta Institute, backs the dam but considers the timing a mistake.";
        assert_eq!(
            clauses(text, "Okafor"),
            vec!["considers the timing a mistake"]
        );
    }

    #[test]
    fn a_role_for_a_region_before_the_verb_is_the_subject() {
        let text = "The bank's chief economist for northern Chile said that rates would rise.";
        assert_eq!(
            cues(text, Vec::new()),
            vec![(
                Who::Role("economist".to_string()),
                Some("rates would rise".to_string())
            )]
        );
        let text = "The fund's analyst for Asia said that rates would rise.";
        assert_eq!(
            cues(text, Vec::new())[0].0,
            Who::Role("analyst".to_string())
        );
    }
}
