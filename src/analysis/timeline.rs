//! The dated event timeline: every temporal expression of the body, resolved in document
//! order (so anaphoric ones see the date mentioned last), paired with the clause it dates,
//! its sentence and, when the sentence sits inside a quote, the speaker; then ordered.

use std::collections::HashSet;
use std::ops::Range;

use super::quote_spans::QuoteSpans;
use super::temporal::lexicon::{self as lex, Season};
use super::temporal::resolve::{Context, Value, resolve, within_weeks};
use super::temporal::tense::is_digit_group;
use super::temporal::tokens::{Kind, Tokens};
use super::temporal::{self, Anchor, Gran, Raw, Tense, Timex, Vague, YearRef};
use super::{Speaker, TimelineEvent};
use crate::document::{Document, Paragraph, ParagraphKind};

/// Builds the ordered timeline of a document.
pub fn build(doc: &Document, speakers: &[Speaker]) -> Vec<TimelineEvent> {
    let mut ctx = Context {
        now: doc.published,
        ..Context::default()
    };
    let mut dated: Vec<((i32, u8, u8, u8), TimelineEvent)> = Vec::new();
    let mut undated: Vec<TimelineEvent> = Vec::new();
    let mut tokens = Tokens::default();
    tokens.date_order = doc.date_order;
    // The speakers' surnames and other name forms, for author–date citations.
    let surnames: HashSet<String> = speakers
        .iter()
        .flat_map(|s| s.aliases.iter().chain(std::iter::once(&s.name)))
        .filter(|n| !n.contains(' '))
        .map(|n| n.to_lowercase())
        .collect();
    let quoted = QuoteSpans::new(speakers, doc.paragraphs.len());
    for (p, para) in doc.paragraphs.iter().enumerate() {
        if let Some(stamp) = date_stamp(&mut tokens, &para.text) {
            // Before any event, it dates the document when nothing else does.
            if ctx.now.is_none() && dated.is_empty() && undated.is_empty() {
                ctx.now = Some(stamp);
            }
            continue;
        }
        if editors_note(&mut tokens, &para.text) || heading_line(para) {
            continue;
        }
        for (s, range) in para.sentences.iter().cloned().enumerate() {
            let Some(sentence) = para.text.get(range.clone()) else {
                continue;
            };
            if !temporal::may_contain_time(sentence) {
                continue;
            }
            tokens.fill(sentence);
            if furniture_line(&tokens) {
                continue;
            }
            let mut found = temporal::extract_tokens(&tokens);
            if found.is_empty() {
                continue;
            }
            if p == 0 && s == 0 {
                drop_dateline(&tokens, &mut found, &mut ctx);
            }
            found.retain(|tx| {
                !citation_year(&tokens, tx, &surnames)
                    && !no_event(&tokens, tx)
                    && !stamp_label(&tokens, tx)
                    && !caption_date(&tokens, tx)
                    && !in_web_address(sentence, tx)
            });
            drop_listings(
                &tokens,
                &mut found,
                para.sentences.len() == 1 && sentence.len() <= MAX_LISTING,
            );
            if found.is_empty() {
                continue;
            }
            let speaker = quoted
                .speaker_of(p, &range)
                .map(|s| speakers[s].name.clone());
            for (tx, value, end) in resolve_sentence(&tokens, &found, &mut ctx) {
                let event = TimelineEvent {
                    date: value.normalized(),
                    end: end.map(|e| e.normalized()),
                    modifier: tx.modifier.map(|m| m.as_str().to_string()),
                    when: when_text(&tokens, sentence, tx),
                    event: event_clause(&tokens, sentence, tx.tokens.clone()),
                    sentence: excerpt(sentence, &tx.span),
                    paragraph: p,
                    speaker: speaker.clone(),
                };
                match value.sort_key() {
                    Some(key) => dated.push((key, event)),
                    None => undated.push(event),
                }
            }
        }
    }
    // Stable: equal dates keep document order.
    dated.sort_by_key(|(key, _)| *key);
    dated.into_iter().map(|(_, e)| e).chain(undated).collect()
}

/// Resolves a sentence's expressions in order and keeps one entry per event: repeated
/// values collapse, and vague references give way to a dated one in the same sentence.
fn resolve_sentence<'a>(
    t: &Tokens,
    found: &'a [Timex],
    ctx: &mut Context,
) -> Vec<(&'a Timex, Value, Option<Value>)> {
    // The year stated last in the sentence, and the token where it ends.
    let mut sentence_year: Option<(i32, usize)> = None;
    // The month of that year, when it was stated with one.
    let mut sentence_month: Option<u8> = None;
    // Whether that year was a relative one (`last year`, `next year`).
    let mut relative_year = false;
    let mut seen = HashSet::new();
    let mut out: Vec<(&Timex, Value, Option<Value>)> = Vec::new();
    for tx in found {
        let year = sentence_year
            .filter(|&(_, at)| !detached_recent_day(t, at, tx, ctx))
            .filter(|&(_, at)| !(relative_year && detached_bare_month(t, at, tx)))
            .map(|(y, _)| y + i32::from(endpoint_after(t, tx, sentence_month)));
        if wait_for_era(t, tx, ctx) {
            continue;
        }
        let Some(value) = resolve(tx.raw, tx, ctx, year) else {
            continue;
        };
        let end = tx.end.and_then(|e| resolve(e, tx, ctx, year));
        if let Raw::Cal {
            year: YearRef::Explicit(y),
            gran,
        } = tx.raw
            && !matches!(gran, Gran::Decade | Gran::Century)
            // `the steepest rise since mid-2024 … in February`: a span up to now sets no
            // year for the sentence's bare months.
            && !tx.since
        {
            // `the 2029/30 fiscal year, which ended in June`: a split year (a fiscal
            // year or a season written `2029-30`) runs into its second year, where the
            // months a story names with it (its end, its results) mostly fall.
            // So does a winter written with both its years (`the winter of 2031-32 …
            // right through January and February`): its months after New Year are meant.
            let y = match tx.end {
                Some(Raw::Cal {
                    year: YearRef::Explicit(y1),
                    gran: Gran::Year,
                }) if y1 == y + 1
                    && (tx.tokens.len() == 3 || matches!(gran, Gran::Season(Season::Winter))) =>
                {
                    y1
                }
                _ => y,
            };
            sentence_year = Some((y, tx.tokens.end));
            relative_year = false;
            sentence_month = match gran {
                Gran::Month(m) | Gran::Day(m, _) => Some(m),
                _ => None,
            };
        } else if let Raw::Offset {
            unit: lex::Unit::Year,
            anchor: Anchor::Now,
            ..
        } = tx.raw
            && let Value::Date {
                year: y,
                gran: Gran::Year,
            } = value
        {
            // `In 2025 it did so on 91 days, and this year … by mid-October`: the
            // year named last is the publication's.
            sentence_year = Some((y, tx.tokens.end));
            sentence_month = None;
            relative_year = true;
        }
        let anchor = end.unwrap_or(value);
        // `staff were told on 3 March they would switch from 1 April. … the following
        // week`: a prospect seen from a past moment is not where the story stands.
        if matches!(anchor, Value::Date { .. })
            && tx.tense != Tense::FutureInPast
            && !(ctx.now.is_none() && horizon_year(t, tx))
        {
            ctx.mention(anchor);
        }
        if !seen.insert(value) {
            continue;
        }
        out.push((tx, value, end));
    }
    // `that protection does not exist today`, `at the moment`, `currently`: the present
    // is the frame the whole story is told in, and places no event on a timeline.
    out.retain(|(_, v, _)| *v != Value::Vague(Vague::Present));
    // `next year's Budget in February`: a year that owns a noun phrase which a finer
    // date then places is that one date.
    let owned: Vec<usize> = (0..out.len())
        .filter(|&k| {
            let (tx, v, _) = &out[k];
            let Value::Date {
                year,
                gran: Gran::Year,
            } = *v
            else {
                return false;
            };
            let e = tx.tokens.end;
            t.is_apostrophe(e)
                && t.is(e + 1, "s")
                && out[k + 1..]
                    .iter()
                    .take_while(|(tx2, _, _)| tx2.tokens.start <= e + 2 + OWNED_REACH)
                    .any(|(tx2, v2, _)| {
                matches!(*v2, Value::Date { year: y2, gran } if y2 == year && gran != Gran::Year)
                    && tx2.tokens.start >= e + 2
                    && tx2.tokens.start <= e + 2 + OWNED_REACH
                    && (e + 2..tx2.tokens.start).all(|j| t.kind(j) == Some(Kind::Word))
                    })
        })
        .collect();
    for k in owned.into_iter().rev() {
        out.remove(k);
    }
    // `This year the first buckets went up on February 2`, `In 2027 the plant opened on
    // 3 May`: a year that opens the sentence frames the finer date its clause then gives
    // (in that year); the two are one event, told by the finer date.
    if out.len() > 1
        && let Some((
            tx,
            Value::Date {
                year,
                gran: Gran::Year,
            },
            None,
        )) = out.first().copied()
        && tx.tokens.start <= 1
        && out[1..].iter().any(|(tx2, v2, _)| {
            matches!(*v2, Value::Date { year: y2, gran } if y2 == year && gran != Gran::Year)
                && (tx.tokens.end..tx2.tokens.start).all(|j| !temporal::tense::is_boundary(t, j))
        })
    {
        out.remove(0);
    }
    if out.iter().any(|(_, v, _)| matches!(v, Value::Date { .. })) {
        out.retain(|(_, v, _)| matches!(v, Value::Date { .. }));
    } else {
        out.truncate(1);
    }
    out
}

