//! Behaviour tests of the reader on a hand-built briefing: keys → actions → state →
//! screen, with no terminal involved.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::style::Color;

use super::action::Action;
use super::app::{App, Motion, ViewState, apply};
use super::content::{Builder, Target};
use super::draw::{draw_into, help_lines};
use super::fixture;
use super::keymap::Keymap;
use super::panes::{Pane, View};
use super::theme::{Role, Symbols, Theme};
use crate::config::Config;

fn config(user: &str) -> Config {
    Config::from_user_text(std::path::Path::new("test.toml"), user).unwrap()
}

fn app_with(user: &str, w: u16, h: u16) -> App {
    let c = config(user);
    let mut app = App::new(
        vec![fixture::briefing()],
        Keymap::new(&c.keys, &c.user_keys),
        Symbols::UNICODE,
        Pane::Summary,
    );
    app.resize(w, h);
    app
}

fn app() -> App {
    app_with("", 100, 30)
}

fn dark() -> Theme {
    Theme::choose(&config(""), None, false, Symbols::UNICODE).unwrap()
}

fn render(app: &App, theme: &Theme) -> Buffer {
    let area = Rect::new(0, 0, app.width, app.height);
    let mut buf = Buffer::empty(area);
    draw_into(&mut buf, area, app, theme);
    buf
}

fn screen(app: &App) -> String {
    let buf = render(app, &dark());
    let mut s = String::new();
    for y in 0..buf.area.height {
        let mut skip = 0;
        for x in 0..buf.area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(sym).saturating_sub(1);
            s.push_str(sym);
        }
        s.push('\n');
    }
    s
}

fn press(app: &mut App, code: KeyCode) {
    app.handle_key(KeyEvent::new(code, KeyModifiers::NONE));
}

fn typed(app: &mut App, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

#[test]
fn number_keys_and_tab_switch_panes() {
    let mut a = app();
    typed(&mut a, "2");
    assert_eq!(a.pane, Pane::Experts);
    press(&mut a, KeyCode::Tab);
    assert_eq!(a.pane, Pane::Timeline);
    a.handle_key(KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT));
    assert_eq!(a.pane, Pane::Experts);
    typed(&mut a, "4");
    assert_eq!(a.pane, Pane::Text);
    press(&mut a, KeyCode::Tab);
    assert_eq!(a.pane, Pane::Summary);
}

#[test]
fn key_releases_are_ignored() {
    let mut a = app();
    let mut e = KeyEvent::new(KeyCode::Char('3'), KeyModifiers::NONE);
    e.kind = KeyEventKind::Release;
    a.handle_key(e);
    assert_eq!(a.pane, Pane::Summary);
}

#[test]
fn summary_shows_speakers_positions_and_dates() {
    let s = screen(&app());
    assert!(s.contains("Ana Ruiz: The sanctions cost"), "{s}");
    assert!(
        s.contains("Ana Ruiz, an economist at the Lisbon Institute"),
        "{s}"
    );
    assert!(s.contains("Sanctions hurt both sides."), "{s}");
    assert!(s.contains("Jun 2025"), "{s}");
    assert!(s.contains("early 2026"), "{s}");
    // A newsmaker is not among the experts; the vague date is not a key date.
    assert!(!s.contains("Paul Grey"), "{s}");
    assert!(!s.contains("recently"), "{s}");
}

#[test]
fn a_transcript_turn_label_is_not_shown_beside_its_speaker() {
    let mut b = fixture::briefing();
    b.analysis.summary[1].text = "RUIZ: The sanctions cost both sides.".into();
    let c = config("");
    let mut a = App::new(
        vec![b],
        Keymap::new(&c.keys, &c.user_keys),
        Symbols::UNICODE,
        Pane::Summary,
    );
    a.resize(100, 30);
    let s = screen(&a);
    assert!(
        s.contains("Ana Ruiz: The sanctions cost both sides."),
        "{s}"
    );
    assert!(!s.contains("RUIZ:"), "{s}");
}

