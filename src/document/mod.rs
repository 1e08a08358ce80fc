//! Loading briefings: bytes in any supported format become one cleaned [`Document`]
//! with a title, metadata, paragraphs, sentences and structural sections.
//!
//! Everything downstream (analysis, reader, JSON) works on `Document`, never on raw bytes,
//! so the safety rules in [`sanitize`] are applied exactly once, here.

mod date_order;
pub mod html;
pub mod markdown;
pub mod metadata;
mod nesting;
pub mod paragraphs;
pub mod sanitize;
pub mod sentences;
pub mod text;

pub use date_order::{DateOrder, date_order};

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use jiff::civil::Date;

/// The input formats brief understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    Text,
    Markdown,
    Html,
}

/// What kind of block a paragraph came from; the analyses use it (a `Q:` turn, a quote
/// block) and the reader styles by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ParagraphKind {
    #[default]
    Body,
    /// An item of a bulleted or numbered list.
    ListItem,
    /// A `<blockquote>` or Markdown `>` block.
    BlockQuote,
}

/// One paragraph of the briefing's body, with its sentences as byte ranges into `text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    pub text: String,
    pub sentences: Vec<Range<usize>>,
    pub kind: ParagraphKind,
}

impl Paragraph {
    pub fn new(text: String, kind: ParagraphKind) -> Self {
        let sentences = sentences::split(&text);
        Paragraph {
            text,
            sentences,
            kind,
        }
    }

    /// The first sentence (the whole text when it has none).
    pub fn first_sentence(&self) -> &str {
        self.sentences
            .first()
            .and_then(|r| self.text.get(r.clone()))
            .unwrap_or(&self.text)
    }

    /// The sentences as string slices, in order.
    pub fn sentence_texts(&self) -> impl Iterator<Item = &str> {
        self.sentences.iter().map(|r| &self.text[r.clone()])
    }
}

/// A structural block of paragraphs: a Markdown/HTML heading, or a run of paragraphs
/// separated from the next by a blank line in one-paragraph-per-line text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// The heading text when the source had one.
    pub heading: Option<String>,
    /// Index of the block's first paragraph.
    pub start: usize,
    /// True when the source marks the break itself (a `• • •` or `* * *` line, an
    /// `<hr>`): a new part of the story, as a heading is, though it has no title.
    pub ruled: bool,
}

/// A loaded, cleaned briefing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// Where it came from: a file path, or `-` for standard input.
    pub origin: String,
    pub format: Format,
    pub title: String,
    /// A kicker, rubric or subtitle that came with the headline.
    pub subtitle: Option<String>,
    /// The outlet, from front matter, page metadata or a rubric such as `… on Caliber.Az`.
    pub source: Option<String>,
    pub author: Option<String>,
    /// The publication date from the document's own metadata (or `--date`).
    pub published: Option<Date>,
    /// Whether its numeric dates (`03/06/2029`) put the day or the month first.
    pub date_order: DateOrder,
    pub paragraphs: Vec<Paragraph>,
    /// Structural blocks, in order, covering every paragraph; the first starts at 0.
    pub blocks: Vec<Block>,
    /// Problems met while loading that did not stop it (lossy UTF-8, say).
    pub warnings: Vec<String>,
}

/// Why a file could not be loaded. Displayed as one line naming the file.
#[derive(Debug)]
pub enum LoadError {
    Io {
        origin: String,
        error: std::io::Error,
    },
    Binary {
        origin: String,
    },
    Empty {
        origin: String,
    },
    TooLarge {
        origin: String,
        bytes: u64,
    },
    NothingFound {
        origin: String,
    },
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Io { origin, error } => write!(f, "{origin}: {error}"),
            LoadError::Binary { origin } => {
                write!(f, "{origin}: looks like a binary file, not a briefing")
            }
            LoadError::Empty { origin } => write!(f, "{origin}: the file has no text"),
            LoadError::TooLarge { origin, bytes } => write!(
                f,
                "{origin}: {} MB is too large for a briefing (limit {} MB)",
                bytes / 1_000_000,
                MAX_BYTES / 1_000_000
            ),
            LoadError::NothingFound { origin } => {
                write!(f, "{origin}: no briefings (.txt, .md, .html) found here")
            }
        }
    }
}

impl std::error::Error for LoadError {}

