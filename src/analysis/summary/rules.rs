//! Which sentences may stand in a summary. A summary sentence is read out of context, so
//! page furniture (bylines, datelines, credits), questions, the writer's transitions
//! ("We asked three specialists…"), bare attributions ("he said.") and sentences that
//! lean on the one before ("He added…", "However, …") are kept out or held back.

use super::text::{Word, content_form, has_any};
use crate::document::metadata::is_publisher_note;

/// Why a sentence cannot be chosen on its own merits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unfit {
    /// Bylines, credits, datelines, share/related links, headings: not part of the story.
    Furniture,
    /// A question (the writer's or an interviewer's): it raises a point, it states none.
    Question,
    /// The writer introducing the experts rather than reporting anything.
    Transition,
    /// Only an attribution: `Askarov said.`
    Attribution,
    /// Not a sentence: a list item or clause that starts in lower case, or a line that
    /// ends without a full stop (a heading, a bullet, a caption, a lead-in to a list).
    Fragment,
    /// The writer's own voice ("I read the note twice"): a column's or newsletter's
    /// asides are not the news.
    Aside,
}

/// Credits and page chrome by their opening words: "Reporting by …", "By Laura
/// Mendez", "Read more", "Photo:", "Published:", "© 2025", a bare link. Read word by word,
/// like the other rules here: a pattern for them took longer to compile than the whole
/// briefing takes to summarise.
fn furniture(sentence: &str) -> bool {
    let t = sentence.trim_start_matches(|c: char| c.is_whitespace() || c == '(' || c == '[');
    // Nearly every sentence is ruled out by its first word.
    let letters = t
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(t.len());
    let mut buf = [0u8; 16];
    // A word too long for the buffer is no opener either.
    let head = ascii_lower(&t[..letters], &mut buf).unwrap_or("");
    let opener = matches!(
        head,
        "reporting"
            | "editing"
            | "writing"
            | "compiled"
            | "translated"
            | "photo"
            | "photos"
            | "additional"
            | "by"
            | "read"
            | "related"
            | "see"
            | "share"
            | "subscribe"
            | "sign"
            | "follow"
            | "click"
            | "advertisement"
            | "copyright"
            | "all"
            | "image"
            | "images"
            | "picture"
            | "pictures"
            | "video"
            | "videos"
            | "source"
            | "sources"
            | "credit"
            | "credits"
            | "published"
            | "updated"
            | "posted"
            | "http"
            | "https"
            | "catch"
            | "download"
            | "stay"
            | "get"
            | "listen"
            | "watch"
            | "if"
    );
    // A copyright line, wherever the sign stands: "… airs weekdays · © 2028 …".
    if sentence.contains('©') {
        return true;
    }
    if !opener {
        return false;
    }
    // The outlet selling itself: "Catch all the Business News … updates on The
    // Standard", "Download the app for breaking news alerts", "Stay updated with …",
    // "Listen to the full programme on the app".
    if matches!(
        head,
        "catch" | "download" | "stay" | "get" | "listen" | "watch"
    ) {
        return promotes_coverage(t);
    }
    // A newsletter asking to be subscribed to: "If someone forwarded this to you, you
    // can subscribe here." (Its greeting is an editorial aside: see `greeting`.)
    if head == "if" {
        return has_word(t, &["subscribe", "forwarded", "unsubscribe"]);
    }
    let opens = |words: &[&str]| after_words(t, words).is_some_and(at_boundary);
    // `label` (or its plural), then a colon: "Photos: …", "Published: …".
    let label = |word: &str| {
        after_words(t, &[word]).is_some_and(|rest| {
            let colon = |r: &str| r.trim_start().starts_with(':');
            colon(rest) || rest.strip_prefix(['s', 'S']).is_some_and(colon)
        })
    };
    let credit = [
        "reporting",
        "editing",
        "writing",
        "compiled",
        "translated",
        "photo",
        "photos",
    ]
    .iter()
    .any(|c| opens(&[c, "by"]) || opens(&["additional", c, "by"]));
    // A byline: "By" and nothing but capitalised words.
    let byline = after_words(t, &["by"]).is_some_and(|rest| {
        rest.starts_with(char::is_whitespace)
            && rest.split_whitespace().next().is_some()
            && rest
                .split_whitespace()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    });
    credit
        || byline
        || [
            &["read", "more"][..],
            &["read", "also"],
            &["see", "also"],
            &["share", "this"],
            &["share", "on"],
            &["subscribe"],
            &["sign", "up"],
            &["follow", "us"],
            &["click"],
            &["advertisement"],
            &["copyright"],
            &["all", "rights", "reserved"],
        ]
        .iter()
        .any(|words| opens(words))
        || ["photo", "image", "picture", "video", "source", "credit"]
            .iter()
            .chain(&["published", "updated", "posted"])
            .any(|w| label(w))
        // "Related:", "Related stories", but not "Related talks resumed…".
        || label("related")
        || ["stories", "articles", "coverage", "content", "links", "reading", "posts"]
            .iter()
            .any(|w| opens(&["related", w]))
        || after_words(t, &["related"]).is_some_and(|rest| rest.trim().is_empty())
        || t.starts_with('©')
        || after_words(t, &["http://"]).is_some()
        || after_words(t, &["https://"]).is_some()
}

