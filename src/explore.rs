//! `weft explore`: every distinct interleaving up to the bounds, and the set of outcomes.

use std::io::IsTerminal;
use std::path::Path;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};
use serde::Serialize;
use sim_core::engine::{ExploreConfig, ExploreProgress, Order, SearchOptions};
use sim_core::limits::{
    DEFAULT_EXPLORE_MAX_STEPS, DEFAULT_MAX_SCHEDULES, MAX_EXPLORE_STEPS_CEILING, MAX_SCHEDULES_CEILING,
};
use sim_core::report::{SharedState, shared_state_from_values};
use sim_core::token::ScheduleToken;
use sim_core::{Status, Timeouts};

use crate::command::{CommandResult, EXIT_FOUND_FAILURE, EXIT_OK, UsageError};
use crate::output;
use crate::running::{EXPLORE_TOKEN_POLICY, Setup};
use crate::words::plural;

#[derive(Debug, Serialize)]
pub struct ExploreReport {
    pub scenario: String,
    pub schedules: u64,
    /// Every outcome reachable (within `preemption_bound`, when there is one) is listed.
    pub complete: bool,
    /// What `complete` claims, as the text's verdict says it: `complete` (every outcome of the
    /// program), `complete within ...` (within a preemption bound, a time window, the sampled values of
    /// random ranges or 64-bit integers: every outcome of such schedules), or `incomplete`.
    pub claim: String,
    /// Partial schedules cut short because they could only repeat an explored one.
    pub redundant: u64,
    pub preemption_bound: Option<u32>,
    /// Why the search stopped before it was complete: `max_schedules`, `failure`, `time_limit`,
    /// `interrupted`, `step_limit`; absent when complete.
    pub stopped_by: Option<&'static str>,
    pub interrupted: bool,
    pub outcomes: Vec<ExploredOutcomeReport>,
    pub failing_schedules: u64,
    /// The step limit of every schedule (`--max-steps`).
    pub max_steps: u64,
    /// Schedules stopped at `max_steps`: a loop that did not end within it, or a run too long for it.
    pub step_limit_schedules: u64,
    /// When waits with a time-out gave up (`quiescent`, `deadline` or `any`), for a model that has such waits: what
    /// `complete` holds for. Absent when no wait can run out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timeouts: Option<&'static str>,
    /// The file's time window (`scheduler: { time_window }`), in nanoseconds: only schedules whose every
    /// step started within it of the earliest step offered were explored, and `complete` holds for
    /// those. Absent without a window.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub time_window_ns: Option<u64>,
    /// How many of the outcomes end in an integer overflow: weft's integers are 64-bit where Python's
    /// grow, so what the program does past that point is no outcome here. Absent when none does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub overflow_outcomes: Option<u64>,
    /// How many of the outcomes end in a fault that is weft's own limit, not Python's exception (what
    /// weft does not model yet, or a bound of its own): the search is then incomplete (`stopped_by:
    /// weft_limit`), whatever it covered. Absent when none does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unmodelled_outcomes: Option<u64>,
    /// A Python program's outcomes depend on the machine's core count (`os.cpu_count()`, a pool without
    /// a size): the machine the claim is about and where the program reads it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub machine: Option<String>,
    /// The model reads the clock (`now_ns()`, the Python import's `time.monotonic()` where a value
    /// decides something): the search covered the readings weft's clocks give, not the timing noise of a
    /// real machine, so it is incomplete (`stopped_by: clock`) however many schedules it covered.
    /// Absent when no task reads the clock.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub reads_clock: bool,
    /// How many of the file's choices are `sample(LO, HI)` (a random duration of the Python import): each
    /// was explored at LO, its middle and HI only, and `complete` holds for those values. Absent without
    /// one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sampled_choices: Option<u32>,
}