#[test]
fn experts_list_puts_experts_first_and_details_quotes() {
    let mut a = app();
    typed(&mut a, "2");
    let s = screen(&a);
    let ruiz = s.find("Ana Ruiz").unwrap();
    let grey = s.find("Paul Grey").unwrap();
    assert!(ruiz < grey, "{s}");
    assert!(
        s.contains("“The sanctions cost both sides more than they admit.”"),
        "{s}"
    );
    assert!(s.contains("(reported) trade could recover"), "{s}");
    typed(&mut a, "j");
    let s = screen(&a);
    assert!(s.contains("“日本語の引用 with mixed 🎉 text”"), "{s}");
}

#[test]
fn timeline_reads_dates_and_puts_vague_ones_last() {
    let mut a = app();
    typed(&mut a, "3");
    let s = screen(&a);
    let y2021 = s.find("2021").unwrap();
    let jun = s.find("Jun 2025").unwrap();
    let recent = s.find("recently").unwrap();
    assert!(y2021 < jun && jun < recent, "{s}");
    assert!(s.contains("trade could recover — Ana Ruiz"), "{s}");
}

#[test]
fn text_pane_shows_sections_and_speakers_in_the_margin() {
    let mut a = app_with("", 120, 40);
    typed(&mut a, "4");
    let s = screen(&a);
    assert!(s.contains("Outline"), "{s}");
    let line = s.lines().find(|l| l.contains("Dr Ana Ruiz")).unwrap();
    let margin = line.split("Dr Ana Ruiz").next().unwrap();
    assert!(margin.contains("Ruiz"), "{line}");
}

#[test]
fn enter_jumps_to_the_paragraph_and_back_returns() {
    let mut a = app();
    typed(&mut a, "j"); // the second summary sentence (paragraph 1)
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.pane, Pane::Text);
    assert_eq!(a.highlight(), Some(1));
    press(&mut a, KeyCode::Backspace);
    assert_eq!(a.pane, Pane::Summary);
    assert_eq!(a.highlight(), None);
    // From a statement in the Experts pane.
    typed(&mut a, "2l");
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.pane, Pane::Text);
    assert_eq!(a.highlight(), Some(1));
    press(&mut a, KeyCode::Esc);
    assert_eq!(a.pane, Pane::Experts);
}

#[test]
fn enter_on_an_expert_opens_the_experts_pane_on_them() {
    let mut a = app();
    typed(&mut a, "jjj"); // summary sentences 1, 2, then Sato (experts in list order)
    press(&mut a, KeyCode::Enter);
    assert_eq!(a.pane, Pane::Experts);
    assert_eq!(a.selected_speaker(), Some(2));
}

#[test]
fn jumped_paragraph_is_highlighted_in_the_buffer() {
    let mut a = app();
    typed(&mut a, "j");
    press(&mut a, KeyCode::Enter);
    let theme = dark();
    let buf = render(&a, &theme);
    let bg = theme.jump.bg.unwrap();
    let mut highlighted = Vec::new();
    for y in 0..buf.area.height {
        let line: String = (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect();
        let all_bg = (0..buf.area.width).skip(30).all(|x| buf[(x, y)].bg == bg);
        if all_bg {
            highlighted.push(line);
        }
    }
    assert!(!highlighted.is_empty());
    assert!(
        highlighted.iter().any(|l| l.contains("The sanctions cost")),
        "{highlighted:?}"
    );
    assert!(
        highlighted.iter().all(|l| !l.contains("Negotiators met")),
        "{highlighted:?}"
    );
}

#[test]
fn mono_theme_sets_no_colour_anywhere() {
    let theme = Theme::choose(&config(""), None, true, Symbols::UNICODE).unwrap();
    let mut a = app();
    for keys in ["", "2", "l", "3", "4", "?"] {
        typed(&mut a, keys);
        let buf = render(&a, &theme);
        for cell in buf.content() {
            assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset), "{keys}");
        }
    }
    // Selection still shows, by reverse video.
    typed(&mut a, "?1");
    let buf = render(&a, &theme);
    assert!(
        buf.content()
            .iter()
            .any(|c| c.modifier.contains(ratatui::style::Modifier::REVERSED))
    );
}

