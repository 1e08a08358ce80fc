//! Temporal expressions: extraction from running English text, as underspecified values
//! that [`resolve`] later anchors (HeidelTime's two passes).
//!
//! A literal prefilter skips sentences that cannot hold an expression; the rest get one
//! tokenizing pass ([`Tokens`]) that looks every word up once in the [`lexicon`], and the
//! rules below run only at tokens that can start an expression (a number, a calendar
//! word, a shift or vague word). [`tense`] reads the governing verb for the resolver.

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

pub mod lexicon;
pub mod resolve;
pub mod tense;
pub mod tokens;

use lexicon::{self as lex, Word};
pub use lexicon::{Modifier, Season, Shift, Unit};
pub use tense::Tense;
use tense::tense_at;
use tokens::{Kind, Tokens};

/// The year of a calendar value as the text gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum YearRef {
    Explicit(i32),
    /// `in June`, `the third quarter`: to be found from context.
    Missing,
    /// `last year` (-1 from now), `the following year` (+1 from the last date mentioned).
    Relative(i32, Anchor),
}

/// What a relative expression counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// The publication date (deictic: `yesterday`, `next month`).
    Now,
    /// The date mentioned last (anaphoric: `the following year`, `four years later`).
    Previous,
}

/// Granularity of a calendar value; decades and centuries keep their start year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gran {
    Year,
    Half(u8),
    Quarter(u8),
    Season(Season),
    Month(u8),
    Day(u8, u8),
    Decade,
    Century,
}

/// Vague references with no position in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Vague {
    Past,
    Present,
    Future,
}

impl Vague {
    pub fn as_str(self) -> &'static str {
        match self {
            Vague::Past => "PAST_REF",
            Vague::Present => "PRESENT_REF",
            Vague::Future => "FUTURE_REF",
        }
    }
}

/// An expression's value before the document pass.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Raw {
    Cal {
        year: YearRef,
        gran: Gran,
    },
    /// `the nineties`: the century comes from context.
    DecadeName(u8),
    /// Monday = 0; `last Thursday` carries `Shift::Last`.
    Weekday {
        day: u8,
        shift: Option<Shift>,
    },
    /// `last November`, `next March`.
    MonthShift {
        month: u8,
        shift: Shift,
    },
    /// `this summer`, `last autumn`, `the autumn` (shift `None`).
    SeasonShift {
        season: Season,
        shift: Option<Shift>,
    },
    /// `three winters ago`: the season `n` back from now (`last winter` is one back).
    SeasonsAgo {
        season: Season,
        n: i32,
    },
    /// `yesterday` (Day −1), `next month` (Month +1), `two years ago` (Year −2),
    /// `four years later` (Year +4 from the previous date).
    Offset {
        unit: Unit,
        n: i32,
        anchor: Anchor,
    },
    /// `on the 14th`: a day of the month the story stands in.
    DayOfMonth(u8),
    /// `back then`, `since then`: the date mentioned last.
    Then,
    Vague(Vague),
}

/// One temporal expression found in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timex {
    /// Byte range in the sentence.
    pub span: Range<usize>,
    pub raw: Raw,
    /// End of a range (`from 2014 to 2016`).
    pub end: Option<Raw>,
    pub modifier: Option<Modifier>,
    pub tense: Tense,
    /// Introduced by `since`: the date lies in the past.
    pub since: bool,
    /// Token range, for the event clause.
    pub tokens: Range<usize>,
}

/// Every expression the rules below know contains a digit or one of these fragments (a
/// calendar or unit word, a vague adverb; `q1`, `h2` have their digit), so one scan rules
/// out most sentences before they are tokenized.
const FRAGMENTS: &[&str] = &[
    "0",
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
    "day",
    "week",
    "month",
    "year",
    "decade",
    "quarter",
    "half",
    "centur",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "now",
    "recent",
    "lately",
    "current",
    "previous",
    "formerly",
    "soon",
    "future",
    "past",
    "christmas",
    "then",
    "present",
    "moment",
    "ties",
    "night",
    "morning",
    "afternoon",
    "evening",
    "tomorrow",
    "fiscal",
];

/// The fragments as one automaton (ASCII case ignored), built once: a multi-pattern
/// search reads a sentence in one pass, and builds far faster than a pattern compiles.
static PREFILTER: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(FRAGMENTS)
        .expect("fragments are plain strings")
});

/// False when the sentence cannot hold a temporal expression: it has no digit and none
/// of the [`FRAGMENTS`] anywhere, in any case.
pub fn may_contain_time(sentence: &str) -> bool {
    PREFILTER.is_match(sentence)
}

/// Finds the temporal expressions of one sentence, left to right, not overlapping.
pub fn extract(sentence: &str) -> Vec<Timex> {
    if !may_contain_time(sentence) {
        return Vec::new();
    }
    let tokens = Tokens::new(sentence);
    extract_tokens(&tokens)
}

/// [`extract`] over already-cut tokens.
pub fn extract_tokens(t: &Tokens) -> Vec<Timex> {
    let mut out = Vec::new();
    let question = (0..t.len()).rev().find_map(|i| match t.kind(i) {
        Some(Kind::Punct('"' | '”' | '’' | '»' | ')' | '\'')) => None,
        Some(Kind::Punct('?')) => Some(true),
        _ => Some(false),
    }) == Some(true);
    // `Is the design any different from 2018?`, `So is 2031 realistic?`: a yes/no
    // question asserts nothing, so the dates it asks about are no events.
    if question && polar_question(t) {
        return out;
    }
    let mut i = 0;
    while i < t.len() {
        if !can_start(t, i) {
            i += 1;
            continue;
        }
        let Some(m) = parse_expr(t, i) else {
            i += 1;
            continue;
        };
        let mut m = m;
        let mut end_raw = None;
        if let Some((e, y)) = range_tail(t, i, &m) {
            if let (
                Raw::Cal {
                    year: YearRef::Missing,
                    gran,
                },
                Raw::Cal { year: ey, .. },
            ) = (m.raw, y)
            {
                m.raw = Raw::Cal { year: ey, gran };
            }
            end_raw = Some(y);
            m.end = e;
        }
        if question && matches!(m.raw, Raw::Vague(_)) {
            i = m.end;
            continue;
        }
        // `on a Monday evening`, `a Friday night`: any such day, not a dated one.
        if i > 0
            && matches!(t.lower(i - 1), "a" | "an")
            && matches!(m.raw, Raw::Weekday { shift: None, .. })
        {
            i = m.end;
            continue;
        }
        if routine(t, i, &m) || issue_label(t, &m) || imperative(t, i) {
            i = m.end;
            continue;
        }
        // `I would publish them tomorrow`, `Even if they sign tomorrow, …`, `If both
        // agree, they can be connected tomorrow`: `tomorrow` in a hypothetical means "at
        // once", a day that is not set.
        if matches!(t.lower(i), "tomorrow" | "tonight") && hypothetical(t, i) {
            i = m.end;
            continue;
        }
        // `on a snowy morning in February`, `a cold day in January`: a month after an
        // indefinite day names any such day, not a dated one. `A wet June, a dry fall`,
        // `for an October reading`: a month with an indefinite article is a kind of
        // month. `bookings for December`, `futures for July`: a month a plural noun is
        // about is a topic, not an event.
        if matches!(
            m.raw,
            Raw::Cal {
                year: YearRef::Missing,
                gran: Gran::Month(_),
            }
        ) && (any_day_in(t, i) || kind_of_month(t, i) || topic_month(t, i))
        {
            i = m.end;
            continue;
        }
        // `every ditch that holds water in July`, `any firm that files in March`: a
        // yearless date in a relative clause on a noun taken as `every`, `each` or `any`
        // describes a kind of thing, not a dated event.
        if matches!(
            m.raw,
            Raw::Weekday { shift: None, .. }
                | Raw::Cal {
                    year: YearRef::Missing,
                    ..
                }
        ) && quantified_relative(t, i)
        {
            i = m.end;
            continue;
        }
        // `compared with the same period last year`, `the same quarter a year earlier`: a
        // relative baseline of a comparison, not an event.
        if i >= 2
            && t.is(i - 2, "same")
            && matches!(
                t.lower(i - 1),
                "period" | "time" | "quarter" | "month" | "week" | "day" | "season" | "point"
            )
            && matches!(
                m.raw,
                Raw::Offset { .. }
                    | Raw::Cal {
                        year: YearRef::Relative(..),
                        ..
                    }
            )
        {
            i = m.end;
            continue;
        }
        // `fell 14 per cent compared with a year earlier`, `up 9% from a year earlier`: a
        // span counted back from the date just named, after a comparison, is the
        // baseline the figure is measured against, not an event of its own.
        if i > 0
            && matches!(
                m.raw,
                Raw::Offset {
                    anchor: Anchor::Previous,
                    n: ..0,
                    ..
                }
            )
            && (matches!(
                t.lower(i - 1),
                "from" | "than" | "versus" | "vs" | "on" | "over"
            ) || matches!(t.lower(i - 1), "with" | "to")
                && i > 1
                && matches!(t.lower(i - 2), "compared" | "comparison"))
        {
            i = m.end;
            continue;
        }
        // `since March`, and `since the company's Q3 report in late October`: a `since`
        // earlier in the phrase (no punctuation between) puts the date in the past.
        let since = t.is(i, "since")
            || (i.saturating_sub(10)..i)
                .rev()
                .take_while(|&j| !matches!(t.kind(j), Some(Kind::Punct(c)) if c != '\''))
                .any(|j| t.is(j, "since"));
        let mut tense = tense_at(t, i, m.end);
        if habitual_when(t, i, &m, tense) {
            i = m.end;
            continue;
        }
        // `$4,000 by Christmas is not a crazy number`, `a deal by March is possible`: a
        // yearless date set as a deadline, in a clause not told in the past, lies ahead.
        if matches!(tense, Tense::Present | Tense::Unknown)
            && (t.is(i, "by") || i > 0 && t.is(i - 1, "by"))
            && matches!(
                m.raw,
                Raw::Cal {
                    year: YearRef::Missing,
                    ..
                }
            )
        {
            tense = Tense::Future;
        }
        // `began leaving within two years`: a span after a past event, not after now.
        // `kills most of the people it strikes within five years`: in the simple present
        // it measures a general fact. `within two years of the rollout`, `within six
        // months of felling`: it counts from that event, not from now.
        if t.is(i, "within") && (matches!(tense, Tense::Past | Tense::Present) || t.is(m.end, "of"))
        {
            i = m.end;
            continue;
        }
        // `should have been required to comply within a year`: a span set in what ought
        // to have happened counts from no real moment. (A missed date, `should have
        // been launched last autumn`, is still that date.)
        if t.is(i, "within") && counterfactual(t, i) {
            i = m.end;
            continue;
        }
        // `most cases come between July and October`, `fuel arrives between December
        // and March`: a span of bare months, not told as past or as ahead, is a part of
        // every year (a dated one says `this year`, a year, or a tense).
        if let (
            Raw::Cal {
                year: YearRef::Missing,
                gran: Gran::Month(_),
            },
            Some(Raw::Cal {
                year: YearRef::Missing,
                gran: Gran::Month(_),
            }),
        ) = (m.raw, end_raw)
            && matches!(tense, Tense::Present | Tense::Unknown)
        {
            i = m.end;
            continue;
        }
        // `prices rose for three years, then fell`: in the simple past a span only says
        // how long an episode lasted (its date, if any, is told elsewhere); a span that
        // runs up to now or to a past moment (`has led it for a decade`, `had warned for
        // years`) reaches back from a point in time, and stays.
        if let Raw::Vague(_) = m.raw
            && m.duration
            && !(tense == Tense::PresentPerfect || tense == Tense::Past && perfect_before(t, i))
        {
            i = m.end;
            continue;
        }
        out.push(Timex {
            span: t.span(i, m.end),
            raw: m.raw,
            end: end_raw,
            modifier: m.modifier,
            tense,
            since,
            tokens: i..m.end,
        });
        i = m.end;
    }
    out
}

/// True when the sentence, a question, opens (after a speaker label `NAME:` and one
/// discourse word such as `So` or `And`) with an auxiliary or a modal: a yes/no question.
fn polar_question(t: &Tokens) -> bool {
    let mut k = (0..t.len())
        .find(|&j| t.kind(j) == Some(Kind::Word))
        .unwrap_or(t.len());
    // A transcript's speaker label: capitalized words (and hyphens) up to a colon.
    if let Some(c) = (k..(k + 6).min(t.len())).find(|&j| t.is_punct(j, ':'))
        && (k..c).all(|j| t.is_dash(j) || t.kind(j) == Some(Kind::Word) && t.list[j].capital)
    {
        k = c + 1;
    }
    // The question's first word is capitalized (a lower-case `is` after a colon or
    // mid-sentence is no question's opening).
    if !t.list.get(k).is_some_and(|x| x.capital) {
        return false;
    }
    if matches!(
        t.lower(k),
        "so" | "and" | "but" | "then" | "well" | "now" | "ok" | "okay"
    ) {
        k += 1 + usize::from(t.is_punct(k + 1, ','));
    }
    matches!(
        t.lower(k),
        "is" | "are"
            | "was"
            | "were"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "has"
            | "have"
            | "had"
            | "may"
            | "might"
            | "must"
            | "shall"
            | "isn"
            | "aren"
            | "wasn"
            | "weren"
            | "don"
            | "doesn"
            | "didn"
            | "won"
            | "wouldn"
            | "couldn"
            | "shouldn"
            | "hasn"
            | "haven"
    )
}

/// `Ask me in December`, `Come out with us in February and count`, `"come back
/// tomorrow"`: a clause that opens (at the sentence start or after punctuation) with a
/// verb of asking, coming or calling and its object pronoun or particle is an
/// imperative; the time it names is when the listener should act, not a reported event.
fn imperative(t: &Tokens, i: usize) -> bool {
    let (cs, _) = tense::clause(t, i, i + 1);
    cs < i
        && (cs == 0 || matches!(t.kind(cs - 1), Some(Kind::Punct(_))))
        && matches!(
            t.lower(cs),
            "ask"
                | "come"
                | "call"
                | "check"
                | "wait"
                | "try"
                | "tell"
                | "give"
                | "talk"
                | "visit"
                | "join"
                | "write"
                | "email"
        )
        && matches!(
            t.lower(cs + 1),
            "me" | "us" | "him" | "her" | "them" | "back" | "out" | "again" | "round" | "over"
        )
}

/// `the Spring 2028 print issue`, `our March 2029 edition`: a season, month or quarter
/// with its year that names an issue of a periodical is a label, not an event.
fn issue_label(t: &Tokens, m: &Match) -> bool {
    if !matches!(
        m.raw,
        Raw::Cal {
            year: YearRef::Explicit(_),
            gran: Gran::Season(_) | Gran::Month(_) | Gran::Quarter(_),
        }
    ) {
        return false;
    }
    let issue = |w: &str| matches!(w, "issue" | "issues" | "edition" | "editions");
    issue(t.lower(m.end))
        || t.kind(m.end) == Some(Kind::Word)
            && !t.list[m.end].capital
            && matches!(
                t.lower(m.end),
                "print" | "digital" | "special" | "double" | "online" | "quarterly" | "magazine"
            )
            && issue(t.lower(m.end + 1))
}