/// How many words may stand between a possessive year and the date that places its noun
/// (`next year's Budget in February`, `2031's first auction in March`).
const OWNED_REACH: usize = 4;

/// `to thaw by 2050`, `by 2040`: a bare year set as a deadline is a horizon the story
/// looks toward. With no publication date, a later bare month (`will publish a schedule
/// in January`) must not take that year as the one the story stands in.
fn horizon_year(t: &Tokens, tx: &Timex) -> bool {
    let a = tx.tokens.start;
    matches!(
        tx.raw,
        Raw::Cal {
            year: YearRef::Explicit(_),
            gran: Gran::Year
        }
    ) && (t.is(a, "by") || a > 0 && t.is(a - 1, "by"))
}

/// `until then`, `by then` point back at a moment: a decade or a century mentioned last
/// is no moment to wait for (`back then` may look back at an era).
fn wait_for_era(t: &Tokens, tx: &Timex, ctx: &Context) -> bool {
    matches!(tx.raw, Raw::Then)
        && (t.is(tx.tokens.start, "until") || t.is(tx.tokens.start, "by"))
        && matches!(
            ctx.last,
            Some(Value::Date {
                gran: Gran::Decade | Gran::Century,
                ..
            })
        )
}

/// `Work started in September 2025, and by the end of May crews had cleared …`: a bare
/// month set as an end point (`by`, `until`) that comes before the month the sentence
/// started from lies in the next year.
fn endpoint_after(t: &Tokens, tx: &Timex, start_month: Option<u8>) -> bool {
    let (
        Some(m0),
        Raw::Cal {
            year: YearRef::Missing,
            gran: Gran::Month(m) | Gran::Day(m, _),
        },
    ) = (start_month, tx.raw)
    else {
        return false;
    };
    let a = tx.tokens.start;
    let by = ["by", "until", "till"]
        .iter()
        .any(|w| t.is(a, w) || a > 0 && t.is(a - 1, w));
    by && m < m0
}

/// `a camera installed in 2019, but it went dark on 19 February` (published in March):
/// a bare day within weeks of publication, in a clause coordinated after the one that
/// states the year, is the recent day, not a day of that year.
fn detached_recent_day(t: &Tokens, year_end: usize, tx: &Timex, ctx: &Context) -> bool {
    let Raw::Cal {
        year: YearRef::Missing,
        gran: Gran::Day(m, d),
    } = tx.raw
    else {
        return false;
    };
    let Some(now) = ctx.now else {
        return false;
    };
    if within_weeks(now, m, d).is_none() {
        return false;
    }
    coordinated_between(t, year_end, tx.tokens.start)
}

/// True when a clause boundary (`;`, or a comma before `but`, `and`, `yet`, `while`)
/// stands among tokens `from..to`.
fn coordinated_between(t: &Tokens, from: usize, to: usize) -> bool {
    (from..to).any(|j| {
        t.is_punct(j, ';')
            || t.is_punct(j, ',') && matches!(t.lower(j + 1), "but" | "and" | "yet" | "while")
    })
}

/// `The bill stalled last year, and its sponsors said in March that …` (published in
/// April): `last year` or `next year` dates its own clause only. A bare month or season
/// in a clause coordinated after it is read against the publication date like any
/// bare month; an explicit year (`In 2025 …, and in March …`) still carries over.
fn detached_bare_month(t: &Tokens, year_end: usize, tx: &Timex) -> bool {
    matches!(
        tx.raw,
        Raw::Cal {
            year: YearRef::Missing,
            gran: Gran::Month(_) | Gran::Season(_)
        }
    ) && coordinated_between(t, year_end, tx.tokens.start)
}