#[test]
fn search_is_incremental_highlights_and_cycles() {
    let mut a = app();
    typed(&mut a, "4/");
    typed(&mut a, "vienna");
    let s = a.search.clone().unwrap();
    assert!(s.editing);
    assert!(!s.hits.is_empty(), "{s:?}");
    press(&mut a, KeyCode::Enter);
    assert!(!a.search.as_ref().unwrap().editing);
    let first = a.search.as_ref().unwrap().current;
    typed(&mut a, "n");
    let theme = dark();
    let buf = render(&a, &theme);
    let match_bg = theme.matched.bg.unwrap();
    assert!(buf.content().iter().any(|c| c.bg == match_bg));
    typed(&mut a, "N");
    assert_eq!(a.search.as_ref().unwrap().current, first);
    press(&mut a, KeyCode::Esc);
    assert!(a.search.is_none());
}

#[test]
fn search_escape_restores_the_view_and_misses_are_reported() {
    let mut a = app();
    typed(&mut a, "4");
    let before = screen(&a);
    typed(&mut a, "/Kenji");
    press(&mut a, KeyCode::Esc);
    assert!(a.search.is_none());
    assert_eq!(screen(&a), before);
    typed(&mut a, "/zzzz");
    assert!(screen(&a).contains("no match"));
    press(&mut a, KeyCode::Enter);
    assert!(a.search.is_none());
    assert!(a.message.as_deref().unwrap().contains("zzzz"));
}

#[test]
fn help_is_built_from_the_keymap() {
    let a = app_with(
        "[keys]\nquit = [\"x\"]\nsearch = [\"ctrl-f\", \"/\"]\n",
        100,
        30,
    );
    let lines = help_lines(&a);
    assert_eq!(lines.len(), Action::ALL.len());
    assert!(lines.contains(&("x".to_string(), "quit")));
    assert!(lines.contains(&("Ctrl-f, /".to_string(), "search this pane")));
    let mut a = a;
    typed(&mut a, "?");
    let s = screen(&a);
    assert!(
        s.contains("Ctrl-f, /") && s.contains("search this pane"),
        "{s}"
    );
    typed(&mut a, "?x");
    assert!(a.quit);
}

#[test]
fn rebound_keys_drive_the_app() {
    let mut a = app_with("[keys]\nexperts = [\"e\"]\ndown = [\"2\"]\n", 100, 30);
    typed(&mut a, "e");
    assert_eq!(a.pane, Pane::Experts);
    typed(&mut a, "2");
    assert_eq!(a.pane, Pane::Experts);
    assert_eq!(a.selected_speaker(), Some(2));
}

#[test]
fn never_panics_at_any_small_size() {
    let mut a = app();
    for keys in ["1", "2", "l", "3", "4", "h", "?"] {
        typed(&mut a, keys);
        for w in [0u16, 1, 2, 5, 20, 39, 40, 41, 69, 70, 99, 100] {
            for h in [0u16, 1, 2, 5, 9, 10, 11] {
                a.resize(w, h);
                let _ = render(&a, &dark());
                for k in "jkGg".chars() {
                    press(&mut a, KeyCode::Char(k));
                }
                press(&mut a, KeyCode::PageDown);
            }
        }
    }
    a.resize(30, 8);
    assert!(screen(&a).contains("too small"));
}

#[test]
fn motions_scroll_through_tall_items() {
    let mut b = Builder::new(10);
    b.para("Heading", Role::Heading, 0);
    for i in 0..5 {
        b.start_item(Target::Paragraph(i));
        let text = if i == 1 {
            "word ".repeat(20)
        } else {
            "short".to_string()
        };
        b.para(&text, Role::Text, 0);
        b.end_item();
    }
    let c = b.finish();
    let h = 4;
    let tall = c.items[1].rows.clone();
    assert!(tall.len() > h);
    let st = ViewState::default();
    let st = apply(&c, st, h, Motion::Down);
    assert_eq!(st.cursor, 1);
    assert_eq!(st.scroll, tall.start);
    // Down scrolls within the tall item before moving on.
    let mut st = st;
    for _ in 0..(tall.len() - h) {
        st = apply(&c, st, h, Motion::Down);
        assert_eq!(st.cursor, 1);
    }
    st = apply(&c, st, h, Motion::Down);
    assert_eq!(st.cursor, 2);
    st = apply(&c, st, h, Motion::Bottom);
    assert_eq!(st.cursor, 4);
    assert_eq!(st.scroll, c.rows.len() - h);
    st = apply(&c, st, h, Motion::PageUp);
    assert!(st.scroll < c.rows.len() - h);
    st = apply(&c, st, h, Motion::Top);
    assert_eq!(st, ViewState::default());
    let empty = Builder::new(5).finish();
    assert_eq!(apply(&empty, st, h, Motion::Down), ViewState::default());
}

