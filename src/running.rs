//! `weft run` and `weft replay`: one run, reported in full.

use std::path::Path;

use sim_core::report::RunLabel;
use sim_core::token::ScheduleToken;
use sim_core::{Model, Outcome, Report, RunConfig, Simulator, Timeouts, limits, policy};

use crate::cli::{RunArgs, RunOutput};
use crate::command::{CommandResult, UsageError, exit_code, stderr_color};
use crate::output;
use scenarios::Scenario;

/// A scenario with its settings applied, and the policy and step limit of its runs.
pub struct Setup {
    pub model: Model,
    pub policy: String,
    pub max_steps: u64,
    /// When waits with a time-out give up under an exploring policy (`--timeouts`).
    pub timeouts: Timeouts,
}

/// The settings that `weft run`'s flags stand for: `--cores N` is `cores=N`, `--policy P` is `policy=P`,
/// exactly as `weft compare --set` would write them.
pub fn flag_settings(policy: Option<&str>, cores: Option<u32>) -> Vec<(String, String)> {
    let mut settings = Vec::new();
    if let Some(cores) = cores {
        settings.push(("cores".to_string(), cores.to_string()));
    }
    if let Some(policy) = policy {
        settings.push(("policy".to_string(), policy.to_string()));
    }
    settings
}

impl Setup {
    pub fn new(
        file: &Path,
        policy: Option<&str>,
        cores: Option<u32>,
        max_steps: Option<u64>,
    ) -> Result<Self, UsageError> {
        let settings = flag_settings(policy, cores);
        // The file's own errors first, as `weft check` reports them; then the file under the settings.
        let mut scenario = load(file)?;
        if !settings.is_empty() {
            scenario = crate::import::load_with(file, &settings)?;
        }
        Setup::build(scenario, &settings, max_steps)
    }

    /// The setup a schedule token names: its policy, and its cores (a token holds the total; with
    /// `machines:` each machine gets an equal share, as `--cores` gives them).
    pub fn for_token(file: &Path, token: &ScheduleToken) -> Result<Self, UsageError> {
        let policy = policy_of_token(token);
        check_policy(policy)?;
        let as_written = Setup { timeouts: token.timeouts, ..Setup::new(file, Some(policy), None, None)? };
        if as_written.model.machine.cores == token.cores {
            return Ok(as_written);
        }
        let machines = as_written.model.machines.len().max(1) as u32;
        let per_machine = if token.cores.is_multiple_of(machines) { token.cores / machines } else { token.cores };
        Ok(Setup { timeouts: token.timeouts, ..Setup::new(file, Some(policy), Some(per_machine), None)? })
    }

    /// The setup with `--timeouts` (or a token's), which only an exploring policy has a use for: under
    /// a timed one a time-out fires at its virtual time, so asking for either is refused.
    pub fn with_timeouts(self, timeouts: Option<Timeouts>) -> Result<Self, UsageError> {
        let Some(timeouts) = timeouts else { return Ok(self) };
        if self.policy().mode() != sim_core::policy::Mode::Exploring {
            return Err(UsageError(format!(
                "--timeouts applies to the exploring policies (random, pct); under `{}` a time-out fires at \
                 its virtual time",
                self.policy
            )));
        }
        Ok(Setup { timeouts, ..self })
    }

    /// The one place settings become a setup: `scenario` was loaded with `settings` applied.
    pub fn build(
        scenario: Scenario,
        settings: &[(String, String)],
        max_steps: Option<u64>,
    ) -> Result<Self, UsageError> {
        let model = scenario.model;
        // A file's setting matters only where a wait can run out; elsewhere the default keeps tokens as
        // they were.
        let timeouts = if model.has_timed_waits() { scenario.timeouts } else { Timeouts::default() };
        let policy = scenarios::settings::policy_of(settings).unwrap_or(&model.scheduler.policy).to_string();
        let max_steps = max_steps.unwrap_or(limits::DEFAULT_MAX_STEPS);
        if max_steps == 0 || max_steps > limits::MAX_STEPS_CEILING {
            return Err(UsageError(format!("--max-steps is from 1 to {}", limits::MAX_STEPS_CEILING)));
        }
        // The file's own setting (`scheduler: { timeouts: deadline }`, which Python imports declare) until
        // `--timeouts` or a token names one.
        Ok(Setup { model, policy, max_steps, timeouts })
    }

    pub fn simulator(&self) -> Simulator<'_> {
        Simulator::new(&self.model)
    }

    pub fn token(&self, seed: u64, outcome: &Outcome) -> String {
        ScheduleToken {
            policy: self.policy.clone(),
            seed,
            cores: self.model.machine.cores,
            fingerprint: sim_core::fingerprint(&self.model),
            choices: outcome.choices.clone(),
            timeouts: self.timeouts,
        }
        .to_string()
    }

    pub fn policy(&self) -> Box<dyn sim_core::Policy> {
        policy::by_name(&self.policy).expect("checked in Setup::new")
    }

    pub fn config(&self, seed: u64) -> RunConfig {
        RunConfig { seed, max_steps: self.max_steps, timeouts: self.timeouts, ..RunConfig::default() }
    }

    /// A single run reported in full: looking for data races.
    pub fn reported_config(&self, seed: u64) -> RunConfig {
        RunConfig { find_races: true, ..self.config(seed) }
    }
}

