//! Speakers and their statements, checked the way a careful reader would: the seed
//! briefing quote by quote, and every development document for sane output.

use std::path::Path;

use brief::analysis::{Analysis, AnalysisOptions, QuoteKind, Speaker, analyse};
use brief::document::{Document, LoadOptions, load_path};

fn load(path: &str) -> (Document, Analysis) {
    let doc = load_path(Path::new(path), &LoadOptions::default()).expect("loads");
    let analysis = analyse(&doc, &AnalysisOptions::default());
    (doc, analysis)
}

fn seed() -> (Document, Analysis) {
    load("seeds/washington-minsk-diplomacy-backed-by-pragmatism.txt")
}

/// The analysis of a briefing given as text.
fn analysed(text: &str) -> Analysis {
    analyse(&Document::from_text(text), &AnalysisOptions::default())
}

/// Each section's title and expert, in order.
fn outline(a: &Analysis) -> Vec<(&str, Option<&str>)> {
    a.sections
        .iter()
        .map(|s| (s.title.as_str(), s.expert.as_deref()))
        .collect()
}

/// The speaker whose statements include `words`, with the statement's kind.
fn who_said<'a>(speakers: &'a [Speaker], words: &str) -> Option<(&'a str, QuoteKind)> {
    speakers.iter().find_map(|s| {
        s.quotes
            .iter()
            .find(|q| q.text.contains(words))
            .map(|q| (s.name.as_str(), q.kind))
    })
}

#[test]
fn seed_names_the_two_analysts_and_the_envoy() {
    let (_, a) = seed();
    let names: Vec<&str> = a.speakers.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names[..2], ["Alexander Tikhansky", "Oleg Leshenyuk"]);
    assert!(a.speakers[0].expert && a.speakers[1].expert);
    let coale = a
        .speakers
        .iter()
        .find(|s| s.name == "John Coale")
        .expect("Coale speaks");
    assert!(!coale.expert, "an envoy is a newsmaker");
    // People who are only mentioned say nothing.
    for silent in [
        "Maria Kolesnikova",
        "Ales Bialiatski",
        "Sergei Tikhanovsky",
        "Vladimir Putin",
        "Greta Conway Van Susteren",
    ] {
        assert!(!names.contains(&silent), "{silent} is not a speaker");
    }
}

#[test]
fn seed_descriptors_and_aliases_come_from_the_introductions() {
    let (_, a) = seed();
    let t = &a.speakers[0];
    let d = t.descriptor.as_deref().unwrap_or("");
    assert!(d.starts_with("Professor"), "{d}");
    assert!(
        d.contains("military-political analyst at the Russian Academy of Military Sciences"),
        "{d}"
    );
    assert!(t.aliases.contains(&"Tikhansky".to_string()));
    let l = &a.speakers[1];
    let d = l.descriptor.as_deref().unwrap_or("");
    assert!(d.contains("political analyst and expert of the Permanent Commission of the CIS Interparliamentary Assembly"), "{d}");
    assert!(l.aliases.contains(&"Leshenyuk".to_string()));
    let coale = a
        .speakers
        .iter()
        .find(|s| s.name == "John Coale")
        .expect("Coale");
    assert!(
        coale
            .descriptor
            .as_deref()
            .unwrap_or("")
            .contains("Special Envoy for Belarus")
    );
}

