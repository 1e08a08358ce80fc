//! Word lists the analyses share: reporting verbs, honorifics, role nouns, the words that
//! tell an organisation from a person and an expert from a newsmaker.
//!
//! Every lookup takes a lower-cased word; lists are `match` tables so they compile to
//! fast comparisons and need no start-up work.

use super::Gender;

/// Calls `f` with `word` in lower case (as `str::to_lowercase` gives it) without
/// allocating for short ASCII words, the usual argument of the lookups below.
pub fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    const MAX: usize = 32;
    if !word.is_ascii() || word.len() > MAX {
        return f(&word.to_lowercase());
    }
    if !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return f(word);
    }
    let mut buf = [0u8; MAX];
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    f(std::str::from_utf8(lower).unwrap_or_default())
}

/// How a reporting verb relates to what follows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbClass {
    /// Takes a clause directly or after `that`: `said the talks…`, `believes that…`.
    Clause,
    /// Takes a clause only after `that`: `announced that…`, `pointed out that…`.
    ThatOnly,
    /// Takes a person object before `that`: `told reporters that…`.
    Tell,
    /// Frames a quotation but never a clause: `called the deal "…"`, `described it as`.
    Frame,
}

/// Defines [`reporting_verb`] by its word lists, with a table of the lists' shapes
/// that turns nearly every other word away before the `match` compares strings (the
/// cue finder asks about every word).
macro_rules! reporting_verbs {
    ($($class:ident: $($word:literal)|+;)+) => {
        /// The class of a reporting verb form (British and American spellings), if it is
        /// one.
        pub fn reporting_verb(word: &str) -> Option<VerbClass> {
            if !VERB_SHAPES.admits(word) {
                return None;
            }
            Some(match word {
                $($($word)|+ => VerbClass::$class,)+
                _ => return None,
            })
        }

        const VERB_SHAPES: Shapes = Shapes::of(&[$($($word),+),+]);
    };
}

reporting_verbs! {
    Clause: "said" | "says" | "say" | "saying" | "note" | "warn" | "insist" | "suggest"
        | "claim" | "stress" | "explain" | "add" | "expect" | "fear" | "estimate"
        | "predict" | "agree" | "observe" | "contend" | "maintain" | "conclude"
        | "emphasise" | "emphasize" | "believes" | "believe" | "believed" | "believing"
        | "thinks" | "think" | "thought" | "argues" | "argue" | "argued" | "arguing"
        | "expects" | "expected" | "expecting" | "fears" | "feared" | "fearing" | "hopes"
        | "hoped" | "reckons" | "reckoned" | "adds" | "added" | "adding" | "insists"
        | "insisted" | "insisting" | "suggests" | "suggested" | "suggesting" | "claims"
        | "claimed" | "claiming" | "warns" | "warned" | "warning" | "notes" | "noted"
        | "noting" | "predicts" | "predicted" | "predicting" | "estimates" | "estimated"
        | "contends" | "contended" | "maintains" | "maintained" | "stresses" | "stressed"
        | "stressing" | "emphasises" | "emphasised" | "emphasizes" | "emphasized"
        | "emphasising" | "emphasizing" | "concludes" | "concluded" | "concluding"
        | "explains" | "explained" | "explaining" | "recalls" | "recalled" | "recalling"
        | "asserts" | "asserted" | "observes" | "observed" | "remarks" | "remarked"
        | "comments" | "commented" | "states" | "stated" | "stating" | "assures" | "assured"
        | "acknowledges" | "acknowledged" | "admits" | "admitted" | "concedes" | "conceded"
        | "conceding" | "doubts" | "doubted" | "agrees" | "agreed" | "writes" | "wrote"
        | "replied" | "replies" | "responded" | "answered" | "continued" | "cautions"
        | "cautioned" | "cautioning" | "underlines" | "underlined" | "underscores"
        | "underscored" | "highlights" | "highlighted" | "summarises" | "summarised"
        | "summarizes" | "summarized" | "worries" | "worried" | "considers" | "considered"
        | "feels" | "felt";
    ThatOnly: "calculates" | "calculated" | "calculate"
        | "announced" | "announces" | "announcing" | "declared" | "declares"
        | "show" | "shows" | "showed" | "found" | "finds"
        | "confirmed" | "confirms" | "revealed" | "reveals" | "indicated" | "indicates"
        | "denied" | "denies" | "rejected" | "rejects" | "rejecting" | "dismissed"
        | "dismisses" | "questioned" | "questions" | "disputed" | "disputes" | "urged"
        | "urges" | "urging" | "reported" | "reports" | "pointed" | "points" | "pointing"
        | "clarified" | "specified" | "projected" | "forecast" | "forecasts" | "proposed"
        | "proposes" | "recommended" | "recommends" | "suspects" | "suspected"
        | "promised" | "promises" | "pledged" | "pledges" | "vowed" | "vows";
    Tell: "told" | "tells" | "telling" | "informed" | "informs" | "reminded" | "reminds"
        | "briefed" | "advised" | "advises";
    Frame: "called" | "calls" | "calling" | "described" | "describes" | "describing"
        | "dubbed" | "labelled" | "labeled" | "branded" | "termed" | "characterised"
        | "characterized" | "quipped" | "asked" | "asks" | "shouted" | "wondered" | "joked"
        | "put" | "puts";
}

