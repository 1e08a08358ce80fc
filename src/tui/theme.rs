//! Colours and marks. Content is styled by [`Role`] (what a piece of text is); the theme
//! maps roles to styles at draw time, so prepared content never depends on the theme.

use std::str::FromStr;

use ratatui::style::{Color, Modifier, Style};

use crate::config::{Config, ThemeColors};

/// A colour as written in the config: a name, a 256-colour index or `#rrggbb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(try_from = "String")]
pub struct ColorSpec(pub Color);

impl TryFrom<String> for ColorSpec {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        let normalized = s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        Color::from_str(&normalized).map(ColorSpec).map_err(|_| {
            format!(
                "`{s}` is not a colour; use a name (\"cyan\", \"dark_gray\", \"reset\"), \
                 a 256-colour index (\"110\") or hex (\"#5fafd7\")"
            )
        })
    }
}

/// What a piece of prepared text is; the theme decides how it looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Text,
    Title,
    Muted,
    Heading,
    Speaker,
    Date,
    Quote,
    Reported,
    Accent,
}

/// Styles for every role and state, resolved once at start.
#[derive(Debug, Clone)]
pub struct Theme {
    pub name: String,
    text: Style,
    title: Style,
    muted: Style,
    heading: Style,
    speaker: Style,
    date: Style,
    quote: Style,
    reported: Style,
    accent: Style,
    pub selection: Style,
    pub matched: Style,
    pub current_match: Style,
    pub jump: Style,
    pub status: Style,
    pub border: Style,
    pub symbols: Symbols,
}

/// The marks the reader draws, in Unicode or ASCII.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Symbols {
    pub vertical: &'static str,
    pub horizontal: &'static str,
    pub selected: &'static str,
    pub bullet: &'static str,
    pub open_quote: &'static str,
    pub close_quote: &'static str,
    pub ellipsis: &'static str,
    pub dot: &'static str,
    pub dash: &'static str,
    pub paragraph: &'static str,
}

impl Symbols {
    pub const UNICODE: Symbols = Symbols {
        vertical: "│",
        horizontal: "─",
        selected: "▌",
        bullet: "•",
        open_quote: "“",
        close_quote: "”",
        ellipsis: "…",
        dot: "·",
        dash: "—",
        paragraph: "¶",
    };
    pub const ASCII: Symbols = Symbols {
        vertical: "|",
        horizontal: "-",
        selected: ">",
        bullet: "*",
        open_quote: "\"",
        close_quote: "\"",
        ellipsis: "...",
        dot: "-",
        dash: "--",
        paragraph: "#",
    };
}

impl Theme {
    pub fn style(&self, role: Role) -> Style {
        match role {
            Role::Text => self.text,
            Role::Title => self.title,
            Role::Muted => self.muted,
            Role::Heading => self.heading,
            Role::Speaker => self.speaker,
            Role::Date => self.date,
            Role::Quote => self.quote,
            Role::Reported => self.reported,
            Role::Accent => self.accent,
        }
    }

    /// A theme with no colour at all: under NO_COLOR crossterm turns any colour command
    /// into a full attribute reset, so this theme uses bold, reverse and underline only.
    pub fn mono(symbols: Symbols) -> Theme {
        let plain = Style::new();
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Theme {
            name: "mono".into(),
            text: plain,
            title: bold,
            muted: plain,
            heading: bold.add_modifier(Modifier::UNDERLINED),
            speaker: bold,
            date: bold,
            quote: plain,
            reported: plain,
            accent: bold,
            selection: Style::new().add_modifier(Modifier::REVERSED),
            matched: Style::new().add_modifier(Modifier::UNDERLINED),
            current_match: Style::new().add_modifier(Modifier::UNDERLINED | Modifier::BOLD),
            jump: Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            status: Style::new().add_modifier(Modifier::REVERSED),
            border: plain,
            symbols,
        }
    }

    /// A coloured theme from the config's colours.
    pub fn from_colors(name: &str, c: &ThemeColors, symbols: Symbols) -> Theme {
        let fg = |s: crate::tui::theme::ColorSpec| Style::new().fg(s.0);
        Theme {
            name: name.to_string(),
            text: fg(c.text),
            title: fg(c.accent).add_modifier(Modifier::BOLD),
            muted: fg(c.muted),
            heading: fg(c.heading).add_modifier(Modifier::BOLD),
            speaker: fg(c.speaker).add_modifier(Modifier::BOLD),
            date: fg(c.date),
            quote: fg(c.quote),
            reported: fg(c.reported).add_modifier(Modifier::ITALIC),
            accent: fg(c.accent).add_modifier(Modifier::BOLD),
            selection: keep_fg_on_reset(c.selection_fg.0).bg(c.selection_bg.0),
            matched: Style::new().fg(c.match_fg.0).bg(c.match_bg.0),
            current_match: Style::new()
                .fg(c.match_fg.0)
                .bg(c.match_bg.0)
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            jump: keep_fg_on_reset(c.jump_fg.0).bg(c.jump_bg.0),
            status: Style::new().fg(c.status_fg.0).bg(c.status_bg.0),
            border: fg(c.border),
            symbols,
        }
    }