/// True when a sentence names what an outlet offers its readers rather than the story:
/// its news, updates, app, newsletter or alerts (ASCII case aside, whole words).
fn promotes_coverage(sentence: &str) -> bool {
    has_word(
        sentence,
        &[
            "news",
            "updates",
            "app",
            "newsletter",
            "alerts",
            "notifications",
            "podcast",
            "episode",
        ],
    )
}

/// True when `sentence` has one of `words` as a whole word (ASCII case aside).
fn has_word(sentence: &str, words: &[&str]) -> bool {
    sentence
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| words.iter().any(|word| w.eq_ignore_ascii_case(word)))
}

/// What follows `words` at the start of `text` (ASCII case ignored, white space
/// between the words), if it opens with them.
fn after_words<'t>(text: &'t str, words: &[&str]) -> Option<&'t str> {
    let mut rest = text;
    for (k, word) in words.iter().enumerate() {
        if k > 0 {
            rest = after_space(rest)?;
        }
        let head = rest.as_bytes().get(..word.len())?;
        if !head.eq_ignore_ascii_case(word.as_bytes()) {
            return None;
        }
        // The matched bytes are ASCII, so this is a character boundary.
        rest = rest.get(word.len()..)?;
    }
    Some(rest)
}

/// What follows the white space `rest` opens with, if it opens with some.
fn after_space(rest: &str) -> Option<&str> {
    let trimmed = rest.trim_start();
    (trimmed.len() < rest.len()).then_some(trimmed)
}

/// True when `rest` does not go on with a letter, digit or underscore: the word before
/// it has ended.
fn at_boundary(rest: &str) -> bool {
    rest.bytes()
        .next()
        .is_none_or(|b| !(b.is_ascii_alphanumeric() || b == b'_'))
}

/// Groups of experts the writer turns to ("Three regional specialists shared…").
const EXPERT_GROUPS: &[&str] = &[
    "experts",
    "specialists",
    "analysts",
    "economists",
    "observers",
    "commentators",
    "scholars",
    "researchers",
    "academics",
];

/// What such a group is said to give: "shared", "offered", …
const GIVING: &[&str] = &["shared", "share", "provide", "provided", "offer", "offered"];

/// What they give when it follows "their": "their assessments", "their views".
const THEIR_GIVING: &[&str] = &[
    "views",
    "assessment",
    "assessments",
    "opinion",
    "opinions",
    "take",
    "takes",
    "verdict",
    "verdicts",
];

/// The writer turning to the experts: "We asked three specialists…", "Three regional
/// specialists shared their assessments", "analysts provide answers to these
/// questions". Judged on the sentence's words (lower case, from the summary's word
/// table) rather than by a pattern over its text: every sentence is checked, and the
/// words are already there.
fn transition(sentence: &str, words: &[Word<'_>]) -> bool {
    let form = |k: usize| words.get(k).map_or("", |w| content_form(&w.lower));
    // Every pattern starts with "we", "these" or a group: most sentences have none.
    let opener = |w: &Word<'_>| match w.lower.len() {
        2 => w.lower == "we",
        5 => w.lower == "these",
        7.. => EXPERT_GROUPS.contains(&content_form(&w.lower)),
        _ => false,
    };
    if !words.iter().any(opener) {
        return false;
    }
    // Word `k` and the next are one phrase, the next being one of `second`: only white
    // space between them.
    let phrase = |k: usize, second: &[&str]| {
        second.contains(&form(k + 1))
            && sentence
                .get(words[k].start + words[k].surface.len()..words[k + 1].start)
                .is_some_and(|gap| !gap.is_empty() && gap.chars().all(char::is_whitespace))
    };
    let mut group = false;
    for k in 0..words.len() {
        let word = form(k);
        let found = match word {
            "we" => phrase(
                k,
                &[
                    "asked", "spoke", "talked", "turned", "put", "posed", "sent", "invited",
                ],
            ),
            "these" => phrase(k, &["questions"]),
            _ if !group => false,
            "weigh" | "weighed" => phrase(k, &["in"]),
            "what" => phrase(k, &["they"]),
            "their" => phrase(k, THEIR_GIVING),
            _ => GIVING.contains(&word),
        };
        if found {
            return true;
        }
        group |= EXPERT_GROUPS.contains(&word);
    }
    false
}

/// Reporting verbs that make up a bare attribution.
const ATTRIBUTION_VERBS: &[&str] = &[
    "said",
    "says",
    "added",
    "adds",
    "noted",
    "notes",
    "stated",
    "states",
    "told",
    "explained",
    "argued",
    "argues",
    "warned",
    "warns",
    "concluded",
    "emphasised",
    "emphasized",
    "assured",
    "insisted",
    "recalled",
    "according",
];

/// Opening words that point back to the previous sentence: pronouns, demonstratives and
/// connectives whose sense depends on what came before.
fn dangling_word(lower: &str) -> bool {
    matches!(
        lower,
        "he" | "she"
            | "they"
            | "it"
            | "this"
            | "that"
            | "these"
            | "those"
            | "his"
            | "her"
            | "their"
            | "its"
            | "him"
            | "them"
            | "such"
            | "however"
            | "but"
            | "yet"
            | "and"
            | "or"
            | "also"
            | "moreover"
            | "furthermore"
            | "nevertheless"
            | "nonetheless"
            | "still"
            | "instead"
            | "besides"
            | "likewise"
            | "similarly"
            | "then"
            | "therefore"
            | "hence"
            | "consequently"
            | "thus"
            | "otherwise"
            | "so"
            | "accordingly"
            | "indeed"
            | "rather"
            | "conversely"
            | "additionally"
    )
}