#[derive(Debug, Serialize)]
pub struct ExploredOutcomeReport {
    pub status: Status,
    #[serde(with = "sim_core::report::shared_state_serde")]
    pub shared: SharedState,
    pub count: u64,
    /// Index of the first schedule that reached it.
    pub first_schedule: u64,
    pub schedule: String,
}

/// What `weft explore` was asked.
#[derive(Debug)]
pub struct Options<'a> {
    pub file: &'a Path,
    pub preemption_bound: Option<u32>,
    /// `--cores N`: the machine's core count, as for `run`.
    pub cores: Option<u32>,
    pub max_schedules: Option<u64>,
    pub stop_on_failure: bool,
    pub timeouts: Option<Timeouts>,
    pub max_steps: Option<u64>,
    pub time_limit: Option<Duration>,
    pub json: bool,
}

/// Why the watcher stopped the search.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Stopped {
    Failure,
    TimeLimit,
    Interrupted(crate::interrupt::Signal),
}

pub fn explore(options: &Options<'_>) -> CommandResult {
    let max_schedules = options.max_schedules.unwrap_or(DEFAULT_MAX_SCHEDULES);
    if max_schedules == 0 || max_schedules > MAX_SCHEDULES_CEILING {
        return Err(UsageError(format!("--max-schedules is from 1 to {MAX_SCHEDULES_CEILING}")));
    }
    // Explore keeps every step of the schedule in progress (its choice points, for backtracking), so
    // its default step limit is far below run's: a schedule that loops forever stops at a size that
    // costs tens of megabytes, not gigabytes.
    let max_steps = options.max_steps.unwrap_or(DEFAULT_EXPLORE_MAX_STEPS);
    if max_steps == 0 || max_steps > MAX_EXPLORE_STEPS_CEILING {
        return Err(UsageError(format!("--max-steps of explore is from 1 to {MAX_EXPLORE_STEPS_CEILING}")));
    }
    let setup =
        Setup::new(options.file, Some("random"), options.cores, Some(max_steps))?.with_timeouts(options.timeouts)?;
    let mut simulator = setup.simulator();
    let config =
        ExploreConfig { max_schedules, preemption_bound: options.preemption_bound, max_steps: setup.max_steps };
    crate::interrupt::catch();
    let started = Instant::now();
    let progress = progress_bar();
    let mut stopped = None;
    let mut watch = |now: &ExploreProgress| {
        if (now.schedules + now.redundant).is_multiple_of(256) {
            progress.set_message(progress_message(now, started.elapsed()));
            progress.tick();
        }
        stopped = if let Some(signal) = crate::interrupt::requested() {
            Some(Stopped::Interrupted(signal))
        } else if options.stop_on_failure && now.failing_schedules > 0 {
            Some(Stopped::Failure)
        } else if options.time_limit.is_some_and(|limit| started.elapsed() >= limit) {
            Some(Stopped::TimeLimit)
        } else {
            None
        };
        stopped.is_none()
    };
    // Looking for a failure, schedules with few preemptions come first; else the depth-first search,
    // which takes turns with them when it is long (docs/exploration.md).
    let order = if options.stop_on_failure { Order::FewPreemptionsFirst } else { Order::default() };
    let search = SearchOptions { timeouts: setup.timeouts, order, ..SearchOptions::default() };
    let result = simulator.explore_with(&config, search, &mut watch);
    progress.finish_and_clear();
    let fingerprint = sim_core::fingerprint(&setup.model);
    let outcomes: Vec<ExploredOutcomeReport> = result
        .outcomes
        .iter()
        .map(|o| ExploredOutcomeReport {
            status: o.status,
            shared: shared_state_from_values(&setup.model, &o.shared),
            count: o.count,
            first_schedule: o.first_schedule,
            schedule: ScheduleToken {
                policy: EXPLORE_TOKEN_POLICY.to_string(),
                seed: 0,
                cores: setup.model.machine.cores,
                fingerprint,
                choices: o.choices.clone(),
                timeouts: setup.timeouts,
            }
            .to_string(),
        })
        .collect();
    let fault_endings: Vec<FaultEnding> = result
        .outcomes
        .iter()
        .filter(|o| o.status == Status::Fault)
        .map(|o| fault_ending(&setup, &mut simulator, &o.choices))
        .collect();
    let overflows = fault_endings.iter().filter(|&&ending| ending == FaultEnding::Overflow).count() as u64;
    let unmodelled = fault_endings.iter().filter(|&&ending| ending == FaultEnding::WeftLimit).count() as u64;
    // A run that ended at what weft does not model says nothing of what Python does past it: the search
    // cannot vouch for every outcome, however many schedules it covered.
    let complete = result.complete && unmodelled == 0;
    // A clock's reading that decides something is a value weft takes from its own clocks; CPython's
    // clock runs with the machine's timing noise, which the search does not explore (docs/python.md,
    // "Session 31: the clock as a value").
    let reads_clock = setup.model.reads_clock();
    let covered_clock_readings = complete && reads_clock;
    let complete = complete && !reads_clock;
    let failing_schedules = outcomes.iter().filter(|o| o.status.is_failure()).map(|o| o.count).sum();
    let step_limit_schedules = outcomes.iter().filter(|o| o.status == Status::StepLimit).map(|o| o.count).sum();
    let stopped_by = match stopped {
        _ if complete => None,
        _ if covered_clock_readings => Some("clock"),
        _ if result.complete => Some("weft_limit"),
        Some(Stopped::Failure) => Some("failure"),
        Some(Stopped::TimeLimit) => Some("time_limit"),
        Some(Stopped::Interrupted(_)) => Some("interrupted"),
        None if result.schedules + result.redundant >= max_schedules => Some("max_schedules"),
        None => Some("step_limit"),
    };
    let mut report = ExploreReport {
        scenario: setup.model.name.clone(),
        schedules: result.schedules,
        complete,
        claim: String::new(),
        redundant: result.redundant,
        preemption_bound: options.preemption_bound,
        stopped_by,
        interrupted: matches!(stopped, Some(Stopped::Interrupted(_))),
        outcomes,
        failing_schedules,
        max_steps: setup.max_steps,
        step_limit_schedules,
        timeouts: setup.model.has_timed_waits().then_some(setup.timeouts.name()),
        time_window_ns: setup.model.scheduler.time_window_ns,
        sampled_choices: Some(setup.model.sampled_choices).filter(|&count| count > 0),
        overflow_outcomes: Some(overflows).filter(|&count| count > 0),
        unmodelled_outcomes: Some(unmodelled).filter(|&count| count > 0),
        machine: crate::import::machine_note(options.file, setup.model.machine.cores),
        reads_clock,
    };
    report.claim = claim(&report);
    let code = match stopped {
        Some(Stopped::Interrupted(signal)) => signal.exit_status(),
        // A schedule stopped at the step limit is a finding as for `run` (a loop that may never end),
        // and the search cannot vouch for what lay beyond it.
        _ if failing_schedules > 0 || step_limit_schedules > 0 => EXIT_FOUND_FAILURE,
        _ => EXIT_OK,
    };
    output::settle_status(code);
    if options.json {
        output::print_json(&report);
    } else {
        crate::output::emit_text(&render_text(&report, max_schedules));
    }
    Ok(code)
}

