//! Hostile scenarios that load but must still end: each file in `tests/invalid/runs/` names the command
//! to run on it, the exit status and a phrase the output (stdout and stderr) must contain, in comment
//! lines at its top:
//!
//! ```yaml
//! # weft: run FILE --json
//! # exit: 0
//! # phrase: step_limit
//! ```
//!
//! Each runs under a 20 s and a 4 GiB limit (address space, set with util-linux's `prlimit`): the point
//! is "never hangs, never panics, never grows without bound, says what happened". Files the loader
//! refuses are in `tests/invalid/` itself, their messages pinned by `tests/invalid_inputs.rs`.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

struct Case {
    args: Vec<String>,
    exit: i32,
    phrases: Vec<String>,
}

/// The `# weft:`, `# exit:` and `# phrase:` lines of a corpus file (`FILE` stands for its path).
fn case(path: &std::path::Path) -> Case {
    let text = std::fs::read_to_string(path).expect("corpus file is text");
    let field = |name: &str| {
        text.lines()
            .filter_map(|line| line.strip_prefix("# ")?.strip_prefix(name)?.strip_prefix(':'))
            .map(|value| value.trim().to_string())
            .collect::<Vec<_>>()
    };
    let file = path.display().to_string();
    let command = field("weft").pop().unwrap_or_else(|| panic!("{file}: no `# weft:` line"));
    let args = command.split_whitespace().map(|word| if word == "FILE" { file.clone() } else { word.into() });
    let exit = field("exit").pop().and_then(|e| e.parse().ok()).unwrap_or_else(|| panic!("{file}: no `# exit:`"));
    let phrases = field("phrase");
    assert!(!phrases.is_empty(), "{file}: no `# phrase:` line");
    Case { args: args.collect(), exit, phrases }
}

/// Address space a hostile run may use: past it an allocation fails and the test sees the abort.
const MEMORY_LIMIT_BYTES: u64 = 4 << 30;

/// Runs weft with at most `MEMORY_LIMIT_BYTES` of address space; past `limit` it is killed and the
/// test fails.
fn weft_within(args: &[String], limit: Duration) -> (i32, String) {
    let mut child = Command::new("prlimit")
        .arg(format!("--as={MEMORY_LIMIT_BYTES}"))
        .arg("--")
        .arg(env!("CARGO_BIN_EXE_weft"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("prlimit (util-linux) starts weft");
    let started = Instant::now();
    // Read both pipes on threads so a chatty child never blocks on a full pipe.
    let mut stdout = child.stdout.take().expect("stdout");
    let mut stderr = child.stderr.take().expect("stderr");
    let out = std::thread::spawn(move || std::io::read_to_string(&mut stdout).unwrap_or_default());
    let err = std::thread::spawn(move || std::io::read_to_string(&mut stderr).unwrap_or_default());
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            panic!("weft {args:?} still ran after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let text = format!("{}{}", out.join().expect("stdout read"), err.join().expect("stderr read"));
    (status.code().unwrap_or(-1), text)
}

#[test]
fn hostile_runs_end_with_the_pinned_status_and_words() {
    let mut paths: Vec<_> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/invalid/runs"))
        .expect("corpus directory")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty());
    for path in paths {
        let case = case(&path);
        let (exit, output) = weft_within(&case.args, Duration::from_secs(20));
        assert_eq!(exit, case.exit, "weft {:?}:\n{output}", case.args);
        for phrase in &case.phrases {
            assert!(output.contains(phrase.as_str()), "weft {:?}: expected `{phrase}` in:\n{output}", case.args);
        }
        assert!(!output.contains("panicked"), "weft {:?} panicked:\n{output}", case.args);
    }
}