pub fn check_policy(name: &str) -> Result<(), UsageError> {
    scenarios::settings::check_policy(name).map_err(UsageError)
}

pub fn run(args: &RunArgs) -> CommandResult {
    let setup =
        Setup::new(&args.file, args.policy.as_deref(), args.cores, args.max_steps)?.with_timeouts(args.timeouts)?;
    let mut simulator = setup.simulator();
    let mut policy = setup.policy();
    let config = RunConfig { record_timeline: wants_timeline(&args.output), ..setup.reported_config(args.seed) };
    let outcome = simulator.run(policy.as_mut(), &config);
    let label = RunLabel { policy: setup.policy.clone(), seed: args.seed, schedule: setup.token(args.seed, &outcome) };
    let report = simulator.report(&outcome, &label);
    write_pictures(&report, &simulator, &args.output)?;
    output::print_run(&report, &simulator, &args.output);
    Ok(exit_code(&report))
}

/// The files a run may draw besides its report: a Chrome trace and an SVG Gantt chart.
fn write_pictures(report: &Report, simulator: &Simulator<'_>, options: &RunOutput) -> Result<(), UsageError> {
    if let Some(path) = &options.chrome_trace {
        crate::files::write_atomically(path, |out| crate::pictures::write_chrome_trace(simulator, out))?;
    }
    if let Some(path) = &options.svg {
        crate::plot::gantt_chart(simulator, report.metrics.makespan_ns, path)?;
    }
    Ok(())
}

fn wants_timeline(options: &RunOutput) -> bool {
    options.timeline || options.chrome_trace.is_some() || options.svg.is_some()
}

pub fn replay(file: &Path, schedule: &str, output_options: &RunOutput) -> CommandResult {
    let token: ScheduleToken = schedule.parse().map_err(|e| UsageError(format!("bad schedule token: {e}")))?;
    let setup = Setup::for_token(file, &token)?;
    check_fingerprint(&setup, &token, file)?;
    let mut simulator = setup.simulator();
    let mut policy = setup.policy();
    let config = RunConfig {
        forced_choices: Some(token.choices.clone()),
        record_timeline: wants_timeline(output_options),
        ..setup.reported_config(token.seed)
    };
    let outcome = simulator.run(policy.as_mut(), &config);
    if let Some(mismatch) = &outcome.token_mismatch {
        return Err(UsageError(format!("the schedule token does not fit {}: {mismatch}", file.display())));
    }
    if outcome.choices.len() != token.choices.len() {
        return Err(UsageError(format!(
            "the schedule token does not fit {}: the run made {} choices, the token has {}",
            file.display(),
            outcome.choices.len(),
            token.choices.len()
        )));
    }
    let label = RunLabel { policy: token.policy.clone(), seed: token.seed, schedule: token.to_string() };
    let report = simulator.report(&outcome, &label);
    write_pictures(&report, &simulator, output_options)?;
    output::print_run(&report, &simulator, output_options);
    Ok(exit_code(&report))
}

/// A token names the scenario it was made for; refuse it for any other.
pub fn check_fingerprint(setup: &Setup, token: &ScheduleToken, file: &Path) -> Result<(), UsageError> {
    let fingerprint = sim_core::fingerprint(&setup.model);
    if fingerprint == token.fingerprint {
        return Ok(());
    }
    Err(UsageError(format!(
        "the schedule token was made for another scenario (or another version of {}): its fingerprint is {:08x}, this file's is {fingerprint:08x}",
        file.display(),
        token.fingerprint
    )))
}

/// Loads a scenario or turns its diagnostic into a usage error.
pub fn load(path: &Path) -> Result<scenarios::Scenario, UsageError> {
    crate::files::note_input(path);
    if crate::import::is_python(path) {
        return crate::import::load_python(path);
    }
    scenarios::load_file(path)
        .map_err(|diagnostic| UsageError(diagnostic.render(stderr_color()).trim_end().to_string()))
}

/// The policy that replays a token: its own, except that a token `weft explore` printed (policy
/// `explore`) replays as `random` does, its choices deciding every step.
pub fn policy_of_token(token: &ScheduleToken) -> &str {
    if token.policy == EXPLORE_TOKEN_POLICY { "random" } else { &token.policy }
}

/// The policy name explored schedules' tokens carry: replayed, their choices decide every step, as a
/// `random` token's do.
pub const EXPLORE_TOKEN_POLICY: &str = "explore";
