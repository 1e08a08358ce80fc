//! The tense that governs a time expression, read from the nearest verb group in its
//! clause. It decides the year of a bare month (`in April`) and the week of a bare
//! weekday (`on Thursday`), as HeidelTime does.

use super::lexicon as lex;
use super::tokens::{Kind, Tokens};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    /// `has called`: incompatible with a past date, so the date lies ahead.
    PresentPerfect,
    Present,
    /// `will`, modals, `planned for`, a hypothetical `if … dragged`.
    Future,
    /// `would`: future as seen from a past moment (`told investors in 2022 that it
    /// would be over by Christmas`).
    FutureInPast,
    Unknown,
}

/// What a single token says about tense, looking at its neighbours.
fn verb_at(t: &Tokens, i: usize) -> Option<Tense> {
    if t.kind(i) != Some(Kind::Word) {
        return None;
    }
    let w = t.lower(i);
    let prev = if i > 0 { t.lower(i - 1) } else { "" };
    let prev2 = if i > 1 { t.lower(i - 2) } else { "" };
    match w {
        "would" => return Some(Tense::FutureInPast),
        "will" | "shall" | "could" | "should" | "may" | "might" | "must" | "can" | "cannot"
        | "ll" => {
            // `May` the month is capitalized and not followed by a verb; keep it simple:
            // a capitalized `May` mid-sentence is the month.
            if w == "may" && t.list[i].capital && !t.is_sentence_start(i) {
                return None;
            }
            return Some(Tense::Future);
        }
        // `was first due to be signed in April`, `were originally due in May`: a plan told
        // as having been due is one that has lapsed; its date is the past one.
        "due"
            if matches!(prev, "was" | "were")
                || matches!(prev2, "was" | "were")
                    && matches!(prev, "first" | "originally" | "initially" | "once") =>
        {
            return Some(Tense::Past);
        }
        "planned" | "scheduled" | "slated" | "due" | "upcoming" => return Some(Tense::Future),
        // `pushing the signing back to September`, `pushed the vote back until May`: a
        // date something is pushed back to lies ahead of the push.
        "push" | "pushes" | "pushed" | "pushing"
            if (i + 1..(i + 8).min(t.len())).any(|j| {
                t.is(j, "back") && matches!(t.lower(j + 1), "to" | "until" | "till")
            }) =>
        {
            return Some(Tense::Future);
        }
        "expected" | "set" | "going" if t.is(i + 1, "to") => return Some(Tense::Future),
        // `expected orders to recover`, `expected the company's portfolio to return`: an
        // expectation with its subject (a short noun phrase, no clause break before `to`).
        "expected" | "expects" | "expect" | "expecting"
            // (Ten tokens reach past a hyphenated modifier: `expects late-summer flows
            // in the valley to fall`.)
            if (i + 2..(i + 10).min(t.len()))
                .find(|&j| t.is(j, "to"))
                .is_some_and(|to| !(i + 1..to).any(|j| is_boundary(t, j))) =>
        {
            return Some(Tense::Future);
        }
        // `results expected before Christmas`, `a ruling predicted by March`: an
        // expectation placed in time lies ahead (not after `was`, `than`, `had`).
        "expected" | "predicted" | "projected"
            if matches!(
                t.lower(i + 1),
                "before" | "by" | "in" | "on" | "within" | "after" | "from" | "until" | "next"
            ) && !matches!(
                prev,
                "than" | "as" | "was" | "were" | "had" | "been" | "originally" | "initially"
            ) =>
        {
            return Some(Tense::Future);
        }
        // `urged the agency to act before the summer`, `asked them to report by June`: a
        // directive's object is to act after it was given.
        "urged" | "asked" | "told" | "pressed" | "ordered" | "directed" | "instructed"
        | "encouraged" | "advised" | "called"
            if (i + 1..(i + 7).min(t.len()))
                .find(|&j| t.is(j, "to"))
                .is_some_and(|to| {
                    !(i + 1..to).any(|j| is_boundary(t, j))
                        && t.kind(to + 1) == Some(Kind::Word)
                        && !t.list[to + 1].capital
                        && !matches!(
                            t.lower(to + 1),
                            "the" | "a" | "an" | "his" | "her" | "their" | "its"
                        )
                }) =>
        {
            return Some(Tense::FutureInPast);
        }
        // `a board that has to roll over its loans in October`, `they need to file by
        // June`: an obligation in the present is met ahead, like `must`. (`had to` is
        // the past's.)
        "has" | "have" | "needs" | "need"
            if t.is(i + 1, "to")
                && t.kind(i + 2) == Some(Kind::Word)
                && !t.list[i + 2].capital
                && !matches!(t.lower(i + 2), "the" | "a" | "an" | "do") =>
        {
            return Some(Tense::Future);
        }
        "is" | "are" | "am" | "does" | "do" => return Some(Tense::Present),
        // `Real wages, he added, were still rising fast enough to keep spending healthy
        // through the winter`: a state that `still` goes on, told in the past of
        // reported speech, goes on at the telling, so it places dates like the present.
        "was" | "were"
            if t.is(i + 1, "still") && t.lower(i + 2).ends_with("ing") && t.lower(i + 2).len() > 4 =>
        {
            return Some(Tense::Present);
        }
        // Present forms that schedule an event (`the decision comes in September`,
        // `the draft takes effect March 12`, `the season begins in October`): the date
        // lies ahead.
        // Capitalized at the sentence start, with no subject before it, the word is a
        // noun (`Starts in January were lower`: housing starts).
        "comes" | "begins" | "starts" | "ends" | "expires" | "opens" | "closes" | "meets"
        | "lands" | "arrives" => {
            if t.list[i].capital && t.is_sentence_start(i) {
                return None;
            }
            return Some(Tense::Future);
        }
        // `plans to reopen`, `hopes to finish`: an intention lies ahead.
        "wants" | "plans" | "intends" | "hopes" | "aims" if t.is(i + 1, "to") => {
            return Some(Tense::Future);
        }
        // `said it hoped to reconnect most customers by Saturday`: an intention told in
        // the past still lies ahead of its telling.
        "hoped" | "aimed" | "intended" | "wanted" if t.is(i + 1, "to") => {
            return Some(Tense::FutureInPast);
        }
        // `the warning runs until 06:00 on Friday`, `the consultation lasts until May`: a
        // present span that runs to a point ends ahead.
        "runs" | "lasts" if matches!(t.lower(i + 1), "until" | "till" | "through") => {
            return Some(Tense::Future);
        }
        "wants" | "remains" | "plans" | "intends" | "hopes" | "faces" => {
            return Some(Tense::Present);
        }
        "takes" if matches!(t.lower(i + 1), "effect" | "office" | "place") => {
            return Some(Tense::Future);
        }
        // `extended the duty through Sept. 30`: a span pushed forward ends ahead; so does
        // a time allowed (`gave the region until 13 January to say …`).
        w if is_push_verb(w)
            && (i + 1..(i + 12).min(t.len())).any(|j| {
                matches!(t.lower(j), "until" | "till")
                    || matches!(t.lower(j), "through" | "to") && !matches!(w, "gave" | "granted")
            }) =>
        {
            return Some(Tense::Future);
        }
        "has" | "have" => {
            // `has called`, `have been courting`, `has not yet said`.
            for j in i + 1..(i + 4).min(t.len()) {
                let n = t.lower(j);
                if is_participle(t, j) {
                    return Some(Tense::PresentPerfect);
                }
                if !matches!(
                    n,
                    "not" | "never" | "already" | "yet" | "also" | "just" | "long"
                ) {
                    break;
                }
            }
            return Some(Tense::Present);
        }
        _ => {}
    }
    // `we remain`, `they see`: a bare verb after a plural or first-person pronoun.
    if matches!(prev, "we" | "i" | "they" | "you")
        && w.len() > 2
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !w.ends_with("ed")
        && !lex::is_irregular_past(w)
        && !matches!(
            w,
            "also"
                | "still"
                | "just"
                | "only"
                | "never"
                | "all"
                | "both"
                | "had"
                | "did"
                | "were"
                | "was"
                | "and"
                | "but"
                | "who"
                | "that"
                | "which"
        )
    {
        return Some(Tense::Present);
    }
    // `the lower prices seen in January`, `the ground taken in March`: an irregular
    // participle that is no simple past form, right after a noun and right before a time
    // phrase, is a reduced passive relative clause; what it dates has happened, whatever
    // the clause around it (`could wipe out the gains seen in January`) says.
    if reduced_relative(t, i) {
        return Some(Tense::Past);
    }
    if lex::is_irregular_past(w) || is_regular_past(t, i) {
        // A past participle after a present auxiliary is not a simple past.
        if matches!(
            prev,
            "has" | "have" | "is" | "are" | "be" | "been" | "being" | "to"
        ) || matches!(prev2, "has" | "have")
        {
            return None;
        }
        if matches!(
            prev,
            "will" | "would" | "could" | "should" | "may" | "might" | "must"
        ) {
            return None;
        }
        return Some(Tense::Past);
    }
    None
}

