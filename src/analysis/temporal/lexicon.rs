//! Word lists for the temporal tagger: calendar names, number words, units, the words
//! that introduce a time expression, and the verb forms that tell tense.
//!
//! Every word a tagger rule keys on is looked up once per token here (one hash lookup),
//! so the rules themselves compare small enums, never strings.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// FNV-1a: the lexicon is looked up once per token, and its keys are short ASCII words,
/// for which this is several times faster than the default SipHash.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Map = HashMap<&'static str, Word, BuildHasherDefault<Fnv>>;

/// What a (lower-cased) word means to the tagger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word {
    /// January = 1 … December = 12. `ambiguous` for `May`/`March`, which are also verbs,
    /// and for bare abbreviations that need a day or year beside them.
    Month {
        month: u8,
        ambiguous: bool,
    },
    /// Monday = 0 … Sunday = 6.
    Weekday(u8),
    Season(Season),
    /// `one` … `ninety`, `a`, `an`.
    Number(u32),
    /// `first` … `fourth`, and `last`/`final` as the ordinal of a quarter or half.
    Ordinal(u8),
    Unit(Unit),
    /// Plural of a unit (`years`), for durations and vague spans.
    Units(Unit),
    /// `twenties` … `nineties`: the decade digit.
    DecadeName(u8),
    /// `last`, `next`, `this`, `coming`, `past`, `previous`, `following`.
    Shift(Shift),
    /// `early`, `mid`, `late` (and `earlier`/`later` before `this …`).
    Modifier(Modifier),
    /// A preposition or marker after which a number or month is read as a date.
    Trigger,
    Other,
}

/// A season, in the order a calendar year runs through them. A winter spans two years
/// and is named by the year it begins in (`2029-WI` is December 2029 to February 2030):
/// that is how `the winter of 2029-30` reads, so `this winter` said in November 2031 and
/// `the winter of 2031-32` get the same value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