/// The shapes of a list of lower-case ASCII words: for each first and last letter, the
/// lengths that occur (a bit per length).
struct Shapes([[u32; 26]; 26]);

impl Shapes {
    const fn of(words: &[&str]) -> Shapes {
        let mut table = [[0u32; 26]; 26];
        let mut i = 0;
        while i < words.len() {
            let w = words[i].as_bytes();
            assert!(!w.is_empty() && w.len() < 32);
            let (first, last) = (w[0], w[w.len() - 1]);
            assert!(first.is_ascii_lowercase() && last.is_ascii_lowercase());
            table[(first - b'a') as usize][(last - b'a') as usize] |= 1 << w.len();
            i += 1;
        }
        Shapes(table)
    }

    /// False when no word of the list has the shape of `word`.
    fn admits(&self, word: &str) -> bool {
        let w = word.as_bytes();
        let (Some(&first), Some(&last)) = (w.first(), w.last()) else {
            return false;
        };
        first.is_ascii_lowercase()
            && last.is_ascii_lowercase()
            && w.len() < 32
            && self.0[usize::from(first - b'a')][usize::from(last - b'a')] & (1 << w.len()) != 0
    }
}

/// Verbs whose reporting sense needs a particle: `pointed out`, `went on`.
pub fn needs_particle(word: &str) -> Option<&'static str> {
    match word {
        "pointed" | "points" | "pointing" => Some("out"),
        // `As she puts it: …`, `as Okafor put it, …`.
        "put" | "puts" => Some("it"),
        _ => None,
    }
}

/// Verbs whose object, not a `that` clause, is the reported content: `rejected the idea
/// that …`, `denied the claims`.
pub fn takes_object(word: &str) -> bool {
    matches!(
        word,
        "rejected"
            | "rejects"
            | "rejecting"
            | "denied"
            | "denies"
            | "dismissed"
            | "dismisses"
            | "questioned"
            | "questions"
            | "disputed"
            | "disputes"
            | "proposed"
            | "proposes"
            | "recommended"
            | "recommends"
            // `forecasts the krona at 11.2 per euro by June`: the forecast is the object.
            | "forecast"
            | "forecasts"
    )
}

/// Nouns that introduce an opinion frame: `In his view, …`.
pub fn is_opinion_noun(word: &str) -> bool {
    matches!(
        word,
        "view"
            | "opinion"
            | "analysis"
            | "assessment"
            | "estimation"
            | "estimate"
            | "judgement"
            | "judgment"
            | "words"
            | "mind"
            | "reading"
            | "experience"
            | "understanding"
            | "eyes"
    )
}

/// Nouns that frame an estimate as someone's after `by`: `By his reckoning, …`, `by her
/// count`.
pub fn is_estimate_noun(word: &str) -> bool {
    matches!(
        word,
        "reckoning" | "count" | "estimate" | "estimates" | "calculation" | "calculations"
    )
}