#[test]
fn seed_statements_quote_by_quote() {
    let (_, a) = seed();
    use QuoteKind::{Direct, Indirect};
    let expected = [
        // The envoy's announcement in the lede.
        (
            "sanctions on the Belarusian potash industry have been lifted",
            "John Coale",
            Indirect,
        ),
        // Tikhansky: "noted that", then "he said", "According to the analyst", a quote
        // the colon hands on, "The political analyst also noted", "the expert stated",
        // "In his view", and a quote over three paragraphs closed by "said Tikhansky".
        (
            "increased engagement between the United States and Belarus",
            "Alexander Tikhansky",
            Indirect,
        ),
        (
            "Washington sees Minsk as a mediator",
            "Alexander Tikhansky",
            Direct,
        ),
        (
            "a factor undoubtedly influencing Minsk",
            "Alexander Tikhansky",
            Indirect,
        ),
        (
            "Potash fertilisers are one of the stable sources",
            "Alexander Tikhansky",
            Direct,
        ),
        (
            "viewing the pardon of prisoners, including opposition leaders",
            "Alexander Tikhansky",
            Indirect,
        ),
        (
            "Minsk’s steps do not contradict Moscow’s interests",
            "Alexander Tikhansky",
            Direct,
        ),
        (
            "the warming of relations between the U.S. and Belarus is a complex",
            "Alexander Tikhansky",
            Indirect,
        ),
        (
            "In this piece, the idea was promoted",
            "Alexander Tikhansky",
            Direct,
        ),
        (
            "not only regional issues were discussed",
            "Alexander Tikhansky",
            Direct,
        ),
        (
            "John Coale came to Minsk with his wife",
            "Alexander Tikhansky",
            Direct,
        ),
        // Leshenyuk: "believes", a three-paragraph quote ("the expert stated"),
        // "In his view" twice, "the political analyst assured", "the expert
        // emphasised", "He also believes", "Leshenyuk concluded".
        (
            "the restoration of communication and the lifting of sanctions",
            "Oleg Leshenyuk",
            Indirect,
        ),
        (
            "Attempts to pressure the country’s official authorities",
            "Oleg Leshenyuk",
            Direct,
        ),
        (
            "With the development of a new national security strategy",
            "Oleg Leshenyuk",
            Direct,
        ),
        (
            "Minsk is seen as part of a broader regional configuration",
            "Oleg Leshenyuk",
            Direct,
        ),
        (
            "the Belarusian side is interested in reducing",
            "Oleg Leshenyuk",
            Indirect,
        ),
        (
            "It should be emphasised that Belarus does not intend",
            "Oleg Leshenyuk",
            Direct,
        ),
        (
            "Dialogue with the U.S. is an element of diplomacy",
            "Oleg Leshenyuk",
            Direct,
        ),
        (
            "with regard to the EU, the focus will also be",
            "Oleg Leshenyuk",
            Indirect,
        ),
        (
            "In Belarus’s foreign policy along the western vector",
            "Oleg Leshenyuk",
            Direct,
        ),
        (
            "a strategic pivot is not anticipated",
            "Oleg Leshenyuk",
            Indirect,
        ),
        (
            "Non-political and technical sectors are likely to benefit",
            "Oleg Leshenyuk",
            Direct,
        ),
    ];
    for (words, speaker, kind) in expected {
        assert_eq!(
            who_said(&a.speakers, words),
            Some((speaker, kind)),
            "{words}"
        );
    }
    // Third persons quoted inside Tikhansky's quote stay with him.
    assert_eq!(
        who_said(&a.speakers, "for security and stability in Eastern Europe").map(|x| x.0),
        Some("Alexander Tikhansky")
    );
    // Scare quotes and an article's title are nobody's statement.
    for words in ["Can Belarus Be Turned Around", "pivot”"] {
        assert!(
            a.speakers
                .iter()
                .flat_map(|s| &s.quotes)
                .all(|q| q.text != words && !q.text.starts_with(words))
        );
    }
    // "experts note that …" names nobody.
    assert!(who_said(&a.speakers, "Minsk was forced to redirect").is_none());
}

#[test]
fn seed_quote_spans_point_into_their_paragraphs() {
    let (doc, a) = seed();
    for s in &a.speakers {
        for q in &s.quotes {
            assert_eq!(
                doc.paragraphs[q.paragraph].text.get(q.span.clone()),
                Some(q.text.as_str())
            );
        }
        let mut sorted = s.quotes.clone();
        sorted.sort_by_key(|q| (q.paragraph, q.span.start));
        assert_eq!(sorted, s.quotes, "statements in document order");
    }
}

