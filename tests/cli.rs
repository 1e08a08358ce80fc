//! The `brief` binary as scripts use it: `--json` (the analysis contract), `--print`,
//! errors, standard input, `--date`, `--help`.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn brief(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("runs")
}

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/corpus/docs")
        .join(name)
        .display()
        .to_string()
}

fn json(args: &[&str]) -> serde_json::Value {
    let out = brief(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

/// Every field ANALYSIS-JSON.md requires, with the right shape.
fn assert_contract(v: &serde_json::Value) {
    assert!(v["title"].is_string());
    assert!(v["published"].is_null() || v["published"].as_str().is_some_and(|d| d.len() == 10));
    let sections = v["sections"].as_array().expect("sections");
    assert!(!sections.is_empty());
    for s in sections {
        assert!(s["title"].is_string());
        assert!(s["expert"].is_null() || s["expert"].is_string());
        assert!(s["paragraphs"].as_array().is_some_and(|p| !p.is_empty()));
    }
    for s in v["speakers"].as_array().expect("speakers") {
        assert!(s["name"].is_string());
        assert!(s["descriptor"].is_null() || s["descriptor"].is_string());
        assert!(s["expert"].is_boolean());
        for q in s["quotes"].as_array().expect("quotes") {
            assert!(q["text"].is_string());
            assert!(matches!(q["kind"].as_str(), Some("direct" | "indirect")));
            assert!(q["paragraph"].is_u64());
        }
    }
    for e in v["timeline"].as_array().expect("timeline") {
        for key in ["date", "when", "event", "sentence"] {
            assert!(e[key].is_string(), "timeline {key}");
        }
        assert!(e["paragraph"].is_u64());
    }
    assert!(
        v["summary"]
            .as_array()
            .expect("summary")
            .iter()
            .all(|s| s.is_string())
    );
}

#[test]
fn json_contract_on_every_corpus_document_and_the_seed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/corpus/docs");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    assert_eq!(names.len(), 8);
    for name in names {
        let v = json(&["--json", &fixture(&name)]);
        assert_contract(&v);
        // Every paragraph is in exactly one section, in order.
        let doc = brief::load_path(&dir.join(&name), &Default::default()).unwrap();
        let listed: Vec<&str> = v["sections"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|s| {
                s["paragraphs"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|p| p.as_str().unwrap())
            })
            .collect();
        let expected: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(listed, expected, "{name}");
    }
    let v = json(&[
        "--json",
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/seeds/washington-minsk-diplomacy-backed-by-pragmatism.txt"
        ),
    ]);
    assert_contract(&v);
    assert_eq!(
        v["title"],
        "Washington – Minsk: diplomacy backed by pragmatism"
    );
    assert_eq!(v["published"], serde_json::Value::Null);
}

#[test]
fn json_of_several_files_is_an_array() {
    let v = json(&["--json", &fixture("dev-01.txt"), &fixture("dev-02.md")]);
    assert_eq!(v.as_array().map(Vec::len), Some(2));
}

#[test]
fn date_flag_overrides_and_bad_dates_are_rejected() {
    let v = json(&["--json", "--date", "2025-12-15", &fixture("seed.txt")]);
    assert_eq!(v["published"], "2025-12-15");
    let out = brief(&["--json", "--date", "15/12/2025", &fixture("seed.txt")]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("YYYY-MM-DD"));
}

#[test]
fn standard_input() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(["--json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"Piped headline\n3 June 2024\n\nA paragraph from a pipe.\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["title"], "Piped headline");
    assert_eq!(v["published"], "2024-06-03");
}

#[test]
fn errors_are_one_line_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "  \n").unwrap();
    let binary = dir.path().join("photo.txt");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0\0").unwrap();
    for (path, message) in [
        (empty.display().to_string(), "the file has no text"),
        (binary.display().to_string(), "looks like a binary file"),
        ("/no/such/file.txt".to_string(), "No such file"),
    ] {
        let out = brief(&["--json", &path]);
        assert_eq!(out.status.code(), Some(1), "{path}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.starts_with("brief: ") && err.contains(&path) && err.contains(message),
            "{err}"
        );
        assert!(out.stdout.is_empty());
    }
}