/// A title written before a name, with the gender it shows. Lower-cased, without the dot.
pub fn honorific(word: &str) -> Option<Gender> {
    use Gender::*;
    Some(match word {
        "mr" | "mister" | "sir" | "lord" | "king" | "prince" | "sheikh" | "father" | "brother"
        | "monsieur" | "herr" | "señor" | "senor" | "alhaji" => Male,
        "mrs" | "ms" | "miss" | "madam" | "madame" | "dame" | "lady" | "queen" | "princess"
        | "sister" | "frau" | "señora" | "senora" | "mme" | "hajia" => Female,
        "mx" | "dr" | "doctor" | "prof" | "professor" | "president" | "ambassador" | "minister"
        | "senator" | "sen" | "rep" | "representative" | "governor" | "gov" | "mayor"
        | "chancellor" | "judge" | "justice" | "general" | "gen" | "colonel" | "col" | "lt"
        | "lieutenant" | "captain" | "capt" | "commander" | "admiral" | "sergeant" | "rev"
        | "reverend" | "rabbi" | "imam" | "pope" | "cardinal" | "bishop" | "premier"
        | "commissioner" | "secretary" | "envoy" | "chairman" | "chairwoman" | "chair"
        | "speaker" | "deputy" | "academician" | "engineer" | "eng" | "attorney"
        | "congressman" | "congresswoman" | "councillor" | "councilor" | "emir" | "ayatollah"
        | "marshal" | "co-author" | "coauthor" | "hon" | "honourable" | "honorable" | "engr"
        | "cllr" | "amb" | "supt" | "insp" | "maj" | "brig" | "sgt" | "pastor"
        // A barrister's title in South Africa and Scotland (`Advocate Thandi Dube SC`).
        | "advocate" => Unknown,
        _ => return None,
    })
}

/// Nouns that name a person's role; their presence marks a descriptor.
pub fn is_role_noun(word: &str) -> bool {
    if is_expert_noun(word) || is_newsmaker_noun(word) {
        return true;
    }
    matches!(
        word,
        "director"
            | "head"
            | "chief"
            | "founder"
            | "co-founder"
            | "leader"
            | "leaders"
            | "manager"
            | "editor"
            | "journalist"
            | "correspondent"
            | "reporter"
            | "activist"
            | "lawyer"
            // Legal practitioners and local representatives (`a councillor in …`).
            | "advocate"
            | "barrister"
            | "solicitor"
            | "attorney"
            | "councillor"
            | "councilor"
            | "broker"
            | "partner"
            | "engineer"
            | "officer"
            | "member"
            | "author"
            | "writer"
            | "executive"
            | "president"
            | "vice-president"
            | "dean"
            | "rector"
            | "coordinator"
            | "programme"
            | "ceo"
            | "cfo"
            | "coo"
            | "owner"
            | "trader"
            | "farmer"
            | "doctor"
            | "physician"
            | "surgeon"
            | "nurse"
            | "teacher"
            | "student"
            | "resident"
            | "worker"
            | "candidate"
            | "veteran"
            | "architect"
            | "planner"
            | "designer"
            | "islander"
            | "fisherman"
            | "fisher"
            | "shopkeeper"
            | "pilot"
            | "driver"
            | "banker"
            | "investor"
            | "entrepreneur"
            | "campaigner"
            | "organiser"
            | "organizer"
            | "spokesperson"
            | "negotiator"
            | "economist"
            | "welder"
            | "mechanic"
            | "electrician"
            | "plumber"
            | "labourer"
            | "laborer"
            | "miner"
            | "gamekeeper"
            | "crofter"
            | "smallholder"
            | "rancher"
            | "herder"
            | "beekeeper"
            | "grower"
            | "winemaker"
            | "vintner"
            | "restaurateur"
            | "hotelier"
            | "innkeeper"
            | "publican"
            | "chef"
            | "waiter"
            | "waitress"
            | "vendor"
            | "hawker"
            | "boatman"
            | "skipper"
            | "retiree"
            | "pensioner"
            | "landlord"
            | "tenant"
            | "homeowner"
            | "commuter"
            | "midwife"
            | "paramedic"
            | "firefighter"
            | "ranger"
            | "volunteer"
    )
}

