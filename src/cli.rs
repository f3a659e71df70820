//! The command line, as ../shared/spec/cli.md defines it.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(name = "weft", version, about = "A deterministic scheduler simulator: replay, fuzz and explore the interleavings of threads, coroutines and processes under a GIL, an event loop and N cores.", long_about = None)]
pub struct Cli {
    /// Print no human-readable output; the exit status (and `--json`) still say everything.
    #[arg(long, short, global = true)]
    pub quiet: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Load and validate scenario files; print nothing but errors (every error of a file, not only the first).
    Check {
        /// Scenario files (.yaml, or Python programs: .py) to validate.
        #[arg(required = true, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
        files: Vec<PathBuf>,
        /// Print every error as JSON (`{"errors": [{"file", "line", "column", "message", "help", "expected"}]}`)
        /// for editors and CI.
        #[arg(long)]
        json: bool,
    },
    /// Run a scenario once and report status, final shared state, per-task times, metrics and the
    /// schedule token.
    Run(RunArgs),
    /// Run exactly the schedule a token names, step for step.
    Replay {
        /// The scenario file (.yaml, or a Python program: .py).
        #[arg(value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
        file: PathBuf,
        /// A schedule token printed by `run`, `fuzz` or `explore`.
        #[arg(long, value_name = "TOKEN")]
        schedule: String,
        #[command(flatten)]
        output: RunOutput,
    },
    /// One run per seed; a histogram of distinct outcomes with count, first seed and token.
    Fuzz(FuzzArgs),
    /// Add up the `fuzz --json` outputs of the shards of one seed range (`--shard K/N`) into the result
    /// of the whole range.
    Merge {
        /// The `fuzz --json` output of each shard.
        #[arg(required = true, value_name = "SHARD.json", value_hint = clap::ValueHint::FilePath)]
        files: Vec<PathBuf>,
        /// Print one JSON document instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Every distinct interleaving (DPOR with sleep sets) up to the bounds; the set of outcomes and
    /// whether the search was complete.
    Explore {
        /// The scenario file (.yaml, or a Python program: .py).
        #[arg(value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
        file: PathBuf,
        /// At most K preemptions per schedule (CHESS); default: unbounded.
        #[arg(long, value_name = "K")]
        preemption_bound: Option<u32>,
        /// Override the machine's core count (1 to 1024), as `run --cores` does.
        #[arg(long, value_name = "N")]
        cores: Option<u32>,
        /// Stop after N runs, cut-short ones included (default 100000); the result then says it is incomplete.
        #[arg(long, value_name = "N")]
        max_schedules: Option<u64>,
        /// Stop at the first schedule that fails; the result then says it is incomplete.
        #[arg(long)]
        stop_on_failure: bool,
        /// When a wait with a time-out may give up under an exploring policy: `quiescent` only when no
        /// other task can step (which stuck waiter first being a choice); `deadline` also once no task that
        /// can step would step before its deadline; `any` at every step. Default: the file's `scheduler:
        /// timeouts` (`deadline` for Python programs), else `quiescent`.
        #[arg(long, value_name = "WHEN", value_parser = parse_timeouts)]
        timeouts: Option<sim_core::Timeouts>,
        /// Stop each schedule after N steps with status `step_limit` (default 1,000,000); the result
        /// then says it is incomplete.
        #[arg(long, value_name = "N")]
        max_steps: Option<u64>,
        /// Stop after this much wall-clock time (`10s`, `500ms`); the result then says it is
        /// incomplete.
        #[arg(long, value_name = "DURATION", value_parser = parse_time_limit)]
        time_limit: Option<std::time::Duration>,
        /// Print one JSON document instead of text.
        #[arg(long)]
        json: bool,
    },
    /// A failing schedule with as few preemptions as it can find that still fails the same way (same
    /// status, failures and final state).
    Shrink {
        /// The scenario file (.yaml, or a Python program: .py).
        #[arg(value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
        file: PathBuf,
        /// The token of a failing run (printed by `run`, `fuzz` or `explore`).
        #[arg(long, value_name = "TOKEN")]
        schedule: String,
        /// Keep the exact final shared state and every failure, not only the first failure (the same
        /// `assert` or `expect` line).
        #[arg(long)]
        same_state: bool,
        /// Print one JSON document instead of text.
        #[arg(long)]
        json: bool,
    },
    /// The scenario under every combination of settings, one row each, with the speed-up against the
    /// first row. Keys: cores, gil, policy, switch_interval, check_interval, quantum, context_switch,
    /// jitter, kind (turns the workers, the tasks with `count` or else every task, into threads, processes,
    /// coroutines or interpreters), python (a version preset), handoff_latency, machines (N copies of the
    /// first machine).
    Compare {
        /// The scenario file (.yaml, or a Python program: .py).
        #[arg(value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
        file: PathBuf,
        /// KEY=V1,V2,... (repeatable; every combination is run). Keys: cores, gil, python, policy,
        /// switch_interval, check_interval, handoff_latency, quantum, context_switch, jitter, kind, machines.
        #[arg(long = "set", value_name = "KEY=V1,V2", value_parser = SetParser, hide_possible_values = true)]
        sets: Vec<String>,
        /// The seed of every run.
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// Print one JSON document instead of a table.
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// Print CSV with a header line instead of a table.
        #[arg(long)]
        csv: bool,
        /// Also draw a chart (SVG): the metric against one --set key (--x), a line per combination of the
        /// others, or grouped bars when that key's values are categories (gil=new,none).
        #[arg(long, value_name = "OUT.svg")]
        plot: Option<PathBuf>,
        /// The --set key along the x axis of --plot (default: the first whose values are numbers, such as
        /// cores; else the first).
        #[arg(long, value_name = "KEY", requires = "plot")]
        x: Option<String>,
        /// The metric --plot draws.
        #[arg(long, default_value = "makespan_ns", value_parser = ["makespan_ns", "speedup", "context_switches", "gil_switches", "steps"])]
        metric: String,
    },
    /// The snapshot suite for your own scenarios: each DIR/*.yaml under every policy and seed of its
    /// `snapshot:` block, compared with its stored snapshot; exit 1 with a diff when one changed or is
    /// missing.
    Test(TestArgs),
    /// Print the scenario a Python program maps to (threading, queue, time), with comments that point
    /// back to its lines. Every command that takes a scenario also takes a .py file.
    Import {
        /// The Python program (.py).
        #[arg(value_name = "PROGRAM.py", value_hint = clap::ValueHint::FilePath)]
        file: PathBuf,
        /// What a call weft does not model (`print`, a library call) costs: DURATION (cpu) or
        /// cpu:D, io:D, native:D. Default: nothing. `# weft: cpu 2ms` on a line overrides it.
        #[arg(long, value_name = "COST")]
        call_cost: Option<String>,
    },
    /// The task graph in Graphviz DOT.
    Graph {
        /// The scenario file (.yaml, or a Python program: .py).
        #[arg(value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
        file: PathBuf,
    },
    /// Write a commented starter scenario, NAME.yaml, that passes `weft check`.
    Init {
        /// The scenario's name: lowercase letters, digits and `-`.
        name: String,
        /// Write it here instead of ./NAME.yaml.
        #[arg(long, value_name = "PATH", value_hint = clap::ValueHint::FilePath)]
        output: Option<PathBuf>,
    },
    /// Print a shell completion script: bash, zsh, fish, elvish or powershell.
    Completions {
        /// The shell to complete in.
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff).
    Man,
    /// Print the JSON Schema of the scenario format (for editors; also docs/scenario.schema.json).
    Schema,
}

#[derive(Debug, Args)]
pub struct TestArgs {
    /// The folder of scenarios (its *.yaml files).
    #[arg(default_value = "scenarios", value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    pub dir: PathBuf,
    /// Write the snapshots that changed or are new, after you have read the diff.
    #[arg(long)]
    pub accept: bool,
    /// Where the snapshots are kept (default: `snapshots/` beside DIR).
    #[arg(long, value_name = "DIR", value_hint = clap::ValueHint::DirPath)]
    pub snapshots: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RunArgs {
    /// The scenario file (.yaml, or a Python program: .py).
    #[arg(value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub file: PathBuf,
    /// The seed of the policy's choices (and of `jitter`).
    #[arg(long, default_value_t = 0)]
    pub seed: u64,
    /// The scheduling policy (default: the file's `scheduler.policy`).
    #[arg(long, value_parser = sim_core::policy::BUILT_IN)]
    pub policy: Option<String>,
    /// Override the machine's core count (1 to 1024).
    #[arg(long, value_name = "N")]
    pub cores: Option<u32>,
    /// Stop a run after N steps with status `step_limit` (default 10,000,000).
    #[arg(long, value_name = "N")]
    pub max_steps: Option<u64>,
    /// When a wait with a time-out may give up under an exploring policy: `quiescent` only when no
    /// other task can step (which stuck waiter first being a choice); `deadline` also once no task that
    /// can step would step before its deadline; `any` at every step. Default: the file's `scheduler:
    /// timeouts` (`deadline` for Python programs), else `quiescent`.
    #[arg(long, value_name = "WHEN", value_parser = parse_timeouts)]
    pub timeouts: Option<sim_core::Timeouts>,
    #[command(flatten)]
    pub output: RunOutput,
}

#[derive(Debug, Args)]
pub struct RunOutput {
    /// Print one JSON document instead of text.
    #[arg(long)]
    pub json: bool,
    /// Print the readable trace of every step.
    #[arg(long)]
    pub trace: bool,
    /// A terminal Gantt chart: one lane per core, GIL and event loop, and each loop lag episode with the
    /// coroutine and step that held the loop.
    #[arg(long)]
    pub timeline: bool,
    /// Write a Chrome trace-event file (open it in ui.perfetto.dev): a track per core, GIL and loop, and a
    /// `lag` slice per loop lag episode naming its culprit.
    #[arg(long, value_name = "OUT.json")]
    pub chrome_trace: Option<PathBuf>,
    /// Draw the timeline as a Gantt chart (SVG) with a time axis and a legend; loop lag episodes are framed
    /// on the loop's lane, their culprit in a tooltip.
    #[arg(long, value_name = "OUT.svg")]
    pub svg: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct FuzzArgs {
    /// The scenario file (.yaml, or a Python program: .py).
    #[arg(value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub file: PathBuf,
    /// Seeds A..B (B excluded), e.g. 0..10000.
    #[arg(long, value_name = "A..B")]
    pub seeds: String,
    /// The policy (default: the file's policy when it explores, random or pct, else random).
    #[arg(long, value_parser = sim_core::policy::BUILT_IN)]
    pub policy: Option<String>,
    /// Worker threads (default: all cores). Results never depend on it.
    #[arg(long, value_name = "N")]
    pub jobs: Option<usize>,
    /// Run only shard K of N (seeds whose position in the range is K modulo N).
    #[arg(long, value_name = "K/N")]
    pub shard: Option<String>,
    /// Stop at the first failing seed (in seed order).
    #[arg(long)]
    pub stop_on_failure: bool,
    /// Stop each run after N steps with status `step_limit` (default 10,000,000).
    #[arg(long, value_name = "N")]
    pub max_steps: Option<u64>,
    /// When a wait with a time-out may give up under an exploring policy: `quiescent` only when no
    /// other task can step (which stuck waiter first being a choice); `deadline` also once no task that
    /// can step would step before its deadline; `any` at every step. Default: the file's `scheduler:
    /// timeouts` (`deadline` for Python programs), else `quiescent`.
    #[arg(long, value_name = "WHEN", value_parser = parse_timeouts)]
    pub timeouts: Option<sim_core::Timeouts>,
    /// Print one JSON document instead of text.
    #[arg(long, conflicts_with = "jsonl")]
    pub json: bool,
    /// One JSON object per run, then the summary.
    #[arg(long)]
    pub jsonl: bool,
    /// Show only the N most frequent outcomes and failures in text, or `all` (JSON always has all).
    #[arg(long, value_name = "N", default_value = "10", value_parser = parse_top)]
    pub top: Top,
}

fn parse_timeouts(text: &str) -> Result<sim_core::Timeouts, String> {
    sim_core::Timeouts::by_name(text).ok_or_else(|| format!("`{text}` is not `quiescent`, `deadline` or `any`"))
}

/// `--top N`: how many outcomes text shows; `None` for `--top all`.
#[derive(Clone, Copy, Debug)]
pub struct Top(pub Option<usize>);

fn parse_top(text: &str) -> Result<Top, String> {
    if text == "all" {
        return Ok(Top(None));
    }
    match text.parse::<usize>() {
        Ok(count) if count > 0 => Ok(Top(Some(count))),
        _ => Err(format!("`{text}` is not a number of outcomes (1 or more) or `all`")),
    }
}

/// `--set KEY=V1,V2`: any text is accepted here (the settings code checks it, with weft's own messages);
/// the keys are offered as possible values so that shell completion completes `cores=`, `gil=`, ...
#[derive(Clone, Debug)]
pub struct SetParser;

impl clap::builder::TypedValueParser for SetParser {
    type Value = String;

