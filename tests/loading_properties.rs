//! Property tests: whatever bytes arrive, loading never panics, and nothing that could act
//! on a terminal survives into the text a reader sees.

use brief::document::{self, Format, LoadOptions};
use proptest::prelude::*;

fn visible_text(doc: &brief::Document) -> String {
    let mut all = doc.title.clone();
    for s in [&doc.subtitle, &doc.source, &doc.author]
        .into_iter()
        .flatten()
    {
        all.push_str(s);
    }
    for p in &doc.paragraphs {
        all.push_str(&p.text);
    }
    all
}

fn assert_safe(doc: &brief::Document) {
    let text = visible_text(doc);
    assert!(
        !text.chars().any(|c| c.is_control()
            || ('\u{202A}'..='\u{202E}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c)),
        "unsafe character survived: {text:?}"
    );
    for p in &doc.paragraphs {
        for r in &p.sentences {
            assert!(r.start <= r.end && r.end <= p.text.len());
            assert!(p.text.is_char_boundary(r.start) && p.text.is_char_boundary(r.end));
        }
    }
}

/// Text made of words, punctuation, quotes, newlines, and hostile sequences.
fn briefing_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[A-Za-z]{1,10}",
        Just(" ".to_string()),
        Just(". ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just("\t".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just("U.S.".to_string()),
        Just("\u{1b}[2J".to_string()),
        Just("\u{1b}]52;c;ZXZpbA==\u{7}".to_string()),
        Just("\u{1b}]0;unterminated".to_string()),
        Just("\u{1b}P1$r".to_string()),
        Just("\u{9b}31m".to_string()),
        Just("\u{202E}".to_string()),
        Just("\u{2067}".to_string()),
        Just("\u{FEFF}".to_string()),
        Just("東京😀".to_string()),
        Just("e\u{301}".to_string()),
        Just("# ".to_string()),
        Just("- ".to_string()),
        Just("<p>".to_string()),
        Just("---\n".to_string()),
        Just("12 March 2024".to_string()),
        // Pieces the analysis keys on: names, roles, cues, commas, dashes, marks.
        Just("Ivan Petrov".to_string()),
        Just("Dr. Ana Ruiz".to_string()),
        Just(", ".to_string()),
        Just(" — ".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just(" said ".to_string()),
        Just(" told reporters ".to_string()),
        Just("According to him, ".to_string()),
        Just("the political scientist".to_string()),
        Just("director of the Centre “Dala”".to_string()),
        Just(", 67, ".to_string()),
        Just("He ".to_string()),
        Just(" at 11 p.m. Monday".to_string()),
        Just("Q: ".to_string()),
        Just("A: ".to_string()),
    ];
    prop::collection::vec(piece, 0..120).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        for format in [None, Some(Format::Text), Some(Format::Markdown), Some(Format::Html)] {
            if let Ok(doc) = document::load_bytes("fuzz", &bytes, format, &LoadOptions::default()) {
                assert_safe(&doc);
            }
        }
    }

    #[test]
    fn hostile_text_is_always_clean(text in briefing_like()) {
        for format in [Format::Text, Format::Markdown, Format::Html] {
            if let Ok(doc) = document::load_bytes("fuzz", text.as_bytes(), Some(format), &LoadOptions::default()) {
                assert_safe(&doc);
                // The analysis must not panic on whatever loading produced.
                let _ = brief::analyse(&doc, &Default::default());
            }
        }
    }
}