/// Files larger than this are refused rather than read into memory.
pub const MAX_BYTES: u64 = 256 * 1_000_000;

/// What one format's parser hands back before the shared steps (metadata, sentences).
#[derive(Debug, Default)]
pub(crate) struct Parsed {
    pub title: Option<String>,
    pub subtitle: Option<String>,
    pub source: Option<String>,
    pub author: Option<String>,
    pub published: Option<Date>,
    /// Paragraph texts with their kind, in order.
    pub paragraphs: Vec<(String, ParagraphKind)>,
    /// Structural block starts (paragraph index, heading).
    pub blocks: Vec<Block>,
}

#[cfg(test)]
impl Parsed {
    /// The paragraph texts alone, for the parsers' tests.
    pub(crate) fn texts(&self) -> Vec<&str> {
        self.paragraphs.iter().map(|(t, _)| t.as_str()).collect()
    }
}

impl Format {
    /// The format named by a file extension, if it names one.
    pub fn from_extension(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" | "mdown" | "mkd" => Some(Format::Markdown),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            _ => None,
        }
    }

    /// Guesses the format from the content, for stdin and unknown extensions.
    pub fn sniff(text: &str) -> Format {
        let head: String = text
            .chars()
            .take(2048)
            .collect::<String>()
            .to_ascii_lowercase();
        let trimmed = head.trim_start();
        if trimmed.starts_with("<!doctype html")
            || trimmed.starts_with("<html")
            || head.contains("<body")
            || (head.contains("<p>") && head.contains("</p>"))
        {
            Format::Html
        } else if trimmed.starts_with("---\n")
            || trimmed.starts_with("+++\n")
            || head
                .lines()
                .any(|l| l.starts_with("# ") || l.starts_with("## "))
        {
            Format::Markdown
        } else {
            Format::Text
        }
    }
}

/// Options that change how a document is read.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// Overrides the document's own publication date.
    pub date: Option<Date>,
}

/// The capitalised label that opens a newsletter item (`WATER DEBT: Mexico and …`).
fn item_label(text: &str) -> Option<&str> {
    // Labels are short: look for the colon in the first few dozen bytes only.
    let head = &text[..text.floor_char_boundary(48)];
    let colon = head.find(": ")?;
    let (label, rest) = (&text[..colon], &text[colon + 2..]);
    let words = label.split(' ').count();
    let capitals = label.chars().any(char::is_alphabetic)
        && label
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '&' | '-' | '\''));
    (capitals && (1..=4).contains(&words) && label.len() > 1 && !rest.is_empty()).then_some(label)
}

/// Items of a roundup opened by distinct capitalised labels start blocks headed by
/// their labels. Labels that repeat are an interview's speakers, not items, and so
/// are a full name and then its surname (`MAJA LUND:` … `LUND:`). One label is an item
/// too in a newsletter whose other items have subheads in capitals (`THE NUMBER: 61.`
/// among `VETO WATCH` and `SPOTTED`).
fn item_blocks(paragraphs: &[Paragraph], blocks: &mut Vec<Block>) {
    let labels: Vec<(usize, &str)> = paragraphs
        .iter()
        .enumerate()
        .filter_map(|(i, p)| item_label(&p.text).map(|l| (i, l)))
        .collect();
    let distinct = labels.iter().all(|(_, l)| {
        labels
            .iter()
            .filter(|(_, m)| m == l || m.strip_suffix(l).is_some_and(|h| h.ends_with(' ')))
            .count()
            == 1
    });
    let caps_heads = blocks
        .iter()
        .filter_map(|b| b.heading.as_deref())
        .filter(|h| h.chars().any(char::is_alphabetic) && !h.chars().any(char::is_lowercase))
        .count();
    if labels.is_empty() || labels.len() + caps_heads.min(1) < 2 || !distinct {
        return;
    }
    for (i, label) in labels {
        match blocks.iter_mut().find(|b| b.start == i) {
            Some(b) => {
                b.heading.get_or_insert_with(|| label.to_string());
            }
            None => blocks.push(Block {
                heading: Some(label.to_string()),
                start: i,
                ruled: false,
            }),
        }
    }
    blocks.sort_by_key(|b| b.start);
}

