//! Settings: `config/default.toml` compiled in, overridden by the user's file.

use std::path::{Path, PathBuf};

use serde::Deserialize;

/// The defaults, compiled in.
pub const DEFAULT_TOML: &str = include_str!("../config/default.toml");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub analysis: AnalysisConfig,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnalysisConfig {
    pub summary_sentences: usize,
}

impl Config {
    /// Loads the defaults merged with `path` (or the user's file in the XDG config dir
    /// when `path` is `None` and that file exists).
    pub fn load(path: Option<&Path>) -> Result<Config, String> {
        let mut base: toml::Table = DEFAULT_TOML
            .parse()
            .map_err(|e| format!("built-in config: {e}"))?;
        let user = path
            .map(Path::to_path_buf)
            .or_else(|| user_config_path().filter(|p| p.exists()));
        if let Some(file) = user {
            let text =
                std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
            let table: toml::Table = text
                .parse()
                .map_err(|e: toml::de::Error| locate(&file, &text, &e))?;
            merge(&mut base, table);
        }
        toml::Value::Table(base)
            .try_into()
            .map_err(|e: toml::de::Error| format!("config: {}", e.message()))
    }
}

/// `~/.config/brief/config.toml` (or the platform's equivalent).
pub fn user_config_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "brief").map(|d| d.config_dir().join("config.toml"))
}

/// Recursively overlays `over` on `base`: tables merge, other values replace.
pub fn merge(base: &mut toml::Table, over: toml::Table) {
    for (k, v) in over {
        match (base.get_mut(&k), v) {
            (Some(toml::Value::Table(b)), toml::Value::Table(o)) => merge(b, o),
            (_, v) => {
                base.insert(k, v);
            }
        }
    }
}

/// A parse error as `file:line:column: message`.
fn locate(file: &Path, text: &str, e: &toml::de::Error) -> String {
    match e.span() {
        Some(span) => {
            let before = &text[..span.start.min(text.len())];
            let line = before.matches('\n').count() + 1;
            let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            format!("{}:{line}:{col}: {}", file.display(), e.message().trim())
        }
        None => format!("{}: {}", file.display(), e.message().trim()),
    }
}