/// `When it warms up in January and then freezes in March, the run stops`, `when we
/// plant in spring`: a yearless date in a `when`/`whenever` clause told in the simple
/// present (a pronoun subject and a present verb right after the subject), in a sentence
/// not told in the past or future, describes what happens whenever that time comes, not
/// a dated event.
fn habitual_when(t: &Tokens, i: usize, m: &Match, tense: Tense) -> bool {
    if !matches!(
        m.raw,
        Raw::Cal {
            year: YearRef::Missing,
            ..
        } | Raw::Weekday { shift: None, .. }
            | Raw::SeasonShift { shift: None, .. }
    ) || !matches!(tense, Tense::Present | Tense::Unknown)
    {
        return false;
    }
    let (cs, _) = tense::clause(t, i, i + 1);
    if cs == 0 || !matches!(t.lower(cs - 1), "when" | "whenever") || cs + 1 >= i {
        return false;
    }
    let verb = t.lower(cs + 1);
    let plain = |w: &str| {
        w.len() > 1
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && !w.ends_with("ed")
            && !lex::is_irregular_past(w)
            && !matches!(
                w,
                "will" | "would" | "could" | "should" | "might" | "must" | "can" | "may" | "had"
            )
    };
    match t.lower(cs) {
        "it" | "he" | "she" | "this" | "that" => {
            plain(verb) && verb.ends_with('s') && !verb.ends_with("ss") && verb != "was"
        }
        "we" | "they" | "you" | "i" => plain(verb),
        _ => false,
    }
}

/// True when a perfect auxiliary (`had`, `has`, `have`, `'d`) stands up to ten tokens
/// before token `i`, with no punctuation but quote marks between (`had been warning for
/// years`, `had "known for years"`).
fn perfect_before(t: &Tokens, i: usize) -> bool {
    (i.saturating_sub(10)..i)
        .rev()
        .take_while(|&j| match t.kind(j) {
            Some(Kind::Punct(c)) => matches!(c, '"' | '“' | '”' | '\'' | '‘' | '’'),
            _ => true,
        })
        .any(|j| {
            matches!(t.lower(j), "had" | "has" | "have" | "having")
                || t.is(j, "d") && j > 0 && t.is_apostrophe(j - 1)
        })
}

/// True when the word at `i` is told as a hypothetical: `would` earlier in its clause, or
/// an `if` that opens the sentence or stands earlier in the clause (`decide tomorrow if
/// …`, an `if` after it, is a question, not a condition).
fn hypothetical(t: &Tokens, i: usize) -> bool {
    let (cs, _) = tense::clause(t, i, i + 1);
    let opens_with_if = (0..t.len())
        .find(|&j| t.kind(j) == Some(Kind::Word))
        .is_some_and(|j| t.is(j, "if") || t.is(j, "even") && t.is(j + 1, "if"));
    opens_with_if || (cs..i).any(|j| matches!(t.lower(j), "would" | "if"))
}

/// `on a snowy morning in February`: token `i` (a month) follows `in` after an indefinite
/// day (`a`, up to two describing words, then a day word).
fn any_day_in(t: &Tokens, i: usize) -> bool {
    if i < 3 || !t.is(i - 1, "in") {
        return false;
    }
    let day = i - 2;
    matches!(
        t.lower(day),
        "day" | "morning" | "afternoon" | "evening" | "night" | "week" | "weekend"
    ) && (day.saturating_sub(3)..day).any(|j| matches!(t.lower(j), "a" | "an"))
}

/// `a wet June`, `an October`: `a`/`an` before the month at `i`, with at most two
/// describing words between.
fn kind_of_month(t: &Tokens, i: usize) -> bool {
    (i.saturating_sub(3)..i).any(|j| {
        matches!(t.lower(j), "a" | "an")
            && (j + 1..i).all(|k| {
                t.kind(k) == Some(Kind::Word)
                    && !t.list[k].capital
                    && t.word(k) == Word::Other
                    && !is_function_word(t.lower(k))
            })
    })
}

/// `bookings for December`, `futures for July`: `for` and the month at `i` after a plural
/// noun (what is for a month, not when). (`the thinnest on record for early March` dates
/// a state, and stays.)
/// Scheduling words (`planned for March`, `set for June`) and plural events (`elections
/// for May`) keep the date.
fn topic_month(t: &Tokens, i: usize) -> bool {
    if i < 2 || !t.is(i - 1, "for") || t.kind(i - 2) != Some(Kind::Word) {
        return false;
    }
    let w = t.lower(i - 2);
    // (What is booked or sold forward for a month is dated: see `advance_commitment`.)
    !tense::advance_commitment(t, i)
        && w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !matches!(
            w,
            "elections" | "talks" | "negotiations" | "hearings" | "meetings" | "plans" | "is"
        )
}

/// True when token `i` stands in a relative clause (`that`, `which`, `who`, no punctuation
/// between) on a noun phrase opened by `every`, `each` or `any` (`every ditch that …`).
fn quantified_relative(t: &Tokens, i: usize) -> bool {
    let Some(r) = (i.saturating_sub(8)..i)
        .rev()
        .take_while(|&j| !matches!(t.kind(j), Some(Kind::Punct(_))))
        .find(|&j| matches!(t.lower(j), "that" | "which" | "who"))
    else {
        return false;
    };
    (r.saturating_sub(3)..r).any(|j| matches!(t.lower(j), "every" | "each" | "any"))
}

/// True when the clause around token `i` puts it in a modal perfect before it (`should
/// have been`, `would not have approved`): a past that did not happen. (`must have`,
/// `could have` more often infer a past that did.)
fn counterfactual(t: &Tokens, i: usize) -> bool {
    let (cs, _) = tense::clause(t, i, i + 1);
    (cs..i).any(|j| {
        matches!(t.lower(j), "should" | "would")
            && (j + 1..(j + 3).min(i))
                .find(|&k| !matches!(t.lower(k), "not" | "never"))
                .is_some_and(|k| t.is(k, "have") && k + 1 < i && participle_like(t, k + 1))
    })
}

/// `been`, `done`, `approved`: a past participle after `have`.
fn participle_like(t: &Tokens, k: usize) -> bool {
    let w = t.lower(k);
    lex::is_irregular_participle(w) || w.len() > 3 && w.ends_with("ed")
}

/// A match: token end (exclusive), value, modifier.
#[derive(Debug, Clone, Copy)]
struct Match {
    end: usize,
    raw: Raw,
    modifier: Option<Modifier>,
    /// A span of time (`for two years`) rather than a point: kept only in past tense.
    duration: bool,
}

fn hit(end: usize, raw: Raw) -> Option<Match> {
    Some(Match {
        end,
        raw,
        modifier: None,
        duration: false,
    })
}

/// Cheap test: can an expression start at token `i` at all?
fn can_start(t: &Tokens, i: usize) -> bool {
    match t.kind(i) {
        Some(Kind::Num) => true,
        Some(Kind::Word) => {
            match t.word(i) {
                // Prepositions and conjunctions start an expression only in a few phrases.
                Word::Trigger => {
                    return matches!(
                        t.lower(i),
                        "in" | "for" | "over" | "at" | "since" | "until" | "by" | "end"
                    );
                }
                Word::Other => {}
                _ => return true,
            }
            let tok = &t.list[i];
            let l = t.lower(i);
            (tok.capital
                && matches!(
                    l.as_bytes(),
                    [b'q' | b'h', b'1'..=b'4'] | [b'q' | b'h', b'1'..=b'4', b'f', b'y', ..]
                ))
                || (tok.capital && matches!(l.len(), 4 | 6) && l.starts_with("fy"))
                || l.as_bytes().first().is_some_and(u8::is_ascii_digit)
                || matches!(
                    l,
                    "the"
                        | "yesterday"
                        | "today"
                        | "tomorrow"
                        | "tonight"
                        | "recently"
                        | "lately"
                        | "currently"
                        | "now"
                        | "nowadays"
                        | "previously"
                        | "formerly"
                        | "soon"
                        | "within"
                        | "for"
                        | "over"
                        | "back"
                        | "since"
                        | "until"
                        | "by"
                        | "christmas"
                        | "new"
                        | "these"
                        | "at"
                        | "years"
                        | "decades"
                        | "hundreds"
                )
        }
        Some(Kind::Punct('\'' | '’')) => t.kind(i + 1) == Some(Kind::Word),
        _ => false,
    }
}

fn parse_expr(t: &Tokens, i: usize) -> Option<Match> {
    // A modifier phrase before a core expression: `early 2025`, `mid-June`,
    // `the late 1990s`, `the end of June`, `later this year`.
    let lead_the = usize::from(t.is(i, "the"));
    if let Word::Modifier(m) = t.word(i + lead_the) {
        let mut j = i + lead_the + 1;
        if t.is_dash(j) {
            j += 1;
        }
        let comparative = matches!(t.lower(i + lead_the), "earlier" | "later");
        // `late-summer streamflows`, `mid-winter storms`: a hyphenated part of a season
        // used as an adjective still dates what it qualifies (only `the summer
        // irrigation season`, without the modifier, is a mere kind of season).
        if t.is_dash(j - 1)
            && let Word::Season(season) = t.word(j)
            && !t.is(j, "fall")
            && !t.is_apostrophe(j + 1)
        {
            return Some(Match {
                end: j + 1,
                raw: Raw::SeasonShift {
                    season,
                    shift: None,
                },
                modifier: Some(m),
                duration: false,
            });
        }
        if (!comparative
            || matches!(
                t.word(j),
                Word::Shift(Shift::This | Shift::Next | Shift::Last)
            ))
            && let Some(mut core) = core(t, j, true)
        {
            core.modifier = Some(m);
            return Some(core);
        }
        if lead_the == 0 {
            return None;
        }
    }
    if t.is(i, "the") || t.is(i, "end") {
        let k = i + usize::from(t.is(i, "the"));
        let m = match t.lower(k) {
            "end" | "close" => Some(Modifier::Late),
            "beginning" | "start" => Some(Modifier::Early),
            "middle" => Some(Modifier::Mid),
            _ => None,
        };
        // `by the middle of the next decade`: the next ten years are a span ahead (see
        // [`shifted`]), and their middle is five years from now.
        if m == Some(Modifier::Mid)
            && t.is(k + 1, "of")
            && t.is(k + 2, "the")
            && matches!(t.lower(k + 3), "next" | "coming")
            && t.is(k + 4, "decade")
        {
            return hit(
                k + 5,
                Raw::Offset {
                    unit: Unit::Year,
                    n: 5,
                    anchor: Anchor::Now,
                },
            );
        }
        if let Some(m) = m
            && t.is(k + 1, "of")
            && let Some(mut core) = core(t, k + 2, true)
        {
            core.modifier = Some(m);
            return Some(core);
        }
    }
    core(t, i, false)
}

/// The expression proper. `after_of` allows `the year`/`the month` (current unit) after
/// `the end of`.
fn core(t: &Tokens, i: usize, after_of: bool) -> Option<Match> {
    numeric_date(t, i)
        .or_else(|| calendar_date(t, i))
        .or_else(|| part_of_period(t, i))
        .or_else(|| decade(t, i))
        .or_else(|| season(t, i))
        .or_else(|| weekend(t, i))
        .or_else(|| shifted(t, i, after_of))
        .or_else(|| deictic_word(t, i))
        .or_else(|| counted_offset(t, i))
        .or_else(|| vague(t, i))
        .or_else(|| holiday(t, i))
        .or_else(|| year(t, i).map(|(end, y)| year_match(end, y)))
        .or_else(|| bare_month(t, i))
        .or_else(|| ordinal_day(t, i))
}

/// `meets on the 14th`, `due on the 15th,`: an ordinal day with no month is a day of
/// the month the story is in (news writes it so for a date a few days away or back).
/// Only after a preposition of time and not before a noun (`on the 14th floor`, `since
/// the 14th century`) or a name (`on the 14th June` is [`day_month`]'s).
fn ordinal_day(t: &Tokens, i: usize) -> Option<Match> {
    if i == 0
        || !t.is(i, "the")
        || !matches!(
            t.lower(i - 1),
            "on" | "by" | "until" | "till" | "before" | "after" | "from" | "since"
        )
        || t.kind(i + 1) != Some(Kind::Word)
    {
        return None;
    }
    let d = t.day(i + 1)?;
    let next = i + 2;
    if t.is(next, "of")
        || t.kind(next) == Some(Kind::Word)
            && (t.list[next].capital || !is_function_word(t.lower(next)))
    {
        return None;
    }
    hit(next, Raw::DayOfMonth(d))
}

fn year_match(end: usize, y: i32) -> Match {
    Match {
        end,
        raw: Raw::Cal {
            year: YearRef::Explicit(y),
            gran: Gran::Year,
        },
        modifier: None,
        duration: false,
    }
}

fn cal(end: usize, year: YearRef, gran: Gran) -> Option<Match> {
    hit(end, Raw::Cal { year, gran })
}

/// `15.06.1993`, `2023-09-21`, `15/06/1993`; `03/06/1993` only when the document's
/// [`DateOrder`](crate::document::DateOrder) says which number is the month.
fn numeric_date(t: &Tokens, i: usize) -> Option<Match> {
    let joined = |j: usize| t.list.get(j).is_some_and(|x| !x.space_before);
    if !(1..=4).all(|k| joined(i + k)) {
        return None;
    }
    let sep = t.kind(i + 1)?;
    if t.kind(i + 3)? != sep || !matches!(sep, Kind::Punct('.' | '-' | '/')) {
        return None;
    }
    // Part of a longer chain (`1.2.3.4`, a version or address).
    if joined(i + 5) && t.kind(i + 5) == Some(sep) && t.kind(i + 6) == Some(Kind::Num) {
        return None;
    }
    if let Some(y) = t.number(i, 4) {
        // ISO: 2023-09-21
        if sep == Kind::Punct('.') {
            return None;
        }
        let m = t.number(i + 2, 2)?;
        let d = t.number(i + 4, 2)?;
        let (m, d) = valid(y as i32, m, d)?;
        return cal(i + 5, YearRef::Explicit(y as i32), Gran::Day(m, d));
    }
    let a = t.number(i, 2).or_else(|| t.number(i, 1))?;
    let b = t.number(i + 2, 2).or_else(|| t.number(i + 2, 1))?;
    let y = t.number(i + 4, 4)? as i32;
    // `03/06/2029` is read the way the document's unambiguous dates are written (3 June
    // beside a `26/06/2029`, March 6 beside a `01/24/2029`); with no such evidence an
    // ambiguous date is left out rather than guessed.
    let sep_char = match sep {
        Kind::Punct(c) => c,
        _ => return None,
    };
    let (m, d) = t.date_order.month_day(a, b, sep_char)?;
    let (m, d) = valid(y, m, d)?;
    cal(i + 5, YearRef::Explicit(y), Gran::Day(m, d))
}

fn valid(y: i32, m: u32, d: u32) -> Option<(u8, u8)> {
    if !(1000..=2199).contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    jiff::civil::Date::new(y as i16, m as i8, d as i8).ok()?;
    Some((m as u8, d as u8))
}

