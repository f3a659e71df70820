//! `weft explore`: every distinct interleaving up to the bounds, and the set of outcomes.

use std::path::Path;

use serde::Serialize;
use sim_core::engine::ExploreConfig;
use sim_core::limits::{DEFAULT_MAX_SCHEDULES, MAX_SCHEDULES_CEILING};
use sim_core::report::shared_state_from_values;
use sim_core::token::ScheduleToken;

use crate::command::{CommandResult, EXIT_FOUND_FAILURE, EXIT_OK, UsageError};
use crate::fuzz::OutcomeCount;
use crate::output;
use crate::running::Setup;
use crate::words::plural;

#[derive(Debug, Serialize)]
pub struct ExploreReport {
    pub scenario: String,
    pub schedules: u64,
    pub complete: bool,
    /// Partial schedules cut short because they could only repeat an explored one.
    pub redundant: u64,
    pub preemption_bound: Option<u32>,
    pub outcomes: Vec<OutcomeCount>,
    pub failing_schedules: u64,
}

pub fn explore(file: &Path, preemption_bound: Option<u32>, max_schedules: Option<u64>, json: bool) -> CommandResult {
    let max_schedules = max_schedules.unwrap_or(DEFAULT_MAX_SCHEDULES);
    if max_schedules == 0 || max_schedules > MAX_SCHEDULES_CEILING {
        return Err(UsageError(format!("--max-schedules is from 1 to {MAX_SCHEDULES_CEILING}")));
    }
    // Explored schedules are replayed by any exploring policy: tokens name `random`, seed 0.
    let setup = Setup::new(file, Some("random"), None, None)?;
    let mut simulator = setup.simulator();
    let config = ExploreConfig { max_schedules, preemption_bound, max_steps: setup.max_steps };
    let result = simulator.explore(&config);
    let fingerprint = sim_core::fingerprint(&setup.model);
    let outcomes: Vec<OutcomeCount> = result
        .outcomes
        .iter()
        .map(|o| OutcomeCount {
            status: o.status,
            shared: shared_state_from_values(&setup.model, &o.shared),
            count: o.count,
            first_seed: o.first_schedule,
            schedule: ScheduleToken {
                policy: "random".to_string(),
                seed: 0,
                cores: setup.model.machine.cores,
                fingerprint,
                choices: o.choices.clone(),
            }
            .to_string(),
        })
        .collect();
    let failing_schedules = outcomes.iter().filter(|o| o.status.is_failure()).map(|o| o.count).sum();
    let report = ExploreReport {
        scenario: setup.model.name.clone(),
        schedules: result.schedules,
        complete: result.complete,
        redundant: result.redundant,
        preemption_bound,
        outcomes,
        failing_schedules,
    };
    let code = if failing_schedules > 0 { EXIT_FOUND_FAILURE } else { EXIT_OK };
    output::settle_status(code);
    if json {
        output::print_json(&report);
    } else {
        crate::output::emit_text(&render_text(&report));
    }
    Ok(code)
}

fn render_text(report: &ExploreReport) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let bound = report.preemption_bound.map_or(String::new(), |b| format!(" with at most {}", plural(b, "preemption")));
    let verdict =
        if report.complete { "complete: these are all the outcomes" } else { "incomplete: stopped at --max-schedules" };
    let _ = writeln!(
        out,
        "{}: {}{bound} ({} redundant cut short); {verdict}",
        report.scenario,
        plural(report.schedules, "schedule"),
        report.redundant
    );
    for outcome in &report.outcomes {
        let _ = writeln!(
            out,
            "  {:>8}  {:<16} {}",
            outcome.count,
            outcome.status.as_str(),
            crate::fuzz::shared_text(&outcome.shared)
        );
        let _ = writeln!(out, "           first schedule {}: {}", outcome.first_seed, outcome.schedule);
    }
    out
}
