//! What every command shares: its result, the exit statuses of the contract, and whether diagnostics are
//! drawn in colour. A leaf: the commands import it, it imports none of them.

use std::io::IsTerminal;

/// Exit statuses of the contract.
pub const EXIT_OK: u8 = 0;
pub const EXIT_FOUND_FAILURE: u8 = 1;
pub const EXIT_BAD_INPUT: u8 = 2;

/// An error that ends the command with exit status 2.
#[derive(Debug)]
pub struct UsageError(pub String);

pub type CommandResult = Result<u8, UsageError>;

/// The exit status of a finished run: 0 when it went well, 1 when it found a failure (or hit a limit).
pub fn exit_code(report: &sim_core::Report) -> u8 {
    if report.status == sim_core::Status::Ok { EXIT_OK } else { EXIT_FOUND_FAILURE }
}

pub fn stderr_color() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}