#[test]
fn seed_sections_follow_the_experts() {
    let (_, a) = seed();
    assert_eq!(
        outline(&a),
        [
            ("Overview", None),
            ("Alexander Tikhansky", Some("Alexander Tikhansky")),
            ("Oleg Leshenyuk", Some("Oleg Leshenyuk"))
        ]
    );
}

/// Every development document: no panic, and speakers a reader would accept.
#[test]
fn dev_documents_give_sensible_speakers() {
    let dir = Path::new("tests/fixtures/corpus/docs");
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("corpus")
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    assert!(entries.len() >= 8);
    for path in entries {
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let (doc, a) = load(path.to_str().unwrap_or_default());
        let gold: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(format!("tests/fixtures/corpus/gold/{name}.json"))
                .expect("gold"),
        )
        .expect("gold json");
        assert!(!a.speakers.is_empty(), "{name}: nobody speaks");
        let experts = a.speakers.iter().filter(|s| s.expert).count();
        assert!((1..=6).contains(&experts), "{name}: {experts} experts");
        // Experts come first; every speaker says something; spans are real.
        assert!(
            a.speakers.windows(2).all(|w| w[0].expert >= w[1].expert),
            "{name}: order"
        );
        for s in &a.speakers {
            assert!(!s.quotes.is_empty(), "{name}: {} has no statements", s.name);
            assert!(
                s.name.split(' ').count() >= 2,
                "{name}: {} is not a full name",
                s.name
            );
            for q in &s.quotes {
                assert_eq!(
                    doc.paragraphs[q.paragraph].text.get(q.span.clone()),
                    Some(q.text.as_str())
                );
            }
        }
        // The experts a reader names are there (by name or alias).
        for g in gold["speakers"].as_array().into_iter().flatten() {
            if g["expert"] != serde_json::Value::Bool(true) {
                continue;
            }
            let forms: Vec<String> = std::iter::once(&g["name"])
                .chain(g["aliases"].as_array().into_iter().flatten())
                .filter_map(|v| v.as_str().map(str::to_lowercase))
                .collect();
            assert!(
                a.speakers.iter().any(|s| s.expert
                    && forms
                        .iter()
                        .any(|f| s.name.to_lowercase().contains(f.as_str()))),
                "{name}: expert {} missing",
                g["name"]
            );
        }
        // Sections cover every paragraph once, in order.
        let mut next = 0;
        for s in &a.sections {
            assert_eq!(s.paragraphs.start, next, "{name}: sections");
            next = s.paragraphs.end;
        }
        assert_eq!(next, doc.paragraphs.len(), "{name}: sections");
    }
}

/// A briefing in the house style of another outlet: titles before names, institutions
/// after them, single curly quotes, a shared surname and companies that speak.
#[test]
fn another_house_style_keeps_people_titles_and_organisations_apart() {
    let text = "Bulgaria signs gas deal\n\nSOFIA, May 2 — Bulgaria signed a gas deal on Friday. Skandia Air said fares would rise.\n\nEnergy Minister Georgi Marinov told reporters the deal would secure winter supply.\n\nBut analyst Petar Marinov of the Sofia Centre for Energy Security cautioned that prices would rise. ‘Bulgaria’s bill will double,’ Marinov said in a note to clients. ‘Nobody has priced that in.’\n\nMinister Marinov insisted that the price was fair.";
    let a = analysed(text);
    let got: Vec<(&str, Option<&str>, bool)> = a
        .speakers
        .iter()
        .map(|s| (s.name.as_str(), s.descriptor.as_deref(), s.expert))
        .collect();
    assert!(
        got.contains(&("Georgi Marinov", Some("Energy Minister"), false)),
        "{got:?}"
    );
    assert!(
        got.contains(&(
            "Petar Marinov",
            Some("analyst of the Sofia Centre for Energy Security"),
            true
        )),
        "{got:?}"
    );
    assert_eq!(
        got.len(),
        2,
        "organisations and name fragments are not people: {got:?}"
    );
    let by = |w: &str| who_said(&a.speakers, w).map(|(n, _)| n);
    assert_eq!(by("Bulgaria’s bill will double"), Some("Petar Marinov"));
    assert_eq!(by("Nobody has priced that in"), Some("Petar Marinov"));
    assert_eq!(
        by("the deal would secure winter supply"),
        Some("Georgi Marinov")
    );
    assert_eq!(by("the price was fair"), Some("Georgi Marinov"));
    assert!(
        a.speakers
            .iter()
            .flat_map(|s| &s.quotes)
            .all(|q| !q.text.contains("note to clients"))
    );
}