/// An expression that places nothing in time: a date set aside by `not` (`in 2023, not
/// in 2026`, `of the 2030s, not the 2020s`), a habit (`than it normally is in August`), a newsletter's greeting (`Good
/// Tuesday morning`) or sign-off (`See you tomorrow`).
fn no_event(t: &Tokens, tx: &Timex) -> bool {
    let a = tx.tokens.start;
    let before = |k: usize| if a >= k { t.lower(a - k) } else { "" };
    let place = |w: &str| matches!(w, "in" | "on" | "at" | "during");
    // `the technology of the 2030s, not the 2020s`: a period set aside the same way.
    let denied = before(1) == "not" && (place(t.lower(a)) || t.is(a, "the"))
        || before(2) == "not" && place(before(1));
    let habit = (1..=3).any(|k| {
        matches!(
            before(k),
            "normally" | "usually" | "typically" | "generally" | "ordinarily"
        )
    });
    let greeting = before(1) == "good" && t.is_sentence_start(a - 1);
    let sign_off = before(1) == "you" && before(2) == "see";
    // `Copyright © 1998-2029`, `(c) 2029`: the rights notice's years.
    let copyright = (1..=3).any(|k| a >= k && (t.is_punct(a - k, '©') || t.is(a - k, "copyright")))
        || a >= 3 && t.is_punct(a - 1, ')') && t.is(a - 2, "c") && t.is_punct(a - 3, '(');
    denied || habit || greeting || sign_off || copyright || habitual_day(t, tx)
}

/// `A lorry that leaves on a Monday evening typically reaches the market on Wednesday
/// morning`: a weekday or a yearless date in a clause that states a routine (a habitual
/// adverb before it in the clause) names no particular day.
fn habitual_day(t: &Tokens, tx: &Timex) -> bool {
    if !matches!(
        tx.raw,
        Raw::Weekday { shift: None, .. }
            | Raw::Cal {
                year: YearRef::Missing,
                ..
            }
    ) {
        return false;
    }
    let a = tx.tokens.start;
    (a.saturating_sub(10)..a)
        .rev()
        .take_while(|&j| !matches!(t.kind(j), Some(Kind::Punct(c)) if c != '\'' && c != '’'))
        .any(|j| {
            matches!(
                t.lower(j),
                "typically" | "usually" | "normally" | "generally" | "ordinarily" | "routinely"
            )
        })
}

/// `The August problem`, `B.C. centre warns of low snowpack after record-dry January`,
/// `2 Why car insurance is up 30 percent since 2028`, `Forecaster End-2030 End-2031`: a
/// short one-sentence body paragraph with no closing punctuation is a heading, a link or a
/// table row, not narrative, and its dates are no events. (List items, which often end
/// bare, are left alone.)
fn heading_line(para: &Paragraph) -> bool {
    para.kind == ParagraphKind::Body
        && para.sentences.len() <= 1
        && para.text.len() <= MAX_LISTING
        && !para
            .text
            .trim_end()
            .ends_with(['.', '!', '?', '…', '"', '”', '’', '\'', ')', ':', ';', '»'])
}

/// Words that label a page's own dates: `Published:`, `Last Updated:`, `Posted`, and the
/// editor's notes `Update, March 16:` and `Correction, 15 June:`.
fn is_stamp_word(w: &str) -> bool {
    matches!(
        w,
        "published" | "posted" | "updated" | "modified" | "update" | "correction" | "clarification"
    )
}

/// `Posted: 04/09/2029 6:15 AM | Last Updated: 04/10/2029`, `Update, March 16, 2029:`: a
/// date right after a page-stamp label (capitalized, or closed by a colon) dates the page
/// or the note, not an event. (`a report published 3 March` in prose has neither.)
fn stamp_label(t: &Tokens, tx: &Timex) -> bool {
    let a = tx.tokens.start;
    if a == 0 {
        return false;
    }
    let mut j = a - 1;
    let colon = t.is_punct(j, ':');
    if colon || t.is_punct(j, ',') || t.is_dash(j) {
        if j == 0 {
            return false;
        }
        j -= 1;
    }
    is_stamp_word(t.lower(j)) && (colon || t.list[j].capital)
}

/// A paragraph that is an editor's note (`Correction, 15 June 2029: An earlier version of
/// this article gave the date as 30 July; it is 30 August.`, `Update, March 16: …`,
/// `Editor's note: …`): it speaks about the article, and its dates restate or amend the
/// article's own, so none of them is an event.
fn editors_note(t: &mut Tokens, text: &str) -> bool {
    // Most paragraphs open with no such label: they are done with before tokenizing.
    let opening = text.trim_start_matches(|c: char| c == '*' || c.is_whitespace());
    let word = &opening[..opening
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(opening.len())];
    if !["update", "updated", "correction", "clarification", "editor"]
        .iter()
        .any(|label| word.eq_ignore_ascii_case(label))
    {
        return false;
    }
    let head = text.get(..text.len().min(80)).unwrap_or(text);
    let head = match head.char_indices().nth(60) {
        Some((k, _)) => &head[..k],
        None => head,
    };
    t.fill(head);
    let first = (0..t.len()).find(|&i| t.kind(i) != Some(Kind::Punct('*')));
    let Some(f) = first else {
        return false;
    };
    if !t.list[f].capital {
        return false;
    }
    // `Editor's note:`
    if t.is(f, "editor") && t.is_apostrophe(f + 1) && t.is(f + 2, "s") && t.is(f + 3, "note") {
        return true;
    }
    if !matches!(
        t.lower(f),
        "update" | "updated" | "correction" | "clarification"
    ) {
        return false;
    }
    // The label, its date and a colon open the paragraph.
    if t.is_punct(f + 1, ':') {
        return true;
    }
    let found = temporal::extract_tokens(t);
    found.first().is_some_and(|tx| {
        tx.tokens.start <= f + 2 && (tx.tokens.end..tx.tokens.end + 3).any(|k| t.is_punct(k, ':'))
    })
}

/// `Photo: Logs piled against a bridge, 26/06/2029.`, `Topics: Banking | Q1FY30 results`:
/// a caption, credit or tag line, whose dates are no events.
fn furniture_line(t: &Tokens) -> bool {
    let Some(f) = (0..t.len()).find(|&i| t.kind(i) == Some(Kind::Word)) else {
        return false;
    };
    f <= 1
        && t.is_punct(f + 1, ':')
        && matches!(
            t.lower(f),
            "photo"
                | "photograph"
                | "picture"
                | "image"
                | "caption"
                | "topics"
                | "tags"
                | "keywords"
        )
}

/// `Holsteins at a farm near Dodgeville, 04/03/2029.`: a full date that closes a verbless
/// sentence after a comma is a caption's or a stamp's, not an event.
fn caption_date(t: &Tokens, tx: &Timex) -> bool {
    let a = tx.tokens.start;
    matches!(
        tx.raw,
        Raw::Cal {
            year: YearRef::Explicit(_),
            gran: Gran::Day(..)
        }
    ) && tx.tense == Tense::Unknown
        && a > 0
        && t.is_punct(a - 1, ',')
        && (tx.tokens.end..t.len()).all(|i| matches!(t.kind(i), Some(Kind::Punct('.' | ')'))))
}