/// Multi-word openings with the same effect: "In addition", "As a result", "In his
/// view", "According to him", "The political analyst…". Read word by word (white space
/// between the words, the phrase ending at a word boundary), which spares compiling a
/// pattern at start-up and running it on every sentence.
fn dangling_phrase(opening: &str, first: &str) -> bool {
    // Only the phrases that open with the sentence's first word (lower case) are tried.
    let first = |word: &str| first == word;
    let opens =
        |words: &[&str]| first(words[0]) && after_words(opening, words).is_some_and(at_boundary);
    // `lead`, then one of `last` ending at a word boundary.
    let opens_with = |lead: &[&str], last: &[&str]| {
        first(lead[0])
            && after_words(opening, lead)
                .and_then(after_space)
                .is_some_and(|rest| {
                    last.iter()
                        .any(|word| after_words(rest, &[word]).is_some_and(at_boundary))
                })
    };
    if opens_with(
        &["in"],
        &["addition", "turn", "contrast", "fact", "particular"],
    ) || [
        &["in", "other", "words"][..],
        &["in", "this", "context"],
        &["in", "that", "case"],
        &["at", "the", "same", "time"],
        &["on", "the", "contrary"],
        &["on", "the", "other", "hand"],
        &["for", "this", "reason"],
        &["as", "a", "result"],
        &["after", "that"],
        &["by", "contrast"],
    ]
    .iter()
    .any(|words| opens(words))
        || ["in", "from"].iter().any(|p| {
            ["his", "her", "their"]
                .iter()
                .any(|who| opens_with(&[p, who], &["view", "opinion", "words", "perspective"]))
        })
        || opens_with(&["according", "to"], &["him", "her", "them"])
    {
        return true;
    }
    // "according to the expert": any ASCII word after "the".
    if first("according")
        && let Some(rest) = after_words(opening, &["according", "to", "the"]).and_then(after_space)
    {
        let letters = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
        return letters > 0 && at_boundary(&rest[letters..]);
    }
    // "The expert", "The political analyst", "The senior foreign ministry official": up
    // to two modifiers of letters and hyphens, then the role or its plural.
    if !first("the") {
        return false;
    }
    let Some(mut rest) = after_words(opening, &["the"]).and_then(after_space) else {
        return false;
    };
    for modifiers in 0..=2 {
        // The word (letters, digits, underscores) that opens `rest`: a role or its plural.
        let word = &rest[..rest
            .bytes()
            .position(|b| !(b.is_ascii_alphanumeric() || b == b'_'))
            .unwrap_or(rest.len())];
        let mut buf = [0u8; 16];
        if let Some(lower) = ascii_lower(word, &mut buf) {
            let singular = lower.strip_suffix('s').unwrap_or(lower);
            if ROLE_NOUNS.contains(&lower) || ROLE_NOUNS.contains(&singular) {
                return true;
            }
        }
        if modifiers == 2 {
            break;
        }
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let modifier = &rest[..end];
        if modifier.is_empty()
            || !modifier
                .bytes()
                .all(|b| b.is_ascii_alphabetic() || b == b'-')
        {
            return false;
        }
        match after_space(&rest[end..]) {
            Some(next) => rest = next,
            None => return false,
        }
    }
    false
}

/// The first words of every phrase [`dangling_phrase`] knows: most sentences open with
/// none of them, and are done with at once.
const PHRASE_OPENERS: &[&str] = &[
    "in",
    "at",
    "on",
    "for",
    "as",
    "after",
    "by",
    "from",
    "according",
    "the",
];

/// Who "the …" refers back to in [`dangling_phrase`].
const ROLE_NOUNS: &[&str] = &[
    "expert",
    "analyst",
    "economist",
    "specialist",
    "scholar",
    "researcher",
    "professor",
    "official",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
];

/// Leading quote marks, dashes and brackets, which do not change how a sentence opens.
fn opening(sentence: &str) -> &str {
    sentence.trim_start_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '"' | '\'' | '“' | '‘' | '«' | '„' | '‹' | '(' | '[' | '-' | '–' | '—'
            )
    })
}

/// True for an interviewer's turn (`Q:`, `Q.`, `Question:`): none of its sentences may
/// be chosen.
pub fn question_turn(paragraph: &str) -> bool {
    let t = paragraph.trim_start();
    match t.strip_prefix("Question") {
        Some(rest) if rest.trim_start().starts_with(':') => true,
        _ => t
            .strip_prefix('Q')
            .is_some_and(|rest| rest.trim_start().starts_with([':', '.'])),
    }
}

