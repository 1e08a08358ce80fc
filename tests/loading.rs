//! Loading briefings from every supported format, and the cleaning rules, through the
//! public API.

use std::path::Path;

use brief::document::{self, Format, LoadError, LoadOptions, ParagraphKind};

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/corpus/docs")
        .join(name)
}

fn load(name: &str) -> brief::Document {
    document::load_path(&fixture(name), &LoadOptions::default()).expect("fixture loads")
}

fn bytes(text: &[u8]) -> Result<brief::Document, LoadError> {
    document::load_bytes(
        "test.txt",
        text,
        Some(Format::Text),
        &LoadOptions::default(),
    )
}

#[test]
fn seed_title_rubric_paragraphs_and_blocks() {
    let seed = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("seeds/washington-minsk-diplomacy-backed-by-pragmatism.txt");
    let doc = document::load_path(&seed, &LoadOptions::default()).unwrap();
    assert_eq!(
        doc.title,
        "Washington – Minsk: diplomacy backed by pragmatism"
    );
    assert_eq!(
        doc.subtitle.as_deref(),
        Some("Expert opinions on Caliber.Az")
    );
    assert_eq!(doc.source.as_deref(), Some("Caliber.Az"));
    assert_eq!(doc.published, None);
    // One paragraph per line: every non-blank line after the title is a paragraph.
    let text = std::fs::read_to_string(&seed).unwrap();
    let lines = text
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .count();
    assert_eq!(doc.paragraphs.len(), lines);
    assert!(
        doc.paragraphs[0]
            .text
            .starts_with("A new round of Belarus–U.S. talks")
    );
    // Blank lines mark larger breaks: the first block is the lede alone.
    assert_eq!(doc.block_range(0), 0..1);
    assert!(doc.blocks.len() >= 4);
    // Every sentence of the seed starts like a sentence.
    for p in &doc.paragraphs {
        for s in p.sentence_texts() {
            let c = s.chars().next().unwrap();
            assert!(
                c.is_uppercase() || "“\"‘".contains(c),
                "odd sentence start: {s}"
            );
        }
    }
}

#[test]
fn plain_text_with_dateline() {
    let doc = load("dev-01.txt");
    assert_eq!(
        doc.title,
        "Syr Darya accord: water diplomacy on a short fuse"
    );
    assert_eq!(doc.published, Some("2024-03-12".parse().unwrap()));
    assert!(
        doc.paragraphs[0]
            .text
            .starts_with("Kazakhstan and Uzbekistan last Thursday")
    );
}

#[test]
fn wire_story_published_from_lede_dateline() {
    let doc = load("dev-03.txt");
    assert_eq!(doc.published, Some("2025-10-14".parse().unwrap()));
    assert!(doc.paragraphs[0].text.starts_with("BOGOTA, Oct 14, 2025"));
    // A blank line after each paragraph is a separator, not a section break.
    assert_eq!(doc.blocks.len(), 1);
}

#[test]
fn markdown_front_matter_headings_lists() {
    let doc = load("dev-02.md");
    assert_eq!(doc.format, Format::Markdown);
    assert_eq!(
        doc.title,
        "Norway pauses new data-centre grid connections: what the experts say"
    );
    assert_eq!(doc.published, Some("2025-02-18".parse().unwrap()));
    assert_eq!(doc.source.as_deref(), Some("Northern Ledger"));
    let headings: Vec<_> = doc
        .blocks
        .iter()
        .filter_map(|b| b.heading.as_deref())
        .collect();
    assert_eq!(headings.len(), 3);
    assert!(headings[0].starts_with("Ingrid Solberg-Haugen"));
    assert!(
        doc.paragraphs
            .iter()
            .any(|p| p.kind == ParagraphKind::ListItem)
    );
    // Inline markup is rendered to text.
    assert!(
        doc.paragraphs
            .iter()
            .all(|p| !p.text.contains("**") && !p.text.contains("]("))
    );
    assert!(
        doc.paragraphs
            .iter()
            .any(|p| p.text.contains("a good idea that arrives too late"))
    );
}