/// A year that dates a publication, not an event: an author–date citation (`Okafor
/// (2021)` of a speaker, `(Berg and Holm 2021, p. 4)`) or a reference-list entry
/// (`Okafor, C. (2021)`).
fn citation_year(t: &Tokens, tx: &Timex, surnames: &HashSet<String>) -> bool {
    let a = tx.tokens.start;
    let bare_year = matches!(
        tx.raw,
        Raw::Cal {
            year: YearRef::Explicit(_),
            gran: Gran::Year
        }
    ) && tx.tokens.len() == 1
        && tx.end.is_none();
    if !bare_year || a == 0 {
        return false;
    }
    let closes = |i: usize| t.is_punct(i, ')') || t.is_punct(i, ',') || t.is_punct(i, ';');
    if !closes(a + 1) {
        return false;
    }
    let capital_word = |i: usize| t.kind(i) == Some(Kind::Word) && t.list[i].capital;
    if t.is_punct(a - 1, '(') && a >= 2 {
        // `Okafor (2021)`: a speaker's name; `Okafor, C. (2021)`: an initial.
        let w = a - 2;
        let speaker = capital_word(w) && surnames.contains(t.lower(w));
        let initial = t.is_punct(w, '.')
            && w >= 1
            && capital_word(w - 1)
            && t.lower(w - 1).chars().count() == 1;
        return speaker || initial;
    }
    // `(Berg and Holm 2021)`, `(Lund et al. 2020, p. 4)`: names, then the year.
    let mut names = 0;
    let mut i = a;
    while i > 0 && a - i < 8 {
        i -= 1;
        if t.is_punct(i, '(') {
            return names > 0;
        }
        if capital_word(i) {
            names += 1;
        } else if !(t.is(i, "and")
            || t.is(i, "et")
            || t.is(i, "al")
            || t.is_punct(i, '.')
            || t.is_punct(i, '&'))
        {
            return false;
        }
    }
    false
}

/// A dateline (`BOGOTA, Oct 14, 2025 (Agency) -`) opens the first paragraph: it dates the
/// story, not an event. It becomes the reference date when the document has none.
fn drop_dateline(t: &Tokens, found: &mut Vec<Timex>, ctx: &mut Context) {
    let Some(first) = found.first() else {
        return;
    };
    let a = first.tokens.start;
    let b = first.tokens.end;
    let place = (0..a).all(|i| match t.kind(i) {
        Some(Kind::Word) => t.list[i].capital,
        Some(Kind::Punct(c)) => matches!(c, ',' | '.' | '·' | '/'),
        _ => false,
    });
    if !place || a > 8 {
        return;
    }
    let mut j = b;
    if t.is_punct(j, '(') {
        while j < t.len() && !t.is_punct(j, ')') {
            j += 1;
        }
        j += 1;
    }
    if !(t.is_dash(j) || t.is_punct(j, ':')) {
        return;
    }
    if let Raw::Cal {
        year: YearRef::Explicit(y),
        gran: Gran::Day(m, d),
    } = first.raw
        && ctx.now.is_none()
    {
        ctx.now = jiff::civil::Date::new(y as i16, m as i8, d as i8).ok();
    }
    found.remove(0);
}

/// A paragraph that is nothing but a full date (`2 December 2026`, `14.02.2025`,
/// `Tuesday, 3 March 2026`): a stamp of the page, not an event.
///
/// A page's time line is one too: the date with its clock time and zone, and perhaps the
/// time it was updated (`May 21, 2030 at 6:00 a.m. EDT`, `Aug 13, 2030, 6:02am EDT
/// Updated Aug 13, 2030, 9:15am EDT`); it is dated by its first date.
fn date_stamp(t: &mut Tokens, text: &str) -> Option<jiff::civil::Date> {
    if text.len() > 90 || !temporal::may_contain_time(text) {
        return None;
    }
    t.fill(text);
    let found = temporal::extract_tokens(t);
    let (first, rest) = found.split_first()?;
    if rest.len() > 1 || text.len() > 40 && !clock_time(t, text) {
        return None;
    }
    let day = |tx: &Timex| match tx.raw {
        Raw::Cal {
            year: YearRef::Explicit(y),
            gran: Gran::Day(m, d),
        } => Some((y, m, d)),
        _ => None,
    };
    let (y, m, d) = day(first)?;
    if rest.iter().any(|tx| day(tx).is_none()) {
        return None;
    }
    let only_date = (0..t.len()).all(|i| {
        found.iter().any(|tx| tx.tokens.contains(&i))
            || matches!(t.kind(i), Some(Kind::Punct(_)))
            || matches!(t.word(i), lex::Word::Weekday(_))
            || stamp_filler(t, text, i)
    });
    if !only_date {
        return None;
    }
    jiff::civil::Date::new(i16::try_from(y).ok()?, m as i8, d as i8).ok()
}

/// A clock time in the line (`6:00`, `9:15am`).
fn clock_time(t: &Tokens, text: &str) -> bool {
    (1..t.len()).any(|i| {
        t.is_punct(i, ':')
            && t.kind(i - 1) == Some(Kind::Num)
            && text[t.span(i + 1, i + 2)]
                .bytes()
                .take_while(u8::is_ascii_digit)
                .count()
                == 2
    })
}

/// The rest of a time line: a clock time (`6:00`, `9:15am`, `a.m.`), a zone (`EDT`,
/// `UTC`), `at` and the stamp labels (`Updated`).
fn stamp_filler(t: &Tokens, text: &str, i: usize) -> bool {
    let w = t.lower(i);
    let raw = &text[t.span(i, i + 1)];
    t.kind(i) == Some(Kind::Num)
        || matches!(w, "at" | "a" | "p" | "m" | "am" | "pm" | "last")
        || is_stamp_word(w)
        || w.bytes().next().is_some_and(|b| b.is_ascii_digit())
            && (w.ends_with("am") || w.ends_with("pm"))
        || (2..=4).contains(&raw.len()) && raw.bytes().all(|b| b.is_ascii_uppercase())
}

/// `https://example.com/business/2030/05/21/story`: a date inside a web address is the
/// page's filing path, not an event.
fn in_web_address(sentence: &str, tx: &Timex) -> bool {
    let start = sentence[..tx.span.start]
        .rfind(char::is_whitespace)
        .map_or(0, |k| k + 1);
    let end = sentence[tx.span.end..]
        .find(char::is_whitespace)
        .map_or(sentence.len(), |k| tx.span.end + k);
    let word = &sentence[start..end];
    word.contains("://") || word.starts_with("www.")
}

/// Longest one-sentence paragraph read as a list entry of links.
const MAX_LISTING: usize = 160;

/// A separator between the entries of a run-in list of links (`• Headline (date) •
/// Headline`, `[Story] · 14 March 2029 · [Story]`, `Headline | 02 Jun 2029`).
fn is_entry_separator(t: &Tokens, i: usize) -> bool {
    t.is_punct(i, '•') || t.is_punct(i, '·') || t.is_punct(i, '|')
}

