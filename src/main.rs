//! The `brief` command: parses arguments, loads briefings and hands them to the reader or
//! to a printer. All the work lives in the library.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

use brief::analysis::{AnalysisOptions, analyse};
use brief::config::Config;
use brief::document::{self, Document, LoadOptions};
use brief::report::{self, Part};
use brief::tui::{self, ReaderOptions, shelf::Shelf};

/// A terminal reader for news briefings: who the experts are and what each one says,
/// the dated events, and a summary, all offline.
///
/// In a terminal, opens the reader (press ? there for the keys); when output is not a
/// terminal, prints the briefing as plain text. With no PATH, opens the bundled example
/// briefing. A PATH may be a file (.txt, .md,
/// .html; other names are sniffed), a folder (searched recursively) or - for standard input.
#[derive(Debug, Parser)]
#[command(
    version,
    about,
    long_about,
    after_help = "Examples:\n  brief article.txt               read a briefing\n  brief --json article.html       print the analysis as JSON\n  brief --print quotes a.md | less    plain-text quotes by speaker\n  curl -s URL | brief --json -    analyse standard input"
)]
struct Cli {
    /// Briefing files or folders; `-` reads standard input.
    paths: Vec<PathBuf>,

    /// Print the analysis as JSON (one object; an array for several files) and exit.
    #[arg(long, conflicts_with = "print")]
    json: bool,

    /// Print a part as plain text and exit (the default when output is not a terminal).
    #[arg(long, value_enum, value_name = "PART")]
    print: Option<Part>,

    /// Publication date to resolve relative dates against, overriding the document's own.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    date: Option<jiff::civil::Date>,

    /// Read settings from FILE instead of ~/.config/brief/config.toml.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,

    /// Colour theme for the reader: dark, light, mono (no colours) or one from your
    /// config. Without it, NO_COLOR selects mono.
    #[arg(long, value_name = "NAME")]
    theme: Option<String>,

    /// Draw the reader's borders and marks in ASCII (automatic when the locale is not
    /// UTF-8).
    #[arg(long)]
    ascii: bool,

    /// Print the default settings (every one, commented) and exit.
    #[arg(long)]
    default_config: bool,
}

fn parse_date(s: &str) -> Result<jiff::civil::Date, String> {
    s.parse()
        .map_err(|_| format!("`{s}` is not a date in the form YYYY-MM-DD"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(message) => {
            // Messages can quote file names and config text: never let them drive the
            // terminal.
            eprintln!(
                "brief: {}",
                brief::document::sanitize::display_safe(&message)
            );
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> Result<u8, String> {
    if cli.default_config {
        print!("{}", brief::config::DEFAULT_TOML);
        return Ok(0);
    }
    let config = Config::load(cli.config.as_deref())?;
    let reader_options = ReaderOptions {
        theme: cli.theme.clone(),
        ascii: cli.ascii,
    };
    // A mistyped theme is an error even when the output is not a terminal.
    tui::look(&config, &reader_options)?;
    let load_options = LoadOptions { date: cli.date };
    let analysis_options = AnalysisOptions {
        summary_sentences: config.analysis.summary_sentences,
    };
    let docs = load_all(&cli.paths, &load_options)?;
    for doc in &docs {
        for w in &doc.warnings {
            eprintln!("brief: warning: {w}");
        }
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    if cli.json {
        let values: Vec<_> = docs
            .iter()
            .map(|d| report::to_json(d, &analyse(d, &analysis_options)))
            .collect();
        let value = if values.len() == 1 {
            values.into_iter().next().unwrap_or_default()
        } else {
            serde_json::Value::Array(values)
        };
        let text = serde_json::to_string_pretty(&value).map_err(|e| e.to_string())?;
        return writeln!(out, "{text}")
            .or_else(ignore_broken_pipe)
            .map(|()| 0);
    }
    if cli.print.is_none() && out.is_terminal() {
        drop(out);
        let shelf = Shelf::lazy(docs, analysis_options);
        let code = tui::run(shelf, &config, &reader_options)?;
        return Ok(u8::try_from(code).unwrap_or(1));
    }
    let part = cli.print.unwrap_or(Part::All);
    for (i, doc) in docs.iter().enumerate() {
        if i > 0 {
            writeln!(out, "\n{}\n", "─".repeat(60)).or_else(ignore_broken_pipe)?;
        }
        let text = report::plain(doc, &analyse(doc, &analysis_options), part);
        write!(out, "{text}").or_else(ignore_broken_pipe)?;
    }
    Ok(0)
}

/// `brief … | head` closing the pipe early is not an error.
fn ignore_broken_pipe(e: std::io::Error) -> Result<(), String> {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        Ok(())
    } else {
        Err(e.to_string())
    }
}

/// Loads every briefing the paths name, or the bundled seeds when there are none.
fn load_all(paths: &[PathBuf], options: &LoadOptions) -> Result<Vec<Document>, String> {
    if paths.is_empty() {
        return brief::seeds::SEEDS
            .iter()
            .map(|(name, text)| {
                document::load_bytes(name, text.as_bytes(), None, options)
                    .map_err(|e| e.to_string())
            })
            .collect();
    }
    let mut docs = Vec::new();
    for path in paths {
        if path.as_os_str() != "-" && path.is_dir() {
            // A folder is a stack the user did not pick file by file: one broken file
            // (a binary, an empty save) is skipped with a warning, not fatal.
            let files =
                document::discover(std::slice::from_ref(path)).map_err(|e| e.to_string())?;
            let mut loaded = 0;
            for file in &files {
                match document::load_path(file, options) {
                    Ok(doc) => {
                        docs.push(doc);
                        loaded += 1;
                    }
                    Err(e) => eprintln!("brief: warning: skipped {e}"),
                }
            }
            if loaded == 0 {
                return Err(format!(
                    "{}: no briefing in this folder could be read",
                    path.display()
                ));
            }
        } else {
            docs.push(document::load_path(path, options).map_err(|e| e.to_string())?);
        }
    }
    Ok(docs)
}