impl Season {
    /// Position in the year, spring first (the winter of Y is December Y to February
    /// Y+1).
    pub fn index(self) -> u8 {
        self as u8
    }
    /// The code used in normalized values (`2019-SP`).
    pub fn code(self) -> &'static str {
        match self {
            Season::Winter => "WI",
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Autumn => "FA",
        }
    }
    /// First month of the season (winter starts in December of its year).
    pub fn start_month(self) -> u8 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Autumn => 9,
            Season::Winter => 12,
        }
    }
    /// The season a month falls in, and the shift to the year that names it (January
    /// and February belong to the winter that began the year before).
    pub fn of_month(month: u8) -> (Season, i32) {
        match month {
            12 => (Season::Winter, 0),
            1 | 2 => (Season::Winter, -1),
            3..=5 => (Season::Spring, 0),
            6..=8 => (Season::Summer, 0),
            _ => (Season::Autumn, 0),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Unit {
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Shift {
    Last,
    Next,
    This,
    /// `the coming …`
    Coming,
    /// `the past …`
    Past,
    /// `the previous …` (anaphoric)
    Previous,
    /// `the following …` (anaphoric)
    Following,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Modifier {
    Early,
    Mid,
    Late,
}

impl Modifier {
    pub fn as_str(self) -> &'static str {
        match self {
            Modifier::Early => "early",
            Modifier::Mid => "mid",
            Modifier::Late => "late",
        }
    }
}

static WORDS: LazyLock<Map> = LazyLock::new(|| {
    let mut m = Map::default();
    let months = [
        ("january", 1),
        ("february", 2),
        ("april", 4),
        ("june", 6),
        ("july", 7),
        ("august", 8),
        ("september", 9),
        ("october", 10),
        ("november", 11),
        ("december", 12),
    ];
    for (w, n) in months {
        m.insert(
            w,
            Word::Month {
                month: n,
                ambiguous: false,
            },
        );
    }
    for (w, n) in [("march", 3), ("may", 5)] {
        m.insert(
            w,
            Word::Month {
                month: n,
                ambiguous: true,
            },
        );
    }
    let abbreviations = [
        ("jan", 1),
        ("feb", 2),
        ("mar", 3),
        ("apr", 4),
        ("jun", 6),
        ("jul", 7),
        ("aug", 8),
        ("sep", 9),
        ("sept", 9),
        ("oct", 10),
        ("nov", 11),
        ("dec", 12),
    ];
    for (w, n) in abbreviations {
        m.insert(
            w,
            Word::Month {
                month: n,
                ambiguous: true,
            },
        );
    }
    let weekdays = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    for (i, w) in weekdays.iter().enumerate() {
        m.insert(*w, Word::Weekday(i as u8));
    }
    for (w, s) in [
        ("winter", Season::Winter),
        ("spring", Season::Spring),
        ("summer", Season::Summer),
        ("autumn", Season::Autumn),
        ("fall", Season::Autumn),
    ] {
        m.insert(w, Word::Season(s));
    }
    let numbers = [
        ("a", 1),
        ("an", 1),
        ("one", 1),
        ("two", 2),
        ("three", 3),
        ("four", 4),
        ("five", 5),
        ("six", 6),
        ("seven", 7),
        ("eight", 8),
        ("nine", 9),
        ("ten", 10),
        ("eleven", 11),
        ("twelve", 12),
        ("thirteen", 13),
        ("fourteen", 14),
        ("fifteen", 15),
        ("sixteen", 16),
        ("seventeen", 17),
        ("eighteen", 18),
        ("nineteen", 19),
        ("twenty", 20),
        ("thirty", 30),
        ("forty", 40),
        ("fifty", 50),
        ("sixty", 60),
        ("seventy", 70),
        ("eighty", 80),
        ("ninety", 90),
    ];
    for (w, n) in numbers {
        m.insert(w, Word::Number(n));
    }
    for (w, n) in [
        ("first", 1),
        ("second", 2),
        ("third", 3),
        ("fourth", 4),
        ("1st", 1),
        ("2nd", 2),
        ("3rd", 3),
        ("4th", 4),
        ("final", 4),
    ] {
        m.insert(w, Word::Ordinal(n));
    }
    for (w, u) in [
        ("day", Unit::Day),
        ("week", Unit::Week),
        ("weekend", Unit::Week),
        ("month", Unit::Month),
        ("quarter", Unit::Quarter),
        ("year", Unit::Year),
        ("decade", Unit::Decade),
    ] {
        m.insert(w, Word::Unit(u));
    }
    for (w, u) in [
        ("days", Unit::Day),
        ("weeks", Unit::Week),
        ("months", Unit::Month),
        ("quarters", Unit::Quarter),
        ("years", Unit::Year),
        ("decades", Unit::Decade),
    ] {
        m.insert(w, Word::Units(u));
    }
    for (w, d) in [
        ("twenties", 2),
        ("thirties", 3),
        ("forties", 4),
        ("fifties", 5),
        ("sixties", 6),
        ("seventies", 7),
        ("eighties", 8),
        ("nineties", 9),
    ] {
        m.insert(w, Word::DecadeName(d));
    }
    for (w, s) in [
        ("last", Shift::Last),
        ("next", Shift::Next),
        ("this", Shift::This),
        ("coming", Shift::Coming),
        ("past", Shift::Past),
        ("previous", Shift::Previous),
        ("preceding", Shift::Previous),
        ("following", Shift::Following),
        ("upcoming", Shift::Coming),
    ] {
        m.insert(w, Word::Shift(s));
    }
    for (w, x) in [
        ("early", Modifier::Early),
        ("earlier", Modifier::Early),
        ("mid", Modifier::Mid),
        ("late", Modifier::Late),
        ("later", Modifier::Late),
    ] {
        m.insert(w, Word::Modifier(x));
    }
    for w in [
        "in",
        "since",
        "by",
        "from",
        "until",
        "till",
        "through",
        "throughout",
        "to",
        "before",
        "after",
        "during",
        "of",
        "around",
        "circa",
        "c",
        "ca",
        "on",
        "into",
        "for",
        "between",
        "and",
        "or",
        "as",
        "at",
        "end",
        "start",
        "beginning",
        "middle",
        "half",
        "ahead",
        "than",
        "unlike",
        "like",
    ] {
        m.insert(w, Word::Trigger);
    }
    m
});

/// Length of the longest lexicon key (checked by a test).
const MAX_KEY: usize = 10;

/// Looks up a lower-cased word.
pub fn word(lower: &str) -> Word {
    // Most words are not in the lexicon; its keys are at most MAX_KEY bytes long.
    if lower.is_empty() || lower.len() > MAX_KEY {
        return Word::Other;
    }
    WORDS.get(lower).copied().unwrap_or(Word::Other)
}

/// Temporal prepositions after which a bare four-digit number is a year.
pub fn is_year_preposition(lower: &str) -> bool {
    matches!(
        lower,
        "in" | "since"
            | "by"
            | "from"
            | "until"
            | "till"
            | "through"
            | "throughout"
            | "to"
            | "before"
            | "after"
            | "during"
            | "of"
            | "around"
            | "circa"
            | "c"
            | "ca"
            | "into"
            | "between"
            | "and"
            | "or"
            | "than"
            | "early"
            | "mid"
            | "late"
            | "for"
            | "year"
            | "fiscal"
            | "as"
            | "unlike"
            | "like"
            | "summer"
            | "spring"
            | "autumn"
            | "winter"
            | "fall"
    )
}

/// Nouns before a number that make it a label, not a year (`page 2001`, `flight 1549`).
pub fn is_label_noun(lower: &str) -> bool {
    matches!(
        lower,
        "page"
            | "pages"
            | "room"
            | "flight"
            | "route"
            | "number"
            | "no"
            | "nr"
            | "article"
            | "item"
            | "chapter"
            | "section"
            | "paragraph"
            | "line"
            | "bus"
            | "code"
            | "vol"
            | "volume"
            | "pp"
            | "p"
            | "ch"
            | "art"
            | "resolution"
            | "order"
            | "decree"
            | "law"
            | "act"
            | "model"
            | "type"
            | "version"
            | "id"
            | "unit"
            | "block"
            | "gate"
            | "platform"
            | "building"
            | "suite"
            | "apartment"
            | "highway"
            | "street"
            | "km"
            | "mile"
            | "kilometre"
            | "kilometer"
            | "altitude"
            | "rank"
            | "ranked"
            | "score"
            | "scored"
            | "about"
            | "some"
            | "nearly"
            | "almost"
            | "roughly"
            | "approximately"
            | "over"
            | "under"
            | "only"
            | "just"
            | "least"
    )
}

/// Words right after a number that make it an amount (`2000 people`, `1500 MW`).
pub fn is_amount_word(lower: &str) -> bool {
    matches!(
        lower,
        "per"
            | "percent"
            | "pc"
            | "km"
            | "kilometres"
            | "kilometers"
            | "miles"
            | "mw"
            | "gw"
            | "kw"
            | "mwh"
            | "gwh"
            | "twh"
            | "tonnes"
            | "tons"
            | "t"
            | "kg"
            | "m"
            | "bn"
            | "mn"
            | "million"
            | "billion"
            | "trillion"
            | "thousand"
            | "hundred"
            | "dollars"
            | "euros"
            | "pounds"
            | "people"
            | "times"
            | "units"
            | "hours"
            | "minutes"
            | "seconds"
            | "feet"
            | "metres"
            | "meters"
            | "model"
            | "models"
            | "x"
    )
}

/// Words that open a new clause (for the local tense and the event clause).
pub fn is_subordinator(lower: &str) -> bool {
    matches!(
        lower,
        "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "when"
            | "while"
            | "because"
            | "although"
            | "though"
            | "whereas"
            | "if"
            | "unless"
            | "where"
            | "after"
            | "before"
            | "since"
            | "once"
            | "as"
            | "but"
    )
}

/// Reporting verbs: their tense says when something was said, not when it happened, so
/// they only decide tense when the expression sits right beside them.
pub fn is_reporting_verb(lower: &str) -> bool {
    matches!(
        lower,
        "said"
            | "says"
            | "told"
            | "tells"
            | "noted"
            | "notes"
            | "added"
            | "adds"
            | "stated"
            | "states"
            | "explained"
            | "argued"
            | "argues"
            | "warned"
            | "warns"
            | "claimed"
            | "insisted"
            | "recalled"
            | "pointed"
            | "believes"
            | "believed"
            | "thinks"
            | "emphasised"
            | "emphasized"
            | "stressed"
            | "concluded"
            | "assured"
            | "wrote"
            | "writes"
            | "announced"
            | "cautioned"
            | "conceded"
            | "suggested"
            | "observed"
            | "remarked"
            | "replied"
            | "continued"
    )
}

/// Irregular simple-past forms (regular ones end in `-ed`).
pub fn is_irregular_past(lower: &str) -> bool {
    matches!(
        lower,
        "was"
            | "were"
            | "had"
            | "did"
            | "said"
            | "told"
            | "took"
            | "came"
            | "went"
            | "fell"
            | "rose"
            | "began"
            | "made"
            | "sent"
            | "gave"
            | "got"
            | "held"
            | "met"
            | "saw"
            | "spoke"
            | "wrote"
            | "won"
            | "lost"
            | "left"
            | "brought"
            | "bought"
            | "built"
            | "paid"
            | "kept"
            | "led"
            | "ran"
            | "grew"
            | "drew"
            | "felt"
            | "found"
            | "stood"
            | "thought"
            | "knew"
            | "became"
            | "broke"
            | "chose"
            | "drove"
            | "flew"
            | "forgot"
            | "sold"
            | "struck"
            | "swept"
            | "fought"
            | "sought"
            | "taught"
            | "caught"
            | "meant"
            | "spent"
            | "lent"
            | "dealt"
            | "shook"
            | "wore"
            | "withdrew"
            | "undertook"
            | "overtook"
            | "arose"
            | "froze"
            | "stole"
            | "woke"
    )
}

/// Past participles that are not `-ed` forms (for `has been`, `have grown`).
pub fn is_irregular_participle(lower: &str) -> bool {
    matches!(
        lower,
        "been"
            | "done"
            | "gone"
            | "taken"
            | "given"
            | "seen"
            | "made"
            | "said"
            | "told"
            | "become"
            | "begun"
            | "grown"
            | "fallen"
            | "risen"
            | "written"
            | "spoken"
            | "known"
            | "shown"
            | "held"
            | "kept"
            | "led"
            | "sent"
            | "built"
            | "paid"
            | "lost"
            | "won"
            | "left"
            | "brought"
            | "bought"
            | "come"
            | "run"
            | "had"
            | "got"
            | "gotten"
            | "found"
            | "put"
            | "set"
            | "cut"
            | "broken"
            | "chosen"
            | "driven"
            | "frozen"
            | "struck"
            | "fought"
            | "sought"
            | "spent"
            | "drawn"
            | "withdrawn"
            | "undertaken"
    )
}

/// `-ed` words that are not verbs in the past.
pub fn is_ed_exception(lower: &str) -> bool {
    matches!(
        lower,
        "need"
            | "speed"
            | "seed"
            | "feed"
            | "indeed"
            | "proceed"
            | "succeed"
            | "exceed"
            | "embed"
            | "shed"
            | "bed"
            | "red"
            | "hundred"
            | "united"
            | "limited"
            | "advanced"
            | "based"
            | "related"
            | "so-called"
            | "detailed"
            | "skilled"
            | "armed"
            | "concerned"
            | "interested"
            | "sophisticated"
            | "complicated"
            | "dedicated"
            | "unprecedented"
            | "alleged"
            | "supposed"
            | "used"
            | "bred"
            | "breed"
            | "greed"
            | "creed"
            | "weed"
            | "heed"
            | "steed"
            | "wed"
            | "fed"
            | "led"
    )
}

/// Nouns that make a capitalised law or founding text of a year its short name (`the
/// 1965 Act`, `the 1972 Constitution`): the year is part of the name, not an event.
pub fn is_instrument_noun(w: &str) -> bool {
    matches!(
        w,
        "act" | "constitution" | "charter" | "code" | "statute" | "treaty"
    )
}

/// Plurals for acts of change that a year before them dates (`the 2024 amendments`, `the
/// 2019 reforms`), rather than counts.
pub fn is_change_plural(w: &str) -> bool {
    matches!(
        w,
        "amendments"
            | "reforms"
            | "revisions"
            | "changes"
            | "regulations"
            | "guidelines"
            | "rules"
            | "sanctions"
            | "tariffs"
            | "cuts"
            | "floods"
            | "riots"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_covers_every_key() {
        assert!(WORDS.keys().all(|k| k.len() <= MAX_KEY));
        assert_eq!(word("throughout"), Word::Trigger);
        assert_eq!(word("wednesday"), Word::Weekday(2));
        assert_eq!(
            word("sept"),
            Word::Month {
                month: 9,
                ambiguous: true
            }
        );
        assert_eq!(word("potash"), Word::Other);
    }
}
