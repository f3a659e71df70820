//! `weft test`: the snapshot suite without Rust. It passes on this repository as it is (so it reads the
//! project suite's snapshots byte for byte), fails with a diff when an outcome changes, and `--accept`
//! writes the new snapshots so the next run passes.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn weft_test(folder: &Path, extra: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_weft")).arg("test").args(extra).current_dir(folder).output().expect("weft runs")
}

fn text(output: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

/// A scratch project: `scenarios/bank-race.yaml` and its stored snapshots, copied from this repository.
fn scratch_project(label: &str) -> PathBuf {
    let folder = std::env::temp_dir().join(format!("weft-test-{label}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(folder.join("scenarios")).expect("a scratch folder");
    std::fs::create_dir_all(folder.join("snapshots")).expect("a scratch folder");
    std::fs::copy(Path::new(ROOT).join("scenarios/bank-race.yaml"), folder.join("scenarios/bank-race.yaml"))
        .expect("copy the scenario");
    for entry in std::fs::read_dir(Path::new(ROOT).join("snapshots")).expect("snapshots/") {
        let path = entry.expect("an entry").path();
        let name = path.file_name().expect("a name").to_string_lossy().into_owned();
        if name.ends_with("@bank-race.yaml.snap") {
            std::fs::copy(&path, folder.join("snapshots").join(&name)).expect("copy a snapshot");
        }
    }
    folder
}

#[test]
fn passes_on_this_repository() {
    let output = weft_test(Path::new(ROOT), &[]);
    let printed = text(&output);
    assert_eq!(output.status.code(), Some(0), "{printed}");
    let stored = std::fs::read_dir(Path::new(ROOT).join("snapshots"))
        .expect("snapshots/")
        .filter(|e| e.as_ref().is_ok_and(|e| e.file_name().to_string_lossy().contains(".yaml.snap")))
        .count();
    assert!(printed.contains(&format!("{stored} snapshots: {stored} passed")), "{printed}");
}

#[test]
fn a_changed_outcome_fails_with_a_diff_and_accept_fixes_it() {
    let project = scratch_project("changed");
    assert_eq!(weft_test(&project, &[]).status.code(), Some(0));
    let scenario = project.join("scenarios/bank-race.yaml");
    let original = std::fs::read_to_string(&scenario).expect("the scenario");
    std::fs::write(&scenario, original.replace("balance = b - 100", "balance = b - 200")).expect("edit");

    let failed = weft_test(&project, &[]);
    let printed = text(&failed);
    assert_eq!(failed.status.code(), Some(1), "{printed}");
    assert!(printed.contains("changed: bank-race@round-robin-0"), "{printed}");
    assert!(printed.contains("-     balance: 900\n+     balance: 800"), "{printed}");
    assert!(printed.contains("weft test --accept"), "{printed}");

    let accepted = weft_test(&project, &["--accept"]);
    assert_eq!(accepted.status.code(), Some(0), "{}", text(&accepted));
    let again = weft_test(&project, &[]);
    assert_eq!(again.status.code(), Some(0), "{}", text(&again));
    let _ = std::fs::remove_dir_all(&project);
}

#[test]
fn a_new_scenario_needs_accept() {
    let project = scratch_project("new");
    let copy = std::fs::read_to_string(project.join("scenarios/bank-race.yaml")).expect("the scenario");
    std::fs::write(project.join("scenarios/my-race.yaml"), copy.replace("name: bank-race", "name: my-race"))
        .expect("a new scenario");
    let failed = weft_test(&project, &["scenarios"]);
    assert_eq!(failed.status.code(), Some(1), "{}", text(&failed));
    assert!(text(&failed).contains("new: my-race@round-robin-0"), "{}", text(&failed));
    assert_eq!(weft_test(&project, &["--accept"]).status.code(), Some(0));
    let written = std::fs::read_to_string(project.join("snapshots/my-race@round-robin-0@my-race.yaml.snap"))
        .expect("the accepted snapshot");
    assert!(written.starts_with("---\nsource: weft test\n"), "{written}");
    assert_eq!(weft_test(&project, &[]).status.code(), Some(0));
    let _ = std::fs::remove_dir_all(&project);
}

#[test]
fn a_folder_without_scenarios_is_bad_input() {
    let empty = std::env::temp_dir().join(format!("weft-test-empty-{}", std::process::id()));
    std::fs::create_dir_all(&empty).expect("a folder");
    let output = weft_test(&empty, &["."]);
    assert_eq!(output.status.code(), Some(2), "{}", text(&output));
    assert!(text(&output).contains("has no .yaml scenarios"), "{}", text(&output));
    let _ = std::fs::remove_dir_all(&empty);
}