/// True when token `i` is an irregular past participle distinct from both the simple past
/// and the base form (`seen`, `taken`, `given`, `shown`; not `held`, `run`, `put`), after
/// a lower-case word that is no auxiliary, pronoun or determiner (so a noun it
/// describes), and before a preposition of time.
fn reduced_relative(t: &Tokens, i: usize) -> bool {
    let w = t.lower(i);
    if i == 0
        || !w.ends_with('n')
        || w == "been"
        || !lex::is_irregular_participle(w)
        || lex::is_irregular_past(w)
        || !matches!(t.lower(i + 1), "in" | "on" | "during" | "at")
        || t.kind(i - 1) != Some(Kind::Word)
        || t.list[i - 1].capital
    {
        return false;
    }
    !matches!(
        t.lower(i - 1),
        "has"
            | "have"
            | "had"
            | "having"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "get"
            | "gets"
            | "got"
            | "getting"
            | "not"
            | "never"
            | "to"
            | "the"
            | "a"
            | "an"
            | "it"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "you"
            | "who"
            | "which"
            | "that"
            | "already"
            | "just"
            | "also"
            | "ve"
            | "s"
            | "d"
    )
}

/// `promised on Tuesday to fund a programme starting in September`, `agreed to sell the
/// unit in March`: a past verb of commitment with its infinitive between it and the time
/// phrase (`to` and a lower-case verb) makes that phrase the time of what was committed
/// to, which lies after the commitment and may be before or after now, so the nearer
/// one is meant. (The commitment's own date, before the infinitive, stays past.)
fn committed_ahead(t: &Tokens, v: usize, a: usize) -> bool {
    matches!(
        t.lower(v),
        "promised"
            | "pledged"
            | "vowed"
            | "agreed"
            | "undertook"
            | "offered"
            | "decided"
            | "voted"
            | "threatened"
            | "committed"
    ) && (v + 1..a).any(|k| {
        t.is(k, "to")
            && t.kind(k + 1) == Some(Kind::Word)
            && !t.list[k + 1].capital
            && !matches!(
                t.lower(k + 1),
                "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my" | "your"
            )
            && k + 1 < a
    })
}

