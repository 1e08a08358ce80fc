//! Snapshots of every pane and the help overlay on the bundled seed briefing, at the
//! common sizes and at the edges (40×10, the minimum, and 1×1).

use brief::analysis::{AnalysisOptions, analyse};
use brief::config::Config;
use brief::document::{LoadOptions, load_bytes};
use brief::tui::app::App;
use brief::tui::briefing::Briefing;
use brief::tui::draw::draw;
use brief::tui::keymap::Keymap;
use brief::tui::panes::Pane;
use brief::tui::theme::{Symbols, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn seed_app(width: u16, height: u16) -> (App, Theme) {
    let config = Config::from_user_text(std::path::Path::new(""), "").unwrap();
    let (name, text) = brief::seeds::SEEDS[0];
    let doc = load_bytes(name, text.as_bytes(), None, &LoadOptions::default()).unwrap();
    let analysis = analyse(&doc, &AnalysisOptions::default());
    let mut app = App::new(
        vec![Briefing::new(doc, analysis)],
        Keymap::new(&config.keys, &config.user_keys),
        Symbols::UNICODE,
        Pane::Summary,
    );
    app.resize(width, height);
    let theme = Theme::choose(&config, Some("dark"), false, Symbols::UNICODE).unwrap();
    (app, theme)
}

fn snapshot(keys: &str, width: u16, height: u16) -> TestBackend {
    let (mut app, theme) = seed_app(width, height);
    for c in keys.chars() {
        app.handle_key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
    }
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| draw(f, &app, &theme)).unwrap();
    terminal.backend().clone()
}

macro_rules! panes_at {
    ($($name:ident: $keys:expr, $w:expr, $h:expr;)*) => {$(
        #[test]
        fn $name() {
            insta::assert_snapshot!(snapshot($keys, $w, $h));
        }
    )*};
}

panes_at! {
    summary_80x24: "1", 80, 24;
    experts_80x24: "2", 80, 24;
    timeline_80x24: "3", 80, 24;
    text_80x24: "4", 80, 24;
    help_80x24: "?", 80, 24;
    summary_120x40: "1", 120, 40;
    experts_120x40: "2", 120, 40;
    timeline_120x40: "3", 120, 40;
    text_120x40: "4", 120, 40;
    help_120x40: "?", 120, 40;
    summary_40x10: "1", 40, 10;
    text_40x10: "4", 40, 10;
    help_40x10: "?", 40, 10;
    too_small_39x10: "1", 39, 10;
    tiny_1x1: "1", 1, 1;
}