/// A folder is a stack: a broken file in it is skipped with a warning naming it, the
/// rest is read; a folder with nothing readable is an error. A file named on the
/// command line stays an error (above).
#[test]
fn a_broken_file_in_a_folder_is_skipped_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a-empty.txt"), "  \n").unwrap();
    std::fs::write(dir.path().join("b-photo.txt"), b"\x89PNG\r\n\x1a\n\0\0\0").unwrap();
    let folder = dir.path().display().to_string();
    let out = brief(&["--json", &folder]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("a-empty.txt") && err.contains("b-photo.txt"),
        "{err}"
    );
    assert!(err.contains("no briefing in this folder"), "{err}");

    std::fs::write(
        dir.path().join("c-port.txt"),
        "Port reopens\n\nThe port reopened on Monday, officials said.\n",
    )
    .unwrap();
    let out = brief(&["--json", &folder]);
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 2, "{err}");
    assert!(
        err.lines()
            .all(|l| l.starts_with("brief: warning: skipped ")),
        "{err}"
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["title"], "Port reopens");
}

#[test]
fn invalid_utf8_warns_and_still_analyses() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("latin1.txt");
    std::fs::write(
        &path,
        b"Caf\xe9 talks\n\nThe caf\xe9 talks began in 2021, officials said.",
    )
    .unwrap();
    let out = brief(&["--json", &path.display().to_string()]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("warning"));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["title"], "Caf\u{FFFD} talks");
}

#[test]
fn print_parts_are_plain_text() {
    for part in ["outline", "summary", "quotes", "timeline", "text"] {
        let out = brief(&["--print", part, &fixture("dev-01.txt")]);
        assert!(out.status.success(), "{part}");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(!text.is_empty());
        assert!(
            !text.contains('\u{1b}'),
            "{part}: escape sequence in plain output"
        );
    }
    let text =
        String::from_utf8(brief(&["--print", "text", &fixture("dev-01.txt")]).stdout).unwrap();
    assert!(text.contains("Kazakhstan and Uzbekistan last Thursday signed"));
}

#[test]
fn help_and_version() {
    let out = brief(&["--help"]);
    assert!(out.status.success());
    let help = String::from_utf8(out.stdout).unwrap();
    for flag in [
        "--json",
        "--print",
        "--date",
        "--config",
        "--help",
        "--version",
    ] {
        assert!(help.contains(flag), "help lacks {flag}");
    }
    let out = brief(&["--version"]);
    assert!(String::from_utf8(out.stdout).unwrap().starts_with("brief "));
}

#[test]
fn no_arguments_uses_the_bundled_seed() {
    let v = json(&["--json"]);
    assert_eq!(
        v["title"],
        "Washington – Minsk: diplomacy backed by pragmatism"
    );
}

#[test]
fn json_contract_on_the_held_out_briefings() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let sets = [
        "heldout",
        "heldout2",
        "heldout3",
        "heldout4",
        "heldout5",
        "heldout6",
        "heldout7",
        "heldout8",
        "heldout9",
        "heldout10",
        "heldout11",
        "heldout12",
        "heldout13",
        "heldout14",
        "heldout15",
        "heldout16",
        "heldout17",
    ];
    let entries = sets
        .iter()
        .flat_map(|set| std::fs::read_dir(root.join(set).join("docs")).unwrap());
    for entry in entries {
        let path = entry.unwrap().path();
        let v = json(&["--json", &path.display().to_string()]);
        assert_contract(&v);
        assert!(
            !v["speakers"].as_array().unwrap().is_empty(),
            "{}",
            path.display()
        );
        assert!(
            !v["timeline"].as_array().unwrap().is_empty(),
            "{}",
            path.display()
        );
    }
}