/// What ended an explored schedule that faulted, as far as the claim cares.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FaultEnding {
    /// An exception of the program, as Python raises it.
    Python,
    /// An integer overflow: a limit of weft's 64-bit integers, where Python's integers go on.
    Overflow,
    /// What weft does not model yet, or a bound of its own (`EvalError::is_weft_limit`).
    WeftLimit,
}

/// What ended the explored schedule `choices` (a fault), replayed once. An outcome's first schedule
/// stands for it.
fn fault_ending(setup: &Setup, simulator: &mut sim_core::Simulator<'_>, choices: &[u32]) -> FaultEnding {
    use sim_core::outcome::Cause;
    let mut policy = setup.policy();
    let config = sim_core::RunConfig { forced_choices: Some(choices.to_vec()), ..setup.reported_config(0) };
    simulator.run(policy.as_mut(), &config);
    let mut ending = FaultEnding::Python;
    for record in simulator.failure_records() {
        match record.cause {
            Cause::Eval { error, .. } if error.is_weft_limit() => return FaultEnding::WeftLimit,
            Cause::Python(fault) if fault.is_weft_limit() => return FaultEnding::WeftLimit,
            Cause::Eval { error: sim_core::expr::EvalError::Overflow, .. } => ending = FaultEnding::Overflow,
            _ => {}
        }
    }
    ending
}