/// A month word at `i`, with the token after it (skipping an abbreviation's period).
fn month_at(t: &Tokens, i: usize) -> Option<(u8, bool, usize)> {
    let Word::Month { month, ambiguous } = t.word(i) else {
        return None;
    };
    if !t.list[i].capital {
        return None;
    }
    let abbreviation = t.lower(i).len() <= 4 && !matches!(t.lower(i), "may" | "june" | "july");
    let mut next = i + 1;
    if abbreviation && t.is_punct(next, '.') {
        next += 1;
    }
    Some((month, ambiguous || abbreviation, next))
}

/// An explicit year at `i` after a month or day (`, 1993`, `1993`, `of 1993`).
fn trailing_year(t: &Tokens, i: usize) -> Option<(usize, i32)> {
    let mut j = i;
    if t.is_punct(j, ',') || t.is(j, "of") {
        j += 1;
    }
    let y = t.number(j, 4)? as i32;
    if !(1000..=2199).contains(&y) || t.is_punct(j + 1, '%') {
        return None;
    }
    Some((j + 1, y))
}

/// `June 15, 1993`, `15 June 1993`, `15th of June`, `Sept. 22`, `March 2024`,
/// `Thursday, 5 June`; a weekday alone (`on Thursday`).
fn calendar_date(t: &Tokens, i: usize) -> Option<Match> {
    // Weekday, optionally followed by the date it names.
    if let Word::Weekday(day) = t.word(i)
        && t.list[i].capital
    {
        let mut j = i + 1;
        if t.is_punct(j, ',') {
            j += 1;
        }
        if let Some(m) = day_month(t, j) {
            return Some(m);
        }
        let mut end = i + 1;
        if matches!(t.lower(end), "morning" | "afternoon" | "evening" | "night") {
            end += 1;
        }
        return hit(end, Raw::Weekday { day, shift: None });
    }
    day_month(t, i)
}

/// A lower-case plural after a number makes it a count (`June 15 ships`); `this`,
/// `is`, `was`, `has`, `as` end in `s` but are no nouns.
fn is_count_noun(w: &str) -> bool {
    w.ends_with('s') && !matches!(w, "this" | "is" | "was" | "has" | "as")
}

fn day_month(t: &Tokens, i: usize) -> Option<Match> {
    // 15 June [1993], 15th of June
    if let Some(d) = t.day(i) {
        let mut j = i + 1;
        if t.is(j, "of") {
            j += 1;
        }
        if let Some((m, _, next)) = month_at(t, j) {
            let (end, year) = match trailing_year(t, next) {
                Some((end, y)) => (end, YearRef::Explicit(y)),
                // `on 2nd September this year`, `14 March last year`: that year.
                None => match relative_year_after(t, next) {
                    Some(n) => (next + 2, YearRef::Relative(n, Anchor::Now)),
                    None => (next, YearRef::Missing),
                },
            };
            let y = match year {
                YearRef::Explicit(y) => y,
                _ => 2000,
            };
            let (m, d) = valid(y, u32::from(m), u32::from(d))?;
            return cal(end, year, Gran::Day(m, d));
        }
        return None;
    }
    let (m, ambiguous, next) = month_at(t, i)?;
    // June 15[th][, 1993]
    // `the June 1 renewals`, `the Jan. 6 deadline`: after an article the number is a
    // date used as a modifier, never a count.
    let article = i > 0 && t.is(i - 1, "the");
    let count = t.kind(next + 1) == Some(Kind::Word)
        && is_count_noun(t.lower(next + 1))
        && !t.list[next + 1].capital;
    if let Some(d) = t.day(next)
        && !t.is_punct(next + 1, '%')
        && (article || !count)
    {
        let (end, year) = match trailing_year(t, next + 1) {
            Some((end, y)) => (end, YearRef::Explicit(y)),
            // `April 1 this year`, `March 14 last year`: that year.
            None if relative_year_after(t, next + 1).is_some() => (
                next + 3,
                YearRef::Relative(relative_year_after(t, next + 1).unwrap_or(0), Anchor::Now),
            ),
            None => (next + 1, YearRef::Missing),
        };
        let y = match year {
            YearRef::Explicit(y) => y,
            _ => 2000,
        };
        let (m, d) = valid(y, u32::from(m), u32::from(d))?;
        return cal(end, year, Gran::Day(m, d));
    }
    // March 2024, June of 2019
    if let Some((end, y)) = trailing_year(t, next)
        && !t.is_punct(next, ',')
    {
        return cal(end, YearRef::Explicit(y), Gran::Month(m));
    }
    let _ = ambiguous;
    None
}

/// `this year`, `last year`, `next year` at token `k`: the shift from the publication's
/// year.
fn relative_year_after(t: &Tokens, k: usize) -> Option<i32> {
    if !t.is(k + 1, "year") {
        return None;
    }
    match t.lower(k) {
        "this" => Some(0),
        "last" => Some(-1),
        "next" => Some(1),
        _ => None,
    }
}

/// A bare month (`in June`, `mid-June`, `since March`): only after a word that makes it
/// a date, so that `May` the modal and `March` the verb or name stay out.
fn bare_month(t: &Tokens, i: usize) -> Option<Match> {
    let (m, ambiguous, next) = month_at(t, i)?;
    let prev = if i > 0 { t.lower(i - 1) } else { "" };
    let triggered = i > 0
        && (matches!(t.word(i - 1), Word::Trigger | Word::Modifier(_))
            || t.is_dash(i - 1) && i > 1 && matches!(t.word(i - 2), Word::Modifier(_))
            || matches!(
                prev,
                "of" | "until" | "since" | "in" | "by" | "before" | "after"
            ));
    // `her May survey found`, `their March meeting`: after a possessive, a capitalized
    // `May` or `Mar.` before a lower-case noun is the month the thing happened in (the
    // modal never follows `her`/`their`).
    let possessed = matches!(
        prev,
        "her" | "his" | "its" | "their" | "our" | "my" | "your"
    ) && t.kind(next) == Some(Kind::Word)
        && !t.list[next].capital;
    if ambiguous && !triggered && !possessed {
        return None;
    }
    // `will release October inflation data on Nov. 7`, `if October and November
    // inflation readings …`: a month naming the period a set of figures covers, used as
    // a modifier, dates the figures, not an event (their release is the event).
    let preposition = triggered && !matches!(prev, "and" | "or");
    if !preposition && names_data(t, next, false) {
        return None;
    }
    if t.kind(next) == Some(Kind::Word) && t.list[next].capital {
        return None; // `June Carter`, `May Day`
    }
    // `above the November average`, `a new May record`: a month naming a statistic.
    if matches!(prev, "the" | "a" | "its" | "their" | "new") && is_statistic_noun(t.lower(next)) {
        return None;
    }
    if t.lower(i).len() <= 4 && !matches!(t.lower(i), "may" | "june" | "july") && !triggered {
        return None;
    }
    // `by March next year`: the month of that year, one expression.
    if t.is(next + 1, "year") {
        let shift = match t.lower(next) {
            "this" => Some(0),
            "next" => Some(1),
            "last" => Some(-1),
            _ => None,
        };
        if let Some(n) = shift {
            return cal(next + 2, YearRef::Relative(n, Anchor::Now), Gran::Month(m));
        }
    }
    // `in October of next year`: the same, with `of`.
    if t.is(next, "of")
        && let Some(n) = relative_year_after(t, next + 1)
    {
        return cal(next + 3, YearRef::Relative(n, Anchor::Now), Gran::Month(m));
    }
    cal(next, YearRef::Missing, Gran::Month(m))
}

/// True when token `k` (right after a period word) is a noun for a set of figures
/// (`inflation`, `data`; a quarter's `report`, which covers it, where `the November
/// report` may be the one issued then), or `and`/`or` and another month before one
/// (`October and November inflation`).
fn names_data(t: &Tokens, k: usize, quarter: bool) -> bool {
    let data = |w: &str| {
        matches!(
            w,
            "inflation" | "data" | "results" | "figures" | "numbers" | "statistics"
        ) || quarter && w == "report"
    };
    data(t.lower(k))
        || matches!(t.lower(k), "and" | "or")
            && month_at(t, k + 1).is_some_and(|(_, _, n)| data(t.lower(n)))
}

/// Nouns after a month that make it the name of a statistic, not a time (`the November
/// average`, `the June record`).
fn is_statistic_noun(w: &str) -> bool {
    matches!(
        w,
        "average"
            | "averages"
            | "mean"
            | "median"
            | "norm"
            | "normal"
            | "record"
            | "baseline"
            | "maximum"
            | "minimum"
            | "total"
            // `the February figure for services`, `the May reading`: a month's statistic.
            | "figure"
            | "figures"
            | "reading"
            | "readings"
            | "level"
            | "levels"
    )
}

/// Quarters and halves: `Q3 2023`, `the third quarter`, `the first half of 2024`,
/// `H1 2024`, `the second half of this decade`, `Q1FY30`, `the June quarter`.
fn part_of_period(t: &Tokens, i: usize) -> Option<Match> {
    if let Some(m) = fiscal_part(t, i).or_else(|| month_quarter(t, i)) {
        return Some(m);
    }
    let l = t.lower(i);
    if t.list.get(i).is_some_and(|x| x.capital) && l.len() == 2 {
        let b = l.as_bytes();
        let n = b[1].wrapping_sub(b'0');
        let gran = match (b[0], n) {
            (b'q', 1..=4) => Some(Gran::Quarter(n)),
            (b'h', 1..=2) => Some(Gran::Half(n)),
            _ => None,
        };
        if let Some(gran) = gran {
            let (end, year) = match trailing_year(t, i + 1) {
                Some((end, y)) => (end, YearRef::Explicit(y)),
                None => (i + 1, YearRef::Missing),
            };
            // `since the company's Q3 report in late October`: the quarter a report
            // covers, as a modifier (no preposition before it), is no event.
            let introduced = i > 0 && matches!(t.word(i - 1), Word::Trigger);
            if !introduced && names_data(t, end, true) {
                return None;
            }
            return cal(end, year, gran);
        }
    }
    // [the] ORD(-)quarter|half [of YEAR | of this/last/next year | of the year | of the decade]
    let mut j = i;
    let the = t.is(j, "the");
    if the {
        j += 1;
    }
    let ord = match (t.word(j), t.lower(j)) {
        (Word::Ordinal(n), _) => n,
        (_, "last") if the => 4,
        (_, "latter") => 2,
        _ => return None,
    };
    j += 1;
    // `the first three months of the year`, `the last six months of 2025`.
    let months = || match t.word(j) {
        Word::Number(n) => Some(n),
        _ => t.number(j, 1),
    };
    if the
        && matches!(ord, 1 | 4)
        && t.is(j + 1, "months")
        && let Some(n @ (3 | 6)) = months()
        && t.is(j + 2, "of")
    {
        let gran = match (n, ord) {
            (3, 1) => Gran::Quarter(1),
            (3, _) => Gran::Quarter(4),
            (_, 1) => Gran::Half(1),
            _ => Gran::Half(2),
        };
        let of = j + 2;
        if let Some((end, y)) = trailing_year(t, of) {
            return cal(end, YearRef::Explicit(y), gran);
        }
        if t.is(of + 1, "the") && t.is(of + 2, "year") {
            return cal(of + 3, YearRef::Missing, gran);
        }
        if let Some(Match {
            end,
            raw:
                Raw::Offset {
                    unit: Unit::Year,
                    n,
                    anchor,
                },
            ..
        }) = shifted(t, of + 1, true)
        {
            return cal(end, YearRef::Relative(n, anchor), gran);
        }
        return None;
    }
    if t.is_dash(j) {
        j += 1;
    }
    let half = match t.lower(j) {
        "quarter" => false,
        "half" => true,
        _ => return None,
    };
    if half && ord > 2 {
        return None;
    }
    // `a quarter of` is a share, not a date; without `the`, an ordinal part needs its
    // year (`first half of 2026: approval expected`).
    let dated = t.is(j + 1, "of") && trailing_year(t, j + 1).is_some();
    if !(the || t.is_dash(j - 1) || dated) {
        return None;
    }
    // `will publish its fourth-quarter figures in January`, `due to report second-half
    // results on 4 March`: a hyphenated part of a year used as an adjective on a set of
    // figures names what the figures cover, not when anything happens (as `its Q3
    // report` above); the publication has its own date.
    let introduced = i > 0 && matches!(t.word(i - 1), Word::Trigger);
    if t.is_dash(j - 1) && !introduced && names_data(t, j + 1, true) {
        return None;
    }
    let gran = if half {
        Gran::Half(ord)
    } else {
        Gran::Quarter(ord)
    };
    j += 1;
    if t.is(j, "of") {
        if let Some((end, y)) = trailing_year(t, j) {
            return cal(end, YearRef::Explicit(y), gran);
        }
        if let Some(Match { end, raw, .. }) = shifted(t, j + 1, true) {
            return match raw {
                Raw::Offset {
                    unit: Unit::Year,
                    n,
                    anchor,
                } => cal(end, YearRef::Relative(n, anchor), gran),
                Raw::Offset {
                    unit: Unit::Decade, ..
                } => Some(Match {
                    end,
                    raw,
                    modifier: Some(if ord == 1 {
                        Modifier::Early
                    } else {
                        Modifier::Late
                    }),
                    duration: false,
                }),
                _ => None,
            };
        }
    }
    // `raised its cap for the third quarter in a row`, `the second half running`: a
    // count of successive periods, not a period of the calendar.
    if t.is(j, "in") && t.is(j + 1, "a") && t.is(j + 2, "row")
        || matches!(t.lower(j), "running" | "straight")
    {
        return None;
    }
    cal(j, YearRef::Missing, gran)
}

/// A quarter or half of a named fiscal year: `Q1FY30`, `Q4 FY29`, `H2FY2030`. The
/// compact notation is Indian financial usage (and companies whose year is not the
/// calendar's name it after the year it ends in), so the year is taken to run April to
/// March: Q1FY30 is April–June 2029 (2029-Q2), Q4FY29 January–March 2029 (2029-Q1),
/// H2FY30 October 2029–March 2030 (2029-H2), and H1FY30, April–September 2029, is known
/// only to its year.
fn fiscal_part(t: &Tokens, i: usize) -> Option<Match> {
    let tok = t.list.get(i)?;
    if !tok.capital || tok.kind != Kind::Word {
        return None;
    }
    let l = t.lower(i).as_bytes();
    let (kind, n) = match l {
        [k @ (b'q' | b'h'), d @ b'1'..=b'4', ..] => (*k, d - b'0'),
        _ => return None,
    };
    if kind == b'h' && n > 2 {
        return None;
    }
    // The year in the same word (`Q1FY30`) or the next (`Q1 FY30`).
    let (end, y) = if l.len() > 2 {
        let rest = std::str::from_utf8(&l[2..]).ok()?;
        (i + 1, fiscal_digits(rest.strip_prefix("fy")?)?)
    } else if t
        .list
        .get(i + 1)
        .is_some_and(|x| x.kind == Kind::Word && x.capital)
    {
        (i + 2, fiscal_digits(t.lower(i + 1).strip_prefix("fy")?)?)
    } else {
        return None;
    };
    let (year, gran) = match (kind, n) {
        (b'q', 4) => (y, Gran::Quarter(1)),
        (b'q', n) => (y - 1, Gran::Quarter(n + 1)),
        (_, 2) => (y - 1, Gran::Half(2)),
        _ => (y - 1, Gran::Year),
    };
    cal(end, YearRef::Explicit(year), gran)
}