/// Wire and university-newsroom habits: a role that ends with the institution
/// (`analyst, X with the …`), a copula that names the analyst, a setting between the
/// name and `said`, `said on Monday: “…”`, an apposition that opens with an adjective,
/// a member of a research institute, and a subject pronoun before the person spoken to.
#[test]
fn wire_habits_find_their_speakers() {
    let text = "Grain talks resume in Ankara\n\n\
Negotiators meet on Friday in Ankara to revive the grain corridor.\n\n\
Turkey's President, Emre Aydin, in a speech on March 3 said, “The corridor will reopen this spring.”\n\n\
Trade Minister Selin Kaya said on Monday: “We are ready for a deal.”\n\n\
One analyst with that view is Harbour Fund President Daniel Osei. “The outlook is still poor,” said Osei.\n\n\
But another shipping analyst, Marta Lindqvist with the Nordic Institute for Maritime Studies, sees it differently. “A framework could come quickly,” Lindqvist said.\n\n\
“Both sides want the tonnage moving,” says Rhea Patel, associate professor of economics at Westbrook University.\n\n\
“Insurance is the real obstacle,” said Farid Nouri, a member of the Caspian Institute for Strategic Research.\n\n\
She spoke to Tomas Weller, transport editor of The Harbour Review, about why she believes insurers will return.";
    let a = analysed(text);
    let by = |w: &str| who_said(&a.speakers, w).map(|(n, _)| n);
    assert_eq!(by("The corridor will reopen"), Some("Emre Aydin"));
    assert_eq!(by("We are ready for a deal"), Some("Selin Kaya"));
    assert_eq!(by("The outlook is still poor"), Some("Daniel Osei"));
    assert_eq!(
        by("A framework could come quickly"),
        Some("Marta Lindqvist")
    );
    let kaya = a.speakers.iter().find(|s| s.name == "Selin Kaya").unwrap();
    assert_eq!(
        kaya.quotes.len(),
        1,
        "the colon opens a quote, not a clause"
    );
    let speaker = |name: &str| a.speakers.iter().find(|s| s.name == name);
    for expert in [
        "Daniel Osei",
        "Marta Lindqvist",
        "Rhea Patel",
        "Farid Nouri",
    ] {
        let s = speaker(expert).unwrap_or_else(|| panic!("{expert} speaks"));
        assert!(s.expert, "{expert}: {:?}", s.descriptor);
    }
    assert_eq!(
        speaker("Rhea Patel").and_then(|s| s.descriptor.as_deref()),
        Some("associate professor of economics at Westbrook University")
    );
    assert!(
        speaker("Marta Lindqvist")
            .and_then(|s| s.descriptor.as_deref())
            .is_some_and(|d| d.contains("Nordic Institute for Maritime Studies"))
    );
    assert_ne!(
        by("insurers will return"),
        Some("Tomas Weller"),
        "the person spoken to is not the one who believes"
    );
}