/// Verbs that push a span forward or allow time (`extended`, `gave … until`): the end
/// they set lies ahead, though the act itself is past.
fn is_push_verb(w: &str) -> bool {
    matches!(
        w,
        "extended" | "postponed" | "delayed" | "deferred" | "prolonged" | "gave" | "granted"
    )
}

/// `forecasts showed the heatwave peaking in January`: what a forecast showed lies ahead
/// of its telling. True when verb `v` shows or predicts and a forecast noun is its
/// subject, earlier in the clause starting at `cs`.
fn forecast_shows(t: &Tokens, cs: usize, v: usize) -> bool {
    matches!(
        t.lower(v),
        "showed" | "suggested" | "indicated" | "predicted" | "projected" | "pointed" | "saw"
    ) && (cs..v).any(|j| {
        matches!(
            t.lower(j),
            "forecast"
                | "forecasts"
                | "forecasters"
                | "projections"
                | "projection"
                | "outlook"
                | "models"
                | "modelling"
                | "modeling"
        )
    })
}

/// `are due to publish the results of a test focused on banks in September`: a regular
/// `-ed` form right after a noun, in a clause already headed by a future verb group, is
/// a participle describing the noun; the clause's future tense governs. `None` when
/// `v` is a finite past (after a pronoun, or with `and`/`or`/`but` between).
fn future_head(t: &Tokens, cs: usize, v: usize) -> Option<Tense> {
    if !is_regular_past(t, v) || v == 0 || t.kind(v - 1) != Some(Kind::Word) {
        return None;
    }
    let prev = t.lower(v - 1);
    if t.list[v - 1].capital
        || matches!(
            prev,
            "he" | "she" | "it" | "they" | "we" | "i" | "you" | "who" | "which" | "that"
        )
        || verb_at(t, v - 1).is_some()
    {
        return None;
    }
    for k in (cs..v - 1).rev() {
        if matches!(t.lower(k), "and" | "or" | "but") {
            return None;
        }
        if let Some(tense) = verb_at(t, k) {
            return matches!(tense, Tense::Future | Tense::FutureInPast).then_some(tense);
        }
    }
    None
}