#[test]
fn several_briefings_switch_with_brackets() {
    let c = config("");
    let mut second = fixture::briefing();
    second.doc.title = "Second briefing".into();
    let mut a = App::new(
        vec![fixture::briefing(), second],
        Keymap::new(&c.keys, &c.user_keys),
        Symbols::UNICODE,
        Pane::Summary,
    );
    a.resize(100, 30);
    typed(&mut a, "]");
    assert_eq!(a.current, 1);
    assert!(screen(&a).contains("Second briefing"));
    assert!(screen(&a).contains("2/2"));
    typed(&mut a, "]");
    assert_eq!(a.current, 0);
    typed(&mut a, "[");
    assert_eq!(a.current, 1);
}

#[test]
fn narrow_two_column_panes_show_the_focused_column() {
    let mut a = app_with("", 60, 20);
    typed(&mut a, "2");
    assert_eq!(a.layout().unwrap().views.len(), 1);
    assert_eq!(a.layout().unwrap().views[0].0, View::ExpertList);
    typed(&mut a, "l");
    assert!(matches!(
        a.layout().unwrap().views[0].0,
        View::ExpertDetail(_)
    ));
}

#[test]
fn ascii_mode_draws_no_wide_marks() {
    let c = config("");
    let mut a = App::new(
        vec![fixture::briefing()],
        Keymap::new(&c.keys, &c.user_keys),
        Symbols::ASCII,
        Pane::Experts,
    );
    a.resize(100, 30);
    let theme = Theme::choose(&c, None, false, Symbols::ASCII).unwrap();
    let buf = render(&a, &theme);
    let chrome: String = buf.content().iter().map(|c| c.symbol()).collect();
    for mark in ["│", "─", "▌", "“", "•"] {
        assert!(!chrome.contains(mark), "{mark}");
    }
}

#[test]
fn preparing_when_idle_ends() {
    let mut a = app();
    let mut steps = 0;
    while a.prepare_step() {
        steps += 1;
        assert!(steps < 100, "prepare_step never finishes");
    }
    // Content and search text for each of the six views on screen at 100 columns.
    assert!(steps >= 10, "{steps}");
    assert!(!a.prepare_step());
}

#[test]
fn odd_text_and_inconsistent_analysis_never_panic() {
    use super::briefing::Briefing;
    use crate::analysis::{Analysis, Section, SummarySentence, TimelineEvent};
    use crate::document::Document;
    let text = "T\n\nA\u{301}\u{301} e\u{200d}\u{200d} \u{202e}rtl\u{202c} 👩‍👩‍👧‍👦 \
        ﷽ 𒐫𒐫 tab\there Wide:全角全角全角全角全角全角全角全角全角全角全角全角\n\n\
        averyveryveryveryveryveryveryveryveryveryveryveryveryveryverylongword\n";
    let doc = Document::from_text(text);
    let mut analysis = fixture::briefing().analysis;
    // Indices past the end, reversed ranges, empty strings: from a buggy analysis.
    #[allow(clippy::reversed_empty_ranges)] // On purpose: a buggy analysis.
    let reversed = 7..2;
    analysis.sections.push(Section {
        title: String::new(),
        expert: Some(String::new()),
        paragraphs: reversed,
    });
    analysis.sections.push(Section {
        title: "x".into(),
        expert: None,
        paragraphs: 0..99,
    });
    analysis.summary.push(SummarySentence {
        text: String::new(),
        paragraph: 99,
        sentence: 99,
        speaker: Some(String::new()),
    });
    analysis.timeline.push(TimelineEvent {
        date: "XXXX-13-99".into(),
        end: Some("Ω".into()),
        modifier: Some(String::new()),
        when: String::new(),
        event: "全角".repeat(40),
        sentence: String::new(),
        paragraph: usize::MAX,
        speaker: None,
    });
    analysis.speakers[0].quotes[0].paragraph = usize::MAX;
    let empty = Briefing::new(Document::from_text(""), Analysis::default());
    let c = config("");
    let mut a = App::new(
        vec![Briefing::new(doc, analysis), empty],
        Keymap::new(&c.keys, &c.user_keys),
        Symbols::UNICODE,
        Pane::Summary,
    );
    for (w, h) in [(100, 30), (41, 10), (60, 12), (1, 1)] {
        a.resize(w, h);
        for keys in [
            "1GkG", "2jjjlGk", "3G", "4GggG", "/全", "\n", "nN", "]", "1234",
        ] {
            for ch in keys.chars() {
                match ch {
                    '\n' => press(&mut a, KeyCode::Enter),
                    c => press(&mut a, KeyCode::Char(c)),
                }
            }
            press(&mut a, KeyCode::Enter);
            let _ = screen(&a);
            press(&mut a, KeyCode::Backspace);
            press(&mut a, KeyCode::PageDown);
            let _ = screen(&a);
        }
    }
}

