//! Which sentences may stand in a summary. A summary sentence is read out of context, so
//! page furniture (bylines, datelines, credits), questions, the writer's transitions
//! ("We asked three specialists…"), bare attributions ("he said.") and sentences that
//! lean on the one before ("He added…", "However, …") are kept out or held back.

use std::sync::LazyLock;

use regex::Regex;

use super::text::{Word, content_form};

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
    /// Not a sentence: a list item or clause that starts in lower case.
    Fragment,
}

/// Credits and page chrome by their opening words.
static FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^[\s(\[]*(?:
            (?:additional\s+)?(?:reporting|editing|writing|compiled|translated|photos?)\s+by(?-u:\b)
          | by\s+\p{Lu}\S*(?:\s+\p{Lu}\S*)*\s*$
          | read\s+(?:more|also)(?-u:\b) | related(?-u:\b) | see\s+also(?-u:\b) | share\s+(?:this|on)(?-u:\b)
          | subscribe(?-u:\b) | sign\s+up(?-u:\b) | follow\s+us(?-u:\b) | click(?-u:\b) | advertisement(?-u:\b)
          | (?:photo|image|picture|video|source|credit)s?\s*:
          | copyright(?-u:\b) | ©  | all\s+rights\s+reserved(?-u:\b)
          | (?:published|updated|posted)\s*:
          | https?://
        )",
    )
    .expect("furniture pattern")
});

/// An interviewer's turn: `Q:`, `Q.`, `Question:`.
static QUESTION_TURN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:Q\s*[:.]|Question\s*:)").expect("question turn"));

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
            "we" => phrase(k, &["asked", "spoke", "talked", "turned"]),
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
static ATTRIBUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:said|says|added|adds|noted|notes|stated|states|told|explained|argued|argues|warned|warns|concluded|emphasi[sz]ed|assured|insisted|recalled|according)(?-u:\b)",
    )
    .expect("attribution pattern")
});

/// Opening words that point back to the previous sentence: pronouns, demonstratives and
/// connectives whose sense depends on what came before.
const DANGLING_WORDS: &[&str] = &[
    "he",
    "she",
    "they",
    "it",
    "this",
    "that",
    "these",
    "those",
    "his",
    "her",
    "their",
    "its",
    "him",
    "them",
    "such",
    "however",
    "but",
    "yet",
    "and",
    "or",
    "also",
    "moreover",
    "furthermore",
    "nevertheless",
    "nonetheless",
    "still",
    "instead",
    "besides",
    "likewise",
    "similarly",
    "then",
    "therefore",
    "hence",
    "consequently",
    "thus",
    "otherwise",
    "so",
    "accordingly",
    "indeed",
    "rather",
    "conversely",
    "additionally",
];

/// Multi-word openings with the same effect.
static DANGLING_PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?:
            in\s+(?:addition|turn|other\s+words|this\s+context|that\s+case|contrast|fact|particular)(?-u:\b)
          | at\s+the\s+same\s+time(?-u:\b) | on\s+the\s+(?:contrary|other\s+hand)(?-u:\b)
          | for\s+this\s+reason(?-u:\b) | as\s+a\s+result(?-u:\b) | after\s+that(?-u:\b) | by\s+contrast(?-u:\b)
          | (?:in|from)\s+(?:his|her|their)\s+(?:view|opinion|words|perspective)(?-u:\b)
          | according\s+to\s+(?:him|her|them|the\s+[a-z]+)(?-u:\b)
          | the\s+(?:[a-z-]+\s+)?(?:[a-z-]+\s+)?(?:expert|analyst|economist|specialist|scholar|researcher|professor|official|minister|spokes(?:man|woman|person))s?(?-u:\b)
        )",
    )
    .expect("dangling phrase")
});

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

/// True for an interviewer's turn (`Q:`): none of its sentences may be chosen.
pub fn question_turn(paragraph: &str) -> bool {
    QUESTION_TURN.is_match(paragraph)
}

/// Why a sentence may not be chosen, if it may not; `words` are its words.
pub fn unfit(sentence: &str, words: &[Word<'_>]) -> Option<Unfit> {
    let s = sentence.trim();
    if FURNITURE.is_match(s) || lowercase_words(s) < 3 {
        return Some(Unfit::Furniture);
    }
    let end = s.trim_end_matches(['"', '\'', '”', '’', '»', ')', ' ']);
    if end.ends_with('?') {
        return Some(Unfit::Question);
    }
    if opening(s).chars().next().is_some_and(char::is_lowercase) {
        return Some(Unfit::Fragment);
    }
    if transition(sentence, words) {
        return Some(Unfit::Transition);
    }
    if s.split_whitespace().nth(6).is_none()
        && ATTRIBUTION.is_match(s)
        && !s.contains(" that ")
        && !s.contains(['"', '“', '«'])
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
    let first = &s[..end];
    DANGLING_WORDS.iter().any(|w| w.eq_ignore_ascii_case(first)) || DANGLING_PHRASE.is_match(s)
}

/// Words made of lower-case letters: prose has many, datelines and bylines hardly any.
fn lowercase_words(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| {
            let mut letters = w.chars().filter(|c| c.is_alphabetic()).peekable();
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
        ] {
            assert_eq!(unfit(s), Some(Unfit::Furniture), "{s}");
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
            "Helena Marsh has followed the industry for decades.",
            "Meanwhile, Aidos Bekmukhambetov cautioned against optimism.",
            "Thesis writers disagree.",
            "",
        ] {
            assert!(!dangling(s), "{s}");
        }
    }
}