/// The date that closes a list entry of other stories (`Mongolia's copper dilemma
/// (Commentary, 14 May 2025)`, `Peru's glaciers in numbers – 4 June 2024`, `Previous:
/// … · Nov 14, 2026`): a full date at the very end, set off by a dash, a middle dot, a
/// bar or a closing parenthesis, dates that story's publication, not an event. In a
/// run-in list the entry ends at the next separator (`• A (01/25/2029) • B`), and such
/// a list is recognised whatever the paragraph's length. `listing` says the sentence
/// stands alone as a short paragraph.
fn listing_date(t: &Tokens, tx: &Timex, listing: bool) -> bool {
    if !matches!(
        tx.raw,
        Raw::Cal {
            year: YearRef::Explicit(_),
            gran: Gran::Day(..)
        }
    ) {
        return false;
    }
    let (a, b) = (tx.tokens.start, tx.tokens.end);
    if a == 0 {
        return false;
    }
    let closing = |i: usize| t.is_punct(i, ')') || t.is_punct(i, '.');
    let mut k = b;
    while k < t.len() && closing(k) {
        k += 1;
    }
    let at_end = k == t.len();
    let before_next = k < t.len() && is_entry_separator(t, k);
    let in_list = (0..t.len()).any(|i| is_entry_separator(t, i));
    if !(at_end && (listing || in_list) || before_next) {
        return false;
    }
    let set_off = |i: usize| t.is_dash(i) || is_entry_separator(t, i) || t.is_punct(i, '(');
    if set_off(a - 1) {
        return true;
    }
    // `(Report, 3 March 2024)`: a short label and a comma inside the parenthesis.
    listing
        && at_end
        && t.is_punct(a - 1, ',')
        && t.is_punct(t.len() - 1, ')')
        && (a.saturating_sub(5)..a - 1).any(|i| t.is_punct(i, '('))
}

/// Drops the dates of list entries of other stories ([`listing_date`]) and, with them,
/// every other expression of the same entry: `Deposits grow 18% in FY29 | 02 Jun 2029`
/// and `• One year on: what the 2025 reform changed (06/02/2026)` are headlines, whose
/// dates belong to other stories.
fn drop_listings(t: &Tokens, found: &mut Vec<Timex>, listing: bool) {
    // The token ranges of the entries closed by a listing date: from the bullet that
    // opens the entry, or the end of the entry before, or the start of the sentence.
    let mut entries: Vec<Range<usize>> = Vec::new();
    for tx in found.iter() {
        if listing_date(t, tx, listing) {
            let bullet = (0..tx.tokens.start)
                .rev()
                .find(|&i| t.is_punct(i, '•'))
                .map_or(0, |i| i + 1);
            let start = bullet.max(entries.last().map_or(0, |e| e.end));
            entries.push(start..tx.tokens.end);
        }
    }
    if entries.is_empty() {
        return;
    }
    found.retain(|tx| !entries.iter().any(|e| e.contains(&tx.tokens.start)));
}

/// Longest sentence kept whole; a longer run-on "sentence" is cut to the part around the
/// expression, so that many dates in one huge paragraph cannot multiply its size.
const MAX_SENTENCE: usize = 1200;

fn excerpt(sentence: &str, span: &Range<usize>) -> String {
    if sentence.len() <= MAX_SENTENCE {
        return sentence.to_string();
    }
    let mut start = span.start.saturating_sub(MAX_SENTENCE / 2);
    while !sentence.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (start + MAX_SENTENCE).min(sentence.len());
    while !sentence.is_char_boundary(end) {
        end -= 1;
    }
    format!("…{}…", &sentence[start..end])
}

/// The expression as written, with the preposition that introduces it (`in 2021`).
fn when_text(t: &Tokens, sentence: &str, tx: &Timex) -> String {
    let mut span = tx.span.clone();
    let a = tx.tokens.start;
    if a > 0 && is_time_preposition(t.lower(a - 1)) {
        span.start = t.list[a - 1].span.start;
    }
    sentence.get(span).unwrap_or_default().to_string()
}

/// Prepositions dropped with an adverbial time expression (`in 2021`, `since early 2025`).
fn is_time_preposition(w: &str) -> bool {
    matches!(
        w,
        "in" | "on"
            | "at"
            | "since"
            | "by"
            | "from"
            | "until"
            | "till"
            | "during"
            | "of"
            | "before"
            | "after"
            | "for"
            | "through"
            | "between"
            | "into"
            | "over"
            | "within"
            | "around"
    )
}

/// Clause boundaries for the event text: punctuation, and subordinators outside the
/// expression.
fn is_break(t: &Tokens, i: usize) -> bool {
    match t.kind(i) {
        Some(Kind::Punct(',')) => !is_digit_group(t, i),
        Some(Kind::Punct('—' | '–')) => !t.is_joining_dash(i),
        Some(Kind::Punct(c)) => matches!(
            c,
            ';' | ':' | '(' | ')' | '"' | '“' | '”' | '«' | '»' | '?' | '!' | '„'
        ),
        Some(_) => lex::is_subordinator(t.lower(i)) && !matches!(t.lower(i), "as" | "since"),
        None => true,
    }
}

fn bounds(t: &Tokens, a: usize, b: usize) -> (usize, usize) {
    // Bounded, like the tense search: events are short clauses.
    let mut start = a;
    while start > 0 && a - start < 60 && !is_break(t, start - 1) {
        start -= 1;
    }
    let mut end = b;
    while end < t.len() && end - b < 60 && !is_break(t, end) {
        end += 1;
    }
    (start, end)
}

const MAX_EVENT_WORDS: usize = 20;

/// The concise clause an expression dates: its clause without the expression (and the
/// preposition that introduces it), widened to the next clause when too little is left.
fn event_clause(t: &Tokens, sentence: &str, expr: Range<usize>) -> String {
    let (a, b) = (expr.start, expr.end);
    // `in last year's floods`: the expression is a possessive inside a noun phrase, whose
    // preposition stays with the noun.
    let possessive = b < t.len()
        && sentence
            .get(t.span(b, (b + 2).min(t.len())))
            .is_some_and(|s| s.starts_with("'s") || s.starts_with("’s"));
    let mut cut = a;
    if cut > 0 && is_time_preposition(t.lower(cut - 1)) && !possessive {
        cut -= 1;
    }
    // A year inside a noun phrase (`the 2022 Nobel Peace Prize`) stays: it names the event.
    let attributive = cut == a
        && a > 0
        && matches!(
            t.lower(a - 1),
            "the" | "a" | "an" | "its" | "their" | "his" | "her"
        )
        && t.kind(b) == Some(Kind::Word);
    let (mut cs, mut ce) = bounds(t, cut, b);
    let words = |from: usize, to: usize| {
        (from..to)
            .filter(|&i| t.kind(i).is_some() && !matches!(t.kind(i), Some(Kind::Punct(_))))
            .filter(|&i| attributive || !(cut..b).contains(&i))
            .count()
    };
    for _ in 0..3 {
        if words(cs, ce) >= 3 {
            break;
        }
        if ce < t.len() && (cut == cs || cs == 0) {
            ce = bounds(t, ce + 1, ce + 1).1.max(ce + 1).min(t.len());
        } else if cs > 0 {
            cs = bounds(t, cs - 1, cs - 1).0;
        } else {
            break;
        }
    }
    let piece = |from: usize, to: usize| -> &str {
        if from >= to {
            return "";
        }
        let r = t.span(from, to);
        sentence.get(r).unwrap_or_default()
    };
    let mut text = if attributive {
        piece(cs, ce).to_string()
    } else {
        // A possessive left by the cut expression (`last year's floods`) goes with it.
        let after = piece(b.min(ce), ce);
        let after = ["'s", "’s"]
            .iter()
            .find_map(|s| after.strip_prefix(s))
            .unwrap_or(after);
        format!("{} {}", piece(cs, cut.max(cs)), after)
    };
    // `…, who was awarded the 2022 prize`: name whom the relative clause is about.
    if cs >= 2 && matches!(t.lower(cs - 1), "who" | "which") && t.is_punct(cs - 2, ',') {
        let mut n = cs - 2;
        while n > 0 && t.kind(n - 1) == Some(Kind::Word) && t.list[n - 1].capital {
            n -= 1;
        }
        if n < cs - 2 {
            text = format!("{}, {} {text}", piece(n, cs - 2), t.lower(cs - 1));
        }
    }
    tidy(&text)
}