/// `phrase` (lower-case words) at word `k` of `words`.
fn phrase_at(words: &[Word<'_>], k: usize, phrase: &[&str]) -> bool {
    words
        .get(k..k + phrase.len())
        .is_some_and(|ws| ws.iter().zip(phrase).all(|(w, p)| w.lower == *p))
}

/// A newsletter's greeting to its readers: "Good Tuesday morning, and welcome to Brief",
/// "Good afternoon", "Welcome back to The Trade Desk". A quoted greeting opens with its
/// mark, so it is not one.
fn greeting(words: &[Word<'_>], sentence: &str) -> bool {
    use crate::analysis::temporal::lexicon::{Word as Calendar, word as calendar};
    let opens_bare = sentence
        .trim_start()
        .starts_with(|c: char| c.is_ascii_alphabetic());
    let at = |k: usize| words.get(k).map_or("", |w| w.lower.as_ref());
    let time_of_day = |w: &str| matches!(w, "morning" | "afternoon" | "evening" | "day");
    opens_bare
        && match at(0) {
            "good" => {
                time_of_day(at(1))
                    || (matches!(calendar(at(1)), Calendar::Weekday(_)) && time_of_day(at(2)))
            }
            "welcome" => matches!(at(1), "to" | "back"),
            _ => false,
        }
}

/// A live page talking about itself: "We're ending our live coverage for tonight",
/// "You can follow our live updates here", "This live blog is now closed".
fn live_page_note(words: &[Word<'_>]) -> bool {
    words.windows(2).any(|pair| {
        pair[0].lower == "live"
            && matches!(
                pair[1].lower.as_ref(),
                "coverage" | "updates" | "blog" | "page" | "reporting"
            )
    }) && words.iter().any(|w| {
        matches!(
            w.lower.as_ref(),
            "our" | "we" | "we're" | "we’re" | "this" | "you" | "here"
        )
    })
}

/// True when the sentence gives an e-mail address (`tips to desk@example.eu`): a
/// newsletter's or a newsroom's contact line, not the story. A byte scan for `@` between
/// a name and a dotted domain.
fn has_email_address(sentence: &str) -> bool {
    let bytes = sentence.as_bytes();
    let local = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'+');
    bytes.iter().enumerate().any(|(i, &b)| {
        b == b'@' && i > 0 && bytes[i - 1].is_ascii_alphanumeric() && {
            let domain = &bytes[i + 1..];
            let len = domain.iter().take_while(|&&c| local(c)).count();
            let domain = domain[..len].trim_ascii_end();
            let domain = domain.strip_suffix(b".").unwrap_or(domain);
            domain.first().is_some_and(u8::is_ascii_alphanumeric)
                && domain
                    .iter()
                    .rposition(|&c| c == b'.')
                    .is_some_and(|dot| domain.len() - dot > 2)
        }
    })
}

/// The editor speaking rather than the story: "This interview has been edited for length
/// and clarity", "The views expressed are the author's own", a newsletter's greeting and
/// contact address, and a gallery caption's "[1/3]" counter. Found from a few rare words,
/// so most sentences cost one pass.
fn editorial(sentence: &str, words: &[Word<'_>]) -> bool {
    if greeting(words, sentence)
        || (sentence.contains('@') && has_email_address(sentence))
        || live_page_note(words)
        || self_description(sentence, words)
    {
        return true;
    }
    let gallery = sentence.trim_start().strip_prefix('[').is_some_and(|rest| {
        let digits = |t: &str| t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let first = digits(rest);
        first > 0
            && rest[first..].strip_prefix('/').is_some_and(|r| {
                let second = digits(r);
                second > 0 && r[second..].starts_with(']')
            })
    });
    gallery
        || words
            .iter()
            .enumerate()
            .any(|(k, w)| match w.lower.as_ref() {
                "edited" => {
                    phrase_at(words, k + 1, &["for", "length"])
                        || phrase_at(words, k + 1, &["for", "clarity"])
                        || phrase_at(words, k + 1, &["and", "condensed"])
                }
                "condensed" => phrase_at(words, k + 1, &["for", "clarity"]),
                // "The views expressed here are the author's own", "Opinions expressed are
                // those of the writer".
                "expressed"
                    if k > 0 && matches!(words[k - 1].lower.as_ref(), "views" | "opinions") =>
                {
                    words[k + 1..].iter().any(|w| {
                        matches!(
                            content_form(&w.lower),
                            "author" | "authors" | "writer" | "writers" | "own"
                        )
                    })
                }
                _ => false,
            })
}

/// An outlet or institute describing itself, as its page's "About" note does: "Boxline
/// Weekly is published by Harbourmark Media", "The Lakes Forum is an independent,
/// non-partisan think tank founded in 2012". The loader drops such a note under the
/// story ([`is_publisher_note`]); one left in the body is no news either. Only a
/// sentence with "is a", "is an", "is published" or "is produced" among its first words
/// is asked.
fn self_description(sentence: &str, words: &[Word<'_>]) -> bool {
    words.iter().take(7).enumerate().any(|(k, w)| {
        w.lower == "is"
            && words
                .get(k + 1)
                .is_some_and(|n| matches!(n.lower.as_ref(), "a" | "an" | "published" | "produced"))
    }) && is_publisher_note(sentence)
}

/// How a newsroom talked to its subject, by which means: "She spoke to The Review by
/// video call last Thursday", "He talked to us by phone from Kyiv". It sets the scene of
/// an interview; it reports nothing.
fn interview_setting(words: &[Word<'_>]) -> bool {
    const MEANS: &[&[&str]] = &[
        &["by", "phone"],
        &["by", "telephone"],
        &["by", "video"],
        &["by", "email"],
        &["video", "call"],
        &["over", "the", "phone"],
    ];
    words.len() <= 25
        && words.iter().enumerate().any(|(k, w)| {
            matches!(w.lower.as_ref(), "spoke" | "talked")
                && words
                    .get(k + 1)
                    .is_some_and(|next| matches!(next.lower.as_ref(), "to" | "with"))
                && (k + 2..words.len())
                    .any(|m| MEANS.iter().any(|means| phrase_at(words, m, means)))
        })
}

/// A roundup's set-up, where the newsroom says whom it put its question to: "We asked
/// three specialists what the ruling changes", "Rowe asked an economist, a grower and a
/// banker how the island should respond", "This week Tom talks to two people who …". It
/// introduces the voices and reports nothing. The people asked are a count ("three
/// specialists") or a list (commas and "and"), so "The judge asked the ministry why it
/// had waited" is news and stays.
fn question_put(sentence: &str, words: &[Word<'_>]) -> bool {
    let counted = |w: &Word<'_>| {
        matches!(
            w.lower.as_ref(),
            "two" | "three" | "four" | "five" | "six" | "several"
        )
    };
    words.len() <= 30
        && words
            .iter()
            .enumerate()
            .any(|(k, w)| match w.lower.as_ref() {
                "asked" => (k + 2..words.len().min(k + 16)).any(|m| {
                    if !matches!(
                        words[m].lower.as_ref(),
                        "what" | "how" | "whether" | "why" | "which"
                    ) {
                        return false;
                    }
                    let between = &words[k + 1..m];
                    let listed = sentence
                        .get(w.start..words[m].start)
                        .is_some_and(|s| s.contains(','))
                        && between.iter().any(|w| w.lower == "and");
                    between.first().is_some_and(counted) || listed
                }),
                "talks" | "talked" | "speaks" | "spoke" | "hears" | "heard" => {
                    words
                        .get(k + 1)
                        .is_some_and(|w| matches!(w.lower.as_ref(), "to" | "with" | "from"))
                        && words.get(k + 2).is_some_and(counted)
                }
                _ => false,
            })
}

/// The short first line of a quotation that goes on in the next sentence ("“We are not
/// leaving.”" cut from "“We are not leaving. …,” he said."): it opens a quote it does not
/// close, and says too little before the attribution that would place it.
fn quote_opening(s: &str, words: &[Word<'_>]) -> bool {
    words.len() < 8
        && s.strip_prefix(['"', '“', '«', '„'])
            .is_some_and(|rest| !has_any(rest, &['"', '”', '»']))
}

/// How a sentence ends (closing quote marks and brackets aside): prose has a full stop,
/// an exclamation or an ellipsis, or a dash where a quote breaks off.
const ENDINGS: &[char] = &['.', '!', '…', '—', '–'];

/// `s` without the footnote marks it ends with ("[1]", "[2, 3]", "²") and the quote
/// marks and brackets before them.
fn without_notes(s: &str) -> &str {
    let mut s = s.trim_end_matches(['¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', '⁰']);
    while let Some(inner) = s.strip_suffix(']') {
        let Some(open) = inner.rfind('[') else { break };
        let mark = &inner[open + 1..];
        // `[3]`, `[1, 4]`, or a Markdown footnote reference left as written (`[^2]`,
        // `[^source-note]`).
        let numbered = !mark.is_empty()
            && mark
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == ' ');
        let markdown = mark.strip_prefix('^').is_some_and(|label| {
            !label.is_empty()
                && label
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
        });
        if !(numbered || markdown) {
            break;
        }
        s = inner[..open].trim_end_matches(['"', '\'', '”', '’', '»', ')', ' ']);
    }
    s
}

/// The writer speaking in the first person outside any quotation: "The most useful thing
/// I read this week was …". Only asked of sentences no speaker says (a speaker's "I" is
/// theirs), and not of sentences with quotation marks, which may quote someone unnamed.
pub fn writers_voice(sentence: &str, words: &[Word<'_>]) -> bool {
    // "I" after a capitalised word inside the sentence is a numeral: "World War I".
    let numeral = |k: usize| {
        k > 1
            && words[k - 1]
                .surface
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    };
    !has_any(sentence, &['"', '“', '”', '«', '»', '„'])
        && words
            .iter()
            .enumerate()
            .any(|(k, w)| match w.lower.as_ref() {
                "i" => w.surface == "I" && !numeral(k),
                "me" | "my" | "myself" | "i'm" | "i’m" | "i've" | "i’ve" | "i'd" | "i’d" => {
                    true
                }
                _ => false,
            })
}

/// The label of a transcript or interview turn (`NBR: …`, `HOST: …`), if the paragraph
/// opens with one: a few words in capitals before a colon.
pub fn turn_label(paragraph: &str) -> Option<&str> {
    let head = paragraph.get(..paragraph.len().min(48))?;
    let colon = head.find(':')?;
    let label = paragraph[..colon].trim();
    let capitals = label.chars().filter(|c| c.is_uppercase()).count();
    (capitals >= 2
        && !label.chars().any(char::is_lowercase)
        && label.split_whitespace().count() <= 5
        && paragraph[colon + 1..].starts_with(char::is_whitespace))
    .then_some(label)
}

/// The labels of an interviewer's turns, as [`label_key`]s: a label whose turns mostly
/// end on a question (`NBR: Why haven't they been built?`). Its turns, like `Q:` ones,
/// raise points and state none. A turn counts as asking when it ends on the question, so
/// a guest's rhetorical "Is that enough? No." does not; and a label that names one of
/// the briefing's speakers must ask in two turns of three, since the quote finder may
/// have taken a host who reports others' words for a speaker.
pub fn interviewer_labels<'p>(
    paragraphs: impl Iterator<Item = &'p str>,
    names: &[&str],
) -> Vec<&'p str> {
    // Per label: turns, and turns that ask.
    let mut seen: Vec<(&str, usize, usize)> = Vec::new();
    for paragraph in paragraphs {
        let Some(label) = turn_label(paragraph) else {
            continue;
        };
        let key = label_key(label);
        let asks = usize::from(
            paragraph
                .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '”' | '’' | ')'))
                .ends_with('?'),
        );
        match seen.iter_mut().find(|(l, _, _)| *l == key) {
            Some(entry) => {
                entry.1 += 1;
                entry.2 += asks;
            }
            None => seen.push((key, 1, asks)),
        }
    }
    seen.into_iter()
        .filter(|&(key, turns, asks)| {
            let speaker = names.iter().any(|name| {
                name.split_whitespace().any(|part| {
                    key.chars().count() > 1 && key.to_lowercase() == part.to_lowercase()
                })
            });
            turns >= 2 && asks * 2 >= turns && (!speaker || asks * 3 >= turns * 2)
        })
        .map(|(key, _, _)| key)
        .collect()
}

/// What identifies a turn label's speaker: its last word, so `MARCIA GODDARD` on the
/// first turn and `GODDARD` on the later ones are one voice.
pub fn label_key(label: &str) -> &str {
    label
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .unwrap_or(label)
}

/// Why a sentence may not be chosen, if it may not; `words` are its words.
pub fn unfit(sentence: &str, words: &[Word<'_>]) -> Option<Unfit> {
    let s = sentence.trim();
    if furniture(s) || lowercase_words(words) < 3 || editorial(s, words) {
        return Some(Unfit::Furniture);
    }
    let end = s.trim_end_matches(['"', '\'', '”', '’', '»', ')', ' ']);
    if end.ends_with('?') {
        return Some(Unfit::Question);
    }
    if opening(s).chars().next().is_some_and(char::is_lowercase)
        || !without_notes(end).ends_with(ENDINGS)
        || quote_opening(s, words)
    {
        return Some(Unfit::Fragment);
    }
    if transition(sentence, words) || interview_setting(words) || question_put(sentence, words) {
        return Some(Unfit::Transition);
    }
    if words.len() <= 6
        && words
            .iter()
            .any(|w| ATTRIBUTION_VERBS.contains(&w.lower.as_ref()))
        && !s.contains(" that ")
        && !has_any(s, &['"', '“', '«'])
    {
        return Some(Unfit::Attribution);
    }
    None
}

/// True when the sentence opens with a word that needs the sentence before it.
pub fn dangling(sentence: &str) -> bool {
    let s = opening(sentence);
    let end = s
        .find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .unwrap_or(s.len());
    // Every listed word is short and ASCII: a longer or wider first word is none.
    let mut buf = [0u8; 16];
    let Some(first) = ascii_lower(&s[..end], &mut buf) else {
        return false;
    };
    dangling_word(first) || (PHRASE_OPENERS.contains(&first) && dangling_phrase(s, first))
}

/// `word` lower-cased in `buf`, if it is ASCII and fits.
fn ascii_lower<'b>(word: &str, buf: &'b mut [u8; 16]) -> Option<&'b str> {
    let bytes = word.as_bytes();
    if !word.is_ascii() || bytes.len() > buf.len() {
        return None;
    }
    let out = &mut buf[..bytes.len()];
    out.copy_from_slice(bytes);
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// Words made of lower-case letters (of `words`, the sentence's): prose has many,
/// datelines and bylines hardly any. Counting stops at 3, all the caller asks.
fn lowercase_words(words: &[Word<'_>]) -> usize {
    words
        .iter()
        .filter(|w| {
            let surface = w.surface;
            if surface.is_ascii() {
                let bytes = surface.as_bytes();
                return bytes.iter().any(u8::is_ascii_alphabetic)
                    && !bytes.iter().any(u8::is_ascii_uppercase);
            }
            let mut letters = surface.chars().filter(|c| c.is_alphabetic()).peekable();
            letters.peek().is_some() && letters.all(char::is_lowercase)
        })
        .take(3)
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::summary::text::words;

    fn unfit(sentence: &str) -> Option<Unfit> {
        super::unfit(sentence, &words(sentence))
    }

    #[test]
    fn datelines_bylines_and_credits_are_furniture() {
        for s in [
            "12 March 2024 - 09:40",
            "By Laura Mendez",
            "(Reporting by Laura Mendez; Editing by Tomas Grau)",
            "Published: 19 November 2025",
            "Read more: Why the port matters",
            "Photo: Reuters",
            "BOGOTA, Oct 14 (Andean Wire) -",
            "Additional reporting by Tomas Grau in Madrid and Ana Ruiz",
            "Photos : AFP and local press agencies",
            "https://example.org/port-strike-ends-after-three-weeks",
            "© 2025 The Review, all of its content is protected",
            "(Subscribe to our newsletter to get the story first)",
            "Catch all the Business News, Market News and Breaking News updates on The Ledger.",
            "Download the Harbour Times app to get daily market updates.",
            "Stay updated with the latest news on the election.",
            "If someone forwarded this to you, you can subscribe here.",
            "Listen to the whole episode on the Coastline Radio app.",
            "Watch the full interview on our podcast channel.",
            "The Noon Show airs weekdays at 12:00 · © 2027 Coastline Media Ltd.",
        ] {
            assert_eq!(unfit(s), Some(Unfit::Furniture), "{s}");
        }
        for s in [
            "By contrast, prices rose sharply across the whole region.",
            "By mid-morning the boats are heading upstream to the sites.",
            "Photographers were kept away from the site by the police.",
            "Related talks between the two ministries will resume in May.",
            "Get ready for higher prices, the central bank warned on Monday.",
            "Stay-at-home orders were lifted in most districts by June.",
            "Catching fish in the estuary has been banned since 2021.",
            "If the port stays shut, exporters will lose about $2 million a day.",
            "Listen to the farmers, the minister told the committee on Tuesday.",
            "Watchdogs said the merger would raise fares on the island routes.",
        ] {
            assert_ne!(unfit(s), Some(Unfit::Furniture), "{s}");
        }
    }

    #[test]
    fn news_sentences_are_fit() {
        for s in [
            "BOGOTA, Oct 14 (Andean Wire) - Colombia's coffee exports fell by a third.",
            "Kazakhstan and Uzbekistan signed a framework agreement on Thursday.",
            "“The timing is not accidental,” he said, adding that both sides wanted a deal.",
            "Analysts said the deal would collapse within weeks.",
        ] {
            assert_eq!(unfit(s), None, "{s}");
        }
    }

    #[test]
    fn editors_notes_and_gallery_captions_are_furniture() {
        for t in [
            "This interview has been edited for length and clarity.",
            "The conversation was edited and condensed.",
            "Answers have been condensed for clarity.",
            "The views expressed in this column are the author's own.",
            "Opinions expressed here are those of the writers.",
            "[2/4] Dockers load a ship at the port of Aqaba, Jordan, May 3, 2025.",
            "Good Friday morning, and welcome to the Harbour Letter.",
            "Good afternoon and thanks for reading, as ever.",
            "Harbour Weekly is published by Lantern Media Group.",
            "The Lakes Forum is an independent, non-partisan think tank founded in 2009.",
            "Coastwatch is a non-profit newsroom covering the islands.",
            "Welcome back to Trade Desk, where the tariffs never sleep.",
            "Send tips, gripes and leaks to desk@harbourletter.example.",
            "We’re ending our live coverage of the storm for tonight.",
            "This live blog is now closed, thank you for following.",
            "You can follow our live updates on the flooding here.",
            "Questions for the panel can go to ask.panel@review.co.uk by Friday.",
        ] {
            assert_eq!(unfit(t), Some(Unfit::Furniture), "{t}");
        }
        for t in [
            "The minister said the budget had been edited heavily by the cabinet.",
            "Views expressed at the summit differed sharply on tariffs.",
            "[Updated] The port reopened on Tuesday after the strike ended.",
            "Good Friday agreements are rarely renegotiated by either side.",
            "The broadcaster cut its live coverage of the talks on Tuesday.",
            "Good weather on Tuesday let the ships leave the port early.",
            "“Good morning,” the minister said, before refusing all questions.",
            "Welcome news arrived on Tuesday when the port reopened.",
            "The union's statement was posted @ midnight by its leaders.",
            "Rates rose 2% @ the central bank's meeting on Tuesday.",
            "The central bank is independent of the government, the minister said.",
            "The report is published by the ministry every spring.",
        ] {
            assert_ne!(unfit(t), Some(Unfit::Furniture), "{t}");
        }
    }

    #[test]
    fn an_interviewers_labelled_turns_are_found() {
        let turns = [
            "The lede introduces the guest.",
            "TR: Why did the plant close? Was it the price?",
            "OKAFOR: Because nobody would sign a contract.",
            "TR: The mandate should fix that.",
            "OKAFOR: It fixes demand on paper. Is that enough? No.",
            "TR: What comes next?",
            "NOTE: Figures are from the ministry.",
        ];
        assert_eq!(
            interviewer_labels(turns.into_iter(), &["Ada Okafor"]),
            vec!["TR"]
        );
        // A host named in full on the first turn, by surname later; taken for a speaker
        // by the quote finder, but asking on two turns of three.
        let radio = [
            "JANE ROWE: Good morning. My guest is Dr Ada Okafor. How bad is it?",
            "DR ADA OKAFOR: Bad. Is it the worst year? Perhaps not.",
            "ROWE: And the cost?",
            "OKAFOR: About a tenth of revenue.",
            "ROWE: Before the break: the minister said on Monday that help was coming.",
            "ROWE: Is that enough?",
        ];
        assert_eq!(
            interviewer_labels(radio.into_iter(), &["Ada Okafor", "Jane Rowe"]),
            vec!["ROWE"]
        );
        assert_eq!(label_key("DR ADA OKAFOR"), "OKAFOR");
        assert_eq!(turn_label("HOST: Welcome back."), Some("HOST"));
        assert_eq!(turn_label("Note: figures are estimates."), None);
        assert_eq!(turn_label("The ratio was 3:1 in May."), None);
    }

    #[test]
    fn lines_without_a_full_stop_are_fragments() {
        for t in [
            "Smelters must cut output from coal plants by 20% from Nov. 1",
            "She argued on Wednesday that the bigger problem is power:",
            "Key findings from the survey of 2,000 households",
            "The cable was cut in [^1]",
            "The cable was cut in 2024 [^ note]",
        ] {
            assert_eq!(unfit(t), Some(Unfit::Fragment), "{t}");
        }
        for t in [
            "The port reopened on Tuesday after the strike ended.",
            "“The port will reopen,” the minister said.",
            "The minister called the deal “a new start!”",
            "The port reopened (after nine days).",
            "“We were told the port would open, and then —",
            "Prices rose, and then …",
            "The cable was cut in 2024.[1]",
            "The cable was cut in 2024.[2, 3]",
            "The cable was cut in 2024.²",
            "The cable was cut in 2024.[^1]",
            "The cable was cut in 2024.[^survey-note]",
        ] {
            assert_eq!(unfit(t), None, "{t}");
        }
    }

    #[test]
    fn a_quotes_short_opening_line_is_a_fragment() {
        assert_eq!(unfit("“We are not leaving Mexico."), Some(Unfit::Fragment));
        assert_eq!(unfit("«Nobody wins a trade war."), Some(Unfit::Fragment));
        // Closed, or long enough to stand alone.
        assert_eq!(unfit("“We are not leaving Mexico,” he said."), None);
        assert_eq!(
            unfit("“We are not leaving Mexico, and the plant will be finished by 2028."),
            None
        );
    }

    #[test]
    fn the_writers_first_person_is_an_aside() {
        let aside = |t: &str| writers_voice(t, &words(t));
        assert!(aside(
            "The most useful thing I read this week was a note from the bank."
        ));
        assert!(aside("My own view is that the levy will stay."));
        assert!(aside("The chief executive told me the plant would wait."));
        assert!(!aside("“I read the note twice,” the minister said."));
        assert!(!aside("Prices rose by 4% in the year to March."));
        assert!(!aside("World War I began in 1914 and ended in 1918."));
    }

    #[test]
    fn an_interviews_setting_is_a_transition() {
        for t in [
            "She spoke to The Review by video call last Thursday.",
            "Okafor talked with us by phone from Abuja.",
            "He spoke to reporters over the phone on Monday evening.",
        ] {
            assert_eq!(unfit(t), Some(Unfit::Transition), "{t}");
        }
        for t in [
            "The minister spoke to parliament on Monday about the budget.",
            "She said the buyers had phoned by video and agreed on the price in a call.",
        ] {
            assert_ne!(unfit(t), Some(Unfit::Transition), "{t}");
        }
    }

    #[test]
    fn a_roundups_question_to_its_voices_is_a_transition() {
        for t in [
            "We asked three specialists what the ruling changes.",
            "On the morning show, Jane Rowe asked an economist, a grower and a banker how the island should respond.",
            "This week Ana talks to two people who have followed the dam from the start.",
        ] {
            assert_eq!(unfit(t), Some(Unfit::Transition), "{t}");
        }
        for t in [
            "The judge asked the ministry why it had waited two years to act.",
            "Growers asked whether the subsidy, the loan and the tax break would survive.",
            "The minister spoke to reporters after the vote on Tuesday.",
        ] {
            assert_ne!(unfit(t), Some(Unfit::Transition), "{t}");
        }
    }

    #[test]
    fn questions_transitions_and_bare_attributions() {
        let q = "Is the agreement a turning point or another paper promise?";
        assert_eq!(unfit(q), Some(Unfit::Question));
        assert!(question_turn(
            "Q: You have said this cycle reminds you of an earlier one."
        ));
        assert!(!question_turn("Quarterly profits rose."));
        for t in [
            "Three regional specialists shared their assessments.",
            "We asked four specialists, and they did not agree.",
            "We put the same question to four economists from the region.",
            "Three specialists told The Review what they expect from the fund.",
        ] {
            assert_eq!(unfit(t), Some(Unfit::Transition), "{t}");
        }
        for t in [
            "Economists weighed in on the plan this week.",
            "The researchers told us what they expect.",
            "Analysts provide answers to these questions.",
            "Observers gave their verdicts: none was kind.",
        ] {
            assert_eq!(unfit(t), Some(Unfit::Transition), "{t}");
        }
        for t in [
            "We were asked to leave the port on Monday.",
            "Shares of the company fell after analysts met.",
            "Economists weighed the options for the central bank.",
        ] {
            assert_ne!(unfit(t), Some(Unfit::Transition), "{t}");
        }
        assert_eq!(
            unfit("The analyst said on Monday."),
            Some(Unfit::Attribution)
        );
        let item = "a review of the 14 projects already in the queue, to be completed by June;";
        assert_eq!(unfit(item), Some(Unfit::Fragment));
    }

    #[test]
    fn dangling_openings() {
        for s in [
            "He added that the commission would meet in May.",
            "“This is the worst disruption in years.”",
            "However, the text says nothing about dry years.",
            "In his view, the freeze is defensible.",
            "The political analyst also noted that the deal is broad.",
        ] {
            assert!(dangling(s), "{s}");
        }
        for s in [
            "In addition, the port will close.",
            "IN OTHER WORDS the deal is off.",
            "At the same time, prices rose.",
            "On the other hand, exports grew.",
            "From their perspective: nothing changed.",
            "According to them, the talks failed.",
            "According to the economist, rates will rise.",
            "The experts disagree.",
            "The senior foreign-ministry official declined to comment.",
        ] {
            assert!(dangling(s), "{s}");
        }
        for s in [
            "In additional talks, both sides agreed.",
            "Inflation rose in fact.",
            "According to 2024 data, prices rose.",
            "The expertise of the staff is not in doubt.",
            "The very senior foreign ministry official left.",
            "Helena Marsh has followed the industry for decades.",
            "Meanwhile, Aidos Bekmukhambetov cautioned against optimism.",
            "Thesis writers disagree.",
            "",
        ] {
            assert!(!dangling(s), "{s}");
        }
    }
}