/// Places written `City, State` after an apposition, an organisation's name run into a
/// person's, a title that names its organisation, and a role given by a verb.
#[test]
fn appositions_places_and_titles_of_organisations() {
    let text = "Clinics close\n\n\
Nadia Ferreira, a health economist at the Larch Institute in Boise, Idaho, has studied closures for a decade.\n\n\
“Distance is the whole story,” Ferreira said.\n\n\
Neither side can change the basic picture, Chairman of the Board of the Foundation of the Oakmoor Policy Club Pavel Orlov told reporters on Friday.\n\n\
Tomasz Wrona heads the transport programme at the Baltic Policy Observatory. “Freight will follow the money,” Wrona said.";
    let a = analysed(text);
    let speaker = |name: &str| a.speakers.iter().find(|s| s.name == name);
    let ferreira = speaker("Nadia Ferreira").expect("Ferreira speaks");
    assert!(ferreira.expert);
    assert_eq!(
        ferreira.descriptor.as_deref(),
        Some("a health economist at the Larch Institute in Boise")
    );
    let orlov = speaker("Pavel Orlov").expect("the person, not the club, speaks");
    assert_eq!(
        orlov.descriptor.as_deref(),
        Some("Chairman of the Board of the Foundation of the Oakmoor Policy Club")
    );
    let wrona = speaker("Tomasz Wrona").expect("Wrona speaks");
    assert_eq!(
        wrona.descriptor.as_deref(),
        Some("heads the transport programme at the Baltic Policy Observatory")
    );
    assert!(wrona.expert, "heading a research programme makes an expert");
}

/// An interview whose subject is introduced by name in the opening paragraph, not in the
/// title: the answers are theirs.
#[test]
fn interviewee_introduced_before_the_first_question() {
    let text = "Interview: the grid is the bottleneck\n\n\
Lena Okafor runs the grid research group at the Delta Energy Institute. She spoke to our reporter about storage.\n\n\
Q: What is at stake?\n\n\
A: More than most people realise. The grid was built for another century.\n\n\
Q: Is it too late?\n\n\
A: No, but the permits take years.";
    let a = analysed(text);
    assert_eq!(
        who_said(&a.speakers, "The grid was built for another century").map(|x| x.0),
        Some("Lena Okafor")
    );
    assert_eq!(
        who_said(&a.speakers, "the permits take years").map(|x| x.0),
        Some("Lena Okafor")
    );
}

/// Wire-story residents and researchers: an age in apposition, a place after `in City`,
/// `said the cars that …` (a relative clause, not what was said) and a setting after
/// the verb (`said at a briefing Wednesday`).
#[test]
fn ages_places_and_relative_clauses() {
    let text = "Evacuees wait\n\n\
“We are not going to rush this,” Fire Chief Dana Holt said at a briefing Wednesday morning.\n\n\
Maria Pell, 71, who has lived by the tracks since 1985, said she left with her cat and nothing else.\n\n\
Rules already require notice, but not in real time, said Arjun Rao, a rail safety researcher at the Plains Transport Institute in Fargo, North Dakota.\n\n\
Rao said the cars that burned were of an older design.";
    let a = analysed(text);
    let by = |w: &str| who_said(&a.speakers, w).map(|x| x.0);
    assert_eq!(by("she left with her cat"), Some("Maria Pell"));
    let rao = a
        .speakers
        .iter()
        .find(|s| s.name == "Arjun Rao")
        .expect("Rao");
    assert!(rao.expert, "{:?}", rao.descriptor);
    let texts: Vec<&str> = a
        .speakers
        .iter()
        .flat_map(|s| s.quotes.iter().map(|q| q.text.as_str()))
        .collect();
    assert!(
        texts.iter().any(|t| t.starts_with("the cars that burned")),
        "{texts:?}"
    );
    assert!(
        !texts.iter().any(|t| t.contains("at a briefing")),
        "{texts:?}"
    );
}

