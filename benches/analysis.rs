//! Throughput of loading + segmentation and of each analysis stage, on a generated corpus
//! of briefings (the development documents repeated to ≥ 5 MB), and the summary on one
//! 5,000-sentence briefing (to catch quadratic blow-ups).
//!
//! Run: `cargo bench --bench analysis`. Divan prints time per iteration and bytes/s.

use std::sync::LazyLock;

use brief::analysis::{self, AnalysisOptions};
use brief::document::{self, Document, Format, LoadOptions};
use divan::counter::BytesCount;

fn main() {
    divan::main();
}

/// Target size of the generated corpus.
const CORPUS_BYTES: usize = 5 * 1024 * 1024;

/// One input file: (name, bytes, format from its extension).
type Source = (String, Vec<u8>, Option<Format>);

/// Every development document.
fn sources() -> Vec<Source> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/corpus/docs");
    let mut out: Vec<_> = std::fs::read_dir(dir)
        .expect("fixtures")
        .map(|e| {
            let path = e.expect("entry").path();
            let format = Format::from_extension(&path);
            (
                path.display().to_string(),
                std::fs::read(&path).expect("read"),
                format,
            )
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// The development documents repeated until the corpus reaches [`CORPUS_BYTES`].
static CORPUS: LazyLock<Vec<Source>> = LazyLock::new(|| {
    let sources = sources();
    let mut out = Vec::new();
    let mut total = 0;
    while total < CORPUS_BYTES {
        for (name, bytes, format) in &sources {
            total += bytes.len();
            out.push((format!("{name}#{}", out.len()), bytes.clone(), *format));
        }
    }
    out
});

static DOCS: LazyLock<Vec<Document>> = LazyLock::new(|| {
    CORPUS
        .iter()
        .map(|(name, bytes, format)| {
            document::load_bytes(name, bytes, *format, &LoadOptions::default()).expect("loads")
        })
        .collect()
});

fn corpus_bytes() -> usize {
    CORPUS.iter().map(|(_, b, _)| b.len()).sum()
}

fn text_bytes() -> usize {
    DOCS.iter().map(Document::text_len).sum()
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn load_and_segment(bencher: divan::Bencher) {
    bencher.counter(BytesCount::new(corpus_bytes())).bench(|| {
        for (name, bytes, format) in CORPUS.iter() {
            divan::black_box(
                document::load_bytes(name, bytes, *format, &LoadOptions::default()).ok(),
            );
        }
    });
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn analyse_all(bencher: divan::Bencher) {
    let options = AnalysisOptions::default();
    bencher.counter(BytesCount::new(text_bytes())).bench(|| {
        for doc in DOCS.iter() {
            divan::black_box(analysis::analyse(doc, &options));
        }
    });
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn speakers_and_quotes(bencher: divan::Bencher) {
    bencher.counter(BytesCount::new(text_bytes())).bench(|| {
        for doc in DOCS.iter() {
            divan::black_box(analysis::quotes::attribute(doc));
        }
    });
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn timeline(bencher: divan::Bencher) {
    let speakers: Vec<_> = DOCS.iter().map(analysis::quotes::attribute).collect();
    bencher.counter(BytesCount::new(text_bytes())).bench(|| {
        for (doc, speakers) in DOCS.iter().zip(&speakers) {
            divan::black_box(analysis::timeline::build(doc, speakers));
        }
    });
}

#[divan::bench(sample_count = 10, sample_size = 1)]
fn summary(bencher: divan::Bencher) {
    let speakers: Vec<_> = DOCS.iter().map(analysis::quotes::attribute).collect();
    bencher.counter(BytesCount::new(text_bytes())).bench(|| {
        for (doc, speakers) in DOCS.iter().zip(&speakers) {
            let mut speakers = speakers.clone();
            divan::black_box(analysis::summary::summarize(doc, &mut speakers, 5));
        }
    });
}

/// The summary as a first briefing sees it: a fresh word lexicon for every document, so
/// every word form is stemmed again (the plain `summary` bench shares the process's
/// lexicon, as a library of briefings does, and since this corpus repeats its documents
/// it measures the warm case).
#[divan::bench(sample_count = 10, sample_size = 1)]
fn summary_cold_lexicon(bencher: divan::Bencher) {
    let speakers: Vec<_> = DOCS.iter().map(analysis::quotes::attribute).collect();
    bencher.counter(BytesCount::new(text_bytes())).bench(|| {
        for (doc, speakers) in DOCS.iter().zip(&speakers) {
            let mut speakers = speakers.clone();
            let mut lexicon = analysis::summary::Lexicon::default();
            divan::black_box(analysis::summary::summarize_with(
                doc,
                &mut speakers,
                5,
                &mut lexicon,
            ));
        }
    });
}

/// One briefing of about 5,000 sentences: the dev documents' paragraphs in one file.
static LONG: LazyLock<Document> = LazyLock::new(|| {
    let mut text = String::from("A very long briefing\n\n");
    let mut sentences = 0;
    'fill: loop {
        for doc in DOCS.iter().take(8) {
            for p in &doc.paragraphs {
                text.push_str(&p.text);
                text.push('\n');
                sentences += p.sentences.len();
                if sentences >= 5_000 {
                    break 'fill;
                }
            }
        }
    }
    document::load_bytes(
        "long.txt",
        text.as_bytes(),
        Some(Format::Text),
        &LoadOptions::default(),
    )
    .expect("loads")
});

#[divan::bench(sample_count = 5, sample_size = 1)]
fn analyse_5000_sentence_briefing(bencher: divan::Bencher) {
    let options = AnalysisOptions::default();
    bencher
        .counter(BytesCount::new(LONG.text_len()))
        .bench(|| divan::black_box(analysis::analyse(&LONG, &options)));
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn summary_5000_sentence_briefing(bencher: divan::Bencher) {
    let speakers = analysis::quotes::attribute(&LONG);
    bencher.counter(BytesCount::new(LONG.text_len())).bench(|| {
        let mut speakers = speakers.clone();
        divan::black_box(analysis::summary::summarize(&LONG, &mut speakers, 5))
    });
}

/// Hostile shapes at two sizes each: throughput (bytes/s) that holds when the input
/// doubles shows the cost is linear. Each once took quadratic time: one speaker with
/// thousands of quotes (quote de-duplication, the timeline's speaker lookup), a run-on
/// "sentence" of thousands of names (the role search around each name), and markup
/// nested thousands deep (the HTML parser's open-element checks).
mod hostile {
    use super::*;

    fn one_speaker(paragraphs: usize) -> String {
        let mut text = String::from("Prices\n\n");
        for i in 0..paragraphs {
            text.push_str(&format!(
                "\"Prices will rise,\" said Jane Smith, an analyst at Harbour Bank, in March {}.\n\n",
                2000 + i % 30
            ));
        }
        text
    }

    fn run_on(words: usize) -> String {
        const WORDS: [&str; 9] = [
            "the", "said", "Smith", "Jane", "analyst", "in", "March", "2029", "that",
        ];
        let mut text = String::from("Title\n\n");
        // A fixed stride through the words, so both sizes read alike.
        for i in 0..words {
            text.push_str(WORDS[(i * 7 + i / 9) % WORDS.len()]);
            text.push(' ');
        }
        text
    }

    fn nested(depth: usize) -> String {
        format!(
            "<html><body>{}text{}</body></html>",
            "<div>".repeat(depth),
            "</div>".repeat(depth)
        )
    }

    fn load_and_analyse(bencher: divan::Bencher, text: &str, format: Format) {
        let options = AnalysisOptions::default();
        bencher.counter(BytesCount::new(text.len())).bench(|| {
            let doc = document::load_bytes(
                "hostile",
                text.as_bytes(),
                Some(format),
                &LoadOptions::default(),
            )
            .expect("loads");
            divan::black_box(analysis::analyse(&doc, &options))
        });
    }

    #[divan::bench(args = [5_000, 10_000], sample_count = 3, sample_size = 1)]
    fn one_speaker_paragraphs(bencher: divan::Bencher, paragraphs: usize) {
        load_and_analyse(bencher, &one_speaker(paragraphs), Format::Text);
    }

    #[divan::bench(args = [20_000, 40_000], sample_count = 3, sample_size = 1)]
    fn run_on_sentence_words(bencher: divan::Bencher, words: usize) {
        load_and_analyse(bencher, &run_on(words), Format::Text);
    }

    #[divan::bench(args = [50_000, 100_000], sample_count = 3, sample_size = 1)]
    fn nested_html_depth(bencher: divan::Bencher, depth: usize) {
        load_and_analyse(bencher, &nested(depth), Format::Html);
    }
}
