//! Every `$ weft ...` block in docs/guide.md is run, and each output line it shows must appear (trimmed)
//! in what the command prints, so the guide never drifts from what weft does.

use std::process::Command;

struct Example {
    command: Vec<String>,
    expected: Vec<String>,
}

fn examples(markdown: &str) -> Vec<Example> {
    let mut examples = Vec::new();
    let mut lines = markdown.lines();
    while let Some(line) = lines.next() {
        if line.trim() != "```console" {
            continue;
        }
        let Some(command) = lines.next().and_then(|l| l.strip_prefix("$ weft ")) else { continue };
        let command = command.split_whitespace().map(str::to_string).collect();
        let expected = lines.by_ref().take_while(|l| l.trim() != "```").map(|l| l.trim().to_string()).collect();
        examples.push(Example { command, expected });
    }
    examples
}

fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn the_guide_prints_what_it_says() {
    let guide = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/guide.md")).expect("docs/guide.md");
    let examples = examples(&guide);
    assert!(examples.len() >= 12, "found only {} examples", examples.len());
    for example in examples {
        let output = Command::new(env!("CARGO_BIN_EXE_weft"))
            .args(&example.command)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .expect("weft runs");
        let stdout = String::from_utf8_lossy(&output.stdout);
        let printed: Vec<String> = stdout.lines().map(squeeze).collect();
        for line in &example.expected {
            assert!(
                printed.iter().any(|p| p == &squeeze(line)),
                "`weft {}` did not print:\n  {line}\nit printed:\n{stdout}",
                example.command.join(" ")
            );
        }
    }
}
