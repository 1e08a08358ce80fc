//! Settings: `config/default.toml` compiled in, overridden by the user's file.
//!
//! The user's file is first read on its own into [`UserFile`] (every field optional,
//! unknown names refused) so that any mistake is reported as `file:line:column` with the
//! fix; then it is merged table by table over the defaults and read into [`Config`].

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::tui::action::Action;
use crate::tui::keymap::KeyChord;
use crate::tui::theme::ColorSpec;

/// The defaults, compiled in.
pub const DEFAULT_TOML: &str = include_str!("../config/default.toml");

/// Every setting, resolved.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub analysis: AnalysisConfig,
    pub reader: ReaderConfig,
    pub themes: BTreeMap<String, ThemeColors>,
    pub keys: BTreeMap<Action, Vec<KeyChord>>,
    /// Actions whose keys the user's file set: their keys win over the defaults'.
    #[serde(skip)]
    pub user_keys: Vec<Action>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnalysisConfig {
    pub summary_sentences: usize,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReaderConfig {
    pub start_pane: StartPane,
    pub theme: String,
    pub ascii: AsciiMode,
}

/// The pane the reader opens on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StartPane {
    Summary,
    Experts,
    Timeline,
    Text,
}

/// When to draw with ASCII only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AsciiMode {
    Auto,
    Always,
    Never,
}

/// One theme's colours (see `[themes.dark]` in the defaults for what each one paints).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThemeColors {
    pub text: ColorSpec,
    pub accent: ColorSpec,
    pub muted: ColorSpec,
    pub heading: ColorSpec,
    pub speaker: ColorSpec,
    pub date: ColorSpec,
    pub quote: ColorSpec,
    pub reported: ColorSpec,
    pub selection_fg: ColorSpec,
    pub selection_bg: ColorSpec,
    pub match_fg: ColorSpec,
    pub match_bg: ColorSpec,
    pub jump_fg: ColorSpec,
    pub jump_bg: ColorSpec,
    pub status_fg: ColorSpec,
    pub status_bg: ColorSpec,
    pub border: ColorSpec,
}

/// The shape of a user's file: like [`Config`] with every field optional. Only used to
/// check the file and locate mistakes.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // Read only to validate.
struct UserFile {
    analysis: Option<UserAnalysis>,
    reader: Option<UserReader>,
    themes: Option<BTreeMap<String, UserTheme>>,
    keys: Option<BTreeMap<Action, Vec<KeyChord>>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)] // Read only to validate.
