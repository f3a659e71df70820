//! The `weft` binary: parses the command line, loads scenarios, runs sim-core and prints. No simulation
//! logic lives here.

mod check;
mod cli;
mod command;
mod compare;
mod comparison;
mod explore;
mod files;
mod fuzz;
mod fuzz_failure;
mod fuzz_memo;
mod import;
mod interrupt;
mod manual;
mod output;
mod pictures;
mod plot;
mod running;
mod shrink;
mod snapshot_yaml;
mod test_command;
mod words;

use std::path::Path;
use std::process::ExitCode;

use clap::Parser;
use cli::{Cli, Command};
use command::{CommandResult, EXIT_BAD_INPUT, EXIT_OK, UsageError};
use running::load;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            let code = if error.use_stderr() { EXIT_BAD_INPUT } else { EXIT_OK };
            return ExitCode::from(code);
        }
    };
    output::QUIET.store(cli.quiet, std::sync::atomic::Ordering::Relaxed);
    let result = match cli.command {
        Command::Check { files, json } => check::check(&files, json),
        Command::Run(args) => running::run(&args),
        Command::Replay { file, schedule, output } => running::replay(&file, &schedule, &output),
        Command::Fuzz(args) => fuzz::fuzz(&args),
        Command::Merge { files, json } => fuzz::merge(&files, json),
        Command::Test(args) => test_command::test(&args),
        Command::Graph { file } => graph(&file),
        Command::Import { file, call_cost } => import::import(&file, call_cost.as_deref()),
        Command::Init { name, output } => init(&name, output),
        Command::Completions { shell } => manual::completions(shell),
        Command::Man => manual::man_page(),
        Command::Schema => {
            output::emit(&scenarios::json_schema());
            Ok(EXIT_OK)
        }
        Command::Explore {
            file,
            preemption_bound,
            cores,
            max_schedules,
            stop_on_failure,
            max_steps,
            timeouts,
            time_limit,
            json,
        } => explore::explore(&explore::Options {
            file: &file,
            preemption_bound,
            cores,
            max_schedules,
            stop_on_failure,
            timeouts,
            max_steps,
            time_limit,
            json,
        }),
        Command::Shrink { file, schedule, same_state, json } => shrink::shrink(&file, &schedule, same_state, json),
        Command::Compare { file, sets, seed, json, csv, plot, x, metric } => compare::compare(&compare::Options {
            file: &file,
            sets: &sets,
            seed,
            json,
            csv,
            plot: plot.as_deref(),
            x: x.as_deref(),
            metric: &metric,
        }),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(UsageError(message)) => {
            output::print_error(&message);
            ExitCode::from(EXIT_BAD_INPUT)
        }
    }
}

const STARTER: &str = include_str!("starter.yaml");

fn init(name: &str, output: Option<std::path::PathBuf>) -> CommandResult {
    let valid = !name.is_empty()
        && name.len() <= 64
        && name.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if !valid {
        return Err(UsageError(format!(
            "`{name}` is not a valid scenario name: use lowercase letters, digits and `-`"
        )));
    }
    let path = output.unwrap_or_else(|| std::path::PathBuf::from(format!("{name}.yaml")));
    if path.exists() {
        return Err(UsageError(format!("{} exists already; weft init does not overwrite files", path.display())));
    }
    // Editors find the schema beside the file: written once, never overwritten.
    let schema_path = path.with_file_name("scenario.schema.json");
    if !schema_path.exists() {
        std::fs::write(&schema_path, scenarios::json_schema())
            .map_err(|e| UsageError(format!("cannot write {}: {e}", schema_path.display())))?;
    }
    let text = STARTER.replace("NAME", name).replace("SCHEMA", "scenario.schema.json");
    std::fs::write(&path, text).map_err(|e| UsageError(format!("cannot write {}: {e}", path.display())))?;
    output::print_error(&format!("wrote {}; try: weft run {}", path.display(), path.display()));
    Ok(EXIT_OK)
}

fn graph(file: &Path) -> CommandResult {
    let scenario = load(file)?;
    crate::output::emit(&scenario.graph.to_dot(&scenario.model));
    Ok(EXIT_OK)
}