/// Feature writing: people introduced by what they do, their role fronted in the next
/// sentence, a double surname, a possessive opening a sentence that names someone else.
#[test]
fn feature_introductions() {
    let text = "The last harvest\n\n\
Tomás Rivera Molina walks his grove the way other men walk a hospital corridor. Rivera, who is 58, farms 30 hectares.\n\n\
Elena Soto has spent her career measuring water. A hydrologist at the Ebro Centre for Water Research, she runs trial plots in Zaragoza.\n\n\
“Every tree is a small reservoir,” Soto said.\n\n\
Diego Marín thinks Soto is wrong. An economist at Fundación Cauce, a Madrid think tank, he studies the basin's accounts.\n\n\
His proposal is the opposite: pay farmers like Rivera to keep old groves. He believes the money should come from farm subsidies.\n\n\
“We will wait one more winter,” Rivera said.";
    let a = analysed(text);
    let speaker = |name: &str| a.speakers.iter().find(|s| s.name == name);
    let soto = speaker("Elena Soto").expect("Soto is found by her surname's use");
    assert_eq!(
        soto.descriptor.as_deref(),
        Some("A hydrologist at the Ebro Centre for Water Research")
    );
    assert!(soto.expert);
    let marin = speaker("Diego Marín").expect("Marín");
    assert_eq!(
        marin.descriptor.as_deref(),
        Some("An economist at Fundación Cauce, a Madrid think tank")
    );
    let by = |w: &str| who_said(&a.speakers, w).map(|x| x.0);
    assert_eq!(
        by("We will wait one more winter"),
        Some("Tomás Rivera Molina")
    );
    assert_eq!(
        by("the money should come from farm subsidies"),
        Some("Diego Marín")
    );
}

/// Expert-commentary house style: a rubric line before the date, roles listed one
/// after another before the name, a quoted organisation name inside a role, and `the
/// political scientist` for an expert described in other words.
#[test]
fn commentary_roles_listed_and_quoted() {
    let text = "Caspian ports: a corridor outgrows its berths\n\
Expert opinion\n\
14 January 2026, 15:47\n\n\
Freight along the route grew last year, the ministry reported on Monday.\n\n\
Doctor of Political Science, leading researcher at the Centre for Caspian Studies, Ivan Petrov, noted that the growth is a consequence of sanctions.\n\n\
According to the political scientist, Moscow does not view the corridor as a threat.\n\n\
Kazakhstani economist, director of the Centre for Regional Research “Dala”, Aigerim Sultanova, drew attention to the ports. According to her, the queues will last until spring.";
    let doc = Document::from_text(text);
    assert_eq!(
        doc.published.map(|d| d.to_string()).as_deref(),
        Some("2026-01-14")
    );
    let a = analyse(&doc, &AnalysisOptions::default());
    let speaker = |name: &str| a.speakers.iter().find(|s| s.name == name);
    assert_eq!(
        speaker("Ivan Petrov").and_then(|s| s.descriptor.as_deref()),
        Some("Doctor of Political Science, leading researcher at the Centre for Caspian Studies")
    );
    let sultanova = speaker("Aigerim Sultanova").expect("the role with a quoted name is hers");
    assert!(sultanova.expert);
    let by = |w: &str| who_said(&a.speakers, w).map(|x| x.0);
    assert_eq!(by("Moscow does not view the corridor"), Some("Ivan Petrov"));
    assert_eq!(
        by("the queues will last until spring"),
        Some("Aigerim Sultanova")
    );
}

