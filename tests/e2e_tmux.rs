//! End to end: the real binary in a real terminal (tmux). Starts on the seed briefing,
//! visits every pane, jumps, searches, resizes and quits, then checks that the terminal
//! is restored (alternate screen off, cursor shown, cooked mode); and again when the
//! reader is killed by SIGHUP or SIGTERM. Each test has its own tmux server (-L).
//!
//! tmux is required (the CI script installs it): these tests fail without it.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_brief");

/// One private tmux server with one pane.
struct Tmux {
    socket: String,
    dir: tempfile::TempDir,
}

impl Tmux {
    /// Runs `brief ARGS` in a new pane of `width`×`height`. After brief exits, the pane's
    /// shell prints `exited=CODE` and the terminal mode (`icanon` or `-icanon`).
    fn start(name: &str, args: &str, width: u16, height: u16) -> Tmux {
        Tmux::start_with(name, "", args, width, height)
    }

    /// Like [`Tmux::start`], with extra shell lines (`export NO_COLOR=1`) before brief.
    fn start_with(name: &str, setup: &str, args: &str, width: u16, height: u16) -> Tmux {
        let found = Command::new("tmux").arg("-V").output();
        assert!(
            found.is_ok_and(|o| o.status.success()),
            "tmux is required for the end-to-end tests (apt-get install tmux)"
        );
        let dir = tempfile::tempdir().unwrap();
        let socket = format!("brief-e2e-{name}-{}", std::process::id());
        let script = dir.path().join("run.sh");
        let pidfile = dir.path().join("pid");
        std::fs::write(
            &script,
            format!(
                "#!/bin/sh\n\
                 export LANG=C.UTF-8 LC_ALL=C.UTF-8 HOME='{home}' XDG_CONFIG_HOME='{home}'\n\
                 unset NO_COLOR\n\
                 {setup}\n\
                 '{BIN}' {args} &\n\
                 echo $! > '{pid}'\n\
                 wait $!\n\
                 code=$?\n\
                 echo \"exited=$code mode=$(stty -a | tr ' ;' '\\n\\n' | grep -x -- '-\\?icanon')\"\n\
                 sleep 60\n",
                home = dir.path().display(),
                pid = pidfile.display(),
            ),
        )
        .unwrap();
        let t = Tmux { socket, dir };
        t.tmux(&[
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-x",
            &width.to_string(),
            "-y",
            &height.to_string(),
            "sh",
            script.to_str().unwrap(),
        ]);
        t
    }