/// A duration in the largest unit that writes it whole, as a scenario would (`2ms`, `1500us`).
fn duration_text(ns: u64) -> String {
    const UNITS: [(u64, &str); 3] = [(1_000_000_000, "s"), (1_000_000, "ms"), (1_000, "us")];
    match UNITS.iter().find(|(size, _)| ns > 0 && ns.is_multiple_of(*size)) {
        Some((size, unit)) => format!("{}{unit}", ns / size),
        None => format!("{ns}ns"),
    }
}

/// Schedules, outcomes and states so far, and schedules a second.
fn progress_message(now: &ExploreProgress, elapsed: Duration) -> String {
    let rate = (now.schedules + now.redundant) as f64 / elapsed.as_secs_f64().max(1e-3);
    let states = if now.cached_states > 0 { format!(", {} states", now.cached_states) } else { String::new() };
    format!(
        "{} schedules ({} cut short), {} outcomes{states}, {rate:.0} schedules/s",
        now.schedules, now.redundant, now.outcomes
    )
}

/// A spinner with the schedules and outcomes so far and the rate, on a terminal only.
fn progress_bar() -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new_spinner();
    if let Ok(style) = ProgressStyle::with_template("{spinner} {msg}  {elapsed}") {
        bar.set_style(style);
    }
    bar
}

/// What a complete search's outcomes are all of: the bounds, the window, the sampled values and the
/// integers it held to (none for every outcome of the program).
fn claim_limits(report: &ExploreReport) -> Vec<String> {
    // A window narrows what "all" covers, as a preemption bound does: the claim names both.
    // So do the sampled values of random ranges.
    let window = report.time_window_ns.map(|window_ns| format!("a {} time window", duration_text(window_ns)));
    let bound = report.preemption_bound.map(|bound| format!("{bound} preemptions"));
    let samples = report
        .sampled_choices
        .map(|count| format!("the ends and middles of {}", plural(u64::from(count), "random range")));
    // An outcome that ends in an integer overflow is weft's limit, not the program's end in Python.
    let integers = report.overflow_outcomes.map(|_| "64-bit integers".to_string());
    [bound, window, samples, integers].into_iter().flatten().collect()
}

/// What a search that covered every schedule but read the clock covered them within: the limits a
/// complete claim would name (` within a 20ms time window`), or nothing.
fn clock_limits(report: &ExploreReport) -> String {
    let limits = claim_limits(report);
    if limits.is_empty() { String::new() } else { format!(" within {}", limits.join(" and ")) }
}

/// The claim the verdict makes, for the JSON (`claim`): `complete`, `complete within ...` or
/// `incomplete`.
fn claim(report: &ExploreReport) -> String {
    if !report.complete {
        return "incomplete".to_string();
    }
    let limits = claim_limits(report);
    if limits.is_empty() {
        return "complete".to_string();
    }
    format!("complete within {}", limits.join(" and "))
}

/// "1 outcome ends", "3 outcomes end".
fn outcomes_end(count: u64) -> String {
    if count == 1 { "1 outcome ends".to_string() } else { format!("{count} outcomes end") }
}