/// `I would like to see that data released by June`, `we want the bridge finished by
/// 2031`: an `-ed` form right after the short object (one to three words, no verb) of a
/// present verb of wishing or needing is the result wished for, which lies ahead. (A
/// past wish, `wanted the bridge finished`, is left to the past.)
fn wished_result(t: &Tokens, v: usize) -> bool {
    if !is_participle(t, v) {
        return false;
    }
    let Some(k) = (v.saturating_sub(4)..v.saturating_sub(1)).rev().find(|&k| {
        matches!(
            t.lower(k),
            "see" | "want" | "wants" | "need" | "needs" | "expect" | "expects"
        )
    }) else {
        return false;
    };
    (k + 1..v).all(|j| {
        t.kind(j) == Some(Kind::Word)
            && !t.list[j].capital
            && (matches!(t.lower(j), "that" | "this" | "these" | "those")
                || verb_at(t, j).is_none())
    })
}

fn is_regular_past(t: &Tokens, i: usize) -> bool {
    let w = t.lower(i);
    w.len() > 4
        && w.ends_with("ed")
        && w.is_ascii()
        && !lex::is_ed_exception(w)
        && (!t.list[i].capital || t.is_sentence_start(i))
        && !matches!(
            if i > 0 { t.lower(i - 1) } else { "" },
            "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "more" | "most"
        )
}

fn is_participle(t: &Tokens, i: usize) -> bool {
    let w = t.lower(i);
    lex::is_irregular_participle(w) || is_regular_past(t, i)
}

/// True when token `i` ends a clause: punctuation or a subordinating word.
pub fn is_boundary(t: &Tokens, i: usize) -> bool {
    match t.kind(i) {
        Some(Kind::Punct(',')) => !is_digit_group(t, i),
        Some(Kind::Punct('—' | '–')) => !t.is_joining_dash(i),
        Some(Kind::Punct(c)) => matches!(
            c,
            ';' | ':' | '(' | ')' | '"' | '“' | '”' | '«' | '»' | '?' | '!'
        ),
        Some(_) => lex::is_subordinator(t.lower(i)),
        None => true,
    }
}

/// A comma inside a number (`5,000`).
pub fn is_digit_group(t: &Tokens, i: usize) -> bool {
    // The number before may carry a currency (`Shs400,000`, `KES1,200`).
    i > 0
        && (t.kind(i - 1) == Some(Kind::Num)
            || t.kind(i - 1) == Some(Kind::Word)
                && t.lower(i - 1).ends_with(|c: char| c.is_ascii_digit()))
        && t.kind(i + 1) == Some(Kind::Num)
        && !t.list[i].space_before
        && !t.list[i + 1].space_before
}

/// How far (in tokens) the tense search looks on either side: a run-on "sentence" of
/// thousands of tokens must not make each expression cost a scan of all of it.
const REACH: usize = 60;

/// The clause (token range) around tokens `a..b`.
pub fn clause(t: &Tokens, a: usize, b: usize) -> (usize, usize) {
    let mut start = a;
    while start > 0 && a - start < REACH && !is_boundary(t, start - 1) {
        start -= 1;
    }
    let mut end = b;
    while end < t.len() && end - b < REACH && !is_boundary(t, end) {
        end += 1;
    }
    (start, end)
}

/// The tense governing the expression at tokens `a..b`.
pub fn tense_at(t: &Tokens, a: usize, b: usize) -> Tense {
    if advance_commitment(t, a) {
        return Tense::Present;
    }
    let tense = governing(t, a, b);
    // `reflected a calculation ahead of the election in April`: what lay ahead of a
    // recent past moment may already be behind or still ahead; the nearer one is meant.
    if tense == Tense::Past && ahead_of(t, a) {
        Tense::Unknown
    } else {
        tense
    }
}

