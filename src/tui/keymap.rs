//! Keys as data: a [`KeyChord`] parses from and prints as the config's spelling
//! (`ctrl-d`, `shift-tab`, `G`), and a [`Keymap`] turns a key event into an [`Action`].

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::str::FromStr;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;

/// One key with its modifiers, normalized so that equal keys compare equal: a character
/// carries its case and never SHIFT; Shift-Tab is `BackTab`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Deserialize)]
#[serde(try_from = "String")]
pub struct KeyChord {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const NAMED: &[(&str, KeyCode)] = &[
    ("enter", KeyCode::Enter),
    ("return", KeyCode::Enter),
    ("esc", KeyCode::Esc),
    ("escape", KeyCode::Esc),
    ("backspace", KeyCode::Backspace),
    ("tab", KeyCode::Tab),
    ("backtab", KeyCode::BackTab),
    ("space", KeyCode::Char(' ')),
    ("up", KeyCode::Up),
    ("down", KeyCode::Down),
    ("left", KeyCode::Left),
    ("right", KeyCode::Right),
    ("home", KeyCode::Home),
    ("end", KeyCode::End),
    ("pageup", KeyCode::PageUp),
    ("pgup", KeyCode::PageUp),
    ("pagedown", KeyCode::PageDown),
    ("pgdn", KeyCode::PageDown),
    ("insert", KeyCode::Insert),
    ("delete", KeyCode::Delete),
    ("del", KeyCode::Delete),
];

impl KeyChord {
    pub fn new(code: KeyCode, mods: KeyModifiers) -> KeyChord {
        let mut mods = mods & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        let code = match code {
            KeyCode::Tab if mods.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
            KeyCode::Char(c) if mods.contains(KeyModifiers::CONTROL) => {
                KeyCode::Char(c.to_ascii_lowercase())
            }
            other => other,
        };
        if matches!(code, KeyCode::Char(_) | KeyCode::BackTab) {
            mods.remove(KeyModifiers::SHIFT);
        }
        KeyChord { code, mods }
    }

    pub fn from_event(e: &KeyEvent) -> KeyChord {
        KeyChord::new(e.code, e.modifiers)
    }
}

impl FromStr for KeyChord {
    type Err = String;

    fn from_str(spec: &str) -> Result<KeyChord, String> {
        let bad = || {
            format!(
                "`{spec}` is not a key; write a character (\"j\", \"G\", \"?\"), a name \
                 (\"enter\", \"pagedown\", \"shift-tab\", \"f1\") or a modifier and a key \
                 (\"ctrl-d\", \"alt-x\")"
            )
        };
        let mut mods = KeyModifiers::NONE;
        let mut rest = spec;
        loop {
            let lower = rest.to_ascii_lowercase();
            let (prefix, m) = if lower.starts_with("ctrl-") {
                ("ctrl-", KeyModifiers::CONTROL)
            } else if lower.starts_with("alt-") {
                ("alt-", KeyModifiers::ALT)
            } else if lower.starts_with("shift-") {
                ("shift-", KeyModifiers::SHIFT)
            } else {
                break;
            };
            if rest.len() == prefix.len() {
                break; // `ctrl--`-like edge: the rest is the key itself.
            }
            mods |= m;
            rest = &rest[prefix.len()..];
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => KeyCode::Char(c),
            (Some(_), Some(_)) => {
                let lower = rest.to_ascii_lowercase();
                if let Some((_, code)) = NAMED.iter().find(|(n, _)| *n == lower) {
                    *code
                } else if let Some(n) = lower.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
                    if (1..=24).contains(&n) {
                        KeyCode::F(n)
                    } else {
                        return Err(bad());
                    }
                } else {
                    return Err(bad());
                }
            }
            _ => return Err(bad()),
        };
        if let KeyCode::Char(c) = code
            && mods.contains(KeyModifiers::SHIFT)
            && !mods.contains(KeyModifiers::CONTROL)
        {
            // `shift-g` means `G`.
            return Ok(KeyChord::new(
                KeyCode::Char(c.to_uppercase().next().unwrap_or(c)),
                mods,
            ));
        }
        Ok(KeyChord::new(code, mods))
    }
}

impl TryFrom<String> for KeyChord {
    type Error = String;
    fn try_from(s: String) -> Result<Self, String> {
        s.parse()
    }
}

