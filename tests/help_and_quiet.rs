//! What a newcomer meets first: `--quiet` prints nothing (not even a diagnostic) and the exit status says
//! it all; completions complete values and prefer scenario files; the man page stands alone.

use std::process::{Command, Output};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn weft(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_weft")).args(args).current_dir(ROOT).output().expect("weft runs")
}

fn check_quiet(args: &[&str], expect_status: i32) {
    let output = weft(args);
    assert_eq!(output.status.code(), Some(expect_status), "weft {}", args.join(" "));
    assert!(output.stdout.is_empty(), "weft {} printed on stdout", args.join(" "));
    assert!(output.stderr.is_empty(), "weft {} printed on stderr", args.join(" "));
}

#[test]
fn quiet_prints_nothing_but_the_exit_status() {
    let broken = std::env::temp_dir().join(format!("weft-quiet-{}.yaml", std::process::id()));
    std::fs::write(&broken, "name: broken\ntasks:\n  t: { ops: [ { cpux: 1ms } ] }\n").expect("a scratch file");
    let broken = broken.to_string_lossy().into_owned();
    check_quiet(&["--quiet", "run", "scenarios/bank-locked.yaml"], 0);
    check_quiet(&["--quiet", "run", "scenarios/bank-race.yaml", "--seed", "1", "--policy", "random"], 1);
    check_quiet(&["-q", "check", &broken], 2);
    check_quiet(&["-q", "run", &broken], 2);
    check_quiet(&["-q", "run", "no-such-file.yaml"], 2);
    check_quiet(&["-q", "fuzz", "scenarios/bank-race.yaml", "--seeds", "0..50"], 1);
    check_quiet(&["-q", "test", "scenarios"], 0);
    let _ = std::fs::remove_file(&broken);
}

#[test]
fn bash_completion_completes_values_and_prefers_scenarios() {
    let output = weft(&["completions", "bash"]);
    assert_eq!(output.status.code(), Some(0));
    let script = String::from_utf8_lossy(&output.stdout);
    assert!(
        script.contains(
            "--policy)\n                    COMPREPLY=($(compgen -W \"fifo round-robin priority random pct\""
        )
    );
    assert!(script.contains("cores= gil= python= policy="), "--set keys are offered");
    assert!(script.contains("compgen -f -X '!*.yaml'"), "scenario files are preferred");
    assert!(script.contains("complete -F _weft_prefer_scenarios"));
}

#[test]
fn the_man_page_stands_alone() {
    let output = weft(&["man"]);
    assert_eq!(output.status.code(), Some(0));
    let page = String::from_utf8_lossy(&output.stdout);
    for needed in [".SH EXIT STATUS", ".SH EXAMPLES", ".SS \"weft test", ".SS \"weft fuzz", "\\-\\-max\\-steps"] {
        assert!(page.contains(needed), "the man page lacks {needed}");
    }
    assert!(!page.contains("weft-run(1)") && !page.contains("(1)"), "the man page names pages it never produces");
}