/// The year of `26` or `2026` after `FY`.
fn fiscal_digits(digits: &str) -> Option<i32> {
    if !matches!(digits.len(), 2 | 4) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = digits.parse().ok()?;
    let y = if digits.len() == 2 { 2000 + y } else { y };
    (1900..=2100).contains(&y).then_some(y)
}

/// A calendar quarter named by its last month or its months: `the June quarter`,
/// `the March quarter`, `September-quarter numbers`, `the July-September quarter`
/// (financial reporting in India, Australia and elsewhere). The year comes from context.
fn month_quarter(t: &Tokens, i: usize) -> Option<Match> {
    let the = t.is(i, "the");
    let j = i + usize::from(the);
    let (m, _, mut next) = month_at(t, j)?;
    let mut last = m;
    // `July-September`: a three-month span ending the quarter.
    if t.is_dash(next)
        && let Some((m2, _, after)) = month_at(t, next + 1)
    {
        if m2 != m + 2 {
            return None;
        }
        last = m2;
        next = after;
    }
    let dashed = t.is_dash(next);
    if dashed {
        next += 1;
    }
    if !t.is(next, "quarter") || !last.is_multiple_of(3) || !(the || dashed || last != m) {
        return None;
    }
    cal(next + 1, YearRef::Missing, Gran::Quarter(last / 3))
}

/// `FY2026` or `FY26` as one word: the fiscal year, taken as its calendar year.
fn fiscal_year(t: &Tokens, i: usize) -> Option<i32> {
    let tok = t.list.get(i)?;
    if !tok.capital || !matches!(tok.span.len(), 4 | 6) || tok.kind != Kind::Word {
        return None;
    }
    fiscal_digits(t.lower(i).strip_prefix("fy")?)
}

/// `the 1990s`, `1990s`, `'90s`, `the nineties`, `the 20th century`.
fn decade(t: &Tokens, i: usize) -> Option<Match> {
    let mut j = i;
    if t.is(j, "the") {
        j += 1;
    }
    let l = t.lower(j);
    if let Some(digits) = l.strip_suffix('s')
        && digits.len() == 4
        && digits.bytes().all(|b| b.is_ascii_digit())
    {
        let y: i32 = digits.parse().ok()?;
        if y % 10 == 0 && (1000..=2190).contains(&y) {
            return cal(j + 1, YearRef::Explicit(y), Gran::Decade);
        }
    }
    // `the 1990's`
    if let Some(y) = t.number(j, 4)
        && j > i
        && y % 10 == 0
        && t.is_apostrophe(j + 1)
        && t.is(j + 2, "s")
    {
        return cal(j + 3, YearRef::Explicit(y as i32), Gran::Decade);
    }
    // '90s
    if t.is_apostrophe(j)
        && let Some(digits) = t.lower(j + 1).strip_suffix('s')
        && digits.len() == 2
        && digits.bytes().all(|b| b.is_ascii_digit())
    {
        let d: u8 = digits.parse().ok()?;
        if d.is_multiple_of(10) {
            return hit(j + 2, Raw::DecadeName(d / 10));
        }
    }
    if let Word::DecadeName(d) = t.word(j)
        && j > i
    {
        return hit(j + 1, Raw::DecadeName(d));
    }
    // the 20th century / the nineteenth century
    if j > i && t.is(j + 1, "century") {
        let n = match t.lower(j) {
            "eighteenth" | "18th" => 18,
            "nineteenth" | "19th" => 19,
            "twentieth" | "20th" => 20,
            "twenty" if false => 0,
            "21st" => 21,
            _ => {
                if t.is(j, "twenty") && t.is_dash(j + 1) && t.is(j + 2, "first") {
                    return None;
                }
                return None;
            }
        };
        return cal(j + 2, YearRef::Explicit((n - 1) * 100), Gran::Century);
    }
    None
}

/// `in the spring of 2019`, `spring 2019`, `the winter`, `in autumn`; the shifted forms
/// (`this summer`) are in [`shifted`].
fn season(t: &Tokens, i: usize) -> Option<Match> {
    let mut j = i;
    let the = t.is(j, "the");
    if the {
        j += 1;
    }
    let Word::Season(s) = t.word(j) else {
        return None;
    };
    let fall = t.is(j, "fall");
    // `the fall in premiums`, `a fall from 40 per cent`: the noun for a decline. (`in the
    // fall in 2019` still names the season.)
    if fall && (t.is(j + 1, "in") && t.number(j + 2, 4).is_none() || t.is(j + 1, "from")) {
        return None;
    }
    // `the spring of 2019`, `spring 2019`
    if let Some((end, y)) = trailing_year(t, j + 1)
        && !t.is_punct(j + 1, ',')
    {
        return cal(end, YearRef::Explicit(y), Gran::Season(s));
    }
    // A bare season needs a preposition or article and must not be an adjective
    // (`the summer irrigation season`).
    let prev = if i > 0 { t.lower(i - 1) } else { "" };
    // `promised the money in its spring budget`, `the autumn statement`, `their summer
    // session`: a season naming one sitting of a recurring public occasion, with the
    // article or a possessive, dates that occasion (`the summer irrigation season`, a
    // kind of season, is no such occasion).
    let owned = the || matches!(prev, "its" | "their" | "his" | "her" | "our");
    if owned && !fall && is_occasion_noun(t.lower(j + 1)) && !t.list[j + 1].capital {
        return hit(
            j + 1,
            Raw::SeasonShift {
                season: s,
                shift: None,
            },
        );
    }
    let introduced = the
        || matches!(
            prev,
            "in" | "during" | "by" | "until" | "since" | "over" | "through" | "throughout"
        );
    if !introduced || fall && !the {
        return None;
    }
    // `rivers run low in winter`, `fruit in summer, meat in autumn`: a season with no
    // article, year or shift after `in` or `during` is the season in general, the way
    // habits are told; a dated one is `this winter`, `in the spring`, `in winter 2030`.
    if !the && matches!(prev, "in" | "during") {
        return None;
    }
    // `before the spring building season`, `after the summer recess`, `until the winter
    // thaw`: a seasonal period named with a noun, set as a limit, is that season. (A noun
    // after the season elsewhere makes it an adjective: `water for the summer irrigation
    // season`.)
    let limit = the
        && matches!(prev, "before" | "after" | "until" | "till" | "by")
        && t.kind(j + 1) == Some(Kind::Word)
        && !t.list[j + 1].capital
        && !is_function_word(t.lower(j + 1));
    if limit {
        return hit(
            j + 1,
            Raw::SeasonShift {
                season: s,
                shift: None,
            },
        );
    }
    if t.kind(j + 1) == Some(Kind::Word)
        && !t.list[j + 1].capital
        && !is_function_word(t.lower(j + 1))
    {
        return None;
    }
    if t.is_apostrophe(j + 1) || t.is(j + 1, "of") {
        return None; // `the summer's heat`, `the spring of discontent`
    }
    hit(
        j + 1,
        Raw::SeasonShift {
            season: s,
            shift: None,
        },
    )
}

/// Nouns for one sitting of a recurring public occasion, which a season before them dates
/// (`the spring budget`, `its autumn statement`, `the summer session`).
fn is_occasion_noun(w: &str) -> bool {
    matches!(
        w,
        "budget"
            | "statement"
            | "session"
            | "sitting"
            | "recess"
            | "election"
            | "elections"
            | "meeting"
            | "conference"
            | "review"
            | "update"
            | "forecast"
            | "census"
            | "auction"
            | "offensive"
    )
}

fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "or"
            | "but"
            | "when"
            | "as"
            | "before"
            | "after"
            | "to"
            | "the"
            | "a"
            | "an"
            | "if"
            | "while"
            | "is"
            | "was"
            | "will"
            | "would"
            | "that"
            | "in"
            | "on"
            | "at"
            | "for"
            | "with"
            | "we"
            | "they"
            | "he"
            | "she"
            | "it"
            | "i"
            | "there"
            | "this"
            | "prices"
            | "because"
            | "despite"
            | "amid"
            | "than"
            // `decide over the summer whether to stay`: a clause opener, no noun.
            | "whether"
            | "unless"
            | "until"
    )
}

/// `last week`, `next month`, `this year`, `the following year`, `last Thursday`,
/// `last November`, `this summer`, `the coming weeks`, `the past decade`.
/// `over the weekend`, `at the weekend`, `before the weekend`: its Saturday, on the side
/// of the publication date that the tense gives (like a bare weekday).
fn weekend(t: &Tokens, i: usize) -> Option<Match> {
    if i == 0 || !t.is(i, "the") || !t.is(i + 1, "weekend") || t.is(i + 2, "of") {
        return None;
    }
    let introduced = matches!(
        t.lower(i - 1),
        "over"
            | "during"
            | "at"
            | "on"
            | "through"
            | "across"
            | "for"
            | "before"
            | "after"
            | "until"
            | "till"
            | "by"
    );
    introduced.then_some(())?;
    hit(
        i + 2,
        Raw::Weekday {
            day: SATURDAY,
            shift: None,
        },
    )
}

/// Monday = 0.
const SATURDAY: u8 = 5;

fn shifted(t: &Tokens, i: usize, after_of: bool) -> Option<Match> {
    let the = t.is(i, "the");
    let j = i + usize::from(the);
    let shift = match (t.word(j), t.lower(j)) {
        (Word::Shift(s), _) => s,
        (_, "that" | "same") if !the || t.is(j, "same") => Shift::Previous,
        // `in the current fiscal year`, `the current quarter`: this one.
        (_, "current") if the => Shift::This,
        (_, "next") => Shift::Next,
        _ if the && after_of => {
            // `the end of the year`: the current unit.
            if let Word::Unit(u) = t.word(j) {
                return hit(
                    j + 1,
                    Raw::Offset {
                        unit: u,
                        n: 0,
                        anchor: Anchor::Now,
                    },
                );
            }
            return None;
        }
        _ => return None,
    };
    let mut target = j + 1;
    // `last fiscal year`, `this financial year`: the year (fiscal years are taken as
    // calendar years); `last fiscal` alone is the Indian-English short form.
    if matches!(t.lower(target), "fiscal" | "financial") {
        if t.is(target + 1, "year") {
            target += 1;
        } else if t.is(target, "fiscal") && !the && t.kind(target + 1) != Some(Kind::Word) {
            let n = match shift {
                Shift::Last => -1,
                Shift::Next | Shift::Coming => 1,
                Shift::This => 0,
                _ => return None,
            };
            return hit(
                target + 1,
                Raw::Offset {
                    unit: Unit::Year,
                    n,
                    anchor: Anchor::Now,
                },
            );
        }
    }
    // `The last winter as dry as this one was in 1934`, `the last March that warm`: with
    // an article, `last` is `the latest of a kind`, which its qualifier then names, not
    // the season or month before now (a match from `the` was tried before this one).
    if !the
        && i > 0
        && t.is(i - 1, "the")
        && matches!(t.word(target), Word::Season(_) | Word::Month { .. })
    {
        return None;
    }
    let same = t.is(j, "same") || t.is(j, "that");
    // Anaphoric forms need `the` (`the following year`); deictic ones must not have it
    // (`last year`), except `the coming …` and `the past …`.
    let anaphoric =
        same || matches!(shift, Shift::Previous | Shift::Following) || the && shift == Shift::Next;
    match t.word(target) {
        // `last weekend`, `this weekend`, `the past weekend`: its Saturday.
        Word::Unit(_)
            if t.is(target, "weekend")
                && !t.is(target + 1, "of")
                && (!the
                    && matches!(
                        shift,
                        Shift::Last | Shift::Next | Shift::This | Shift::Coming
                    )
                    || the && shift == Shift::Past) =>
        {
            let shift = if shift == Shift::Past {
                Shift::Last
            } else {
                shift
            };
            hit(
                target + 1,
                Raw::Weekday {
                    day: SATURDAY,
                    shift: Some(shift),
                },
            )
        }
        Word::Unit(unit) => {
            let (n, anchor) = match shift {
                Shift::Last => (-1, Anchor::Now),
                Shift::Next if the => (1, Anchor::Previous),
                Shift::Next | Shift::Coming => (1, Anchor::Now),
                Shift::This => (0, Anchor::Now),
                Shift::Past => {
                    // `the past year`: a span up to now.
                    return Some(Match {
                        end: target + 1,
                        raw: Raw::Vague(Vague::Past),
                        modifier: None,
                        duration: false,
                    });
                }
                Shift::Previous if same => (0, Anchor::Previous),
                Shift::Previous => (-1, Anchor::Previous),
                Shift::Following => (1, Anchor::Previous),
            };
            if the && shift == Shift::Last {
                // `over the last year`: a span up to now.
                return hit(target + 1, Raw::Vague(Vague::Past));
            }
            // `over the next decade`, `the coming decade`: a span ahead of now.
            if unit == Unit::Decade && matches!(shift, Shift::Next | Shift::Coming) {
                return hit(target + 1, Raw::Vague(Vague::Future));
            }
            if anaphoric && !the && !same {
                return None;
            }
            // `the year before`, `a year later` are handled as offsets.
            hit(target + 1, Raw::Offset { unit, n, anchor })
        }
        Word::Units(_) if the || matches!(t.lower(i.wrapping_sub(1)), "in" | "over" | "for") => {
            // `the coming weeks`, `the past years`, `in past years`
            let v = match shift {
                Shift::Coming | Shift::Next | Shift::Following => Vague::Future,
                Shift::Past | Shift::Last | Shift::Previous => Vague::Past,
                Shift::This => return None,
            };
            hit(target + 1, Raw::Vague(v))
        }
        // `if payments slip past October`, `ran past Friday`: without `this` before it
        // (`this past October`), `past` before a month or weekday is the preposition
        // `beyond`, and the date is told by the tense (matched from the month itself).
        Word::Weekday(_) | Word::Month { .. }
            if !the && shift == Shift::Past && !(i > 0 && t.is(i - 1, "this")) =>
        {
            None
        }
        Word::Weekday(day) if !the && t.list[target].capital => hit(
            target + 1,
            Raw::Weekday {
                day,
                shift: Some(shift),
            },
        ),
        Word::Month { month, .. } if !the && t.list[target].capital && !anaphoric => {
            hit(target + 1, Raw::MonthShift { month, shift })
        }
        // `the following spring`: the season of the year after the last date.
        Word::Season(season) if the && shift == Shift::Following => cal(
            target + 1,
            YearRef::Relative(1, Anchor::Previous),
            Gran::Season(season),
        ),
        Word::Season(season) if !the && !anaphoric => hit(
            target + 1,
            Raw::SeasonShift {
                season,
                shift: Some(shift),
            },
        ),
        _ => None,
    }
}