/// Nouns of the analysts and scholars a briefing is built around.
pub fn is_expert_noun(word: &str) -> bool {
    if word.len() > 6 && word.ends_with("ologist") || word.ends_with("ologists") {
        return true;
    }
    matches!(
        word,
        "analyst"
            | "analysts"
            | "economist"
            | "economists"
            | "expert"
            | "experts"
            | "scholar"
            | "researcher"
            | "research"
            | "professor"
            | "fellow"
            | "scientist"
            | "commentator"
            | "specialist"
            | "strategist"
            | "academic"
            | "lecturer"
            | "historian"
            | "consultant"
            | "adviser"
            | "advisor"
            | "teaches"
            | "researches"
            | "lectures"
            | "prof"
            | "teacher"
            | "observer"
            | "pundit"
            | "columnist"
            | "theorist"
            | "demographer"
            | "statistician"
            | "political scientist"
            | "hydrologist"
            | "agronomist"
            | "chemist"
            | "biochemist"
            | "physicist"
            | "astrophysicist"
            | "botanist"
            | "geographer"
            | "mathematician"
            // Sky and engineering scientists (`an astronomer at the observatory`).
            | "astronomer"
            // Earth and ocean scientists (`an oceanographer at the centre`).
            | "oceanographer"
            | "geophysicist"
            | "geochemist"
            | "think-tank"
    )
}

/// Nouns of officials whose words are reported as news.
pub fn is_newsmaker_noun(word: &str) -> bool {
    matches!(
        word,
        "minister"
            // A state's or district's head of schools, or a police rank: an official.
            | "superintendent"
            // The head of a canal, port or health authority (`the authority's
            // administrator, Jo Roe`): an official.
            | "administrator"
            | "envoy"
            | "president"
            | "secretary"
            | "secretary-general"
            | "director-general"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "ambassador"
            | "governor"
            | "mayor"
            | "senator"
            | "lawmaker"
            | "legislator"
            | "official"
            | "officials"
            | "chairman"
            | "chairwoman"
            | "chairperson"
            | "chair"
            | "co-chair"
            | "commissioner"
            | "general"
            | "commander"
            | "chancellor"
            | "premier"
            | "king"
            | "queen"
            | "deputy"
            | "mp"
            | "mep"
            | "congressman"
            | "congresswoman"
            | "diplomat"
            | "politician"
            | "prosecutor"
            | "judge"
            | "representative"
            | "negotiator"
            | "regulator"
    )
}

/// Nouns of government portfolios, the first half of a joined title (`Trade and Industry
/// Secretary`, `Highways and Public Works Minister`, `Land and Resource Stewardship
/// Minister`).
pub fn is_portfolio_noun(word: &str) -> bool {
    matches!(
        word,
        "trade"
            | "industry"
            | "health"
            | "energy"
            | "environment"
            | "land"
            | "lands"
            | "highways"
            | "roads"
            | "works"
            | "transport"
            | "infrastructure"
            | "finance"
            | "economy"
            | "justice"
            | "education"
            | "culture"
            | "agriculture"
            | "fisheries"
            | "forestry"
            | "forests"
            | "defence"
            | "defense"
            | "housing"
            | "communities"
            | "science"
            | "technology"
            | "innovation"
            | "employment"
            | "labour"
            | "labor"
            | "tourism"
            | "sport"
            | "youth"
            | "children"
            | "women"
            | "water"
            | "mines"
            | "mining"
            | "resources"
            | "climate"
            | "planning"
            | "investment"
            | "treasury"
            | "work"
            | "digital"
            | "immigration"
            | "interior"
            | "local"
    )
}

/// Words naming a university or a research institute, in English or in the language of
/// the country (a translated edition keeps `Universidad de …`, `Institut für …`).
pub fn is_academy_word(word: &str) -> bool {
    matches!(
        word,
        "university"
            | "universidad"
            | "universidade"
            | "università"
            | "universität"
            | "université"
            | "universite"
            | "universitat"
            | "universiteit"
            | "universitet"
            | "hochschule"
            | "institute"
            | "instituto"
            | "institut"
            | "istituto"
    )
}

/// Words in an organisation's name that mark research bodies (their heads are experts).
pub fn is_research_org_word(word: &str) -> bool {
    is_academy_word(word)
        || matches!(
            word,
            "institution"
                | "centre"
                | "center"
                | "college"
                | "school"
                | "academy"
                | "forum"
                | "lab"
                | "laboratory"
                | "research"
                | "studies"
                | "think"
                | "observatory"
                | "programme"
                | "program"
                | "consultancy"
        )
}

