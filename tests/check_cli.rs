//! `weft check`: every mistake of a file in one run, in text and in JSON, and the loader's own message for
//! each (the corpus of tests/invalid/ keeps its pinned first message).

use crate::common;

use common::weft;

const SEVERAL_MISTAKES: &str = "name: several
locks: [m]
shared: { balance: 100 }
tasks:
  deposit:
    ops:
      - lock: mm
      - cpuu: 5ms
      - unlock: m
  withdraw:
    after: [depositt]
    opz:
      - cpu: 5ms
expect:
  - \"balanse == 100\"
";

fn scratch_file(name: &str, text: &str) -> std::path::PathBuf {
    let directory = std::env::temp_dir().join(format!("weft-check-{}", std::process::id()));
    std::fs::create_dir_all(&directory).expect("scratch directory");
    let path = directory.join(name);
    std::fs::write(&path, text).expect("scratch file");
    path
}

#[test]
fn all_mistakes_of_a_file_in_one_json_report() {
    let path = scratch_file("several.yaml", SEVERAL_MISTAKES);
    let (status, stdout, _) = weft(&["check", "--json", path.to_str().expect("utf-8 path")]);
    assert_eq!(status, 2);
    let report: serde_json::Value = serde_json::from_str(&stdout).expect("one JSON document");
    let places: Vec<(u64, u64, String, String)> = report["errors"]
        .as_array()
        .expect("errors")
        .iter()
        .map(|e| {
            assert_eq!(e["file"].as_str(), path.to_str());
            let message = e["message"].as_str().expect("message");
            (
                e["line"].as_u64().expect("line"),
                e["column"].as_u64().expect("column"),
                message.to_string(),
                e["help"].to_string(),
            )
        })
        .collect();
    let expected = [
        (7, 15, "unknown lock `mm`", "\"did you mean `m`?\""),
        (8, 9, "unknown step or value `cpuu`", "\"did you mean `cpu`?\""),
        (11, 13, "unknown task `depositt`", "\"did you mean `deposit`?\""),
        (12, 5, "unknown key `opz`", "\"did you mean `ops`?\""),
        (15, 6, "`balanse` is not a shared variable", "\"did you mean `balance`?\""),
    ];
    assert_eq!(places.len(), expected.len(), "{places:#?}");
    for ((line, column, message, help), (expected_line, expected_column, message_start, expected_help)) in
        places.iter().zip(expected)
    {
        assert_eq!((*line, *column, help.as_str()), (expected_line, expected_column, expected_help), "{message}");
        assert!(message.starts_with(message_start), "{message} does not start with {message_start}");
    }
    assert_eq!(report["errors"][1]["expected"].as_str().map(|e| e.starts_with("one of cpu, native")), Some(true));
}

#[test]
fn all_mistakes_of_a_file_in_one_text_report() {
    let path = scratch_file("several-text.yaml", SEVERAL_MISTAKES);
    let (status, stdout, stderr) = weft(&["check", path.to_str().expect("utf-8 path")]);
    assert_eq!(status, 2);
    assert_eq!(stdout, "");
    let headings: Vec<&str> = stderr.lines().filter(|line| line.trim_start().starts_with('×')).collect();
    assert_eq!(headings.len(), 5, "{stderr}");
    assert!(stderr.contains("       - cpuu: 5ms\n"), "the snippet shows the file as written: {stderr}");
    assert!(stderr.trim_end().ends_with("several-text.yaml: 5 errors"), "{stderr}");
}

#[test]
fn valid_files_give_an_empty_list() {
    let (status, stdout, stderr) = weft(&["check", "--json", "scenarios/bank-race.yaml", "scenarios/convoy.yaml"]);
    assert_eq!((status, stderr.as_str()), (0, ""));
    let report: serde_json::Value = serde_json::from_str(&stdout).expect("one JSON document");
    assert_eq!(report["errors"], serde_json::json!([]));
}

/// Each file of the bad-input corpus is rejected by `check`, and the message the loader gives first is
/// among the errors (word for word, at the same place).
#[test]
fn the_corpus_keeps_its_messages() {
    let mut paths: Vec<_> = std::fs::read_dir("tests/invalid").expect("corpus").flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "yaml")) {
        let name = path.to_str().expect("utf-8 path");
        let first = scenarios::load_file(path).expect_err("the corpus is rejected");
        let (status, stdout, _) = weft(&["check", "--json", name]);
        assert_eq!(status, 2, "{name}");
        let report: serde_json::Value = serde_json::from_str(&stdout).expect("one JSON document");
        let errors = report["errors"].as_array().expect("errors");
        let kept = errors.iter().any(|e| {
            e["message"].as_str() == Some(first.message.as_str())
                && e["line"].as_u64() == Some(u64::from(first.line))
                && e["column"].as_u64() == Some(u64::from(first.column))
        });
        assert!(kept, "{name}: `{}` is not among {errors:#?}", first.message);
    }
}