/// Trims punctuation, quote marks, leading conjunctions and extra words.
fn tidy(text: &str) -> String {
    let mut words: Vec<&str> = text.split_whitespace().collect();
    while words.first().is_some_and(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "and" | "but" | "so" | "that" | "then" | "while" | "as"
        )
    }) {
        words.remove(0);
    }
    words.truncate(MAX_EVENT_WORDS);
    let punctuation = |c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ',' | ';'
                    | ':'
                    | '.'
                    | '"'
                    | '“'
                    | '”'
                    | '«'
                    | '»'
                    | '„'
                    | '—'
                    | '–'
                    | '-'
                    | '\''
                    | '’'
            )
    };
    // Nor does it end on a word that joins it to what was cut (`… had arrived and`), or
    // on punctuation.
    while let Some(last) = words.last() {
        let bare = last.trim_matches(punctuation);
        if bare.is_empty()
            || matches!(
                bare.to_lowercase().as_str(),
                "and" | "but" | "or" | "that" | "the" | "a" | "an"
            )
        {
            words.pop();
        } else {
            break;
        }
    }
    words.join(" ").trim_matches(punctuation).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Gender, Quote, QuoteKind};

    fn doc(text: &str, published: Option<&str>) -> Document {
        let mut d = Document::from_text(text);
        d.published = published.map(|p| p.parse().unwrap());
        d
    }

    fn dates(events: &[TimelineEvent]) -> Vec<&str> {
        events.iter().map(|e| e.date.as_str()).collect()
    }

    #[test]
    fn denied_habitual_greeting_and_sign_off_dates_are_no_events() {
        let d = doc(
            "Brief title\n\nGood Monday morning from the harbour.\n\nThe pier should have been fixed in 2021, not in 2025.\n\nThe lake was lower in May than it usually is in September.\n\nThat craze belongs to the 1990s, not the 1980s.\n\nThanks for reading. See you tomorrow.\n",
            Some("2025-06-02"),
        );
        assert_eq!(dates(&build(&d, &[])), ["199X", "2021", "2025-05"]);
    }

    #[test]
    fn a_bare_month_after_a_split_year_falls_in_its_second_year() {
        let d = doc(
            "Brief title\n\nThe ferry subsidy cost 2 billion in the 2029/30 financial year, which ended in June.\n",
            Some("2030-09-02"),
        );
        let tl = build(&d, &[]);
        assert!(tl.iter().any(|e| e.date == "2030-06"), "{tl:?}");
        assert!(!tl.iter().any(|e| e.date == "2029-06"), "{tl:?}");
    }

    #[test]
    fn months_after_a_split_winter_fall_in_its_second_year() {
        let d = doc(
            "Brief title\n\nThe winter of 2027-28 was so mild that the canal stayed open through January and February.\n",
            Some("2028-10-02"),
        );
        assert_eq!(dates(&build(&d, &[])), ["2027-WI", "2028-01", "2028-02"]);
    }

    #[test]
    fn a_time_line_dates_the_page_and_a_web_address_dates_nothing() {
        let mut t = Tokens::default();
        let stamp = |t: &mut Tokens, s: &str| date_stamp(t, s).map(|d| d.to_string());
        assert_eq!(
            stamp(&mut t, "June 3, 2031 at 7:30 a.m. EDT").as_deref(),
            Some("2031-06-03")
        );
        assert_eq!(
            stamp(
                &mut t,
                "Oct 2, 2031, 6:05am EDT Updated Oct 2, 2031, 9:40am EDT"
            )
            .as_deref(),
            Some("2031-10-02")
        );
        assert_eq!(
            stamp(&mut t, "The pier reopened on June 3, 2031 at 7:30 a.m."),
            None
        );
        let d = doc(
            "Brief title\n\nThe mayor said last week that the pier would reopen.\n\nhttps://news.example/city/2031/06/03/pier-reopens\n",
            Some("2031-06-03"),
        );
        let tl = build(&d, &[]);
        assert_eq!(dates(&tl), ["2031-05"], "{tl:?}");
    }

    #[test]
    fn until_then_after_a_decade_is_no_date_but_back_then_is() {
        let d = doc(
            "Brief title\n\nThe pier was built in the 1970s. The ferry has 30 days to appeal. Until then, the pier stays shut.\n\nIt recalls the 1950s. Back then the port was busy.\n",
            Some("2025-06-02"),
        );
        let tl = build(&d, &[]);
        assert!(!tl.iter().any(|e| e.when == "Until then"), "{tl:?}");
        assert!(tl.iter().any(|e| e.when == "Back then" && e.date == "195X"));
    }

    #[test]
    fn a_bare_month_set_as_an_end_point_after_a_later_start_month_is_next_year() {
        let d = doc(
            "Brief title\n\nDredging began in October 2024, and crews had cleared the channel by the end of March.\n\nIn October 2024 the port said traffic had fallen in March.\n",
            Some("2025-06-02"),
        );
        let tl = build(&d, &[]);
        let got: Vec<(&str, &str)> = tl
            .iter()
            .map(|e| (e.date.as_str(), e.when.as_str()))
            .collect();
        assert!(got.contains(&("2025-03", "by the end of March")), "{got:?}");
        assert!(got.contains(&("2024-03", "in March")), "{got:?}");
    }

    #[test]
    fn a_bare_season_before_a_causal_clause() {
        let d = doc(
            "Brief title\n\nThe shop has raised prices twice since the spring because of the currency.\n",
            Some("2025-09-09"),
        );
        assert_eq!(dates(&build(&d, &[])), ["2025-SP"]);
    }

    #[test]
    fn chronological_with_vague_last_and_ranges_by_start() {
        let d = doc(
            "Brief title\n\nTalks recently resumed. In 2021 sanctions were imposed. \
             From 2014 to 2016 investment was flat. The plant closed in the spring of 2019. \
             Output fell in March 2019.\n",
            None,
        );
        let tl = build(&d, &[]);
        assert_eq!(
            dates(&tl),
            ["2014", "2019-SP", "2019-03", "2021", "PAST_REF"]
        );
        assert_eq!(tl[0].end.as_deref(), Some("2016"));
    }

    #[test]
    fn one_entry_per_event_in_a_sentence() {
        let d = doc(
            "Title\n\nInventories peaked in Q3 2023 and have been falling since then. \
             By 2035 a ship built today will pay.\n",
            None,
        );
        let tl = build(&d, &[]);
        assert_eq!(dates(&tl), ["2023-Q3", "2035"]);
    }

    #[test]
    fn a_year_opening_a_sentence_is_framed_by_its_finer_date() {
        let d = doc(
            "Title\n\nThis year the first boats sailed on April 3. \
             In 2021, the ferry ran until May 5.\n",
            Some("2024-06-01"),
        );
        assert_eq!(dates(&build(&d, &[])), ["2021", "2021-05-05", "2024-04-03"]);
    }

    #[test]
    fn distinct_dates_in_one_sentence_stay_apart() {
        let d = doc(
            "Title\n\nProgrammes launched in 2022 will bring capacity online after 2026.\n",
            None,
        );
        assert_eq!(dates(&build(&d, &[])), ["2022", "2026"]);
    }

    #[test]
    fn resolves_against_publication_date() {
        let d = doc(
            "Title\n\nThe regulator on Monday froze new connections. \
             A review ends in June.\n",
            Some("2025-02-18"),
        );
        assert_eq!(dates(&build(&d, &[])), ["2025-02-17", "2025-06"]);
    }

    #[test]
    fn a_recent_day_in_a_coordinated_clause_keeps_the_current_year() {
        let d = doc(
            "Title\n\nThe gauge was fitted in 2017, but it failed on 2 May. \
             The dam was built in 2004 and opened on 2 May.\n",
            Some("2025-05-20"),
        );
        assert_eq!(
            dates(&build(&d, &[])),
            ["2004", "2004-05-02", "2017", "2025-05-02"]
        );
    }

    #[test]
    fn a_relative_year_dates_only_its_own_clause() {
        let d = doc(
            "Title\n\nThe levy was shelved last year, and ministers said in February \
             that they would revive it in October. \
             Last year the river flooded in February.\n",
            Some("2031-03-10"),
        );
        assert_eq!(
            dates(&build(&d, &[])),
            // (`Last year` opening the last sentence is the year of its February.)
            ["2030", "2030-02", "2031-02", "2031-10"]
        );
    }

    #[test]
    fn a_date_line_is_no_event_and_dates_an_undated_document() {
        let d = doc(
            "Title\n\nThe port board issued a notice on fees.\n\nIt said fees would rise.\n\n\
             4 March 2025\n\nThe board met on Monday.\n\n14.02.2025\n",
            None,
        );
        assert_eq!(dates(&build(&d, &[])), ["2025-03-03"]);
        // A stated publication date wins; the line is still no event.
        let d = doc(
            "Title\n\nThe port board issued a notice.\n\n4 March 2025\n\n\
             The board met on Monday.\n",
            Some("2025-03-12"),
        );
        assert_eq!(dates(&build(&d, &[])), ["2025-03-10"]);
    }

    #[test]
    fn dates_closing_list_entries_are_no_events() {
        let d = doc(
            "Title\n\nThe port board met on 2 March 2025.\n\n\
             Why harbours silt up (Analysis, 9 May 2024)\n\n\
             Dredging costs in numbers – 4 June 2024\n\n\
             Previous: The ferry strike · Feb 20, 2025\n\n\
             The strike ended (on 1 March 2025) after talks.\n",
            Some("2025-03-05"),
        );
        assert_eq!(dates(&build(&d, &[])), ["2025-03-01", "2025-03-02"]);
    }

    #[test]
    fn run_in_lists_of_other_stories_are_no_events() {
        let d = doc(
            "Title\n\nThe port board met on 2 March 2025.\n\n\
             More stories • Ferries in 2019 and now (02/14/2025) • Dredging returns (01/30/2025)\n\n\
             Read next: [Why harbours silt up](/a) · 9 May 2024 · [Tides](/b) · 4 June 2024\n\n\
             Harbour fees rise 5% in FY26 | 02 Feb 2025\n",
            Some("2025-03-05"),
        );
        assert_eq!(dates(&build(&d, &[])), ["2025-03-02"]);
    }

    #[test]
    fn page_stamps_notes_captions_and_rights_are_no_events() {
        let d = doc(
            "Title\n\nFirst Published: 4 Mar 2025, 06:12 AM IST\n\n\
             Photo: Boats moored at the quay, 02/03/2025. Staff\n\n\
             Posted: 03/04/2025 6:15 AM | Updated: 03/05/2025 8:02 AM The port board met on 2 March 2025.\n\n\
             Dredgers at the harbour mouth, 03/01/2025.\n\n\
             Correction, 5 March 2025: An earlier version gave the vote as 9 April; it is 19 April.\n\n\
             Copyright © 1999-2025 The Harbour Gazette.\n",
            Some("2025-03-05"),
        );
        assert_eq!(dates(&build(&d, &[])), ["2025-03-02"]);
    }

    #[test]
    fn a_routine_names_no_day() {
        let d = doc(
            "Title\n\nA ferry that leaves on a Friday night usually docks on Sunday morning.\n\n\
             The ferry left on Friday.\n",
            Some("2025-03-05"),
        );
        assert_eq!(dates(&build(&d, &[])), ["2025-02-28"]);
    }

    #[test]
    fn a_prospect_from_the_past_is_no_anchor() {
        let d = doc(
            "Title\n\nOn 4 June the crew were told that the yard would shut from 1 August. \
             A rival yard did the same the following week.\n",
            Some("2025-09-01"),
        );
        let events = build(&d, &[]);
        let got = dates(&events);
        assert!(got.contains(&"2025-06-04") && got.contains(&"2025-08-01"));
        // 4 June + 7 days, not 1 August + 7 days.
        assert!(got.contains(&"2025-06") && !got.contains(&"2025-08"));
    }

    #[test]
    fn citation_years_are_no_events_and_fiscal_and_month_spans_are() {
        let d = doc(
            "Title\n\nAs Lindgren (2019) argues, ports silt up (Berg and Holm 2021, p. 4). \
             The port was dredged in 2015.\n\nRevenue for the first three months of the year fell. \
             The firm expects a loss for FY2027.\n\nLindgren, K. (2019) Rivers and Ports. Oslo: Fjord Press.\n",
            Some("2026-04-22"),
        );
        let speakers = vec![Speaker {
            name: "Lindgren".into(),
            descriptor: None,
            expert: true,
            gender: crate::analysis::Gender::Unknown,
            aliases: Vec::new(),
            quotes: Vec::new(),
            position: None,
            key_points: Vec::new(),
            first_paragraph: 0,
        }];
        assert_eq!(dates(&build(&d, &speakers)), ["2015", "2026-Q1", "2027"]);
    }

    #[test]
    fn resolves_against_previous_year_without_publication_date() {
        let d = doc(
            "Title\n\nEngagement has grown since early 2025. \
             In mid-June an analyst published an article.\n",
            None,
        );
        let tl = build(&d, &[]);
        assert_eq!(dates(&tl), ["2025", "2025-06"]);
        assert_eq!(tl[0].modifier.as_deref(), Some("early"));
        assert_eq!(tl[1].modifier.as_deref(), Some("mid"));
    }

    #[test]
    fn dateline_sets_the_reference_and_is_not_an_event() {
        let d = doc(
            "Title\n\nBOGOTA, Oct 14, 2025 (Wire) - Exports fell in September.\n",
            None,
        );
        let tl = build(&d, &[]);
        assert_eq!(dates(&tl), ["2025-09"]);
    }

    #[test]
    fn event_is_the_clause_without_the_expression() {
        let d = doc(
            "Title\n\nThis matters, as after the sanctions were imposed in 2021, Minsk \
             was forced to redirect its exports.\n",
            None,
        );
        let tl = build(&d, &[]);
        assert_eq!(tl[0].event, "the sanctions were imposed");
        assert_eq!(tl[0].when, "in 2021");
        assert!(tl[0].sentence.contains("redirect its exports"));
    }

    #[test]
    fn event_text_drops_a_cut_possessive_and_a_dangling_conjunction() {
        let d = doc(
            "Title\n\nMany clinics lost vaccines in last year's floods, the agency said.\n\n\
             The agency said 4.2 million doses had arrived in August and that more would follow.\n",
            Some("2030-11-02"),
        );
        let tl = build(&d, &[]);
        let events: Vec<&str> = tl.iter().map(|e| e.event.as_str()).collect();
        assert!(
            events.contains(&"Many clinics lost vaccines in floods"),
            "{events:?}"
        );
        assert!(
            events.iter().any(|e| e.ends_with("doses had arrived")),
            "{events:?}"
        );
    }

    #[test]
    fn this_year_after_a_past_year_gives_the_later_months_their_year() {
        let d = doc(
            "Title\n\nIn 2023 the river flooded on 40 days, and this year it had flooded on 52 by mid-September.\n",
            Some("2025-10-20"),
        );
        let tl = build(&d, &[]);
        assert!(dates(&tl).contains(&"2025-09"), "{:?}", dates(&tl));
    }

    #[test]
    fn a_thousands_separator_after_a_currency_is_no_clause_break() {
        let d = doc(
            "Title\n\nThe tailor said she had borrowed KES250,000 last month to buy two machines.\n",
            Some("2025-06-10"),
        );
        let tl = build(&d, &[]);
        assert_eq!(tl.len(), 1);
        assert!(
            tl[0].event.contains("borrowed KES250,000"),
            "{}",
            tl[0].event
        );
    }

    #[test]
    fn speaker_from_quote_span() {
        let text =
            "Title\n\n“In 2022 our engineers were guessing,” Askarov said. Prices rose in 2023.\n";
        let d = doc(text, None);
        let para = &d.paragraphs[0].text;
        let q_end = para.find('”').unwrap();
        let speaker = Speaker {
            name: "Timur Askarov".into(),
            descriptor: None,
            expert: true,
            gender: Gender::Male,
            aliases: vec!["Askarov".into()],
            quotes: vec![Quote {
                text: para[3..q_end].to_string(),
                kind: QuoteKind::Direct,
                paragraph: 0,
                span: 3..q_end,
            }],
            position: None,
            key_points: Vec::new(),
            first_paragraph: 0,
        };
        let tl = build(&d, &[speaker]);
        assert_eq!(dates(&tl), ["2022", "2023"]);
        assert_eq!(tl[0].speaker.as_deref(), Some("Timur Askarov"));
        assert_eq!(tl[1].speaker, None);
    }

    #[test]
    fn sentences_inside_a_quoted_run_are_dated_on_their_own() {
        let doc = Document::from_text(
            "Title\n\n“That sounds dull. In 2022 we guessed. Dr. Smith agreed,” he said.",
        );
        let tl = build(&doc, &[]);
        assert_eq!(tl.len(), 1);
        assert_eq!(tl[0].sentence, "In 2022 we guessed.");
    }

    #[test]
    fn random_word_soup_never_panics() {
        let palette = [
            "the",
            "in",
            "2021",
            "–",
            "-",
            "’",
            "s",
            "May",
            "March",
            "mid",
            "early",
            "late",
            "end",
            "of",
            "Q3",
            "H1",
            "spring",
            "last",
            "next",
            "Thursday",
            "15",
            "June",
            ",",
            ".",
            "1990s",
            "'",
            "90s",
            "from",
            "to",
            "between",
            "and",
            "ago",
            "two",
            "years",
            "decade",
            "later",
            "for",
            "now",
            "recently",
            "“",
            "”",
            "Sept",
            "31",
            "02",
            "2024-02-30",
            "15.06.1993",
            "ß",
            "😀",
            "Christmas",
            "by",
            "since",
            "then",
            "12",
            "century",
            "20th",
            "first",
            "half",
            "quarter",
            "within",
            "who",
            "?",
            "2199",
            "0000",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        for round in 0..1500 {
            let mut text = String::from("T\n\n");
            for _ in 0..(round % 40) {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                text.push_str(palette[(seed >> 33) as usize % palette.len()]);
                if !(seed >> 20).is_multiple_of(3) {
                    text.push(' ');
                }
            }
            let published = if round % 2 == 0 {
                Some("2024-02-29")
            } else {
                None
            };
            let _ = build(&doc(&text, published), &[]);
        }
    }

    #[test]
    fn empty_and_odd_documents() {
        assert!(build(&doc("", None), &[]).is_empty());
        let d = doc("T\n\n’ — 2 … « » 2021–\n", Some("2024-01-01"));
        let _ = build(&d, &[]);
    }

    #[test]
    fn the_present_dates_no_event() {
        let d = doc(
            "Brief title\n\nToday the river is lower than it was in 2019.\n\nThat protection does not exist at the moment.\n",
            Some("2031-06-02"),
        );
        assert_eq!(dates(&build(&d, &[])), ["2019"]);
    }

    #[test]
    fn a_possessive_year_placed_by_a_month_is_that_month() {
        let d = doc(
            "Brief title\n\nShe will watch next year's budget in February for the details.\n",
            Some("2031-09-18"),
        );
        assert_eq!(dates(&build(&d, &[])), ["2032-02"]);
    }

    #[test]
    fn a_heading_line_dates_nothing() {
        let d = doc(
            "Brief title\n\nThe August problem\n\nThe dam overflowed in August.\n",
            Some("2031-10-02"),
        );
        assert_eq!(dates(&build(&d, &[])), ["2031-08"]);
    }

    #[test]
    fn with_no_date_a_deadline_year_is_no_year_for_later_months() {
        let d = doc(
            "Brief title\n\nShe expects the ice to melt by 2050.\n\nThe council said it would publish a plan in January.\n",
            None,
        );
        assert_eq!(dates(&build(&d, &[])), ["2050", "XXXX-01"]);
    }
}