/// `yesterday`, `today`, `tomorrow`, `tonight`, `last night`, `this morning`.
/// `today's` heading a noun phrase about price or scale (`today's prices`, `today's
/// growth rate`, `in today's dollars`): the present as a yardstick, dating nothing.
fn valuation_basis(t: &Tokens, i: usize) -> bool {
    if !(t.is_apostrophe(i + 1) && t.is(i + 2, "s")) {
        return false;
    }
    (i + 3..(i + 6).min(t.len()))
        .take_while(|&j| t.kind(j) == Some(Kind::Word))
        .any(|j| {
            matches!(
                t.lower(j),
                "price"
                    | "prices"
                    | "rate"
                    | "rates"
                    | "money"
                    | "dollars"
                    | "pounds"
                    | "euros"
                    | "terms"
                    | "level"
                    | "levels"
                    | "value"
                    | "values"
                    | "standards"
            )
        })
}

/// `On this morning's Brief, …`, `Tonight's question is whether …`, `on today's
/// programme`: the broadcast, issue or live page the text itself is (a word for it or
/// for one of its items) frames what follows and dates no event. (A named event,
/// `tonight's Budget`, still does.) `end` is the token after the deictic words.
fn own_issue(t: &Tokens, end: usize) -> bool {
    if !(t.is_apostrophe(end) && t.is(end + 1, "s")) {
        return false;
    }
    let k = end + 2;
    t.kind(k) == Some(Kind::Word)
        && matches!(
            t.lower(k),
            "programme"
                | "program"
                | "show"
                | "episode"
                | "edition"
                | "issue"
                | "newsletter"
                | "briefing"
                | "bulletin"
                | "podcast"
                | "question"
                | "questions"
                | "guest"
                | "guests"
                | "panel"
                | "topic"
                | "brief"
                | "roundup"
        )
}

fn deictic_word(t: &Tokens, i: usize) -> Option<Match> {
    let off = |end, n| {
        if own_issue(t, end) {
            return None;
        }
        hit(
            end,
            Raw::Offset {
                unit: Unit::Day,
                n,
                anchor: Anchor::Now,
            },
        )
    };
    match t.lower(i) {
        "yesterday" => off(i + 1, -1),
        "tomorrow" => off(i + 1, 1),
        "tonight" => off(i + 1, 0),
        // `at today's growth rate`, `in today's money`: a basis of valuation, no time.
        "today" if valuation_basis(t, i) => None,
        "today" => {
            // `today` is the publication day only beside a reporting verb
            // (`announced today`); otherwise it means "nowadays" (`a ship built today`).
            if (i > 0 && lex::is_reporting_verb(t.lower(i - 1)))
                || lex::is_reporting_verb(t.lower(i + 1))
            {
                off(i + 1, 0)
            } else {
                hit(i + 1, Raw::Vague(Vague::Present))
            }
        }
        "last" if t.is(i + 1, "night") => off(i + 2, -1),
        "this" if matches!(t.lower(i + 1), "morning" | "afternoon" | "evening") => off(i + 2, 0),
        _ => None,
    }
}

/// A count before a unit: `two`, `2`, `a`, `a few` (vague).
fn count(t: &Tokens, i: usize) -> Option<(usize, Option<i32>)> {
    if let Word::Number(n) = t.word(i) {
        if t.is(i, "a") && t.is(i + 1, "few") {
            return Some((i + 2, None));
        }
        // `twenty-five`
        if n >= 20
            && t.is_dash(i + 1)
            && let Word::Number(m) = t.word(i + 2)
            && m < 10
        {
            return Some((i + 3, Some((n + m) as i32)));
        }
        return Some((i + 1, Some(n as i32)));
    }
    if t.kind(i) == Some(Kind::Num) && t.list[i].span.len() <= 3 {
        return Some((i + 1, Some(t.list[i].value as i32)));
    }
    if matches!(t.lower(i), "several" | "many" | "some" | "few") {
        return Some((i + 1, None));
    }
    None
}

/// `two years ago`, `four years later`, `a year earlier`, `within two years`,
/// `in two years' time`, `for two years` (a span, kept in the past tense only).
fn counted_offset(t: &Tokens, i: usize) -> Option<Match> {
    let lead = t.lower(i);
    let (start, lead_word) = match lead {
        "within" | "for" | "in" | "over" => (i + 1, lead),
        _ => (i, ""),
    };
    let mut j = start;
    if lead_word == "for"
        && matches!(
            t.lower(j),
            "almost" | "nearly" | "about" | "more" | "over" | "roughly" | "some"
        )
    {
        j += if t.is(j, "more") && t.is(j + 1, "than") {
            2
        } else {
            1
        };
    }
    // `for years`, `for decades`
    if lead_word == "for"
        && let Word::Units(Unit::Year | Unit::Decade) = t.word(j)
    {
        return Some(Match {
            end: j + 1,
            raw: Raw::Vague(Vague::Past),
            modifier: None,
            duration: true,
        });
    }
    let (k, n) = count(t, j)?;
    // `We told them three winters ago`: people count back in seasons as in years, and
    // the season meant is that many back from now (`one winter ago` is last winter).
    if lead_word.is_empty()
        && t.is(k + 1, "ago")
        && let Some(n) = n.filter(|&n| n >= 1)
        && let Some(season) = season_noun(t.lower(k))
    {
        return hit(k + 2, Raw::SeasonsAgo { season, n });
    }
    let unit = match t.word(k) {
        Word::Unit(u) | Word::Units(u) => u,
        _ => return None,
    };
    let after = t.lower(k + 1);
    match lead_word {
        "" => {
            let (sign, anchor) = match after {
                "ago" => (-1, Anchor::Now),
                "later" => (1, Anchor::Previous),
                "earlier" => (-1, Anchor::Previous),
                _ => return None,
            };
            // `five weeks later than normal`, `a month earlier than planned`: a gap
            // between two timings, not a date.
            if start > 0 && t.is(start - 1, "than") || t.is(k + 2, "than") {
                return None;
            }
            let raw = match n {
                // `a decade ago` is a year, ten years back.
                Some(n) if unit == Unit::Decade => Raw::Offset {
                    unit: Unit::Year,
                    n: sign * n * 10,
                    anchor,
                },
                Some(n) => Raw::Offset {
                    unit,
                    n: sign * n,
                    anchor,
                },
                None if sign < 0 && anchor == Anchor::Now => Raw::Vague(Vague::Past),
                None => return None,
            };
            hit(k + 2, raw)
        }
        // `within a decade`: some time in the next ten years, not the next decade.
        "within" if unit == Unit::Decade => hit(k + 1, Raw::Vague(Vague::Future)),
        // `cut poverty by a third within five years`: a deadline three or more years
        // out is a horizon that dates no event in its last year (`within two years`
        // is near enough to name its year).
        "within" if unit == Unit::Year && n.is_some_and(|n| n >= 3) => {
            hit(k + 1, Raw::Vague(Vague::Future))
        }
        "within" => {
            let n = n?;
            Some(Match {
                end: k + 1,
                raw: Raw::Offset {
                    unit,
                    n,
                    anchor: Anchor::Now,
                },
                modifier: None,
                duration: false,
            })
            .filter(|_| matches!(unit, Unit::Year | Unit::Month | Unit::Decade))
        }
        "in" => {
            // only `in two years' time`
            if t.is_apostrophe(k + 1) && t.is(k + 2, "time") {
                return hit(
                    k + 3,
                    Raw::Offset {
                        unit,
                        n: n?,
                        anchor: Anchor::Now,
                    },
                );
            }
            if t.is(k + 1, "time") && t.lower(k).ends_with('s') {
                return None;
            }
            None
        }
        "for" if matches!(unit, Unit::Year | Unit::Decade) => Some(Match {
            end: k + 1,
            raw: Raw::Vague(Vague::Past),
            modifier: None,
            duration: true,
        }),
        _ => None,
    }
}

/// A season named as a count noun (`winter`, `summers`); `fall`, `falls` are left out, the
/// plural being mostly a decline or a waterfall.
fn season_noun(w: &str) -> Option<Season> {
    match w.strip_suffix('s').unwrap_or(w) {
        "winter" => Some(Season::Winter),
        "spring" => Some(Season::Spring),
        "summer" => Some(Season::Summer),
        "autumn" => Some(Season::Autumn),
        _ => None,
    }
}

/// Vague references: `recently`, `in past years`, `in the near future`, `now` (only as a
/// free-standing adverbial), `currently`, `back then`.
fn vague(t: &Tokens, i: usize) -> Option<Match> {
    let v = |end, v| hit(end, Raw::Vague(v));
    let l = t.lower(i);
    match l {
        "recently" | "lately" | "previously" | "formerly" => return v(i + 1, Vague::Past),
        "currently" | "nowadays" => return v(i + 1, Vague::Present),
        "soon" if !(t.is(i + 1, "as") || t.is(i + 1, "after") || i > 0 && t.is(i - 1, "as")) => {
            return v(i + 1, Vague::Future);
        }
        "now" => {
            let prev = if i > 0 { t.lower(i - 1) } else { "" };
            let free_after = i + 1 >= t.len()
                || matches!(t.kind(i + 1), Some(Kind::Punct(c)) if c != '\'' && c != '’' && c != '-');
            let start = t.is_sentence_start(i) && t.is_punct(i + 1, ',');
            let phrase = matches!(
                prev,
                "right" | "until" | "by" | "for" | "just" | "precisely" | "from"
            );
            if free_after || start || phrase && !t.is(i + 1, "that") {
                let begin = if phrase { i - 1 } else { i };
                let _ = begin;
                return v(i + 1, Vague::Present);
            }
            return None;
        }
        "back" | "since" | "until" | "by" if t.is(i + 1, "then") => return hit(i + 2, Raw::Then),
        "these" if t.is(i + 1, "days") => return v(i + 2, Vague::Present),
        "at" if t.is(i + 1, "present") && !t.is(i + 2, "of") => return v(i + 2, Vague::Present),
        "at" if t.is(i + 1, "the") && t.is(i + 2, "moment") => return v(i + 3, Vague::Present),
        "in" => {}
        _ => return None,
    }
    // in (the) (near|foreseeable|distant) future; in future; in recent years;
    // in the past; in (the) years to come
    let mut j = i + 1;
    if t.is(j, "the") {
        j += 1;
    }
    match t.lower(j) {
        "near" | "foreseeable" | "distant" | "immediate" if t.is(j + 1, "future") => {
            v(j + 2, Vague::Future)
        }
        "future" => v(j + 1, Vague::Future),
        "recent" if matches!(t.word(j + 1), Word::Units(_)) || t.is(j + 1, "times") => {
            v(j + 2, Vague::Past)
        }
        "past" if j > i + 1 && !matches!(t.word(j + 1), Word::Unit(_) | Word::Units(_)) => {
            v(j + 1, Vague::Past)
        }
        "years" | "decades" if t.is(j + 1, "to") && t.is(j + 2, "come") => v(j + 3, Vague::Future),
        _ => None,
    }
}

/// `Christmas`, `Christmas Day/Eve`, `New Year's Day/Eve`.
fn holiday(t: &Tokens, i: usize) -> Option<Match> {
    let tok = t.list.get(i)?;
    if !tok.capital {
        return None;
    }
    let (end, m, d) = if t.is(i, "christmas") {
        match t.lower(i + 1) {
            "eve" => (i + 2, 12, 24),
            "day" => (i + 2, 12, 25),
            _ => (i + 1, 12, 25),
        }
    } else if t.is(i, "new") && t.is(i + 1, "year") {
        let mut j = i + 2;
        if t.is_apostrophe(j) && t.is(j + 1, "s") {
            j += 2;
        }
        match t.lower(j) {
            "eve" => (j + 1, 12, 31),
            "day" => (j + 1, 1, 1),
            _ => return None,
        }
    } else {
        return None;
    };
    // `Christmas markets` is not a date.
    if t.kind(end) == Some(Kind::Word) && !t.list[end].capital && !is_function_word(t.lower(end)) {
        return None;
    }
    let prev = if i > 0 { t.lower(i - 1) } else { "" };
    if !matches!(
        prev,
        "by" | "at"
            | "on"
            | "before"
            | "after"
            | "until"
            | "since"
            | "over"
            | "till"
            | "around"
            | "for"
    ) {
        return None;
    }
    // `a bill will be sent to parliament before Christmas`: the weeks leading up to the
    // holiday, its month, not the day itself (`by Christmas`, `on Christmas Day` still
    // name the day).
    let gran = if prev == "before" && t.is(i, "christmas") && end == i + 1 {
        Gran::Month(m)
    } else {
        Gran::Day(m, d)
    };
    if let Some((e, y)) = trailing_year(t, end) {
        return cal(e, YearRef::Explicit(y), gran);
    }
    cal(end, YearRef::Missing, gran)
}

/// A four-digit number read as a year, or `None` when the text shows it is an amount,
/// a label or part of a name (`123 political prisoners`, `$1,200`, `Windows 2000`,
/// `the 2019 model`).
fn year(t: &Tokens, i: usize) -> Option<(usize, i32)> {
    let Some(y) = t.number(i, 4) else {
        return fiscal_year(t, i).map(|y| (i + 1, y));
    };
    let y = y as i32;
    let tok = &t.list[i];
    // A fiscal year (`FY2026`, `FY 2027`), taken as its calendar year.
    if i > 0 && t.kind(i - 1) == Some(Kind::Word) && t.lower(i - 1) == "fy" {
        return (1900..=2100).contains(&y).then_some((i + 1, y));
    }
    let prev_word = if i > 0 && t.kind(i - 1) == Some(Kind::Word) {
        Some(t.lower(i - 1))
    } else {
        None
    };
    // Attached to other digits or a currency: 1,2021 / 3.2021 / $2021 / #2021
    if i > 0 && !tok.space_before {
        match t.kind(i - 1) {
            Some(Kind::Punct('$' | '€' | '£' | '¥' | '#' | '№' | '.' | ',' | '/' | ':')) => {
                return None;
            }
            Some(Kind::Word | Kind::Num) => return None,
            _ => {}
        }
    }
    if i > 0 && matches!(t.kind(i - 1), Some(Kind::Punct('$' | '€' | '£' | '¥'))) {
        return None;
    }
    // Followed by a decimal, thousands group, percent or unit.
    if let Some(next) = t.list.get(i + 1) {
        if !next.space_before {
            match next.kind {
                Kind::Punct('.' | ',')
                    if t.kind(i + 2) == Some(Kind::Num) && !t.list[i + 2].space_before =>
                {
                    return None;
                }
                Kind::Punct('%') => return None,
                // `20:30` is a time; `2027: first review` heads a list item.
                Kind::Punct(':')
                    if t.kind(i + 2) == Some(Kind::Num) && !t.list[i + 2].space_before =>
                {
                    return None;
                }
                Kind::Word | Kind::Num => return None,
                _ => {}
            }
        }
        if next.kind == Kind::Word && lex::is_amount_word(t.lower(i + 1)) {
            return None;
        }
    }
    let hedged = hedged_year(t, i);
    let triggered = prev_word.is_some_and(lex::is_year_preposition)
        || prev_word.is_some_and(|w| matches!(lex::word(w), Word::Month { .. }))
        || hedged;
    // `the Planning and Development Act 2024`, `the Companies Act 2006`: a statute's
    // short title in the Commonwealth style ends with the year it was passed, which
    // dates its enactment as `the Tea Act of 2020` does (`Act 21`, a number, is short).
    if prev_word == Some("act") && t.list[i - 1].capital && (1800..=2100).contains(&y) {
        return Some((i + 1, y));
    }
    if let Some(w) = prev_word {
        if lex::is_label_noun(w) && !hedged {
            return None;
        }
        // `Windows 2000`, `Vision 2030`: a name, unless the word is a preposition.
        let determiner = matches!(
            w,
            "the" | "a" | "an" | "this" | "that" | "its" | "his" | "her" | "their" | "our"
        );
        if t.list[i - 1].capital && !triggered && !determiner {
            return None;
        }
        // `more than 2000`, `fewer than 1500`: a count.
        if w == "than"
            && i > 1
            && matches!(t.lower(i - 2), "more" | "less" | "fewer" | "over" | "under")
        {
            return None;
        }
    }
    // `2000 of them`: a count.
    if t.is(i + 1, "of") {
        return None;
    }
    // `the 1965 Act`, `the 1972 Constitution`: a law's short name. (A full name that
    // goes on, `the 1982 Law of the Sea convention`, dates its signing.)
    if t.list
        .get(i + 1)
        .is_some_and(|tok| tok.capital && tok.kind == Kind::Word)
        && lex::is_instrument_noun(t.lower(i + 1))
        && !t.is(i + 2, "of")
    {
        return None;
    }
    let possessive = t.is_apostrophe(i + 1) && t.is(i + 2, "s");
    if possessive {
        return (1000..=2199).contains(&y).then_some((i + 3, y));
    }
    if triggered {
        return (1000..=2199).contains(&y).then_some((i + 1, y));
    }
    // `its 2030 targets`: a possessive makes the year a modifier of the noun.
    let possessor = prev_word.is_some_and(|w| matches!(w, "its" | "their" | "our"));
    // A lower-case plural noun after it makes it a count (`2000 soldiers`), except a
    // plural for acts of change after `the` (`the 2024 amendments to the Act`, `the 2019
    // reforms`): those are dated acts, and nobody counts amendments in the thousands.
    if !possessor && t.kind(i + 1) == Some(Kind::Word) && !t.list[i + 1].capital {
        let n = t.lower(i + 1);
        let dated_acts = prev_word == Some("the") && lex::is_change_plural(n);
        if !dated_acts
            && n.len() > 3
            && n.ends_with('s')
            && !n.ends_with("ss")
            && !matches!(
                n,
                "elections" | "olympics" | "games" | "talks" | "protests" | "negotiations"
            )
        {
            return None;
        }
    }
    (1900..=2100).contains(&y).then_some((i + 1, y))
}