/// Any sequence of keys and resizes, on the hand-built briefing and on a hostile real
/// one (controls, wide characters, an empty section, one endless line), leaves the
/// reader drawable at every step: no panic, whatever the user does.
mod any_keys {
    use super::*;
    use crate::analysis::{AnalysisOptions, analyse};
    use crate::document;
    use crate::tui::briefing::Briefing;
    use proptest::prelude::*;

    #[derive(Debug, Clone)]
    enum Event {
        Key(KeyCode, KeyModifiers),
        Resize(u16, u16),
    }

    fn event() -> impl Strategy<Value = Event> {
        let code = prop_oneof![
            proptest::sample::select("1234jkhlgGdu/nN[]?qx \t".chars().collect::<Vec<_>>())
                .prop_map(KeyCode::Char),
            any::<char>().prop_map(KeyCode::Char),
            proptest::sample::select(vec![
                KeyCode::Enter,
                KeyCode::Backspace,
                KeyCode::Esc,
                KeyCode::Up,
                KeyCode::Down,
                KeyCode::Left,
                KeyCode::Right,
                KeyCode::PageUp,
                KeyCode::PageDown,
                KeyCode::Home,
                KeyCode::End,
                KeyCode::Tab,
                KeyCode::BackTab,
            ]),
        ];
        let mods = proptest::sample::select(vec![
            KeyModifiers::NONE,
            KeyModifiers::NONE,
            KeyModifiers::CONTROL,
            KeyModifiers::SHIFT,
        ]);
        prop_oneof![
            8 => (code, mods).prop_map(|(c, m)| Event::Key(c, m)),
            1 => (0u16..160, 0u16..50).prop_map(|(w, h)| Event::Resize(w, h)),
        ]
    }

    fn hostile() -> Briefing {
        let text = format!(
            "Ports \u{1b}[31mreopen\u{7}\n\n## Empty\n\n## 東京の港\n\n\"全部だ,\" said Ana Ruiz, an analyst, in May 2029. {}\n\n\u{202e}Reversed\u{202c} text said Tom Lee on Monday.\n",
            "wide 🎉 words ".repeat(400)
        );
        let doc = document::load_bytes(
            "hostile.txt",
            text.as_bytes(),
            Some(document::Format::Text),
            &document::LoadOptions::default(),
        )
        .expect("loads");
        let analysis = analyse(&doc, &AnalysisOptions::default());
        Briefing::new(doc, analysis)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]
        #[test]
        fn the_reader_draws_after_every_event(events in proptest::collection::vec(event(), 1..60)) {
            let c = config("");
            let mut app = App::new(
                vec![hostile(), fixture::briefing()],
                Keymap::new(&c.keys, &c.user_keys),
                Symbols::UNICODE,
                Pane::Summary,
            );
            app.resize(80, 24);
            let theme = dark();
            for e in events {
                match e {
                    Event::Key(code, mods) => app.handle_key(KeyEvent::new(code, mods)),
                    Event::Resize(w, h) => app.resize(w, h),
                }
                let buf = render(&app, &theme);
                prop_assert_eq!(buf.area, Rect::new(0, 0, app.width, app.height));
            }
        }
    }
}
