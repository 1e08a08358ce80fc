//! What a key can ask the reader to do. Keys map to actions through the keymap (data);
//! `App::update` is the only place that gives an action its effect.

use std::fmt;

/// Every command of the reader. The config names them in snake case (`page_down`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Deserialize)]
#[serde(try_from = "String")]
pub enum Action {
    Summary,
    Experts,
    Timeline,
    Text,
    NextPane,
    PrevPane,
    Down,
    Up,
    PageDown,
    PageUp,
    Top,
    Bottom,
    FocusLeft,
    FocusRight,
    Open,
    Back,
    Search,
    NextMatch,
    PrevMatch,
    NextBriefing,
    PrevBriefing,
    Help,
    Quit,
}

impl Action {
    /// All actions in the order the help overlay lists them.
    pub const ALL: [Action; 23] = [
        Action::Summary,
        Action::Experts,
        Action::Timeline,
        Action::Text,
        Action::NextPane,
        Action::PrevPane,
        Action::Down,
        Action::Up,
        Action::PageDown,
        Action::PageUp,
        Action::Top,
        Action::Bottom,
        Action::FocusLeft,
        Action::FocusRight,
        Action::Open,
        Action::Back,
        Action::Search,
        Action::NextMatch,
        Action::PrevMatch,
        Action::NextBriefing,
        Action::PrevBriefing,
        Action::Help,
        Action::Quit,
    ];

    /// The name used in the config file.
    pub fn name(self) -> &'static str {
        match self {
            Action::Summary => "summary",
            Action::Experts => "experts",
            Action::Timeline => "timeline",
            Action::Text => "text",
            Action::NextPane => "next_pane",
            Action::PrevPane => "prev_pane",
            Action::Down => "down",
            Action::Up => "up",
            Action::PageDown => "page_down",
            Action::PageUp => "page_up",
            Action::Top => "top",
            Action::Bottom => "bottom",
            Action::FocusLeft => "focus_left",
            Action::FocusRight => "focus_right",
            Action::Open => "open",
            Action::Back => "back",
            Action::Search => "search",
            Action::NextMatch => "next_match",
            Action::PrevMatch => "prev_match",
            Action::NextBriefing => "next_briefing",
            Action::PrevBriefing => "prev_briefing",
            Action::Help => "help",
            Action::Quit => "quit",
        }
    }

    /// What the action does, as the help overlay shows it.
    pub fn description(self) -> &'static str {
        match self {
            Action::Summary => "Summary pane",
            Action::Experts => "Experts pane",
            Action::Timeline => "Timeline pane",
            Action::Text => "Text pane",
            Action::NextPane => "next pane",
            Action::PrevPane => "previous pane",
            Action::Down => "move down",
            Action::Up => "move up",
            Action::PageDown => "page down",
            Action::PageUp => "page up",
            Action::Top => "go to the top",
            Action::Bottom => "go to the end",
            Action::FocusLeft => "focus the list (left)",
            Action::FocusRight => "focus the detail (right)",
            Action::Open => "jump to the paragraph in the text",
            Action::Back => "go back / cancel",
            Action::Search => "search this pane",
            Action::NextMatch => "next match",
            Action::PrevMatch => "previous match",
            Action::NextBriefing => "next briefing",
            Action::PrevBriefing => "previous briefing",
            Action::Help => "toggle this help",
            Action::Quit => "quit",
        }
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl TryFrom<String> for Action {
    type Error = String;

    fn try_from(name: String) -> Result<Self, String> {
        Action::ALL
            .into_iter()
            .find(|a| a.name() == name)
            .ok_or_else(|| {
                let names: Vec<&str> = Action::ALL.iter().map(|a| a.name()).collect();
                format!(
                    "`{name}` is not an action; use one of: {}",
                    names.join(", ")
                )
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for a in Action::ALL {
            assert_eq!(Action::try_from(a.name().to_string()), Ok(a));
        }
        assert!(Action::try_from("nope".to_string()).is_err());
    }
}