#[test]
fn html_article_without_page_furniture() {
    let doc = load("dev-07.html");
    assert_eq!(doc.format, Format::Html);
    assert_eq!(doc.title, "Africa’s vaccine fund: can it deliver?");
    assert_eq!(doc.published, Some("2025-05-21".parse().unwrap()));
    let all: String = doc
        .paragraphs
        .iter()
        .map(|p| p.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(all.starts_with("Health ministers from 38 African countries"));
    for furniture in [
        "Subscribe",
        "Politics",
        "Related",
        "©",
        "datePublished",
        "{",
    ] {
        assert!(
            !all.contains(furniture),
            "page furniture leaked: {furniture}"
        );
    }
    assert!(all.contains("&") || !all.contains("&amp;"));
    assert!(
        doc.paragraphs
            .iter()
            .any(|p| p.kind == ParagraphKind::BlockQuote)
    );
}

#[test]
fn crlf_and_non_ascii() {
    let doc = load("dev-06.txt");
    assert_eq!(
        doc.title,
        "The Baltic–Black Sea rail corridor — ambition meets geography"
    );
    assert_eq!(doc.published, Some("2024-09-18".parse().unwrap()));
    assert!(doc.paragraphs.iter().all(|p| !p.text.contains('\r')));
    assert!(
        doc.paragraphs
            .iter()
            .any(|p| p.text.contains("Łukasz Żółkowski"))
    );
}

#[test]
fn published_line_and_qa_turns() {
    assert_eq!(
        load("dev-05.txt").published,
        Some("2025-11-19".parse().unwrap())
    );
    let doc = load("dev-04.txt");
    assert_eq!(doc.published, Some("2024-06-03".parse().unwrap()));
    assert!(doc.paragraphs.iter().any(|p| p.text.starts_with("Q: ")));
    assert!(doc.paragraphs.iter().any(|p| p.text.starts_with("A: ")));
}

#[test]
fn date_option_overrides_document_date() {
    let options = LoadOptions {
        date: Some("2030-01-02".parse().unwrap()),
    };
    let doc = document::load_path(&fixture("dev-01.txt"), &options).unwrap();
    assert_eq!(doc.published, Some("2030-01-02".parse().unwrap()));
}

#[test]
fn hostile_bytes_are_cleaned_not_shown() {
    let raw = b"Headline\r\n\r\nFirst \x1b]52;c;ZXZpbA==\x07paragraph\x1b[2J with \xe2\x80\xaeRLO and a\ttab.\r\nSecond \x9b31m line.";
    let doc = bytes(raw).unwrap();
    assert_eq!(doc.title, "Headline");
    assert_eq!(doc.paragraphs.len(), 2);
    let p = &doc.paragraphs[0].text;
    assert_eq!(p, "First paragraph with RLO and a tab.");
    for p in &doc.paragraphs {
        assert!(
            !p.text.chars().any(|c| c.is_control() || c == '\u{202E}'),
            "{:?}",
            p.text
        );
    }
}

#[test]
fn invalid_utf8_is_replaced_with_a_warning() {
    let doc = bytes(b"Caf\xe9 society\n\nThe caf\xe9 opened in 2021 and people came.").unwrap();
    assert!(doc.title.contains('\u{FFFD}'));
    assert_eq!(doc.warnings.len(), 1);
    assert!(doc.warnings[0].contains("invalid UTF-8"));
}

#[test]
fn nul_bytes_and_binary_are_refused_with_the_file_name() {
    let err = bytes(b"Title\n\nText with a \0 NUL").unwrap_err();
    assert!(matches!(err, LoadError::Binary { .. }));
    assert_eq!(
        err.to_string(),
        "test.txt: looks like a binary file, not a briefing"
    );
    let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00";
    assert!(bytes(png).is_err());
}

#[test]
fn empty_and_whitespace_files_are_a_clear_error() {
    for raw in [
        &b""[..],
        b"   \n\n\t \r\n",
        b"\xEF\xBB\xBF",
        b"\x1b[2J\x1b[H",
    ] {
        let err = bytes(raw).unwrap_err();
        assert!(matches!(err, LoadError::Empty { .. }), "{raw:?}: {err}");
        assert_eq!(err.to_string(), "test.txt: the file has no text");
    }
}

#[test]
fn title_only_file_loads() {
    let doc = bytes(b"Just a headline").unwrap();
    assert_eq!(doc.title, "Just a headline");
    assert!(doc.paragraphs.is_empty());
}

#[test]
fn unknown_extension_and_stdin_are_sniffed() {
    let html = b"<!doctype html><html><body><h1>Sniffed</h1><p>Body text.</p></body></html>";
    let doc = document::load_bytes("page.data", html, None, &LoadOptions::default()).unwrap();
    assert_eq!(doc.format, Format::Html);
    assert_eq!(doc.title, "Sniffed");
    let md = b"---\ntitle: Front\n---\n\nBody.";
    assert_eq!(
        document::load_bytes("-", md, None, &LoadOptions::default())
            .unwrap()
            .format,
        Format::Markdown
    );
    let txt = b"Headline\n\nBody.";
    assert_eq!(
        document::load_bytes("-", txt, None, &LoadOptions::default())
            .unwrap()
            .format,
        Format::Text
    );
}

#[test]
fn folders_are_searched_recursively_skipping_other_files() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("sub/.hidden")).unwrap();
    std::fs::write(dir.path().join("b.md"), "# B\n\nText.").unwrap();
    std::fs::write(dir.path().join("sub/a.txt"), "A\n\nText.").unwrap();
    std::fs::write(dir.path().join("sub/c.html"), "<p>x</p>").unwrap();
    std::fs::write(dir.path().join("sub/.hidden/d.txt"), "hidden").unwrap();
    std::fs::write(dir.path().join("image.png"), [0u8, 1, 2]).unwrap();
    let found = document::discover(&[dir.path().to_path_buf()]).unwrap();
    let names: Vec<_> = found
        .iter()
        .map(|p| p.strip_prefix(dir.path()).unwrap().display().to_string())
        .collect();
    assert_eq!(names, vec!["b.md", "sub/a.txt", "sub/c.html"]);
    let empty = tempfile::tempdir().unwrap();
    assert!(matches!(
        document::discover(&[empty.path().to_path_buf()]),
        Err(LoadError::NothingFound { .. })
    ));
}