    fn tmux(&self, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn send(&self, keys: &[&str]) {
        for k in keys {
            self.tmux(&["send-keys", k]);
        }
    }

    fn type_text(&self, text: &str) {
        self.tmux(&["send-keys", "-l", text]);
    }

    fn screen(&self) -> String {
        self.tmux(&["capture-pane", "-p"])
    }

    /// Waits until the screen shows every one of `texts`; panics with the screen if not.
    fn wait_for(&self, texts: &[&str]) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let s = self.screen();
            if texts.iter().all(|t| s.contains(t)) {
                return s;
            }
            assert!(
                Instant::now() < deadline,
                "waited for {texts:?}; the screen shows:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits until the screen no longer shows `text`; panics with the screen if it does.
    fn wait_gone(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let s = self.screen();
            if !s.contains(text) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "waited for {text:?} to go; the screen shows:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits until the status line (the last row) starts with `pane`'s name.
    fn wait_status(&self, pane: &str) {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let s = self.screen();
            let last = s.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("");
            if last.trim_start().starts_with(pane) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "waited for the {pane} pane; the screen shows:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn brief_pid(&self) -> i32 {
        let path: PathBuf = self.dir.path().join("pid");
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Ok(s) = std::fs::read_to_string(&path)
                && let Ok(pid) = s.trim().parse()
            {
                return pid;
            }
            assert!(Instant::now() < deadline, "brief did not start");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// After brief exits: the exit code it gave, and checks that the terminal is back to
    /// normal (main screen, cursor visible, line-buffered input).
    fn assert_restored(&self, code: &str) {
        let s = self.wait_for(&["exited="]);
        assert!(s.contains(&format!("exited={code} ")), "{s}");
        assert!(s.contains("mode=icanon"), "raw mode left on:\n{s}");
        assert_eq!(self.tmux(&["display", "-p", "#{alternate_on}"]).trim(), "0");
        assert_eq!(self.tmux(&["display", "-p", "#{cursor_flag}"]).trim(), "1");
        assert!(!s.contains("panicked"), "{s}");
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.tmux(&["kill-server"]);
    }
}

#[test]
fn reader_walkthrough_restores_the_terminal() {
    let t = Tmux::start("walk", "", 100, 30);
    t.wait_for(&["Washington", "Summary", "? help"]);
    assert_eq!(t.tmux(&["display", "-p", "#{alternate_on}"]).trim(), "1");

    t.send(&["2"]);
    t.wait_status("Experts");
    // The seed's first expert is listed.
    t.wait_for(&["Tikhansky"]);

    t.send(&["3"]);
    t.wait_status("Timeline");
    // The sanctions of 2021 are on the timeline.
    t.wait_for(&["2021"]);

    t.send(&["4"]);
    t.wait_status("Text");
    t.wait_for(&["A new round of Belarus"]);

    // Jump from a summary sentence to its paragraph, and back.
    t.send(&["1"]);
    t.wait_status("Summary");
    t.send(&["Enter"]);
    t.wait_status("Text");
    t.send(&["BSpace"]);
    t.wait_status("Summary");

    // Jump from an expert's statement to the text (the statements column has the keys
    // after `l`), and back to the Experts pane.
    t.send(&["2", "l"]);
    t.wait_status("Experts");
    t.send(&["Enter"]);
    t.wait_status("Text");
    t.send(&["Escape"]);
    t.wait_status("Experts");

    // Search the text from the top: incremental, then confirmed with a match count.
    t.send(&["4"]);
    t.wait_status("Text");
    t.send(&["g", "/"]);
    t.type_text("potash");
    t.wait_for(&["/potash_"]);
    t.send(&["Enter"]);
    let s = t.wait_for(&["/potash  1/"]);
    assert!(s.contains("potash"));
    t.send(&["n"]);
    t.wait_for(&["/potash  2/"]);
    // A phrase, found wherever the text wraps. Escape and `/` go separately: sent
    // together, a loaded machine may deliver them as one Alt-/ key.
    t.send(&["Escape"]);
    t.wait_gone("/potash");
    t.send(&["/"]);
    t.type_text("political dependence");
    t.send(&["Enter"]);
    t.wait_for(&["/political dependence  1/1"]);
    t.send(&["Escape"]);

    // Resize: smaller, too small, and back.
    t.tmux(&["resize-window", "-x", "60", "-y", "20"]);
    t.wait_for(&["? help"]);
    t.tmux(&["resize-window", "-x", "30", "-y", "8"]);
    t.wait_for(&["too small"]);
    t.tmux(&["resize-window", "-x", "100", "-y", "30"]);
    t.wait_status("Text");

    // Help, then quit.
    t.send(&["?"]);
    t.wait_for(&["Keys", "toggle this help"]);
    t.send(&["?"]);
    t.send(&["q"]);
    t.assert_restored("0");
}

fn killed_by(signal: &str, code: &str) {
    let t = Tmux::start(&signal.to_lowercase(), "", 80, 24);
    t.wait_for(&["Summary", "? help"]);
    let pid = t.brief_pid();
    let status = Command::new("kill")
        .args([&format!("-{signal}"), &pid.to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    t.assert_restored(code);
}

#[test]
fn sighup_restores_the_terminal() {
    killed_by("HUP", "129");
}

#[test]
fn sigterm_restores_the_terminal() {
    killed_by("TERM", "143");
}

/// Closing the terminal under the reader (a dropped SSH session, a killed tmux) must end
/// it, not leave it spinning on a vanished input.
#[test]
fn closing_the_terminal_ends_the_reader() {
    let t = Tmux::start("close", "", 80, 24);
    t.wait_for(&["Summary", "? help"]);
    let pid = t.brief_pid();
    t.tmux(&["kill-server"]);
    let proc_dir = PathBuf::from(format!("/proc/{pid}"));
    let deadline = Instant::now() + Duration::from_secs(10);
    while proc_dir.exists() && !is_zombie(&proc_dir) {
        assert!(
            Instant::now() < deadline,
            "brief (pid {pid}) still runs after its terminal closed"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn is_zombie(proc_dir: &Path) -> bool {
    std::fs::read_to_string(proc_dir.join("stat"))
        .map(|s| {
            s.rsplit(')')
                .next()
                .is_some_and(|rest| rest.trim_start().starts_with('Z'))
        })
        .unwrap_or(true)
}

#[test]
fn ctrl_c_quits_and_restores() {
    let t = Tmux::start("ctrlc", "", 80, 24);
    t.wait_for(&["Summary", "? help"]);
    t.send(&["C-c"]);
    t.assert_restored("0");
}

#[test]
fn not_a_terminal_prints_plain_text() {
    let out = Command::new(BIN)
        .arg(Path::new("tests/fixtures/corpus/docs/dev-01.txt"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("SUMMARY"), "{text}");
    assert!(!text.contains('\u{1b}'), "escape codes in plain output");
}

#[test]
fn config_errors_name_the_place() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("c.toml");
    std::fs::write(&file, "[keys]\nquit = [\"ctl-q\"]\n").unwrap();
    let out = Command::new(BIN)
        .arg("--config")
        .arg(&file)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("c.toml:2:8:") && err.contains("ctrl-d"),
        "{err}"
    );
}

#[test]
fn no_color_draws_without_any_colour() {
    let t = Tmux::start_with("nocolor", "export NO_COLOR=1", "", 100, 30);
    t.wait_for(&["Summary", "? help"]);
    t.send(&["2"]);
    t.wait_status("Experts");
    let styled = t.tmux(&["capture-pane", "-p", "-e"]);
    // tmux writes the cells' attributes as SGR sequences: only bold, underline and
    // reverse (1, 4, 7) and resets may appear, no colour (30–49, 90–107, 38;…, 48;…).
    for seq in styled.split('\u{1b}').skip(1) {
        let Some(params) = seq.strip_prefix('[').and_then(|s| s.split('m').next()) else {
            continue;
        };
        for p in params.split(';').filter(|p| !p.is_empty()) {
            let n: u32 = p.parse().unwrap_or(0);
            assert!(
                matches!(n, 0 | 1 | 4 | 7 | 22 | 24 | 27 | 39 | 49),
                "colour attribute {n} in {params:?}"
            );
        }
    }
    t.send(&["q"]);
    t.assert_restored("0");
}