/// A date said to recur, a routine rather than a dated event: `in your inbox every
/// Wednesday`, `each June`, `every other Tuesday`, `every second June` (a weekday or a
/// yearless date after `every`/`each`), and `on the first of March, every year`, `in
/// June each year` (a yearless date before `every/each year`).
fn routine(t: &Tokens, i: usize, m: &Match) -> bool {
    let yearless = matches!(
        m.raw,
        Raw::Cal {
            year: YearRef::Missing,
            ..
        }
    );
    let after_every = i > 0
        && (matches!(t.lower(i - 1), "every" | "each")
            || i > 1
                && t.is(i - 2, "every")
                && matches!(t.lower(i - 1), "other" | "second" | "third"));
    if after_every && (yearless || matches!(m.raw, Raw::Weekday { shift: None, .. })) {
        return true;
    }
    let k = m.end + usize::from(matches!(t.kind(m.end), Some(Kind::Punct(','))));
    yearless && matches!(t.lower(k), "every" | "each") && t.is(k + 1, "year")
}

/// `until at least 2035`, `since about 1990`, `through roughly 2040`: a hedge (`at
/// least`, `about`, `roughly`, …) between a preposition that only takes a time and the
/// number at `i` still makes it a year. (Alone, `at least 2000` is a count; `by` and
/// `from` are left out, as `fell by about 2000` and `from about 1500` are amounts.)
fn hedged_year(t: &Tokens, i: usize) -> bool {
    let hedge = match i.checked_sub(1).map(|k| t.lower(k)) {
        Some("least" | "most") if i >= 2 && t.is(i - 2, "at") => 2,
        Some("about" | "around" | "roughly" | "approximately" | "circa" | "perhaps") => 1,
        _ => return false,
    };
    let count = t.kind(i + 1) == Some(Kind::Word) && {
        let n = t.lower(i + 1);
        !t.list[i + 1].capital && n.len() > 3 && n.ends_with('s') && !n.ends_with("ss")
    };
    i > hedge
        && !count
        && matches!(
            t.lower(i - hedge - 1),
            "until" | "till" | "through" | "since" | "before"
        )
}

/// The second half of a range after expression `m` that starts at token `i`:
/// `from X to Y`, `between X and Y`, `2014–2016`, `2014-16`.
fn range_tail(t: &Tokens, i: usize, m: &Match) -> Option<(usize, Raw)> {
    let j = m.end;
    let prev = if i > 0 { t.lower(i - 1) } else { "" };
    let is_year = |r: &Raw| {
        matches!(
            r,
            Raw::Cal {
                year: YearRef::Explicit(_),
                gran: Gran::Year
            }
        )
    };
    // `the winter of 2031-32`, `winter 2029/30`: a winter runs over the turn of the
    // year, and a split year names both of its years (the season ends in the second).
    let split_winter = matches!(
        m.raw,
        Raw::Cal {
            year: YearRef::Explicit(_),
            gran: Gran::Season(Season::Winter)
        }
    );
    // 2014–2016, 2014-16, 2020/21
    if (is_year(&m.raw) || split_winter)
        && (t.is_dash(j) || t.is_punct(j, '/') && !t.list[j].space_before)
    {
        let Raw::Cal {
            year: YearRef::Explicit(y0),
            ..
        } = m.raw
        else {
            return None;
        };
        if split_winter {
            let y1 = t
                .number(j + 1, 4)
                .map(|y| y as i32)
                .or_else(|| t.number(j + 1, 2).map(|y| y0 - y0 % 100 + y as i32));
            return y1
                .filter(|&y1| y1 == y0 + 1 && !t.list[j + 1].space_before)
                .map(|y1| (j + 2, year_raw(y1)));
        }
        if let Some(y1) = t.number(j + 1, 4) {
            let y1 = y1 as i32;
            if y1 > y0 && y1 - y0 < 100 {
                return Some((j + 2, year_raw(y1)));
            }
        }
        if let Some(y1) = t.number(j + 1, 2) {
            let y1 = y0 - y0 % 100 + y1 as i32;
            if y1 > y0 && !t.list[j + 1].space_before {
                return Some((j + 2, year_raw(y1)));
            }
        }
    }
    let joiner = match prev {
        "from" => matches!(t.lower(j), "to" | "until" | "till" | "through") || t.is_dash(j),
        "between" => t.is(j, "and"),
        _ => false,
    };
    if !joiner {
        return None;
    }
    let y = core(t, j + 1, false)?;
    if !matches!(y.raw, Raw::Cal { .. }) {
        return None;
    }
    Some((y.end, y.raw))
}

fn year_raw(y: i32) -> Raw {
    Raw::Cal {
        year: YearRef::Explicit(y),
        gran: Gran::Year,
    }
}

#[cfg(test)]
mod tests {
    /// The prefilter agrees with the pattern it replaced.
    #[test]
    fn prefilter_matches_the_old_pattern() {
        let old = regex::Regex::new(
            "(?i)[0-9]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|week|month|year|\
             decade|quarter|half|centur|spring|summer|autumn|fall|winter|now|recent|lately|\
             current|previous|formerly|soon|future|past|christmas|then|present|moment|ties|\
             night|morning|afternoon|evening|tomorrow|fiscal|q[1-4]|h[12]",
        )
        .unwrap();
        for s in [
            "",
            "The minister spoke.",
            "Officials were cautious about the plan.",
            "It rained on MONDAY.",
            "In Q3 profits rose.",
            "The H1 results were weak.",
            "Centuries ago the river moved.",
            "Kyiv’s officials talked about the future.",
            "Nobody knew who would win.",
            "Élan vital and a café.",
            "They met in Juneau.",
            "Ten thousand people came.",
            "He is a member of the Ties Foundation.",
            "The Christmas market opened.",
            "Smart cities.",
        ] {
            assert_eq!(may_contain_time(s), old.is_match(s), "{s:?}");
        }
    }

    use super::resolve::{Context, resolve};
    use super::*;

    /// Normalized values of a sentence's expressions, resolved in order.
    fn values(sentence: &str, published: Option<&str>) -> Vec<String> {
        let mut ctx = Context {
            now: published.map(|d| d.parse().unwrap()),
            ..Context::default()
        };
        let mut out = Vec::new();
        for tx in extract(sentence) {
            if let Some(v) = resolve(tx.raw, &tx, &ctx, None) {
                if v.year().is_some() {
                    ctx.mention(v);
                }
                out.push(v.normalized());
            }
        }
        out
    }

    fn texts(sentence: &str) -> Vec<&str> {
        extract(sentence)
            .into_iter()
            .map(|tx| &sentence[tx.span])
            .collect()
    }

    const NOW: Option<&str> = Some("2024-03-12"); // a Tuesday

    #[test]
    fn years() {
        assert_eq!(values("Sanctions were imposed in 2021.", None), ["2021"]);
        assert_eq!(
            values("She was awarded the 2022 Nobel Peace Prize.", None),
            ["2022"]
        );
        assert_eq!(values("After 2016's war, trade fell.", None), ["2016"]);
        assert_eq!(texts("Since 2019 the railways have talked."), ["2019"]);
    }

    #[test]
    fn this_season_is_the_publication_years_and_this_winter_the_nearest() {
        // Said in March: the summer ahead even in past tense, the winter just ending
        // (named by the year it began in, like `the winter of 2023-24`).
        assert_eq!(
            values(
                "The council said a hosepipe ban was likely this summer.",
                NOW
            ),
            ["2024-SU"]
        );
        assert_eq!(
            values("Guesthouses have lost bookings this winter.", NOW),
            ["2023-WI"]
        );
        // Said in November: the winter ahead.
        assert_eq!(
            values("The rink will open this winter.", Some("2024-11-05")),
            ["2024-WI"]
        );
    }

    #[test]
    fn a_season_without_article_after_in_is_generic() {
        assert!(texts("The pass is often closed in winter.").is_empty());
        assert_eq!(texts("The pass was closed in the winter."), ["the winter"]);
        assert_eq!(texts("The pass closed in winter 2023."), ["winter 2023"]);
    }

    #[test]
    fn the_fall_in_something_is_a_decline() {
        assert_eq!(
            values(
                "Analysts said the fall in rents owed much to new supply.",
                NOW
            ),
            Vec::<String>::new()
        );
        assert_eq!(values("Rents dropped in the fall.", NOW), ["2023-FA"]);
    }

    #[test]
    fn a_hyphenated_part_of_a_season_dates_what_it_qualifies() {
        assert_eq!(texts("She expects mid-winter storms."), ["mid-winter"]);
        // `expects … to fall` governs across the hyphenated modifier, not `recorded`.
        assert_eq!(
            values(
                "She expects late-summer flows in the valley to fall below the levels recorded in 2019.",
                NOW
            ),
            ["2024-SU", "2019"]
        );
    }

    #[test]
    fn an_ordinal_day_alone_is_a_day_of_the_current_month() {
        assert_eq!(
            values("The board meets on the 14th to set fees.", NOW),
            ["2024-03-14"]
        );
        // A past event after today's date fell in the month before.
        assert_eq!(values("The board met on the 20th.", NOW), ["2024-02-20"]);
        assert!(texts("Her office is on the 14th floor.").is_empty());
        assert!(texts("Rates rose for the 14th time.").is_empty());
    }

    #[test]
    fn successive_periods_in_a_row_are_a_count() {
        assert!(texts("Sales fell for the third quarter in a row.").is_empty());
        assert_eq!(
            texts("Sales fell in the third quarter."),
            ["the third quarter"]
        );
    }

    #[test]
    fn within_several_years_is_a_vague_future() {
        assert_eq!(
            values("The plan would halve waiting lists within five years.", NOW),
            ["FUTURE_REF"]
        );
    }

    #[test]
    fn a_month_and_day_after_an_article_modify_a_plural_noun() {
        assert_eq!(
            values("Rates at the July 1 renewals will be flat.", NOW),
            ["2024-07-01"]
        );
        assert!(!texts("In July 1 ships sailed.").contains(&"July 1"));
    }

    #[test]
    fn todays_prices_and_a_months_figure_date_nothing() {
        assert!(texts("It is affordable at today's growth rate.").is_empty());
        assert!(texts("In today's money that is R9 billion.").is_empty());
        assert!(texts("The March figure for rents will be the one to beat.").is_empty());
        assert!(texts("Rents will be 2% below the April level.").is_empty());
    }

    #[test]
    fn months_with_and_without_year() {
        assert_eq!(values("It rose in March 2024.", None), ["2024-03"]);
        assert_eq!(
            values("Born on June 15, 1993, in Minsk.", None),
            ["1993-06-15"]
        );
        assert_eq!(values("Born on 15 June 1993.", None), ["1993-06-15"]);
        assert_eq!(
            values("Signed on 15.06.1993 in Riga.", None),
            ["1993-06-15"]
        );
        assert_eq!(values("Filed on 2023-09-21.", None), ["2023-09-21"]);
        assert_eq!(values("They walked out on Sept. 22.", NOW), ["2023-09-22"]);
        assert_eq!(values("Talks resume in mid-June.", NOW), ["2024-06"]);
        let tx = &extract("Talks resume in mid-June.")[0];
        assert_eq!(tx.modifier, Some(Modifier::Mid));
    }

    #[test]
    fn weekdays() {
        assert_eq!(
            values("The ministers met on Thursday.", NOW),
            ["2024-03-07"]
        );
        assert_eq!(
            values("The vote will be held on Thursday.", NOW),
            ["2024-03-14"]
        );
        assert_eq!(values("They signed it last Thursday.", NOW), ["2024-03-07"]);
    }

    #[test]
    fn a_weekday_after_an_indefinite_article_is_any_such_day() {
        assert!(extract("Crews that start on a Monday morning finish early.").is_empty());
        assert_eq!(
            texts("Crews started on Monday morning."),
            ["Monday morning"]
        );
    }

    #[test]
    fn weekends_are_their_saturday() {
        // NOW is a Tuesday.
        assert_eq!(
            values("Two ferries were cancelled over the weekend.", NOW),
            ["2024-03-09"]
        );
        assert_eq!(
            values("The museum will stay shut over the weekend.", NOW),
            ["2024-03-16"]
        );
        assert_eq!(
            values("The shelter plans to stay open at the weekend.", NOW),
            ["2024-03-16"]
        );
        // A present-tense weekend is the nearer one.
        assert_eq!(
            values("The shelter is open at the weekend.", Some("2024-03-14")),
            ["2024-03-16"]
        );
        assert_eq!(values("Fans queued last weekend.", NOW), ["2024-03-09"]);
        assert_eq!(values("The fair opens next weekend.", NOW), ["2024-03-16"]);
        assert!(extract("We met on the weekend of the fair.").is_empty());
    }