#[test]
fn missing_file_error_names_it() {
    let err = document::load_path(Path::new("/no/such/briefing.txt"), &LoadOptions::default())
        .unwrap_err();
    assert!(
        err.to_string().starts_with("/no/such/briefing.txt: "),
        "{err}"
    );
}

#[test]
fn every_corpus_document_loads_with_sentences() {
    for entry in std::fs::read_dir(fixture("")).unwrap() {
        let doc = document::load_path(&entry.unwrap().path(), &LoadOptions::default()).unwrap();
        assert!(!doc.title.is_empty());
        assert!(doc.paragraphs.len() >= 8, "{}", doc.origin);
        for p in &doc.paragraphs {
            assert!(!p.sentences.is_empty());
            for r in &p.sentences {
                assert!(p.text.is_char_boundary(r.start) && p.text.is_char_boundary(r.end));
            }
        }
    }
}

#[test]
fn huge_single_line_and_odd_unicode_do_not_panic() {
    let mut text = String::from("Title\n\n");
    for i in 0..20_000 {
        text.push_str(&format!(
            "Sentence {i} has emoji 😀 and CJK 東京 and combining e\u{301}. "
        ));
    }
    let doc = bytes(text.as_bytes()).unwrap();
    assert_eq!(doc.paragraphs.len(), 1);
    assert!(doc.paragraphs[0].sentences.len() > 19_000);
}

/// A newsletter masthead (rubric, byline, date, update) under the headline, and an
/// agency line between a byline and an `Updated` line, are metadata, not the lede.
#[test]
fn mastheads_and_agency_lines_are_metadata() {
    let text = "Three items on water\nTHE TRADE DESK -- a briefing on trade and water\nBy Dana Whitfield\nWednesday, March 4, 2026\nUpdated March 5, 2026, 8:05 a.m. ET\n\nGood morning. Mexico signed a water deal on Monday.\n";
    let doc = brief::document::Document::from_text(text);
    assert_eq!(
        doc.published.map(|d| d.to_string()).as_deref(),
        Some("2026-03-04")
    );
    assert_eq!(doc.author.as_deref(), Some("Dana Whitfield"));
    assert!(doc.paragraphs[0].text.starts_with("Good morning"));
    let text = "Evacuees wait\n\nBy GRETA SOLUM\nAssociated Press\nUpdated 5:48 PM CDT, April 15, 2026\n\nDULUTH, Minn. (AP) — Hundreds of people will not go home.\n";
    let doc = brief::document::Document::from_text(text);
    assert_eq!(
        doc.published.map(|d| d.to_string()).as_deref(),
        Some("2026-04-15")
    );
    assert_eq!(doc.source.as_deref(), Some("Associated Press"));
}

/// Markup nested far deeper than any real page (once a stack overflow in the walk over
/// the tree, and minutes in the parser) loads with its text and nothing lost around it.
#[test]
fn markup_nested_a_hundred_thousand_deep_loads() {
    for tag in ["b", "div", "blockquote"] {
        let page = format!(
            "<html><body><h1>Deep</h1><p>Before.</p>{}The deep text.{}<p>After.</p></body></html>",
            format!("<{tag}>").repeat(100_000),
            format!("</{tag}>").repeat(100_000)
        );
        let doc = document::load_bytes(
            "deep.html",
            page.as_bytes(),
            Some(Format::Html),
            &LoadOptions::default(),
        )
        .expect("loads");
        assert_eq!(doc.title, "Deep");
        let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts.first(), Some(&"Before."), "{tag}");
        assert_eq!(texts.last(), Some(&"After."), "{tag}");
        assert!(texts.iter().any(|t| t.contains("The deep text.")), "{tag}");
    }
}
