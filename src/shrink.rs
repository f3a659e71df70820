//! `weft shrink`: the same failure with as few preemptions as can be found.

use std::path::Path;

use serde::Serialize;
use sim_core::engine::GuidedRun;
use sim_core::report::{Failure, SharedState, Status};
use sim_core::schedulers::shrink::{SameWay, ShrinkConfig};
use sim_core::token::ScheduleToken;

use crate::command::{CommandResult, EXIT_FOUND_FAILURE, UsageError};
use crate::output;
use crate::running::Setup;

#[derive(Debug, Serialize)]
pub struct ShrinkReport {
    pub scenario: String,
    /// What the shrunk schedule keeps: `failure` (the first failure's `assert`/`expect` line, the
    /// default) or `state` (`--same-state`: every failure and the final shared state).
    pub keeps: &'static str,
    pub status: Status,
    #[serde(with = "sim_core::report::shared_state_serde")]
    pub shared: SharedState,
    pub failures: Vec<Failure>,
    pub original: ScheduleSummary,
    pub shrunk: ScheduleSummary,
    pub attempts: u64,
    /// The search for a smaller schedule ran to its end (false when a signal stopped it).
    pub complete: bool,
    /// SIGINT or SIGTERM stopped the search: `shrunk` is the smallest schedule found before it.
    pub interrupted: bool,
}

#[derive(Debug, Serialize)]
pub struct ScheduleSummary {
    pub preemptions: u32,
    pub switches: usize,
    pub steps: u64,
    pub schedule: String,
}

pub fn shrink(file: &Path, schedule: &str, same_state: bool, json: bool) -> CommandResult {
    let token: ScheduleToken = schedule.parse().map_err(|e| UsageError(format!("bad schedule token: {e}")))?;
    crate::running::check_policy(crate::running::policy_of_token(&token))?;
    if !matches!(token.policy.as_str(), "random" | "pct" | "explore") {
        return Err(UsageError(format!(
            "shrink works on schedules of exploring policies (random, pct); under `{}` the order is decided by time, not by choices",
            token.policy
        )));
    }
    let setup = Setup::for_token(file, &token)?;
    crate::running::check_fingerprint(&setup, &token, file)?;
    let mut simulator = setup.simulator();
    crate::interrupt::catch();
    let result = simulator
        .shrink_watched(
            &token.choices,
            &ShrinkConfig {
                max_steps: setup.max_steps,
                timeouts: setup.timeouts,
                same: if same_state { SameWay::State } else { SameWay::Failure },
            },
            &mut || crate::interrupt::requested().is_none(),
        )
        .map_err(|e| UsageError(format!("cannot shrink this schedule of {}: {e}", file.display())))?;
    let summary = |run: &GuidedRun| ScheduleSummary {
        preemptions: run.preemptions,
        switches: run.switches.len(),
        steps: run.steps,
        schedule: ScheduleToken { choices: run.outcome.choices.clone(), ..token.clone() }.to_string(),
    };
    // The simulator holds the state of the last attempt; replay the shrunk schedule for the final state.
    let mut policy = setup.policy();
    let config =
        sim_core::RunConfig { forced_choices: Some(result.shrunk.outcome.choices.clone()), ..setup.config(token.seed) };
    let outcome = simulator.run(policy.as_mut(), &config);
    let report = ShrinkReport {
        scenario: setup.model.name.clone(),
        keeps: if same_state { "state" } else { "failure" },
        status: outcome.status,
        shared: simulator.shared_state(),
        failures: simulator.failures(),
        original: summary(&result.original),
        shrunk: summary(&result.shrunk),
        attempts: result.attempts,
        complete: !result.stopped,
        interrupted: result.stopped,
    };
    let code = crate::interrupt::requested().filter(|_| result.stopped).map_or(EXIT_FOUND_FAILURE, |s| s.exit_status());
    output::settle_status(code);
    if json {
        output::print_json(&report);
    } else {
        crate::output::emit_text(&render_text(&report, &simulator));
    }
    Ok(code)
}

fn render_text(report: &ShrinkReport, simulator: &sim_core::Simulator<'_>) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let _ =
        writeln!(out, "{}: {} ({})", report.scenario, report.status.as_str(), crate::fuzz::shared_text(&report.shared));
    for failure in &report.failures {
        let _ = writeln!(out, "  {}: {}", failure.kind, failure.message);
    }
    let first = crate::fuzz_failure::first_failure(simulator.failure_records(), simulator.model());
    let first = first.map_or_else(|| "its status".to_string(), |failure| failure.describe());
    let kept = match report.keeps {
        "state" => format!("{first}, every other failure and the final shared state (--same-state)"),
        _ => format!("{first}; the final state may differ (--same-state keeps it too)"),
    };
    let _ = writeln!(out, "kept: {kept}");
    let _ = writeln!(
        out,
        "original: {} preemptions, {} switches, {} steps",
        report.original.preemptions, report.original.switches, report.original.steps
    );
    let _ = writeln!(
        out,
        "shrunk:   {} preemptions, {} switches, {} steps ({} schedules tried)",
        report.shrunk.preemptions, report.shrunk.switches, report.shrunk.steps, report.attempts
    );
    if report.interrupted {
        let _ = writeln!(out, "interrupted: the smallest schedule found before the signal");
    }
    let _ = writeln!(out, "schedule: {}", report.shrunk.schedule);
    let _ = writeln!(out, "trace:");
    for line in simulator.trace_lines() {
        let _ = writeln!(out, "  {line}");
    }
    out
}