impl Document {
    /// Builds a document from already-decoded text in a known format.
    /// `origin` names it in messages. This is the pure core of loading.
    pub fn parse(
        origin: &str,
        raw: &str,
        format: Format,
        options: &LoadOptions,
    ) -> Result<Document, LoadError> {
        let cleaned = sanitize::clean(raw);
        if cleaned.trim().is_empty() {
            return Err(LoadError::Empty {
                origin: origin.to_string(),
            });
        }
        // Decided first: the header's `Published: 12/07/2029` is read the document's way.
        let order = date_order(&cleaned);
        let parsed = match format {
            Format::Text => text::parse(&cleaned, order),
            Format::Markdown => markdown::parse(&cleaned, order),
            Format::Html => html::parse(&cleaned, order),
        };
        let mut doc = Document::from_parsed(origin, format, parsed);
        doc.date_order = order;
        if doc.paragraphs.is_empty() && doc.title.is_empty() {
            return Err(LoadError::Empty {
                origin: origin.to_string(),
            });
        }
        if options.date.is_some() {
            doc.published = options.date;
        }
        Ok(doc)
    }

    /// A Markdown document from a string, for tests.
    #[cfg(test)]
    pub fn from_markdown(text: &str) -> Document {
        Document::parse("<md>", text, Format::Markdown, &LoadOptions::default())
            .expect("markdown parses")
    }

    /// A plain-text document from a string: handy for tests and for callers that
    /// already hold text.
    pub fn from_text(text: &str) -> Document {
        Document::parse("<text>", text, Format::Text, &LoadOptions::default()).unwrap_or_else(
            |_| Document {
                origin: "<text>".into(),
                format: Format::Text,
                title: String::new(),
                subtitle: None,
                source: None,
                author: None,
                published: None,
                date_order: DateOrder::Unknown,
                paragraphs: Vec::new(),
                blocks: vec![Block {
                    heading: None,
                    start: 0,
                    ruled: false,
                }],
                warnings: Vec::new(),
            },
        )
    }

    fn from_parsed(origin: &str, format: Format, parsed: Parsed) -> Document {
        let paragraphs: Vec<Paragraph> = parsed
            .paragraphs
            .into_iter()
            .map(|(text, kind)| Paragraph::new(text, kind))
            .collect();
        let mut blocks: Vec<Block> = parsed
            .blocks
            .into_iter()
            .filter(|b| b.start < paragraphs.len().max(1))
            .collect();
        blocks.dedup_by(|later, earlier| {
            // Two starts at one paragraph: keep the later heading (the nearer one).
            if later.start == earlier.start {
                if later.heading.is_some() {
                    earlier.heading = later.heading.take();
                }
                earlier.ruled |= later.ruled;
                true
            } else {
                false
            }
        });
        if blocks.first().is_none_or(|b| b.start != 0) {
            blocks.insert(
                0,
                Block {
                    heading: None,
                    start: 0,
                    ruled: false,
                },
            );
        }
        item_blocks(&paragraphs, &mut blocks);
        for b in &mut blocks {
            b.heading = b.heading.take().map(one_line);
        }
        Document {
            origin: origin.to_string(),
            format,
            title: one_line(parsed.title.unwrap_or_default()),
            subtitle: parsed.subtitle.map(one_line),
            source: parsed.source.map(one_line),
            author: parsed.author.map(one_line),
            published: parsed.published,
            date_order: DateOrder::Unknown,
            paragraphs,
            blocks,
            warnings: Vec::new(),
        }
    }

    /// The paragraph range of structural block `i`.
    pub fn block_range(&self, i: usize) -> Range<usize> {
        let start = self.blocks[i].start;
        let end = self
            .blocks
            .get(i + 1)
            .map_or(self.paragraphs.len(), |b| b.start);
        start..end
    }

    /// Total bytes of paragraph text: the size measure used by benchmarks.
    pub fn text_len(&self) -> usize {
        self.paragraphs.iter().map(|p| p.text.len()).sum()
    }
}

/// Loads one file (or `-` for standard input).
pub fn load_path(path: &Path, options: &LoadOptions) -> Result<Document, LoadError> {
    let origin = path.display().to_string();
    let bytes = if origin == "-" {
        let mut buf = Vec::new();
        use std::io::Read;
        std::io::stdin()
            .take(MAX_BYTES + 1)
            .read_to_end(&mut buf)
            .map_err(|error| LoadError::Io {
                origin: "<stdin>".into(),
                error,
            })?;
        buf
    } else {
        let meta = std::fs::metadata(path).map_err(|error| LoadError::Io {
            origin: origin.clone(),
            error,
        })?;
        if meta.len() > MAX_BYTES {
            return Err(LoadError::TooLarge {
                origin,
                bytes: meta.len(),
            });
        }
        std::fs::read(path).map_err(|error| LoadError::Io {
            origin: origin.clone(),
            error,
        })?
    };
    let origin = if origin == "-" {
        "<stdin>".to_string()
    } else {
        origin
    };
    load_bytes(&origin, &bytes, Format::from_extension(path), options)
}