impl fmt::Display for KeyChord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.mods.contains(KeyModifiers::CONTROL) {
            f.write_str("Ctrl-")?;
        }
        if self.mods.contains(KeyModifiers::ALT) {
            f.write_str("Alt-")?;
        }
        if self.mods.contains(KeyModifiers::SHIFT) {
            f.write_str("Shift-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Enter => f.write_str("Enter"),
            KeyCode::Esc => f.write_str("Esc"),
            KeyCode::Backspace => f.write_str("Backspace"),
            KeyCode::Tab => f.write_str("Tab"),
            KeyCode::BackTab => f.write_str("Shift-Tab"),
            KeyCode::Up => f.write_str("↑"),
            KeyCode::Down => f.write_str("↓"),
            KeyCode::Left => f.write_str("←"),
            KeyCode::Right => f.write_str("→"),
            KeyCode::Home => f.write_str("Home"),
            KeyCode::End => f.write_str("End"),
            KeyCode::PageUp => f.write_str("PgUp"),
            KeyCode::PageDown => f.write_str("PgDn"),
            KeyCode::Insert => f.write_str("Ins"),
            KeyCode::Delete => f.write_str("Del"),
            KeyCode::F(n) => write!(f, "F{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

impl KeyChord {
    /// The key's name in ASCII only (arrows spelled out).
    pub fn ascii_label(&self) -> String {
        let s = self.to_string();
        s.replace('↑', "Up")
            .replace('↓', "Down")
            .replace('←', "Left")
            .replace('→', "Right")
    }
}

/// Key → action, plus each action's keys in the configured order (for help and hints).
#[derive(Debug, Clone, Default)]
pub struct Keymap {
    by_key: HashMap<KeyChord, Action>,
    by_action: BTreeMap<Action, Vec<KeyChord>>,
}

impl Keymap {
    /// Builds the map from the config's bindings. Actions the user set are applied last,
    /// so a key they give to one action is taken away from the action that had it.
    pub fn new(bindings: &BTreeMap<Action, Vec<KeyChord>>, user_set: &[Action]) -> Keymap {
        let mut map = Keymap::default();
        let order = bindings
            .iter()
            .filter(|(a, _)| !user_set.contains(a))
            .chain(bindings.iter().filter(|(a, _)| user_set.contains(a)));
        for (&action, keys) in order {
            for &key in keys {
                if let Some(old) = map.by_key.insert(key, action)
                    && let Some(list) = map.by_action.get_mut(&old)
                {
                    list.retain(|k| *k != key);
                }
                let list = map.by_action.entry(action).or_default();
                if !list.contains(&key) {
                    list.push(key);
                }
            }
        }
        map
    }

    pub fn action(&self, key: &KeyChord) -> Option<Action> {
        self.by_key.get(key).copied()
    }

    /// The keys bound to `action`, in the configured order.
    pub fn keys(&self, action: Action) -> &[KeyChord] {
        self.by_action.get(&action).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn k(s: &str) -> KeyChord {
        s.parse().unwrap()
    }

    #[test]
    fn parses_and_prints_keys() {
        assert_eq!(
            k("ctrl-d"),
            KeyChord::new(KeyCode::Char('d'), KeyModifiers::CONTROL)
        );
        assert_eq!(k("Ctrl-D"), k("ctrl-d"));
        assert_eq!(
            k("shift-tab"),
            KeyChord::new(KeyCode::BackTab, KeyModifiers::NONE)
        );
        assert_eq!(k("shift-g"), k("G"));
        assert_eq!(k("pgdn"), k("pagedown"));
        assert_eq!(k("f5").code, KeyCode::F(5));
        assert_eq!(k("-").code, KeyCode::Char('-'));
        assert_eq!(k("ctrl-d").to_string(), "Ctrl-d");
        assert_eq!(k("space").to_string(), "Space");
        assert_eq!(k("down").ascii_label(), "Down");
        for bad in ["", "ctl-x", "f99", "pagedwn"] {
            assert!(bad.parse::<KeyChord>().is_err(), "{bad}");
        }
    }

    #[test]
    fn terminal_events_match_config_spelling() {
        // Terminals report `G` as Char('G') with SHIFT, Shift-Tab as BackTab with SHIFT.
        let e = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(KeyChord::from_event(&e), k("G"));
        let e = KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(KeyChord::from_event(&e), k("shift-tab"));
    }

    #[test]
    fn user_bindings_take_keys_from_defaults() {
        let mut b = BTreeMap::new();
        b.insert(Action::Down, vec![k("j")]);
        b.insert(Action::Up, vec![k("k")]);
        let defaults = Keymap::new(&b, &[]);
        assert_eq!(defaults.action(&k("j")), Some(Action::Down));
        b.insert(Action::Up, vec![k("j")]);
        let user = Keymap::new(&b, &[Action::Up]);
        assert_eq!(user.action(&k("j")), Some(Action::Up));
        assert!(user.keys(Action::Down).is_empty());
        assert_eq!(user.action(&k("k")), None);
    }
}