/// Words that name a firm whose trade is analysis (`Vantage Ratings`, `a credit rating
/// agency`, `Harbour Analytics`, `Delta Insights`): its directors and heads are
/// analysts quoted for their view, like a research institute's.
/// A brokerage (`the Mombasa brokerage …`, `Halvorsen Brokers`) is one too: brokers
/// publish the market reports and price views that commodity and market stories quote.
pub fn is_analysis_firm_word(word: &str) -> bool {
    matches!(
        word,
        "ratings" | "rating" | "analytics" | "insights" | "brokerage" | "brokers"
    )
}

/// Capitalised words that belong to organisations, places and works, never to a
/// person's name.
pub fn is_org_word(word: &str) -> bool {
    // A compound bank name (`Landesbank`, `Sparebank`); short ones are surnames
    // (`Eubank`, `Fairbank`).
    if word.len() >= 9 && word.ends_with("bank") {
        return true;
    }
    matches!(
        word,
        "institute"
            | "centre"
            | "center"
            | "university"
            | "college"
            | "school"
            | "academy"
            // Research bodies named in their own language in translated copy
            // (`Instituto Astronómico del Norte`, `Universität Hamburg`).
            | "institut"
            | "instituto"
            | "istituto"
            | "universidad"
            | "universidade"
            | "università"
            | "universität"
            | "université"
            | "hochschule"
            // Transport operators (`Northgate Railway said it would close lines`).
            | "railway"
            | "railways"
            | "railroad"
            | "railroads"
            | "rail"
            | "transit"
            | "agency"
            | "authority"
            | "commission"
            | "council"
            | "ministry"
            | "department"
            | "bank"
            // `Banco Cumbres`, `Banque Lemaire`: the word in Spanish, Portuguese, Italian
            // and French.
            | "banco"
            | "banque"
            | "fund"
            | "group"
            | "partners"
            | "research"
            | "lab"
            | "forum"
            | "assembly"
            | "union"
            | "party"
            | "company"
            | "cooperative"
            | "co-operative"
            | "co-op"
            | "corporation"
            | "corp"
            | "inc"
            | "ltd"
            | "llc"
            | "plc"
            | "association"
            | "federation"
            | "organisation"
            | "organization"
            | "office"
            | "committee"
            | "court"
            | "parliament"
            | "congress"
            | "senate"
            | "government"
            | "administration"
            | "times"
            | "news"
            | "post"
            | "journal"
            | "review"
            | "ledger"
            | "wire"
            | "tv"
            | "press"
            | "society"
            | "foundation"
            | "club"
            | "programme"
            | "program"
            | "initiative"
            | "service"
            | "services"
            | "police"
            | "army"
            | "navy"
            | "forces"
            | "facility"
            | "interest"
            | "street"
            | "square"
            | "sea"
            | "river"
            | "ocean"
            | "mountains"
            | "republic"
            | "kingdom"
            | "states"
            | "state"
            | "emirates"
            | "europe"
            | "asia"
            | "africa"
            | "america"
            | "reservoir"
            | "port"
            | "airport"
            | "station"
            | "studies"
            | "economics"
            | "policy"
            | "maritime"
            | "energy"
            | "health"
            | "systems"
            | "network"
            | "collective"
            | "coalition"
            | "alliance"
            | "council's"
            | "operation"
            | "act"
            | "treaty"
            | "accord"
            | "agreement"
            | "summit"
            | "war"
            | "prize"
            | "award"
            | "cup"
            | "games"
            | "day"
            | "week"
            | "index"
            | "exchange"
            | "market"
            | "markets"
            | "trust"
            | "capital"
            | "holdings"
            | "air"
            | "airways"
            | "aviation"
            | "shipping"
            | "lines"
            | "infrastructure"
            | "investments"
            | "investment"
            | "securities"
            | "ventures"
            | "industries"
            | "resources"
            | "metals"
            | "mining"
            | "petroleum"
            | "oil"
            | "gas"
            | "insurance"
            | "advisers"
            | "advisors"
            | "associates"
            // The same firm suffix in Spanish, Portuguese, French and Italian
            // (`Cárdenas, Robles y Asociados`, `Dupont et Associés`): without it the
            // particle `y`/`e`/`et` lets the partners' surnames read as a person.
            | "asociados"
            | "asociadas"
            | "associados"
            | "associés"
            | "associati"
            | "solutions"
            | "governance"
            | "telecom"
            | "pharmaceuticals"
            | "bancorp"
            | "asset"
            | "management"
            | "equity"
            | "llp"
            | "gmbh"
            | "sa"
            | "ag"
            | "airlines"
            | "motors"
            | "technologies"
            | "digital"
            | "media"
            | "consulting"
            | "logistics"
            // Makers and operators of vehicles and machines (`Veloro Mobility said`).
            | "mobility"
            | "robotics"
            | "automotive"
            | "navigation"
            | "unit"
            | "region"
            | "province"
            | "district"
            | "county"
            | "city"
            | "island"
            | "islands"
            | "valley"
            | "bay"
            | "gulf"
            | "canal"
            | "coast"
            | "north"
            | "south"
            | "east"
            | "west"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
            | "central"
            | "national"
            | "international"
            | "federal"
            | "royal"
            | "united"
            | "new"
    )
}

