//! The reader: a full-screen terminal view of one or more analysed briefings.
//!
//! State and rendering are separate: [`app::App`] holds state and applies
//! [`action::Action`]s; [`draw::draw`] is a pure function of that state. Keys are data
//! ([`keymap`]), styles are data ([`theme`]), and each pane's text is prepared once per
//! width ([`content`], [`panes`]). This module owns the terminal: raw mode, the alternate
//! screen and putting everything back on exit, panic or signal.

pub mod action;
pub mod app;
pub mod briefing;
pub mod content;
pub mod draw;
pub mod keymap;
pub mod panes;
pub mod search;
pub mod shelf;
pub mod theme;

#[cfg(test)]
pub(crate) mod fixture;

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::event::{self, Event};
use ratatui::crossterm::{cursor, execute, terminal};

use crate::config::{Config, StartPane};
use app::App;
use keymap::Keymap;
use panes::Pane;
use shelf::Shelf;
use theme::{Symbols, Theme};

/// How the reader was asked to look.
#[derive(Debug, Clone, Default)]
pub struct ReaderOptions {
    /// `--theme`: wins over NO_COLOR and the config.
    pub theme: Option<String>,
    /// `--ascii`: ASCII borders and marks whatever the locale.
    pub ascii: bool,
}

/// The pane a config's `start_pane` names.
pub fn start_pane(p: StartPane) -> Pane {
    match p {
        StartPane::Summary => Pane::Summary,
        StartPane::Experts => Pane::Experts,
        StartPane::Timeline => Pane::Timeline,
        StartPane::Text => Pane::Text,
    }
}

/// Symbols and theme from the config, the options and the environment.
pub fn look(config: &Config, options: &ReaderOptions) -> Result<Theme, String> {
    let env = |k: &str| std::env::var(k).ok();
    let ascii = options.ascii
        || match config.reader.ascii {
            crate::config::AsciiMode::Always => true,
            crate::config::AsciiMode::Never => false,
            crate::config::AsciiMode::Auto => theme::locale_is_ascii(env),
        };
    let symbols = if ascii {
        Symbols::ASCII
    } else {
        Symbols::UNICODE
    };
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    Theme::choose(config, options.theme.as_deref(), no_color, symbols)
}

/// Signal received (SIGTERM, SIGHUP, SIGINT), 0 when none.
static SIGNAL: AtomicUsize = AtomicUsize::new(0);
/// True while the terminal is in raw mode / the alternate screen.
static TERMINAL_TAKEN: AtomicBool = AtomicBool::new(false);

/// Puts the terminal back: raw mode off, alternate screen left, cursor shown. Each step
/// is tried even when an earlier one fails (a hung-up terminal fails them all).
pub fn restore_terminal() {
    if TERMINAL_TAKEN.swap(false, Ordering::SeqCst) {
        let _ = terminal::disable_raw_mode();
        let mut out = io::stdout();
        let _ = execute!(out, terminal::LeaveAlternateScreen, cursor::Show);
        let _ = out.flush();
    }
}

/// Installs the panic hook first of all: it restores the terminal, then lets the default
/// hook print the message on a sane screen.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        previous(info);
    }));
}

/// How long the event loop has to wind down after a signal before the process exits.
const SIGNAL_GRACE: Duration = Duration::from_millis(500);

/// Runs the reader until the user quits or a signal arrives. Returns the exit code a
/// signal asks for (128 + signal number), or 0.
pub fn run(briefings: Shelf, config: &Config, options: &ReaderOptions) -> Result<i32, String> {
    if briefings.is_empty() {
        return Err("no briefings to show".into());
    }
    install_panic_hook();
    let theme = look(config, options)?;
    let keymap = Keymap::new(&config.keys, &config.user_keys);
    let symbols = theme.symbols;
    let mut app = App::new(
        briefings,
        keymap,
        symbols,
        start_pane(config.reader.start_pane),
    );

    let flag = Arc::new(AtomicBool::new(false));
    for sig in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        // A second signal while we are stuck ends the process at once.
        let _ = signal_hook::flag::register_conditional_shutdown(sig, 128 + sig, Arc::clone(&flag));
    }
    let flag_for_loop = Arc::clone(&flag);
    let mut signals = signal_hook::iterator::Signals::new([
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ])
    .map_err(|e| format!("cannot watch signals: {e}"))?;
    std::thread::spawn(move || {
        if let Some(sig) = signals.forever().next() {
            SIGNAL.store(sig as usize, Ordering::SeqCst);
            flag_for_loop.store(true, Ordering::SeqCst);
            // The event loop notices the signal within its poll timeout and exits. When
            // the terminal itself is gone (a closed SSH session, a killed tmux) the input
            // reader can spin on end-of-file and never return: leave anyway.
            std::thread::sleep(SIGNAL_GRACE);
            restore_terminal();
            std::process::exit(128 + sig);
        }
    });

    terminal::enable_raw_mode().map_err(|e| format!("cannot use this terminal: {e}"))?;
    TERMINAL_TAKEN.store(true, Ordering::SeqCst);
    let result = event_loop(&mut app, &theme);
    restore_terminal();
    result?;
    Ok(match SIGNAL.load(Ordering::SeqCst) {
        0 => 0,
        sig => 128 + sig as i32,
    })
}

fn event_loop(app: &mut App, theme: &Theme) -> Result<(), String> {
    let mut out = io::stdout();
    execute!(out, terminal::EnterAlternateScreen, cursor::Hide).map_err(|e| e.to_string())?;
    let mut terminal =
        Terminal::new(CrosstermBackend::new(io::stdout())).map_err(|e| e.to_string())?;
    let size = terminal.size().map_err(|e| e.to_string())?;
    app.resize(size.width, size.height);
    let mut prepared_for = None;
    while !app.quit && SIGNAL.load(Ordering::SeqCst) == 0 {
        if app.needs_render {
            app.needs_render = false;
            if terminal.draw(|f| draw::draw(f, app, theme)).is_err() {
                break; // The terminal went away.
            }
        }
        // Once the screen is up and while no key waits, prepare the other panes.
        let here = (app.current, app.width, app.height);
        while prepared_for != Some(here) && matches!(event::poll(Duration::ZERO), Ok(false)) {
            if !app.prepare_step() {
                prepared_for = Some(here);
            }
        }
        // Poll with a timeout so a signal is noticed even without input.
        match event::poll(Duration::from_millis(100)) {
            Ok(false) => continue,
            Ok(true) => {}
            Err(_) => break,
        }
        // Drain everything pending before the next draw.
        loop {
            match event::read() {
                Ok(Event::Key(k)) => app.handle_key(k),
                Ok(Event::Resize(w, h)) => {
                    let _ = terminal.autoresize();
                    app.resize(w, h);
                }
                Ok(_) => {}
                Err(_) => return Ok(()),
            }
            if app.quit || !matches!(event::poll(Duration::ZERO), Ok(true)) {
                break;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