fn verdict(report: &ExploreReport, max_schedules: u64) -> String {
    if report.complete {
        if claim_limits(report).is_empty() {
            return "complete: these are all the outcomes".to_string();
        }
        return format!("{}: these are all the outcomes of such schedules", claim(report));
    }
    match report.stopped_by {
        Some("weft_limit") => format!(
            "incomplete: {} at what weft does not model yet (the fault says what), so what Python does past it is not explored",
            outcomes_end(report.unmodelled_outcomes.unwrap_or(0))
        ),
        Some("clock") => format!(
            "incomplete: every schedule was explored{}, but the program reads the clock (now_ns()) and weft took its values from its own clocks, not a real machine's timing noise, so a comparison of a reading near its threshold may go the other way in CPython",
            clock_limits(report)
        ),
        Some("failure") => "incomplete: stopped at the first failure (--stop-on-failure)".to_string(),
        Some("time_limit") => "incomplete: stopped at --time-limit".to_string(),
        Some("interrupted") => "incomplete: interrupted; these are the outcomes found before the signal".to_string(),
        Some("step_limit") => format!(
            "incomplete: {} stopped at the step limit (--max-steps {})",
            plural(report.step_limit_schedules, "schedule"),
            report.max_steps
        ),
        _ => format!("incomplete: stopped at --max-schedules ({max_schedules})"),
    }
}

fn render_text(report: &ExploreReport, max_schedules: u64) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let bound = report.preemption_bound.map_or(String::new(), |b| format!(" with at most {}", plural(b, "preemption")));
    let _ = writeln!(
        out,
        "{}: {}{bound} ({} redundant cut short); {}",
        report.scenario,
        plural(report.schedules, "schedule"),
        report.redundant,
        verdict(report, max_schedules)
    );
    // `quiescent` and `deadline` leave out runs in which a wait gives up while other work could still
    // go on (before its deadline, by weft's clocks, for `deadline`), which real time allows when the
    // work is slower than weft's durations say: say so beside the claim.
    match report.timeouts {
        Some("quiescent") => {
            let _ = writeln!(
                out,
                "  (waits with a time-out gave up only when no other task could move; --timeouts any lets them give up at every step)"
            );
        }
        Some("deadline") => {
            let _ = writeln!(
                out,
                "  (waits with a time-out gave up only when no other task could step before their deadline, by weft's clocks, or for time-outs of an hour or more none could move; --timeouts any lets them give up at every step)"
            );
        }
        _ => {}
    }
    if let Some(machine) = &report.machine {
        let _ = writeln!(out, "  ({machine})");
    }
    if let Some(window_ns) = report.time_window_ns {
        // Under `deadline` the earliest deadline of a wait measures the window too.
        let deadline = if report.timeouts == Some("deadline") {
            " or the earliest deadline of a wait that may give up"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "  (time window {}: a step was offered only when it would start within it of the earliest step any task could take{deadline}, by weft's clocks; schedules whose timing strays further are not explored)",
            duration_text(window_ns)
        );
    }
    if let Some(count) = report.overflow_outcomes {
        let _ = writeln!(
            out,
            "  ({} in an integer overflow: weft's integers are 64-bit, Python's grow, so what the program does past it is not among these outcomes)",
            outcomes_end(count)
        );
    }
    if report.sampled_choices.is_some() {
        let _ = writeln!(
            out,
            "  (each `sample(LO, HI)`, a random duration, took LO, its middle and HI only; the values between them are not explored)"
        );
    }
    for outcome in &report.outcomes {
        let _ = writeln!(
            out,
            "  {:>8}  {:<16} {}",
            outcome.count,
            outcome.status.as_str(),
            crate::fuzz::shared_text(&outcome.shared)
        );
        let _ = writeln!(out, "           first schedule {}: {}", outcome.first_schedule, outcome.schedule);
    }
    out
}