/// Loads a briefing from bytes. `format` of `None` sniffs the content.
pub fn load_bytes(
    origin: &str,
    bytes: &[u8],
    format: Option<Format>,
    options: &LoadOptions,
) -> Result<Document, LoadError> {
    if bytes.len() as u64 > MAX_BYTES {
        return Err(LoadError::TooLarge {
            origin: origin.to_string(),
            bytes: bytes.len() as u64,
        });
    }
    let decoded = sanitize::decode(bytes).map_err(|_| LoadError::Binary {
        origin: origin.to_string(),
    })?;
    let format = format.unwrap_or_else(|| Format::sniff(&decoded.text));
    let mut doc = Document::parse(origin, &decoded.text, format, options)?;
    if decoded.lossy {
        doc.warnings
            .insert(0, format!("{origin}: invalid UTF-8 replaced with U+FFFD"));
    }
    Ok(doc)
}

/// Expands paths into the briefing files they name: files as given, folders recursively
/// (sorted, hidden entries skipped, only files whose extension names a format).
pub fn discover(paths: &[PathBuf]) -> Result<Vec<PathBuf>, LoadError> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" || !path.is_dir() {
            out.push(path.clone());
            continue;
        }
        let before = out.len();
        walk(path, &mut out).map_err(|error| LoadError::Io {
            origin: path.display().to_string(),
            error,
        })?;
        if out.len() == before {
            return Err(LoadError::NothingFound {
                origin: path.display().to_string(),
            });
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| !n.starts_with('.'))
        })
        .collect();
    entries.sort();
    for entry in entries {
        if entry.is_dir() {
            walk(&entry, out)?;
        } else if Format::from_extension(&entry).is_some() {
            out.push(entry);
        }
    }
    Ok(())
}

/// A header field (title, subtitle, source, author, heading) on one line: a heading
/// that ran over several source lines (a Setext heading, a wrapped `<h1>`) keeps its
/// words, not its line breaks, which a one-line field would pass to the terminal.
fn one_line(text: String) -> String {
    if text.contains(char::is_control) {
        text.split(|c: char| c.is_whitespace() || c.is_control())
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_capitals_label_is_an_item_beside_capitals_subheads() {
        let doc = Document::from_text(
            "Harbour Brief\n\nGood morning from the quay.\n\nPORT WATCH\n\nThe cranes are idle again.\n\nTHE TALLY: 12. That is how many ships wait outside.\n\nThe pilots meet on Friday.",
        );
        let heads: Vec<(usize, Option<&str>)> = doc
            .blocks
            .iter()
            .map(|b| (b.start, b.heading.as_deref()))
            .collect();
        assert_eq!(
            heads,
            [(0, None), (1, Some("PORT WATCH")), (2, Some("THE TALLY"))]
        );
        // Without capitals subheads, a lone label is no item.
        let doc = Document::from_text(
            "Harbour Brief\n\nGood morning from the quay.\n\nTHE TALLY: 12. That is how many ships wait.",
        );
        assert!(doc.blocks.iter().all(|b| b.heading.is_none()));
    }

    #[test]
    fn header_fields_are_one_line() {
        let doc = load_bytes(
            "h.md",
            "# ---\n12 March 2024---\nA second line\r\nand a third\n---\n\nThe port reopened on Monday.\n"
                .as_bytes(),
            Some(Format::Markdown),
            &LoadOptions::default(),
        )
        .unwrap();
        for field in [
            Some(&doc.title),
            doc.subtitle.as_ref(),
            doc.source.as_ref(),
            doc.author.as_ref(),
        ]
        .into_iter()
        .flatten()
        {
            assert!(!field.contains(char::is_control), "{field:?}");
        }
        assert_eq!(
            doc.subtitle.as_deref(),
            Some("12 March 2024--- A second line and a third")
        );
    }
}
