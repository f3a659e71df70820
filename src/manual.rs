//! `weft man` and `weft completions`: the man page and shell completion scripts, both from the clap
//! definition in cli.rs so they never disagree with `--help`. The man page is one page that stands alone
//! (every command with its options, exit status, environment, examples); it names no other page.

use std::fmt::Write as _;

use clap::CommandFactory;

use crate::cli::Cli;
use crate::command::{CommandResult, EXIT_OK};

pub fn completions(shell: clap_complete::Shell) -> CommandResult {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, "weft", &mut script);
    let mut script = String::from_utf8_lossy(&script).into_owned();
    if shell == clap_complete::Shell::Bash {
        script.push_str(BASH_PREFER_SCENARIOS);
    }
    crate::output::emit(&script);
    Ok(EXIT_OK)
}

/// clap's bash script offers the options where a scenario file goes, and every file when the word
/// matches none. This wraps it: where clap would offer only options (or nothing) for a word that is not
/// an option, offer folders, `.yaml` files and Python programs (`.py`) instead. Values clap knows (policies, `--set` keys,
/// subcommands, shells) are kept.
const BASH_PREFER_SCENARIOS: &str = r#"
_weft_prefer_scenarios() {
    _weft "$@"
    local cur="${COMP_WORDS[COMP_CWORD]}" word
    [[ ${COMP_CWORD} -ge 2 && ${cur} != -* ]] || return 0
    for word in "${COMPREPLY[@]}"; do
        [[ ${word} == -* ]] || return 0
    done
    local IFS=$'\n'
    COMPREPLY=( $(compgen -d -S / -- "${cur}") $(compgen -f -X '!*.yaml' -- "${cur}") $(compgen -f -X '!*.yml' -- "${cur}") $(compgen -f -X '!*.py' -- "${cur}") )
    if [[ ${#COMPREPLY[@]} -eq 1 && ${COMPREPLY[0]} == */ ]]; then
        compopt -o nospace 2>/dev/null
    fi
    return 0
}
if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _weft_prefer_scenarios -o nosort -o bashdefault -o default weft
else
    complete -F _weft_prefer_scenarios -o bashdefault -o default weft
fi
"#;

pub fn man_page() -> CommandResult {
    crate::output::emit(&page());
    Ok(EXIT_OK)
}

const EXIT_STATUS: &str = "\
.TP
\\fB0\\fR
The work ran and every expectation held (for \\fBcheck\\fR: every file loads; for \\fBtest\\fR: every snapshot matches).
.TP
\\fB1\\fR
The work ran and found a failure: an \\fBassert\\fR, an \\fBexpect\\fR line, a deadlock, a fault or the step limit \
(for \\fBfuzz\\fR, \\fBexplore\\fR and \\fBmerge\\fR: in any run); for \\fBtest\\fR: a snapshot changed or is new.
.TP
\\fB2\\fR
Bad input or usage: a scenario that does not load (the message names file, line and column), a bad flag or value, \
a token made for another scenario.
.TP
\\fB130\\fR, \\fB143\\fR
\\fBfuzz\\fR stopped by SIGINT or SIGTERM, after printing what it found so far.
";

const EXAMPLES: [(&str, &str); 9] = [
    ("weft check scenarios/*.yaml", "Validate scenario files."),
    (
        "weft run scenarios/bank-race.yaml --seed 1 --policy random",
        "One run: status, shared state, tasks, metrics and its schedule token.",
    ),
    (
        "weft replay scenarios/bank-race.yaml --schedule 'w1:random:s1:c2:f83dc239d:1010010'",
        "Exactly that run again, step for step.",
    ),
    (
        "weft fuzz scenarios/bank-race.yaml --seeds 0..10000",
        "Ten thousand seeded schedules; each distinct outcome with its count and a token.",
    ),
    (
        "weft explore scenarios/bank-locked.yaml",
        "Every distinct interleaving: a proof that the lock keeps the balance right.",
    ),
    ("weft shrink scenarios/lost-update.yaml --schedule TOKEN", "The same failure with fewer preemptions."),
    (
        "weft compare scenarios/gil-cpu-threads.yaml --set cores=1,2,4 --set gil=new,none",
        "What-if: one row per combination.",
    ),
    ("weft test my-scenarios", "The snapshot suite for your own scenarios; --accept writes new snapshots."),
    ("weft run scenarios/convoy.yaml --timeline", "A terminal Gantt chart of cores, the GIL and GIL waits."),
];

/// The whole page in roff.
fn page() -> String {
    let command = Cli::command();
    let version = command.get_version().unwrap_or_default().to_string();
    let mut out = String::new();
    let _ = writeln!(out, ".TH weft 1 \"\" \"weft {version}\" \"User Commands\"");
    out.push_str(".SH NAME\nweft \\- a deterministic scheduler simulator\n");
    out.push_str(".SH SYNOPSIS\n\\fBweft\\fR [\\fB\\-q\\fR] \\fICOMMAND\\fR [\\fIARGUMENTS\\fR]\n");
    out.push_str(".SH DESCRIPTION\n");
    out.push_str(&escape(&command.get_about().map(ToString::to_string).unwrap_or_default()));
    out.push_str(
        "\n.PP\nA scenario is a YAML file: a machine, the Python runtime (GIL, event loops), shared state and a \
         graph of tasks whose programs are lists of steps. The same scenario, policy and seed give the same \
         bytes out on any machine. The format is described in docs/format.md, the command line in \
         docs/cli.md, in weft's source.\n",
    );
    out.push_str(".SH COMMANDS\n");
    for subcommand in command.get_subcommands().filter(|c| c.get_name() != "help") {
        describe_command(&mut out, subcommand);
    }
    out.push_str(".SH GLOBAL OPTIONS\n");
    for argument in command.get_arguments() {
        describe_argument(&mut out, argument);
    }
    out.push_str(".SH EXIT STATUS\n");
    out.push_str(EXIT_STATUS);
    out.push_str(".SH ENVIRONMENT\n.TP\n\\fBNO_COLOR\\fR\nWhen set, no colour, even on a terminal.\n");
    out.push_str(".SH EXAMPLES\n");
    for (example, meaning) in EXAMPLES {
        let _ = writeln!(out, ".TP\n\\fB{}\\fR\n{}", escape(example), escape(meaning));
    }
    out
}

fn describe_command(out: &mut String, command: &clap::Command) {
    let mut usage = command.clone().bin_name(format!("weft {}", command.get_name()));
    let usage = usage.render_usage().to_string();
    let usage = usage.trim_start_matches("Usage: ").trim();
    let _ = writeln!(out, ".SS \"{}\"", escape(usage));
    let about = command.get_long_about().or(command.get_about()).map(ToString::to_string).unwrap_or_default();
    let _ = writeln!(out, "{}", escape(&about));
    let arguments: Vec<&clap::Arg> = command.get_arguments().filter(|a| !is_builtin(a)).collect();
    if !arguments.is_empty() {
        out.push_str(".RS\n");
        for argument in arguments {
            describe_argument(out, argument);
        }
        out.push_str(".RE\n");
    }
}

fn is_builtin(argument: &clap::Arg) -> bool {
    matches!(argument.get_id().as_str(), "help" | "version" | "quiet")
}

fn describe_argument(out: &mut String, argument: &clap::Arg) {
    let value_name = argument
        .get_value_names()
        .and_then(|names| names.first())
        .map(ToString::to_string)
        .unwrap_or_else(|| argument.get_id().as_str().to_uppercase());
    let takes_value = argument.get_action().takes_values();
    let mut name = String::new();
    if let Some(short) = argument.get_short() {
        let _ = write!(name, "\\fB\\-{short}\\fR, ");
    }
    match argument.get_long() {
        Some(long) if takes_value => {
            let _ = write!(name, "\\fB\\-\\-{}\\fR \\fI{}\\fR", escape(long), escape(&value_name));
        }
        Some(long) => {
            let _ = write!(name, "\\fB\\-\\-{}\\fR", escape(long));
        }
        None if name.is_empty() => {
            let _ = write!(name, "\\fI{}\\fR", escape(&value_name));
        }
        None => {}
    }
    let mut help = argument.get_long_help().or(argument.get_help()).map(ToString::to_string).unwrap_or_default();
    if !help.is_empty() && !help.ends_with('.') {
        help.push('.');
    }
    let defaults: Vec<String> =
        argument.get_default_values().iter().map(|v| v.to_string_lossy().into_owned()).collect();
    if !defaults.is_empty() {
        let _ = write!(help, " Default: {}.", defaults.join(", "));
    }
    if takes_value && !argument.is_hide_possible_values_set() {
        let values: Vec<String> = argument.get_possible_values().iter().map(|v| v.get_name().to_string()).collect();
        if !values.is_empty() {
            let _ = write!(help, " One of: {}.", values.join(", "));
        }
    }
    let _ = writeln!(out, ".TP\n{name}\n{}", escape(help.trim()));
}

/// Text made safe for roff: backslashes, dashes, and a leading dot or quote.
fn escape(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    escaped
        .lines()
        .map(|line| if line.starts_with(['.', '\'']) { format!("\\&{line}") } else { line.to_string() })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_and_flag_is_on_the_page() {
        let text = page();
        for subcommand in Cli::command().get_subcommands().filter(|c| c.get_name() != "help") {
            assert!(text.contains(&format!(".SS \"weft {}", subcommand.get_name())), "{}", subcommand.get_name());
            for argument in subcommand.get_arguments().filter_map(clap::Arg::get_long) {
                assert!(text.contains(&format!("\\-\\-{}", argument.replace('-', "\\-"))), "--{argument}");
            }
        }
        for section in ["EXIT STATUS", "EXAMPLES", "ENVIRONMENT", "GLOBAL OPTIONS"] {
            assert!(text.contains(&format!(".SH {section}")), "{section}");
        }
        assert!(!text.contains("(1)"), "the page names a page it never produces");
    }

    #[test]
    fn roff_escapes() {
        assert_eq!(escape("a-b \\ c"), "a\\-b \\e c");
        assert_eq!(escape(".dot\n'quote"), "\\&.dot\n\\&'quote");
    }
}