    #[test]
    fn fiscal_years_named_relatively() {
        assert_eq!(values("Exports fell last fiscal year.", NOW), ["2023"]);
        assert_eq!(
            values("Exports fell last fiscal, data show.", NOW),
            ["2023"]
        );
        assert_eq!(
            values("The budget for this financial year is tight.", NOW),
            ["2024"]
        );
        assert!(extract("The last fiscal rules were loose.").is_empty());
    }

    #[test]
    fn fiscal_quarters_and_halves_run_april_to_march() {
        let now = Some("2031-08-20");
        assert_eq!(values("Profit rose in Q1FY32.", now), ["2031-Q2"]);
        assert_eq!(values("Margins fell in Q4FY31, it said.", now), ["2031-Q1"]);
        assert_eq!(values("Demand should recover in H2FY32.", now), ["2031-H2"]);
        assert_eq!(values("Sales grew in Q3 FY2032.", now), ["2031-Q4"]);
        assert_eq!(values("Guidance for H1FY32 was cut.", now), ["2031"]);
        // Calendar quarters are untouched.
        assert_eq!(values("Output rose in Q3 2030.", now), ["2030-Q3"]);
    }

    #[test]
    fn quarters_named_by_their_months() {
        let now = Some("2031-08-20");
        assert_eq!(
            values("Sales grew 4% in the June quarter.", now),
            ["2031-Q2"]
        );
        assert_eq!(
            values("A recovery is expected by the March quarter.", now),
            ["2032-Q1"]
        );
        assert_eq!(
            values("Results for the October-December quarter will follow.", now),
            ["2031-Q4"]
        );
        assert_eq!(
            values("If December-quarter sales slip, it will cut.", now),
            ["2031-Q4"]
        );
        // Not a quarter-end month, or not a span of the quarter.
        assert!(!values("The May quarter was odd.", now).contains(&"2031-Q2".to_string()));
        assert!(
            extract("a quarter of the June crop")
                .iter()
                .all(|tx| !matches!(
                    tx.raw,
                    Raw::Cal {
                        gran: Gran::Quarter(_),
                        ..
                    }
                ))
        );
    }

    #[test]
    fn ambiguous_numeric_dates_follow_the_document() {
        use crate::document::DateOrder;
        let read = |order: DateOrder, s: &str| {
            let mut t = Tokens::new(s);
            t.date_order = order;
            extract_tokens(&t)
                .iter()
                .filter_map(|tx| resolve(tx.raw, tx, &Context::default(), None))
                .map(|v| v.normalized())
                .collect::<Vec<_>>()
        };
        let s = "The board wrote on 04/05/2031.";
        assert_eq!(read(DateOrder::DayFirst, s), ["2031-05-04"]);
        assert_eq!(read(DateOrder::MonthFirst, s), ["2031-04-05"]);
        assert!(read(DateOrder::Unknown, s).is_empty());
        // An unambiguous one needs no evidence.
        assert_eq!(
            read(DateOrder::Unknown, "Filed 19/04/2031."),
            ["2031-04-19"]
        );
    }

    #[test]
    fn decades_ahead_are_vague() {
        assert_eq!(
            values("The levee could fail within a decade.", NOW),
            ["FUTURE_REF"]
        );
        assert_eq!(
            values("It needs billions over the next decade.", NOW),
            ["FUTURE_REF"]
        );
        assert_eq!(values("It will open within two years.", NOW), ["2026"]);
        // NOW is in 2024.
        assert_eq!(
            values(
                "The plant should be running by the middle of the next decade.",
                NOW
            ),
            ["2029"]
        );
    }

    #[test]
    fn list_items_headed_by_a_date() {
        assert_eq!(
            values(
                "first half of 2026: approval expected from the regulator",
                None
            ),
            ["2026-H1"]
        );
        assert_eq!(values("2027: first review of the tariff", None), ["2027"]);
        assert!(extract("The train left at 20:30 sharp.").is_empty());
        assert!(extract("He sold a quarter of his shares.").is_empty());
    }

    #[test]
    fn baselines_and_statistic_months_are_no_events() {
        assert!(extract("Sales rose 4% from the same period last year.").is_empty());
        assert!(extract("Output beat the same period a year earlier.").is_empty());
        assert!(extract("The sea was 2 degrees above the March average.").is_empty());
        assert!(extract("The digest arrives every Friday.").is_empty());
        assert!(extract("Each June the herders move north.").is_empty());
        assert_eq!(
            texts("They did the same thing the following week."),
            ["the following week"]
        );
        assert_eq!(texts("The November report came out."), ["November"]);
    }

    #[test]
    fn parts_of_periods() {
        assert_eq!(values("Engagement grew in early 2025.", None), ["2025"]);
        assert_eq!(values("It peaked in the late 1990s.", None), ["199X"]);
        assert_eq!(
            values("Sales fell in the first half of 2024.", None),
            ["2024-H1"]
        );
        assert_eq!(values("Inventories peaked in Q3 2023.", None), ["2023-Q3"]);
        assert_eq!(
            values("Profits rose in the third quarter.", NOW),
            ["2023-Q3"]
        );
        assert_eq!(
            values("It ends in the third quarter of 2023.", None),
            ["2023-Q3"]
        );
        assert_eq!(values("Work stops at the end of June.", NOW), ["2024-06"]);
        assert_eq!(
            extract("Work stops at the end of June.")[0].modifier,
            Some(Modifier::Late)
        );
    }

    #[test]
    fn seasons() {
        assert_eq!(
            values("We published it in the spring of 2019.", None),
            ["2019-SP"]
        );
        assert_eq!(values("Prices fell last autumn.", NOW), ["2023-FA"]);
        assert_eq!(values("No miracles this summer.", NOW), ["2024-SU"]);
        assert_eq!(
            values("A summit scheduled for the autumn.", NOW),
            ["2024-FA"]
        );
        assert_eq!(
            values("It closed in the winter of 1991.", None),
            ["1991-WI"]
        );
    }

    #[test]
    fn a_seasonal_period_set_as_a_limit() {
        let now = Some("2031-03-20");
        assert_eq!(
            values(
                "Builders must finish before the summer holiday season.",
                now
            ),
            ["2031-SU"]
        );
        assert_eq!(
            values("Talks will resume after the autumn recess.", now),
            ["2031-FA"]
        );
        assert!(extract("Water for the summer irrigation season ran short.").is_empty());
    }

    #[test]
    fn decades_and_centuries() {
        assert_eq!(values("It rhymes with the 1990s.", None), ["199X"]);
        assert_eq!(values("Back in the nineties, it was cheap.", NOW), ["199X"]);
        assert_eq!(values("Hired in the mid-1980s.", None), ["198X"]);
        assert_eq!(values("Rails of the 19th century.", None), ["18XX"]);
        assert_eq!(values("A hit of the '80s.", NOW), ["198X"]);
    }

    /// A hedge between `until`/`since` and a year keeps the year; alone it is a count.
    #[test]
    fn a_hedged_year_after_a_time_preposition_is_a_year() {
        assert_eq!(
            values("The levy will stay until at least 2041, she said.", NOW),
            ["2041"]
        );
        assert_eq!(
            values("The shop has traded since about 1987.", NOW),
            ["1987"]
        );
        assert!(values("The plant hires at least 2000 workers.", NOW).is_empty());
        assert!(values("They sold through about 1500 outlets.", NOW).is_empty());
    }

    /// A span in the simple past is how long an episode lasted; a perfect one reaches
    /// back from a point in time.
    #[test]
    fn a_span_in_the_simple_past_dates_nothing() {
        assert!(values("Wages climbed for four years, then stalled.", NOW).is_empty());
        assert_eq!(
            values("The firm had lobbied for years against the rule.", NOW),
            ["PAST_REF"]
        );
        assert_eq!(
            values("She has run the clinic for two decades.", NOW),
            ["PAST_REF"]
        );
        assert_eq!(
            values("He said the board had \"ignored it for years\".", NOW),
            ["PAST_REF"]
        );
    }

    /// `the winter of 2031-32` names both years; the months it holds fall in the second.
    #[test]
    fn a_split_winter_spans_the_turn_of_the_year() {
        let tx = extract("The winter of 2027-28 was mild.");
        assert_eq!(tx.len(), 1);
        assert_eq!(
            tx[0].end,
            Some(Raw::Cal {
                year: YearRef::Explicit(2028),
                gran: Gran::Year
            })
        );
        assert_eq!(values("The winter of 2027-28 was mild.", NOW), ["2027-WI"]);
        // A winter followed by a later, unrelated year is no split.
        assert_eq!(extract("In winter 2027 - 2030 was far off.")[0].end, None);
    }

    /// `October of next year` is one month; `her May survey` is dated by its month.
    #[test]
    fn a_month_of_a_relative_year_and_a_possessed_month() {
        let now = Some("2031-06-12");
        assert_eq!(
            values("The talks will resume in October of next year.", now),
            ["2032-10"]
        );
        assert_eq!(
            values("Sales fell in February of last year.", now),
            ["2030-02"]
        );
        assert_eq!(
            values("The pollster said her May survey found broad support.", now),
            ["2031-05"]
        );
        assert!(values("She said her team may survey the site.", now).is_empty());
    }

    /// `fourth-quarter figures` names what the figures cover; the release has its date.
    #[test]
    fn a_hyphenated_quarter_on_figures_is_no_date() {
        let now = Some("2031-10-20");
        assert_eq!(
            values(
                "The agency will release its third-quarter data in November.",
                now
            ),
            ["2031-11"]
        );
        assert_eq!(
            values("Growth slowed in the third quarter, the agency said.", now),
            ["2031-Q3"]
        );
        assert_eq!(values("Second-half sales rose 4%.", now), ["2031-H2"]);
    }

    /// `the last winter as dry as this` is the latest such winter, not last winter.
    #[test]
    fn the_last_season_of_a_kind_is_no_shift() {
        let now = Some("2031-04-13");
        assert!(values("The last summer this hot is a distant memory.", now).is_empty());
        assert_eq!(values("Last summer was hot.", now), ["2030-SU"]);
    }

    /// A season before a clause opener (`whether`) is a time, not an adjective.
    #[test]
    fn a_season_before_whether_is_a_time() {
        let now = Some("2031-04-13");
        assert_eq!(
            values("Owners will decide over the summer whether to sell.", now),
            ["2031-SU"]
        );
        assert!(values("Owners sell over the summer season.", now).is_empty());
    }

    /// A statute's short title ends with the year it was passed.
    #[test]
    fn a_statute_year_after_act_is_its_year() {
        assert_eq!(
            values(
                "The court was set up under the Water Services Act 2017.",
                NOW
            ),
            ["2017"]
        );
        assert!(values("Under section 12 of Act 21, the fee doubles.", NOW).is_empty());
    }

    /// The broadcast or issue the text itself is dates no event.
    #[test]
    fn the_texts_own_issue_is_no_event() {
        let now = Some("2031-04-13");
        assert!(values("On this evening's Roundup, we hear from two farmers.", now).is_empty());
        assert!(values("Tonight's question is whether the dam holds.", now).is_empty());
        assert_eq!(
            values("Tonight's vote will settle it.", now),
            ["2031-04-13"]
        );
    }

    /// A yearless deadline in a clause not told in the past lies ahead.
    #[test]
    fn a_yearless_deadline_lies_ahead() {
        let now = Some("2031-04-13");
        assert_eq!(
            values("A deal by Christmas is not out of the question.", now),
            ["2031-12-25"]
        );
        assert_eq!(
            values("A deal by January is not out of the question.", now),
            ["2032-01"]
        );
        assert_eq!(
            values("The crews had cleared the road by January.", now),
            ["2031-01"]
        );
    }

    /// `before Christmas` is the run-up to the holiday: its month.
    #[test]
    fn before_christmas_is_december() {
        let now = Some("2031-10-20");
        assert_eq!(
            values("The council will vote on the budget before Christmas.", now),
            ["2031-12"]
        );
        assert_eq!(
            values("The council will vote on the budget by Christmas.", now),
            ["2031-12-25"]
        );
    }