/// A newsletter's items, each opened by a capitalised label, are its sections, each
/// named after the one expert quoted in it; labels that repeat (an interview's
/// speakers) are not items.
#[test]
fn roundup_items_are_sections() {
    let text = "Three items\n\n\
Good morning. Two items today.\n\n\
WATER DEBT: Mexico signed a water deal on Monday.\n\n\
Farm groups were unhappy.\n\n\
“This buys a season, not a solution,” said Alma Reyes, a water economist at the Border Institute.\n\n\
RICE: India extended its rice duty on Friday.\n\n\
“Stocks are ample,” said Vikram Rao, a trade economist at the Delhi Council for Agrarian Trade.\n\n\
Food Secretary Anil Kumar said the duty would protect consumers.";
    let a = analysed(text);
    assert_eq!(
        outline(&a),
        [
            ("Overview", None),
            ("WATER DEBT", Some("Alma Reyes")),
            ("RICE", Some("Vikram Rao"))
        ]
    );
    let interview = Document::from_text(
        "Talk\n\nNBR: What now?\n\nHALVORSEN: We wait.\n\nNBR: How long?\n\nHALVORSEN: Years.",
    );
    assert_eq!(
        interview.blocks.len(),
        1,
        "repeated labels are turns, not items"
    );
}

/// A role and a name with a colon introduce the quotation after them.
#[test]
fn name_and_colon_introduce_a_quote() {
    let a = analysed(
        "Qatar and the media\n\nThe channel opened in 2013.\n\n\
The head of the Gulf Institute for Research, Yusuf Karam: “The channel is an arm of foreign policy.”",
    );
    let karam = a
        .speakers
        .iter()
        .find(|s| s.name == "Yusuf Karam")
        .expect("Karam");
    assert!(karam.expert);
    assert_eq!(
        who_said(&a.speakers, "an arm of foreign policy").map(|x| x.0),
        Some("Yusuf Karam")
    );
}

/// Attribution shapes common in news copy: `according to` a full name taken up by
/// `she said`, an employer in brackets or as a possessive before the name, a voice
/// brought in by role and named in the next sentence, and a relative clause between
/// the name and the verb. Organisations cited with `according to` stay no one.
#[test]
fn common_attribution_shapes_name_their_speakers() {
    let a = analysed(
        "Ferry fares to rise\n\nMay 4, 2030\n\nThe ferry operator raised fares by 9 per cent on Monday.\n\n\
According to Ilse Varga, commuters will switch to buses within a month.\n\n\
“Nobody budgets for this,” she said.\n\n\
Owen Pryce (Estuary Savings Bank) said the operator had run at a loss for years.\n\n\
According to Tidewater Capital’s Maren Holt, the island councils will ask for a subsidy.\n\n\
A transport economist who has studied the crossings said demand would barely fall. \
Felix Ardent, an economist at the Coastal Policy Unit, said islanders had no alternative.\n\n\
A marine biologist said the new timetable suited the seals. \
Rosa Lind, a historian at Kestrel College, said the pier opened in 1911.\n\n\
Holt, who sits on the harbour trust, told reporters the rise was overdue.\n\n\
According to Morgan Stanley, operators elsewhere will follow.",
    );
    let said = |w| who_said(&a.speakers, w).map(|x| x.0);
    assert_eq!(said("commuters will switch"), Some("Ilse Varga"));
    assert_eq!(said("Nobody budgets for this"), Some("Ilse Varga"));
    assert_eq!(said("run at a loss"), Some("Owen Pryce"));
    assert_eq!(said("ask for a subsidy"), Some("Maren Holt"));
    assert_eq!(said("demand would barely fall"), Some("Felix Ardent"));
    assert_eq!(said("no alternative"), Some("Felix Ardent"));
    assert_eq!(said("suited the seals"), None);
    assert_eq!(said("the rise was overdue"), Some("Maren Holt"));
    assert_eq!(said("operators elsewhere"), None);
    let descriptor = |name: &str| {
        a.speakers
            .iter()
            .find(|s| s.name == name)
            .and_then(|s| s.descriptor.as_deref())
    };
    assert_eq!(descriptor("Owen Pryce"), Some("Estuary Savings Bank"));
    assert_eq!(descriptor("Maren Holt"), Some("Tidewater Capital"));
    assert!(!a.speakers.iter().any(|s| s.name == "Morgan Stanley"));
}