    fn parse_ref(
        &self,
        command: &clap::Command,
        argument: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        clap::builder::StringValueParser::new().parse_ref(command, argument, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(SET_COMPLETIONS.iter().map(|&key| clap::builder::PossibleValue::new(key))))
    }
}

/// What completion offers for `--set`: every settings key with its `=` (clap wants static text; the
/// test below keeps it equal to `scenarios::settings::KEYS`).
const SET_COMPLETIONS: [&str; 13] = [
    "cores=",
    "gil=",
    "python=",
    "policy=",
    "switch_interval=",
    "check_interval=",
    "handoff_latency=",
    "quantum=",
    "context_switch=",
    "jitter=",
    "time_window=",
    "kind=",
    "machines=",
];

/// A wall-clock duration as the scenario format writes durations (`10s`, `500ms`).
fn parse_time_limit(text: &str) -> Result<std::time::Duration, String> {
    scenarios::duration::parse_duration(text).map(std::time::Duration::from_nanos)
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn every_argument_has_help() {
        let command = super::Cli::command();
        let mut missing = Vec::new();
        for subcommand in command.get_subcommands() {
            for argument in subcommand.get_arguments() {
                if argument.get_help().is_none() && !matches!(argument.get_id().as_str(), "help" | "version") {
                    missing.push(format!("weft {} {}", subcommand.get_name(), argument.get_id()));
                }
            }
        }
        assert!(missing.is_empty(), "arguments without help text: {missing:?}");
    }

    #[test]
    fn set_completions_are_the_settings_keys() {
        let keys: Vec<String> = scenarios::settings::KEYS.iter().map(|key| format!("{key}=")).collect();
        assert_eq!(keys, super::SET_COMPLETIONS);
    }
}