    #[test]
    fn ranges() {
        let tx = &extract("From 2014 to 2016 investment was flat.")[0];
        assert_eq!(
            tx.end,
            Some(Raw::Cal {
                year: YearRef::Explicit(2016),
                gran: Gran::Year
            })
        );
        assert_eq!(
            values("Plants were built between 2019 and 2021.", None),
            ["2019"]
        );
        let tx = &extract("The 2014–2016 outbreak.")[0];
        assert!(tx.end.is_some());
        let tx = &extract("During 2014-16 it spread.")[0];
        assert_eq!(
            tx.end,
            Some(Raw::Cal {
                year: YearRef::Explicit(2016),
                gran: Gran::Year
            })
        );
        assert_eq!(
            texts("It cost between 100 and 200 million dollars."),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn relative_to_publication() {
        assert_eq!(values("He told reporters yesterday.", NOW), ["2024-03-11"]);
        assert_eq!(
            values("The cabinet approved it last week.", NOW),
            ["2024-03"]
        );
        assert_eq!(values("The crisis of two years ago.", NOW), ["2022"]);
        assert_eq!(values("It will be approved next month.", NOW), ["2024-04"]);
        assert_eq!(
            values("Sign it before the end of this year.", NOW),
            ["2024"]
        );
        assert_eq!(
            values("Last quarter was the first.", Some("2024-06-03")),
            ["2024-Q1"]
        );
        assert_eq!(values("Owners who sign next year.", NOW), ["2025"]);
    }

    #[test]
    fn a_date_within_weeks_of_publication_wins_over_tense() {
        assert_eq!(
            values(
                "It passed days before the Sept. 30 deadline.",
                Some("2023-09-27")
            ),
            ["2023-09-30"]
        );
        assert_eq!(values("A decade ago it failed.", NOW), ["2014"]);
        let tx = &extract("The 2020/21 season was cancelled.")[0];
        assert_eq!(
            tx.end,
            Some(Raw::Cal {
                year: YearRef::Explicit(2021),
                gran: Gran::Year
            })
        );
    }

    #[test]
    fn the_following_season() {
        assert_eq!(
            values(
                "The mill closed in 2019; it reopened the following spring.",
                NOW
            ),
            ["2019", "2020-SP"]
        );
        // After the same season named with its year, the season after that one, unless
        // a later year has been named since.
        assert_eq!(
            values(
                "If the ship is free in the summer of 2030, it sails; it is booked through 2029, so then it is the following summer.",
                NOW
            ),
            ["2030-SU", "2029", "2031-SU"]
        );
        assert_eq!(
            values(
                "It closed in the summer of 2019, was sold in 2023 and reopened the following summer.",
                NOW
            ),
            ["2019-SU", "2023", "2024-SU"]
        );
    }

    #[test]
    fn a_month_of_next_or_last_year_is_one_expression() {
        assert_eq!(
            values("The depot will open by March next year.", NOW),
            ["2025-03"]
        );
        assert_eq!(values("Sales fell in October last year.", NOW), ["2023-10"]);
    }

    #[test]
    fn month_day_this_year() {
        assert_eq!(
            values("Boats moored after May 4 this year pay the fee.", NOW),
            ["2024-05-04"]
        );
        assert_eq!(
            values("The law passed on May 4 as expected.", NOW),
            ["2023-05-04"]
        );
    }

    #[test]
    fn law_names_are_no_dates_and_short_fiscal_years_are() {
        assert!(values("The 1998 Act bars such sales.", NOW).is_empty());
        assert_eq!(values("The 1994 Law of Ports governs it.", NOW), ["1994"]);
        assert!(values("It breaches the state's 1889 Constitution.", NOW).is_empty());
        assert_eq!(values("The act was passed in 1998.", NOW), ["1998"]);
        assert_eq!(values("Sales should double by FY29.", NOW), ["2029"]);
    }

    #[test]
    fn relative_to_previous_date() {
        assert_eq!(
            values(
                "In 2021 queues grew; the following year rates doubled.",
                NOW
            ),
            ["2021", "2022"]
        );
        assert_eq!(
            values("It opened in 2010 and closed four years later.", None),
            ["2010", "2014"]
        );
        // `since` earlier in the phrase; `within` after a past event.
        assert_eq!(
            values(
                "Shares have fallen since the company's report in late October.",
                Some("2026-02-10")
            ),
            ["2025-10"]
        );
        assert!(values("Families began leaving within two years.", NOW).is_empty());
        // A decade gives no year to a bare date that follows it.
        assert_eq!(
            values(
                "Demand will peak in the 2030s; a vote is set for 3 December.",
                None
            ),
            ["203X", "XXXX-12-03"]
        );
    }

    #[test]
    fn vague_references() {
        assert_eq!(values("Talks recently took place.", None), ["PAST_REF"]);
        assert_eq!(values("Pressure in past years failed.", None), ["PAST_REF"]);
        assert_eq!(
            values("It is not expected in the near future.", None),
            ["FUTURE_REF"]
        );
        assert_eq!(values("Nobody is laughing now.", None), ["PRESENT_REF"]);
        assert_eq!(values("Trump is currently trying.", None), ["PRESENT_REF"]);
        // `now` inside the verb group is not a reference to the present moment.
        assert!(values("It now encompasses resilience.", None).is_empty());
        // A span in the future tense is not an event on the timeline.
        assert!(values("They will make chips for years.", None).is_empty());
        assert_eq!(
            values("We have been patient for two years.", None),
            ["PAST_REF"]
        );
        // Without a publication date, deictic dates stay vague.
        assert_eq!(values("It happened two years ago.", None), ["PAST_REF"]);
    }

    #[test]
    fn a_year_owned_by_its_noun() {
        assert_eq!(texts("The mills will miss their 2030 targets."), ["2030"]);
    }

    #[test]
    fn not_dates() {
        assert!(texts("Lukashenko released 123 political prisoners.").is_empty());
        assert!(texts("The deal is worth $1.13bn, or 76% of exports.").is_empty());
        assert!(texts("It may possibly continue.").is_empty());
        assert!(texts("May we ask a question?").is_empty());
        assert!(texts("Protesters will March on the capital.").is_empty());
        assert!(texts("Some 2000 soldiers and 1,500 tanks moved.").is_empty());
        assert!(texts("He drives a 2019 model and ran Windows 2000.").is_empty());
        assert!(texts("Flight 1549 landed on page 2001.").is_empty());
        assert!(texts("Water for the summer irrigation season.").is_empty());
        assert!(texts("He met June Carter.").is_empty());
        assert!(texts("They march on May Day.").is_empty());
        assert!(texts("About 4,500 live there, more than 2000 of them retired.").is_empty());
        assert!(texts("Agenda 2030 was adopted.").is_empty());
        assert!(texts("You cannot build a factory in six months.").is_empty());
        assert!(texts("It reached 1500 MW at 14:05.").is_empty());
    }

    #[test]
    fn schedules_expectations_and_forecasts_lie_ahead() {
        let now = Some("2024-11-12");
        assert_eq!(
            values("The wet season, which begins in April, is short.", NOW),
            ["2024-04"]
        );
        assert_eq!(
            values("The dry season, which begins in October, is long.", NOW),
            ["2024-10"]
        );
        assert_eq!(
            values(
                "Crews will drill, with results expected before Christmas.",
                now
            ),
            ["2024-12"]
        );
        assert_eq!(
            values("He said forecasts showed rain peaking in February.", now),
            ["2025-02"]
        );
        assert_eq!(values("He said rain peaked in February.", now), ["2024-02"]);
        // Unknown tense picks the nearer side.
        assert_eq!(
            values("Prices rose ahead of the vote in January.", now),
            ["2025-01"]
        );
        assert_eq!(
            values("Prices rose ahead of the vote in October.", now),
            ["2024-10"]
        );
    }

    #[test]
    fn tense_decides_the_year_of_a_bare_month() {
        let now = Some("2025-11-19");
        assert_eq!(values("Talks collapsed in April.", now), ["2025-04"]);
        assert_eq!(values("Talks will resume in April.", now), ["2026-04"]);
        assert_eq!(values("Prices are highest in December.", now), ["2025-12"]);
        assert_eq!(
            values("The biggest gain since March.", Some("2025-10-14")),
            ["2025-03"]
        );
    }

    #[test]
    fn odd_input_does_not_panic() {
        for s in [
            "",
            "’",
            "2",
            "in",
            "the end of",
            "from 2014 to",
            "Q",
            "—2014—",
            "ﬁ 2019 ß",
            "31.02.2020",
            "May",
            "between",
        ] {
            let _ = values(s, NOW);
        }
    }

    #[test]
    fn a_winter_is_named_by_the_year_it_begins_in() {
        assert_eq!(
            values("The ice road closed early in the winter of 2023-24.", None),
            ["2023-WI"]
        );
        // Said in January, the winter under way began the December before.
        assert_eq!(
            values(
                "Heating bills will stay high this winter.",
                Some("2024-01-15")
            ),
            ["2023-WI"]
        );
        assert_eq!(
            values("Heating bills rose last winter.", Some("2024-01-15")),
            ["2022-WI"]
        );
        assert_eq!(
            values("The canal froze last summer.", Some("2024-01-15")),
            ["2023-SU"]
        );
    }

    #[test]
    fn seasons_counted_back_from_now() {
        let now = Some("2031-11-03");
        assert_eq!(
            values("The pipes froze three winters ago.", now),
            ["2028-WI"]
        );
        assert_eq!(values("We warned them two summers ago.", now), ["2030-SU"]);
        assert!(texts("Two falls ago she broke a hip.").is_empty());
    }

    #[test]
    fn a_season_naming_a_public_occasion_dates_it() {
        assert_eq!(
            values(
                "The minister had promised the grant in its spring budget.",
                NOW
            ),
            ["2024-SP"]
        );
        assert_eq!(
            values("The chancellor will deliver the autumn statement.", NOW),
            ["2024-FA"]
        );
        assert!(texts("Farmers want water for the summer irrigation season.").is_empty());
    }

    #[test]
    fn a_baseline_counted_back_after_a_comparison_is_no_event() {
        assert_eq!(
            texts("Sales fell 5% in the second quarter compared with a year earlier."),
            ["the second quarter"]
        );
        assert!(texts("Exports were up 9% from a year earlier.").is_empty());
        assert_eq!(
            texts("The mill closed in 2019 and the dam a year earlier."),
            ["2019", "a year earlier"]
        );
    }

    #[test]
    fn a_within_span_in_a_general_or_unreal_statement_is_no_event() {
        assert!(texts("A tumour that is found early is removed within two weeks.").is_empty());
        assert!(texts("Deaths will fall within two years of the rollout.").is_empty());
        assert!(texts("The mines should have been required to comply within a year.").is_empty());
        assert_eq!(
            texts("The plant will close within two years."),
            ["within two years"]
        );
    }

    #[test]
    fn a_span_of_bare_months_told_in_no_tense_is_a_part_of_every_year() {
        assert!(texts("Most cases come between July and October.").is_empty());
        assert_eq!(
            texts("Prices rose between July and October."),
            ["July and October"]
        );
        assert_eq!(
            texts("The road will close from December to March."),
            ["December to March"]
        );
    }

    #[test]
    fn a_date_describing_every_member_of_a_kind_is_no_event() {
        assert!(texts("Every pond that freezes in January loses its fish.").is_empty());
        assert_eq!(
            texts("The pond that froze in January lost its fish."),
            ["January"]
        );
    }

    #[test]
    fn a_yearless_date_said_to_recur_every_year_is_a_routine() {
        assert!(texts("The ice broke on the tenth of April, every year.").is_empty());
        assert!(texts("Lambs arrive in March each year.").is_empty());
        assert_eq!(texts("The ice broke in April."), ["April"]);
    }

    #[test]
    fn every_other_weekday_is_a_routine() {
        assert!(texts("The bulletin goes out every other Thursday.").is_empty());
        assert_eq!(texts("The bulletin went out on Thursday."), ["Thursday"]);
    }

    #[test]
    fn past_before_a_month_without_this_is_beyond() {
        // Said on 12 March 2024: `past October` is the October ahead, as the tense says.
        assert_eq!(
            values("Stocks could run out if deliveries slip past October.", NOW),
            ["2024-10"]
        );
        assert_eq!(values("Sales fell this past October.", NOW), ["2023-10"]);
    }

    #[test]
    fn a_plan_that_was_due_is_past_and_a_date_pushed_back_to_ahead() {
        // Said on 12 March 2024 (a Tuesday).
        assert_eq!(
            values("The bridge was first due to reopen in February.", NOW),
            ["2024-02"]
        );
        assert_eq!(
            values("The bridge was originally due to reopen in January.", NOW),
            ["2024-01"]
        );
        assert_eq!(
            values(
                "The council delayed the vote again, pushing it back to January.",
                NOW
            ),
            ["2025-01"]
        );
    }

    #[test]
    fn tomorrow_in_a_hypothetical_is_no_day() {
        assert!(texts("I would sign the contract tomorrow.").is_empty());
        assert!(texts("Even if they agree tomorrow, the work will take weeks.").is_empty());
        assert_eq!(
            texts("The board will decide tomorrow if the plan goes ahead."),
            ["tomorrow"]
        );
    }

    #[test]
    fn a_month_after_an_indefinite_day_is_no_event() {
        assert!(texts("Picture a bus stop on a snowy morning in February.").is_empty());
        assert_eq!(texts("The bus stop flooded in February."), ["February"]);
    }

    #[test]
    fn a_kind_of_month_or_a_month_as_a_topic_is_no_event() {
        assert!(texts("A wet June and a dry autumn ruin the harvest.").is_empty());
        assert!(texts("Hotel prices for December have fallen.").is_empty());
        // Bookings are made ahead of the month they are for (said on 12 March 2024).
        assert_eq!(
            values("The hotelier said bookings for June were down.", NOW),
            ["2024-06"]
        );
        assert_eq!(values("Cancellations for February rose.", NOW), ["2024-02"]);
        assert_eq!(
            texts("Snow is the thinnest on record for early March."),
            ["early March"]
        );
        assert_eq!(texts("The tender is planned for March."), ["March"]);
        assert_eq!(texts("Officials called elections for May."), ["May"]);
    }

    #[test]
    fn the_current_year_is_this_year() {
        assert_eq!(
            values("Canals got less water in the current fiscal year.", NOW),
            ["2024"]
        );
    }

    #[test]
    fn a_period_naming_figures_is_no_event() {
        assert_eq!(
            texts("The office will release October inflation data on Nov. 7."),
            ["Nov. 7"]
        );
        assert!(
            texts("Rates could fall if October and November inflation readings cool.").is_empty()
        );
        assert_eq!(
            texts("Shares have fallen since the company's Q3 report in late October."),
            ["late October"]
        );
        assert_eq!(texts("Sales rose in Q3."), ["Q3"]);
    }

    #[test]
    fn a_day_with_a_relative_year_is_one_date() {
        let now = Some("2028-11-14");
        assert_eq!(
            values("The dam filled only on 2nd September this year.", now),
            ["2028-09-02"]
        );
        assert_eq!(
            values("The dam filled on 14 March last year.", now),
            ["2027-03-14"]
        );
        assert_eq!(
            values("The dam filled on March 14 last year.", now),
            ["2027-03-14"]
        );
        assert_eq!(
            values(
                "It filled on 2nd September this year, five weeks later than normal.",
                now
            ),
            ["2028-09-02"]
        );
    }

    #[test]
    fn a_year_before_a_plural_of_changes_dates_them() {
        assert_eq!(
            values("The court applied the 2024 amendments to the Act.", None),
            ["2024"]
        );
        assert!(texts("The 2000 soldiers marched home.").is_empty());
    }

    #[test]
    fn a_yes_no_question_dates_nothing() {
        assert!(texts("Is the new design any better than the 2019 one?").is_empty());
        assert!(texts("HOST: So is 2040 a realistic target?").is_empty());
        assert!(texts("And will the pumps run in March?").is_empty());
        // A question asked with a question word, and a statement, still date.
        assert_eq!(texts("Why did the pumps fail in 2019?"), ["2019"]);
        assert_eq!(
            texts("She asked: is it the 2019 design or the 2021 one? It was 2021."),
            ["2019", "2021", "2021"]
        );
    }

    #[test]
    fn a_periodicals_issue_is_no_event() {
        assert!(texts("This essay appears in the Autumn 2031 print issue.").is_empty());
        assert!(texts("From our March 2030 edition.").is_empty());
        assert_eq!(
            values("The magazine closed in spring 2031.", None),
            ["2031-SP"]
        );
    }

    #[test]
    fn a_yearless_date_in_a_present_when_clause_is_a_routine() {
        let now = Some("2031-05-06");
        assert!(
            values(
                "When it rains in April and then dries out in May, the crop fails.",
                now
            )
            .is_empty()
        );
        assert!(values("The pumps stop when we flood the fields in June.", now).is_empty());
        // Told in the past, the `when` clause dates its event.
        assert_eq!(
            values("When it rained in April, the crop failed.", now),
            ["2031-04"]
        );
        assert_eq!(
            values(
                "The pumps stopped when they flooded the fields in June.",
                now
            ),
            ["2030-06"]
        );
    }

    #[test]
    fn a_participle_on_a_noun_dates_a_past_event() {
        let now = Some("2031-02-10");
        assert_eq!(
            values("A strike could erase the gains seen in January.", now),
            ["2031-01"]
        );
        assert_eq!(
            values("A strike could erase gains in January.", now),
            ["2032-01"]
        );
    }

    #[test]
    fn a_commitment_sets_a_time_after_it_and_a_condition_a_deadline_ahead() {
        let now = Some("2031-05-06");
        assert_eq!(
            values(
                "The firm had pledged on Friday to open a clinic beginning in August.",
                now
            ),
            ["2031-05-02", "2031-08"]
        );
        assert_eq!(
            values(
                "He said the board would listen if the unions came back with \"a plan\" by February 15.",
                now
            ),
            ["2032-02-15"]
        );
    }

    #[test]
    fn an_imperative_names_when_to_act_not_an_event() {
        assert!(texts("Ask me again in June.").is_empty());
        assert!(texts("\"Call us back tomorrow,\" the clerk said.").is_empty());
        assert!(texts("The honest answer is: come back in March.").is_empty());
        // A relative clause or a statement with the same verb still dates.
        assert_eq!(
            texts("The birds that come back in March nest early."),
            ["March"]
        );
        assert_eq!(texts("They came back in March."), ["March"]);
        // A look back recalls an event.
        assert_eq!(texts("Look back at 2019, when the plant closed."), ["2019"]);
    }
}
