//! Every `weft ...` (and `cargo run --release -- ...`) command the README shows is run, so the README
//! never shows a command that does not work. Output piped or redirected elsewhere is read and dropped;
//! commands run in a temporary folder, so files they write (`init`, `--chrome-trace`) land there.

use std::process::Command;

/// Splits a command line on spaces, keeping single-quoted words whole.
fn words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '\'' => quoted = !quoted,
            ' ' if !quoted => {
                if !current.is_empty() {
                    words.push(std::mem::take(&mut current));
                }
            }
            _ => current.push(c),
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// Expands `dir/*.ext` as the shell would (sorted); other words stay as they are.
fn expand(words: Vec<String>) -> Vec<String> {
    let mut expanded = Vec::new();
    for word in words {
        let Some((folder, pattern)) = word.rsplit_once('/').filter(|(_, p)| p.starts_with('*')) else {
            expanded.push(word);
            continue;
        };
        let suffix = &pattern[1..];
        let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
        let mut names: Vec<String> = std::fs::read_dir(full)
            .expect("a folder the README names")
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|name| name.ends_with(suffix))
            .map(|name| format!("{folder}/{name}"))
            .collect();
        names.sort();
        expanded.extend(names);
    }
    expanded
}

fn readme_commands() -> Vec<Vec<String>> {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README.md");
    let mut commands = Vec::new();
    let mut in_shell = false;
    for line in readme.lines() {
        if line.trim_start().starts_with("```") {
            in_shell = line.trim() == "```sh";
            continue;
        }
        if !in_shell {
            continue;
        }
        // Drop a trailing comment, then anything piped or redirected.
        let line = line.split(" #").next().unwrap_or("");
        let line = line.split(['|', '>']).next().unwrap_or("").trim();
        let rest = line.strip_prefix("weft ").or_else(|| line.strip_prefix("cargo run --release -- "));
        if let Some(rest) = rest {
            commands.push(expand(words(rest)));
        }
    }
    commands
}

#[test]
fn every_command_in_the_readme_works() {
    let commands = readme_commands();
    assert!(commands.len() >= 15, "found only {} commands in the README", commands.len());
    let scratch = std::env::temp_dir().join(format!("weft-readme-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).expect("a temporary folder");
    for args in commands {
        // Run in a scratch folder (files a command writes land there), with the repository's paths made
        // absolute.
        let args: Vec<String> = args
            .into_iter()
            .map(|a| {
                let in_repository = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(&a);
                if a.contains('/') && in_repository.exists() { in_repository.display().to_string() } else { a }
            })
            .collect();
        let output =
            Command::new(env!("CARGO_BIN_EXE_weft")).args(&args).current_dir(&scratch).output().expect("weft runs");
        let code = output.status.code();
        assert!(
            matches!(code, Some(0 | 1)),
            "`weft {}` exited with {code:?}: {}",
            args.join(" "),
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let _ = std::fs::remove_dir_all(&scratch);
}
