//! The `newsmark` command as a user runs it.
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_newsmark"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn annotates_stdin() {
    let out = run(&[], b"Japan and Canada met.");
    assert!(out.status.success());
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let codes: Vec<&str> = json["annotations"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|a| a["code"].as_str())
        .collect();
    assert_eq!(codes, ["JP", "CA"]);
}

#[test]
fn jsonl_keeps_order_and_reports_bad_lines() {
    let input = b"{\"id\": \"one\", \"text\": \"Japan\"}\nnot json\n{\"id\": 2, \"text\": \"Canada\", \"extra\": 1}\n{\"text\": \"no id\"}\n";
    let out = run(&["--jsonl"], input);
    assert!(
        !out.status.success(),
        "a bad line makes the exit status non-zero"
    );
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "one");
    assert_eq!(lines[1]["id"], 2);
    assert_eq!(lines[1]["annotations"][0]["code"], "CA");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("stdin:2: not JSON"), "{err}");
    assert!(err.contains("stdin:4: no \"id\""), "{err}");
}

#[test]
fn invalid_utf8_names_the_byte_offset() {
    let dir = std::env::temp_dir().join(format!("newsmark-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bad.txt");
    std::fs::write(&path, b"Japan \xff here").unwrap();
    let out = run(&[path.to_str().unwrap()], b"");
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("bad.txt: invalid UTF-8 at byte 6"), "{err}");
}

#[test]
fn missing_file_is_named() {
    let out = run(&["/nonexistent/article.txt"], b"");
    assert!(!out.status.success());
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .contains("/nonexistent/article.txt"));
}

#[test]
fn unknown_option_is_an_error() {
    let out = run(&["--frobnicate"], b"");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn explain_names_the_rule_of_every_mark() {
    let text = "Lund said the port would close, adding that the ferries had stopped. \
\"We cannot pay,\" said Kolb.\n\nJapan protested.";
    let out = run(&["--explain"], text.as_bytes());
    assert!(out.status.success());
    let lines: Vec<String> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect();
    let line = |needle: &str| -> &str {
        lines
            .iter()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("no line with {needle:?} in {lines:#?}"))
    };
    assert!(line("\"the port would close\"").contains("[verb-cue]"));
    assert!(line("\"the ferries had stopped\"").contains("[participle]"));
    assert!(line("\"We cannot pay\"").contains("[quote-after]"));
    assert!(line("speaker e2").contains("[quote-after]"));
    assert!(line("country JP").contains("[country-name]"));
    // Every speaker and claim names a rule.
    for l in lines
        .iter()
        .filter(|l| l.contains(" speaker ") || l.contains(" claim "))
    {
        assert!(!l.contains("[]"), "no rule in {l:?}");
    }
    // The same annotations as the JSON, in the same order.
    let json: serde_json::Value =
        serde_json::from_slice(&run(&[], text.as_bytes()).stdout).unwrap();
    let ids: Vec<String> = json["annotations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect();
    let explained: Vec<String> = lines
        .iter()
        .map(|l| l.split_whitespace().next().unwrap().to_string())
        .collect();
    assert_eq!(explained, ids);
}
