//! The `weft` binary: parses the command line, loads scenarios, runs sim-core and prints. No simulation
//! logic lives here.

mod cli;
mod compare;
mod explore;
mod fuzz;
mod output;
mod pictures;
mod running;
mod shrink;

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use clap::Parser;
use cli::{Cli, Command};

/// Exit statuses of the contract.
pub const EXIT_OK: u8 = 0;
pub const EXIT_FOUND_FAILURE: u8 = 1;
pub const EXIT_BAD_INPUT: u8 = 2;

/// An error that ends the command with exit status 2.
#[derive(Debug)]
pub struct UsageError(pub String);

pub type CommandResult = Result<u8, UsageError>;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            let code = if error.use_stderr() { EXIT_BAD_INPUT } else { EXIT_OK };
            return ExitCode::from(code);
        }
    };
    let result = match cli.command {
        Command::Check { files } => check(&files),
        Command::Run(args) => running::run(&args),
        Command::Replay { file, schedule, output } => running::replay(&file, &schedule, &output),
        Command::Fuzz(args) => fuzz::fuzz(&args),
        Command::Merge { files, json } => fuzz::merge(&files, json),
        Command::Graph { file } => graph(&file),
        Command::Explore { file, preemption_bound, max_schedules, json } => {
            explore::explore(&file, preemption_bound, max_schedules, json)
        }
        Command::Shrink { file, schedule, json } => shrink::shrink(&file, &schedule, json),
        Command::Compare { file, sets, seed, json, csv } => {
            compare::compare(&compare::Options { file: &file, sets: &sets, seed, json, csv })
        }
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(UsageError(message)) => {
            eprintln!("{message}");
            ExitCode::from(EXIT_BAD_INPUT)
        }
    }
}

fn stderr_color() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// Loads a scenario or turns its diagnostic into a usage error.
pub fn load(path: &Path) -> Result<scenarios::Scenario, UsageError> {
    scenarios::load_file(path)
        .map_err(|diagnostic| UsageError(diagnostic.render(stderr_color()).trim_end().to_string()))
}

fn check(files: &[std::path::PathBuf]) -> CommandResult {
    let mut code = EXIT_OK;
    for file in files {
        if let Err(UsageError(message)) = load(file) {
            eprintln!("{message}");
            code = EXIT_BAD_INPUT;
        }
    }
    Ok(code)
}

fn graph(file: &Path) -> CommandResult {
    let scenario = load(file)?;
    print!("{}", scenario.graph.to_dot(&scenario.model));
    Ok(EXIT_OK)
}