struct UserAnalysis {
    summary_sentences: Option<usize>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct UserReader {
    start_pane: Option<StartPane>,
    theme: Option<String>,
    ascii: Option<AsciiMode>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct UserTheme {
    text: Option<ColorSpec>,
    accent: Option<ColorSpec>,
    muted: Option<ColorSpec>,
    heading: Option<ColorSpec>,
    speaker: Option<ColorSpec>,
    date: Option<ColorSpec>,
    quote: Option<ColorSpec>,
    reported: Option<ColorSpec>,
    selection_fg: Option<ColorSpec>,
    selection_bg: Option<ColorSpec>,
    match_fg: Option<ColorSpec>,
    match_bg: Option<ColorSpec>,
    jump_fg: Option<ColorSpec>,
    jump_bg: Option<ColorSpec>,
    status_fg: Option<ColorSpec>,
    status_bg: Option<ColorSpec>,
    border: Option<ColorSpec>,
}

impl Config {
    /// Loads the defaults merged with `path` (or the user's file in the XDG config dir
    /// when `path` is `None` and that file exists).
    pub fn load(path: Option<&Path>) -> Result<Config, String> {
        let user = path
            .map(Path::to_path_buf)
            .or_else(|| user_config_path().filter(|p| p.exists()));
        match user {
            Some(file) => {
                let text = std::fs::read_to_string(&file)
                    .map_err(|e| format!("{}: {e}", file.display()))?;
                Config::from_user_text(&file, &text)
            }
            None => Config::from_user_text(Path::new(""), ""),
        }
    }

    /// The defaults merged with a user file's `text` (`file` names it in errors).
    pub fn from_user_text(file: &Path, text: &str) -> Result<Config, String> {
        let mut base: toml::Table = DEFAULT_TOML
            .parse()
            .map_err(|e| format!("built-in config: {e}"))?;
        let checked: UserFile = toml::from_str(text).map_err(|e| locate(file, text, &e))?;
        let table: toml::Table = text.parse().map_err(|e| locate(file, text, &e))?;
        let user_keys: Vec<Action> = checked
            .keys
            .map(|k| k.into_keys().collect())
            .unwrap_or_default();
        // A user theme is complete only together with the theme it is based on: missing
        // colours of a new theme come from "dark".
        if let Some(toml::Value::Table(themes)) = table.get("themes") {
            let dark = base.get("themes").and_then(|t| t.get("dark")).cloned();
            if let (Some(dark), Some(toml::Value::Table(base_themes))) =
                (dark, base.get_mut("themes"))
            {
                for name in themes.keys() {
                    base_themes
                        .entry(name.clone())
                        .or_insert_with(|| dark.clone());
                }
            }
        }
        merge(&mut base, table);
        let mut config: Config = toml::Value::Table(base)
            .try_into()
            .map_err(|e: toml::de::Error| format!("{}: {}", file.display(), e.message()))?;
        config.user_keys = user_keys;
        Ok(config)
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

/// A parse error as `file:line:column: message`, with a pointer to the defaults.
fn locate(file: &Path, text: &str, e: &toml::de::Error) -> String {
    let hint = "(the defaults, with comments: `brief --default-config`)";
    let message = e.message().trim();
    match e.span() {
        Some(span) => {
            let mut start = span.start.min(text.len());
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            let before = &text[..start];
            let line = before.matches('\n').count() + 1;
            let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            format!("{}:{line}:{col}: {message} {hint}", file.display())
        }
        None => format!("{}: {message} {hint}", file.display()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(text: &str) -> Result<Config, String> {
        Config::from_user_text(Path::new("my.toml"), text)
    }

    #[test]
    fn defaults_load() {
        let c = user("").unwrap();
        assert_eq!(c.analysis.summary_sentences, 5);
        assert_eq!(c.reader.start_pane, StartPane::Summary);
        assert!(c.themes.contains_key("dark") && c.themes.contains_key("light"));
        assert_eq!(c.keys.len(), Action::ALL.len());
        assert!(c.user_keys.is_empty());
    }

    #[test]
    fn partial_file_overrides_only_what_it_names() {
        let c = user("[keys]\ndown = [\"ctrl-n\"]\n[reader]\nstart_pane = \"text\"\n").unwrap();
        assert_eq!(c.reader.start_pane, StartPane::Text);
        assert_eq!(c.reader.theme, "dark");
        assert_eq!(
            c.keys[&Action::Down],
            vec!["ctrl-n".parse::<KeyChord>().unwrap()]
        );
        assert_eq!(c.keys[&Action::Up].len(), 2);
        assert_eq!(c.user_keys, vec![Action::Down]);
    }

    #[test]
    fn errors_name_file_line_and_column() {
        let e = user("[reader]\nstart_pane = \"texts\"\n").unwrap_err();
        assert!(e.starts_with("my.toml:2:14:"), "{e}");
        let e = user("[keys]\ndown = [\"ctl-n\"]\n").unwrap_err();
        assert!(e.starts_with("my.toml:2:8:") && e.contains("ctrl-d"), "{e}");
        let e = user("[keys]\ndwn = [\"j\"]\n").unwrap_err();
        assert!(
            e.starts_with("my.toml:2:1:") && e.contains("page_down"),
            "{e}"
        );
        let e = user("[themes.dark]\naccent = \"blu\"\n").unwrap_err();
        assert!(
            e.starts_with("my.toml:2:10:") && e.contains("#5fafd7"),
            "{e}"
        );
        let e = user("[analysis]\nsummary_sentences = \"five\"\n").unwrap_err();
        assert!(e.starts_with("my.toml:2:21:"), "{e}");
        let e = user("[reader\n").unwrap_err();
        assert!(e.starts_with("my.toml:1:"), "{e}");
    }

    #[test]
    fn a_new_theme_inherits_missing_colours() {
        let c = user("[themes.mine]\naccent = \"#ff0000\"\n").unwrap();
        assert!(c.themes.contains_key("mine"));
    }
}