/// `bookings for July`, `futures for December`, `cancellations for June`: what is booked,
/// sold forward or cancelled for a month is made around or in advance of it, so the
/// nearest such month is meant, ahead on a tie, whatever the tense (`said bookings for
/// July were down`, told in March, is this July's).
pub fn advance_commitment(t: &Tokens, a: usize) -> bool {
    a >= 2
        && t.is(a - 1, "for")
        && matches!(
            t.lower(a - 2),
            "bookings"
                | "reservations"
                | "cancellations"
                | "futures"
                | "tickets"
                | "preorders"
                | "advance"
        )
}

/// `ahead of` opens the phrase that ends at token `a` (no punctuation between).
fn ahead_of(t: &Tokens, a: usize) -> bool {
    (a.saturating_sub(8)..a).any(|j| {
        t.is(j, "ahead")
            && t.is(j + 1, "of")
            && (j + 2..a).all(|k| !matches!(t.kind(k), Some(Kind::Punct(_))))
    })
}

fn governing(t: &Tokens, a: usize, b: usize) -> Tense {
    let (cs, ce) = clause(t, a, b);
    // `if the strike dragged on`: a past form in a condition is hypothetical.
    let conditional = cs > 0 && matches!(t.lower(cs - 1), "if" | "unless");
    // `if legislators restored the raise she proposed in March`: a past verb in a
    // clause embedded in the condition (a subject or relative word after the
    // condition's own verb) tells what really happened, and stays past.
    let embedded = |v: usize| {
        (cs..v).find(|&k| verb_at(t, k).is_some()).is_some_and(|k| {
            (k + 1..v).any(|m| {
                matches!(
                    t.lower(m),
                    "she" | "he" | "they" | "we" | "i" | "it" | "you" | "that" | "which" | "who"
                )
            })
        })
    };
    let adjust = |tense: Tense, v: usize| {
        if conditional && tense == Tense::Past && !(cs..a).any(|j| t.is(j, "had")) && !embedded(v) {
            Tense::Future
        } else {
            tense
        }
    };
    // Nearest verb before, in the clause; then after (reporting verbs only when adjacent).
    for j in (cs..a).rev() {
        if let Some(tense) = verb_at(t, j) {
            if tense == Tense::Past && forecast_shows(t, cs, j) {
                return Tense::FutureInPast;
            }
            if tense == Tense::Past && wished_result(t, j) {
                return Tense::Future;
            }
            if tense == Tense::Past
                && let Some(ahead) = future_head(t, cs, j)
            {
                return ahead;
            }
            if tense == Tense::Past && committed_ahead(t, j, a) {
                return Tense::Unknown;
            }
            return adjust(tense, j);
        }
    }
    for j in b..ce {
        if lex::is_reporting_verb(t.lower(j)) && j > b + 1 {
            continue;
        }
        if let Some(tense) = verb_at(t, j) {
            // `India on Friday extended the duty through Sept. 30`: the end it sets lies
            // ahead, but a date before the verb is when the act was done.
            if tense == Tense::Future && is_push_verb(t.lower(j)) {
                return adjust(Tense::Past, j);
            }
            return adjust(tense, j);
        }
    }
    // Then the rest of the sentence, nearest first.
    for j in (cs.saturating_sub(REACH)..cs).rev() {
        if let Some(tense) = verb_at(t, j) {
            // `should bring forward the money earmarked in the budget, rather than wait
            // for the new year on 1st July`: a participle after a noun in a clause headed
            // by a future verb group leaves the future governing.
            let (vs, _) = clause(t, j, j + 1);
            if tense == Tense::Past
                && let Some(ahead) = future_head(t, vs, j)
            {
                return ahead;
            }
            if tense == Tense::Past && committed_ahead(t, j, a) {
                return Tense::Unknown;
            }
            // `would consider a settlement if the districts came back with "real
            // numbers" by February 15`: a past form in an earlier clause that is a
            // condition (`if`, `unless`, no `had`) is hypothetical, and so is the time
            // its sentence goes on to set.
            if tense == Tense::Past
                && vs > 0
                && matches!(t.lower(vs - 1), "if" | "unless")
                && !(vs..j).any(|k| t.is(k, "had"))
            {
                return Tense::Future;
            }
            return tense;
        }
    }
    for j in ce..t.len().min(ce + REACH) {
        if lex::is_reporting_verb(t.lower(j)) {
            // `Speaking on Saturday, the minister said that …`: a reporting verb that
            // governs a clause is the sentence's main verb.
            if t.is(j + 1, "that")
                && let Some(tense) = verb_at(t, j)
            {
                return tense;
            }
            continue;
        }
        if let Some(tense) = verb_at(t, j) {
            return tense;
        }
    }
    Tense::Unknown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tense(sentence: &str, expr: &str) -> Tense {
        let t = Tokens::new(sentence);
        let start = sentence.find(expr).unwrap();
        let end = start + expr.len();
        let a = t.list.iter().position(|x| x.span.start >= start).unwrap();
        let b = t
            .list
            .iter()
            .rposition(|x| x.span.end <= end)
            .map_or(a + 1, |i| i + 1);
        tense_at(&t, a, b)
    }

    #[test]
    fn simple_past_and_future() {
        assert_eq!(tense("Talks collapsed in April.", "April"), Tense::Past);
        assert_eq!(tense("The test will come in July.", "July"), Tense::Future);
        assert_eq!(
            tense("Bishkek had sent observers in February.", "February"),
            Tense::Past
        );
        assert_eq!(tense("A tender planned for March.", "March"), Tense::Future);
    }

    #[test]
    fn a_present_obligation_looks_ahead() {
        assert_eq!(
            tense(
                "The co-op has to refinance its loans in October.",
                "October"
            ),
            Tense::Future
        );
        assert_eq!(
            tense("Farmers need to register their herds by June.", "June"),
            Tense::Future
        );
        assert_eq!(
            tense(
                "The co-op had to refinance its loans in October.",
                "October"
            ),
            Tense::Past
        );
    }

    #[test]
    fn a_state_still_going_on_is_present() {
        assert_eq!(
            tense(
                "Orders, she said, were still growing fast enough to last through the winter.",
                "winter"
            ),
            Tense::Present
        );
        assert_eq!(
            tense("Orders were growing in the winter.", "winter"),
            Tense::Past
        );
    }

    #[test]
    fn intentions_and_allowed_time_look_ahead() {
        assert_eq!(
            tense(
                "The company said it hoped to reconnect most homes by Saturday.",
                "Saturday"
            ),
            Tense::FutureInPast
        );
        assert_eq!(
            tense("The flood warning runs until Friday.", "Friday"),
            Tense::Future
        );
        assert_eq!(
            tense(
                "The judges gave the council until 13 January to reply.",
                "13 January"
            ),
            Tense::Future
        );
        // The act itself, dated before the verb, is past.
        assert_eq!(
            tense(
                "India on Friday extended its duty on rice through Sept. 30.",
                "Friday"
            ),
            Tense::Past
        );
    }

    #[test]
    fn a_participle_does_not_govern_a_later_clause() {
        assert_eq!(
            tense(
                "The state should release the money earmarked in the budget, rather than wait for the new year in July.",
                "July"
            ),
            Tense::Future
        );
    }

    #[test]
    fn present_perfect_points_ahead() {
        assert_eq!(
            tense(
                "The ministry has called both sides to a session on Thursday.",
                "Thursday"
            ),
            Tense::PresentPerfect
        );
    }

    #[test]
    fn conditional_past_is_hypothetical() {
        assert_eq!(
            tense(
                "He warned that prices could rise if the strike dragged on into November.",
                "November"
            ),
            Tense::Future
        );
        // A past verb in a clause embedded in the condition really happened.
        assert_eq!(
            tense(
                "He would back it if they kept the levy he proposed in April.",
                "April"
            ),
            Tense::Past
        );
        assert_eq!(
            tense(
                "Rates would fall if the bank lowered them in April.",
                "April"
            ),
            Tense::Future
        );
    }

    #[test]
    fn a_result_wished_for_lies_ahead() {
        assert_eq!(
            tense(
                "I would like to see that report published by the end of May.",
                "the end of May"
            ),
            Tense::Future
        );
        assert_eq!(
            tense("Residents want the bridge finished by March.", "March"),
            Tense::Future
        );
        assert_eq!(
            tense("Residents wanted the bridge finished by March.", "March"),
            Tense::Past
        );
        assert_eq!(
            tense("The council published the report in May.", "May"),
            Tense::Past
        );
    }

    #[test]
    fn scheduled_present_and_extended_spans() {
        assert_eq!(
            tense("The real decision comes in September.", "September"),
            Tense::Future
        );
        assert_eq!(
            tense("The draft takes effect March 12.", "March 12"),
            Tense::Future
        );
        assert_eq!(
            tense("The dry season, which begins in May, is short.", "May"),
            Tense::Future
        );
        assert_eq!(
            tense("The firm plans to reopen the mine in May.", "May"),
            Tense::Future
        );
        assert_eq!(
            tense("The firm plans a new mine in May.", "May"),
            Tense::Present
        );
        assert_eq!(
            tense("India extended its duty through Sept. 30.", "Sept. 30"),
            Tense::Future
        );
    }

    #[test]
    fn placed_expectations_and_forecasts_point_ahead() {
        assert_eq!(
            tense(
                "Crews will drill, with results expected by December.",
                "December"
            ),
            Tense::Future
        );
        assert_eq!(
            tense("Sales grew faster than expected in May.", "May"),
            Tense::Past
        );
        assert_eq!(
            tense(
                "She said the models showed rainfall peaking in February.",
                "February"
            ),
            Tense::FutureInPast
        );
        assert_eq!(
            tense(
                "Forecasts released in February showed more rain.",
                "February"
            ),
            Tense::Past
        );
        assert_eq!(
            tense("She said the river peaked in February.", "February"),
            Tense::Past
        );
        assert_eq!(
            tense(
                "Auditors are due to release a review focused on ports in June.",
                "June"
            ),
            Tense::Future
        );
        assert_eq!(
            tense("They will say it failed in June.", "June"),
            Tense::Past
        );
        assert_eq!(
            tense("Prices rose ahead of the vote in June.", "June"),
            Tense::Unknown
        );
        assert_eq!(
            tense(
                "The firm will cut jobs and workers walked out in June.",
                "June"
            ),
            Tense::Past
        );
    }

    #[test]
    fn a_directive_points_past_its_own_moment() {
        assert_eq!(
            tense(
                "Growers urged the ministry to decide before the autumn.",
                "before the autumn"
            ),
            Tense::FutureInPast
        );
        // `told` with a recipient and no infinitive stays a plain past.
        assert_eq!(
            tense(
                "She told reporters on Monday that it was over.",
                "on Monday"
            ),
            Tense::Past
        );
        assert_eq!(
            tense("He talked to the board in March.", "in March"),
            Tense::Past
        );
    }

    #[test]
    fn a_scheduling_verb_opening_the_sentence_is_a_noun() {
        assert_eq!(
            tense("Starts in March were weak, builders said.", "in March"),
            Tense::Past
        );
        assert_eq!(
            tense("The season starts in March.", "in March"),
            Tense::Future
        );
    }

    #[test]
    fn an_expectation_with_a_longer_subject_points_ahead() {
        assert_eq!(
            tense(
                "He expected the bank's loan book to grow by the December quarter.",
                "by the December quarter"
            ),
            Tense::Future
        );
    }

    #[test]
    fn expectations_and_pronoun_present() {
        assert_eq!(
            tense(
                "He said he expected orders to recover in the second half.",
                "second half"
            ),
            Tense::Future
        );
        assert_eq!(
            tense("We remain cautious, probably not before Q4.", "Q4"),
            Tense::Present
        );
    }

    #[test]
    fn a_fronted_setting_takes_the_main_reporting_verb() {
        assert_eq!(
            tense(
                "Speaking at a briefing on Friday, the minister said that the plant will reopen.",
                "Friday"
            ),
            Tense::Past
        );
    }

    #[test]
    fn parenthetical_reporting_verb_is_skipped() {
        assert_eq!(
            tense("Today, she noted, it takes closer to forty.", "Today"),
            Tense::Unknown
        );
        assert_eq!(
            tense("Valencia said on Monday the strike would go on.", "Monday"),
            Tense::Past
        );
    }
}