    /// The theme to use: `explicit` (--theme) wins, then NO_COLOR (mono), then the
    /// config's `reader.theme`.
    pub fn choose(
        config: &Config,
        explicit: Option<&str>,
        no_color: bool,
        symbols: Symbols,
    ) -> Result<Theme, String> {
        let name = match explicit {
            Some(n) => n,
            None if no_color => "mono",
            None => config.reader.theme.as_str(),
        };
        if name == "mono" {
            return Ok(Theme::mono(symbols));
        }
        match config.themes.get(name) {
            Some(colors) => Ok(Theme::from_colors(name, colors, symbols)),
            None => {
                let mut names: Vec<&str> = config.themes.keys().map(String::as_str).collect();
                names.push("mono");
                Err(format!(
                    "no theme named `{name}`; choose one of: {} (or add [themes.{name}] to your config)",
                    names.join(", ")
                ))
            }
        }
    }
}

/// A row style's foreground: `reset` leaves each piece's own colour showing.
fn keep_fg_on_reset(c: Color) -> Style {
    if c == Color::Reset {
        Style::new()
    } else {
        Style::new().fg(c)
    }
}

/// True when the locale (LC_ALL, then LC_CTYPE, then LANG) does not promise UTF-8.
pub fn locale_is_ascii(get: impl Fn(&str) -> Option<String>) -> bool {
    let value = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .filter_map(|k| get(k))
        .find(|v| !v.is_empty())
        .unwrap_or_default()
        .to_ascii_lowercase();
    !(value.contains("utf-8") || value.contains("utf8"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_parse_names_indices_and_hex() {
        assert_eq!(
            ColorSpec::try_from("dark_gray".to_string()).unwrap().0,
            Color::DarkGray
        );
        assert_eq!(
            ColorSpec::try_from("Light-Blue".to_string()).unwrap().0,
            Color::LightBlue
        );
        assert_eq!(
            ColorSpec::try_from("110".to_string()).unwrap().0,
            Color::Indexed(110)
        );
        assert_eq!(
            ColorSpec::try_from("#5fafd7".to_string()).unwrap().0,
            Color::Rgb(0x5f, 0xaf, 0xd7)
        );
        assert!(ColorSpec::try_from("blu".to_string()).is_err());
    }

    #[test]
    fn selection_keeps_role_colours_when_its_fg_is_reset() {
        let c = Config::from_user_text(std::path::Path::new(""), "").unwrap();
        let t = Theme::choose(&c, Some("dark"), false, Symbols::UNICODE).unwrap();
        let speaker = t.style(Role::Speaker).patch(t.selection);
        assert_eq!(speaker.fg, t.style(Role::Speaker).fg);
        assert!(speaker.bg.is_some());
    }

    #[test]
    fn locale_detection() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert!(!locale_is_ascii(env(&[("LANG", "en_US.UTF-8")])));
        assert!(locale_is_ascii(env(&[
            ("LC_ALL", "C"),
            ("LANG", "en_US.UTF-8")
        ])));
        assert!(!locale_is_ascii(env(&[
            ("LC_ALL", ""),
            ("LC_CTYPE", "C.utf8")
        ])));
        assert!(locale_is_ascii(env(&[])));
    }

    #[test]
    fn no_color_chooses_mono_unless_explicit() {
        let c = Config::from_user_text(std::path::Path::new(""), "").unwrap();
        assert_eq!(
            Theme::choose(&c, None, true, Symbols::UNICODE)
                .unwrap()
                .name,
            "mono"
        );
        assert_eq!(
            Theme::choose(&c, Some("light"), true, Symbols::UNICODE)
                .unwrap()
                .name,
            "light"
        );
        assert_eq!(
            Theme::choose(&c, None, false, Symbols::UNICODE)
                .unwrap()
                .name,
            "dark"
        );
        assert!(Theme::choose(&c, Some("nope"), false, Symbols::UNICODE).is_err());
    }
}