/// Capitalised words that open sentences or name times, never part of a person's name.
pub fn is_non_name_capital(word: &str) -> bool {
    matches!(
        word,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "meanwhile"
            | "however"
            | "moreover"
            | "furthermore"
            | "thus"
            | "therefore"
            | "interestingly"
            | "according"
            | "also"
            | "yet"
            | "still"
            | "instead"
            | "indeed"
            | "nevertheless"
            | "nonetheless"
            | "overall"
            | "finally"
            | "first"
            | "second"
            | "third"
            | "today"
            | "yesterday"
            | "tomorrow"
            | "christmas"
            | "easter"
            | "ramadan"
            | "covid-19"
            // `By Jo Roe` is a byline: a preposition, never a given name.
            | "by"
            | "q"
            | "a"
            | "i"
            | "mrna"
    )
}

/// Lower-case name particles: `de la Fontaine`, `van der Berg`, `bin Salman`.
pub fn is_particle(word: &str) -> bool {
    matches!(
        word,
        "de" | "la"
            | "le"
            | "du"
            | "des"
            | "da"
            | "das"
            | "dos"
            | "di"
            | "del"
            | "della"
            | "van"
            | "von"
            | "der"
            | "den"
            | "ter"
            | "ten"
            | "zu"
            | "bin"
            | "ibn"
            | "bint"
            | "al"
            | "el"
            | "y"
            | "e"
            | "af"
            | "st"
    )
}

/// Capitalised particles of Irish and Scottish Gaelic surnames (`Ó Dálaigh`, `Ní
/// Bhriain`, `Mac Craith`, `Nic Aodha`, `Uí Néill`; `O` in text without accents): like
/// `van` or `de`, they belong to the surname, which a text shortens to `Ó Dálaigh`, never
/// to `Dálaigh`.
pub fn is_capital_particle(word: &str) -> bool {
    matches!(
        word,
        "Ó" | "O" | "Ní" | "Nic" | "Uí" | "Ua" | "Mac" | "Mc" | "Mag" | "Mhic"
    )
}

/// Personal pronouns and the gender they show.
pub fn pronoun(word: &str) -> Option<Gender> {
    match word {
        "he" | "his" | "him" | "himself" => Some(Gender::Male),
        "she" | "her" | "hers" | "herself" => Some(Gender::Female),
        _ => None,
    }
}

/// Small words skipped between a subject and its verb: `he also noted`, `she has said`.
pub fn is_verb_filler(word: &str) -> bool {
    matches!(
        word,
        "also"
            | "further"
            | "later"
            | "then"
            | "has"
            | "have"
            | "had"
            | "previously"
            | "recently"
            | "once"
            | "again"
            | "firmly"
            | "strongly"
            | "repeatedly"
            // `she has been saying for years`.
            | "been"
            | "earlier"
            | "reportedly"
            | "clearly"
            | "even"
            | "publicly"
            | "privately"
            | "openly"
            | "still"
            | "already"
            | "now"
            | "however"
            | "nonetheless"
            | "too"
            | "likewise"
            | "similarly"
            | "separately"
            | "correctly"
            | "rightly"
            | "frankly"
            | "bluntly"
            | "flatly"
            | "explicitly"
            | "would"
            | "will"
            | "did"
            | "does"
            | "do"
            | "not"
            | "then-"
    )
}

/// Words after a verb that never start a reported clause (`warned against`, `said in`
/// is allowed since news writes `said on Monday the …`).
/// Reporting verbs of thought and evidence, whose clause may open with any name
/// (`thinks Acme could restart`, `expects Smith to win`): no sign that the name after
/// them is a person's.
pub fn is_cognition_verb(word: &str) -> bool {
    matches!(
        word,
        "believes"
            | "believe"
            | "believed"
            | "believing"
            | "thinks"
            | "think"
            | "thought"
            | "expects"
            | "expect"
            | "expected"
            | "expecting"
            | "fears"
            | "fear"
            | "feared"
            | "fearing"
            | "hopes"
            | "hoped"
            | "reckons"
            | "reckoned"
            | "doubts"
            | "doubted"
            | "considers"
            | "considered"
            | "feels"
            | "felt"
            | "suggests"
            | "suggest"
            | "suggested"
            | "suggesting"
            | "estimates"
            | "estimate"
            | "estimated"
            | "predicts"
            | "predict"
            | "predicted"
            | "worries"
            | "worried"
            | "suspects"
            | "suspected"
            | "show"
            | "shows"
            | "showed"
            | "found"
            | "finds"
    )
}

/// Verbs of warning whose object is a phrase after `against` (`cautioned against
/// drawing conclusions`).
pub fn warns(verb: &str) -> bool {
    matches!(
        verb,
        "warned" | "warns" | "warning" | "cautioned" | "cautions" | "cautioning"
    )
}

/// Verbs that point to evidence with `to` (`pointed to a 2009 explosion`).
pub fn points(verb: &str) -> bool {
    matches!(verb, "pointed" | "points" | "pointing")
}

pub fn blocks_clause(word: &str) -> bool {
    matches!(
        word,
        "to" | "against"
            | "about"
            | "of"
            | "with"
            | "for"
            | "by"
            | "as"
            | "so"
            | "nothing"
            | "something"
            | "it"
            | "them"
            | "him"
            | "her"
            | "me"
            | "us"
            | "you"
            | "this"
            | "yes"
            | "no"
            | "otherwise"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verbs_cover_both_spellings_and_classes() {
        assert_eq!(reporting_verb("emphasised"), Some(VerbClass::Clause));
        assert_eq!(reporting_verb("emphasized"), Some(VerbClass::Clause));
        assert_eq!(reporting_verb("told"), Some(VerbClass::Tell));
        assert_eq!(reporting_verb("announced"), Some(VerbClass::ThatOnly));
        assert_eq!(reporting_verb("called"), Some(VerbClass::Frame));
        assert_eq!(reporting_verb("walked"), None);
    }

    #[test]
    fn expert_nouns_include_ologists() {
        assert!(is_expert_noun("epidemiologist"));
        assert!(is_expert_noun("economist"));
        assert!(is_expert_noun("agronomist"));
        assert!(is_expert_noun("oceanographer"));
        assert!(is_expert_noun("physicist"));
        assert!(is_expert_noun("researches"));
        assert!(is_org_word("landesbank"));
        assert!(is_org_word("mobility"));
        assert!(!is_org_word("fairbank"));
        assert!(is_org_word("banco") && is_org_word("asociados"));
        assert!(!is_expert_noun("minister"));
        assert!(is_newsmaker_noun("minister"));
        assert!(is_role_noun("director"));
        assert!(is_role_noun("architect"));
        assert!(is_org_word("air") && is_org_word("capital") && is_org_word("fund"));
    }

    #[test]
    fn honorifics_show_gender() {
        assert_eq!(honorific("mr"), Some(Gender::Male));
        assert_eq!(honorific("ms"), Some(Gender::Female));
        assert_eq!(honorific("professor"), Some(Gender::Unknown));
        assert_eq!(honorific("meanwhile"), None);
        // `Co-author Ilse Brand, …`: a title before a study author's name.
        assert_eq!(honorific("co-author"), Some(Gender::Unknown));
    }
}
