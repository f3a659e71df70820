//! Exploring runs keep true time (issue 20): in every shipped scenario, under `random` and `pct` with
//! several seeds and in explore's first schedules, no task's trace goes back in time, the makespan is
//! no earlier than any event, and a finished thread's start, work and waits add up to its finish. Their
//! pictures tell the same time: no segment ends after the makespan, no core or GIL holds two at once, and
//! each core's segments add up to its busy time.

use sim_core::engine::ExploreConfig;
use sim_core::model::{Instr, Model, Nanos, TaskId, TaskKind};
use sim_core::report::{Report, RunLabel};
use sim_core::schedulers::dpor::Dpor;
use sim_core::timeline::Lane;
use sim_core::trace::{TraceEvent, TraceKind};
use sim_core::{RunConfig, Simulator, policy};

const SEEDS: std::ops::Range<u64> = 0..6;
const EXPLORED_SCHEDULES: u64 = 12;

fn shipped_scenarios() -> Vec<scenarios::Scenario> {
    let mut paths: Vec<_> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/scenarios"))
        .expect("scenarios/ exists")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "yaml"))
        .collect();
    paths.sort();
    paths.iter().map(|path| scenarios::load_file(path).unwrap_or_else(|d| panic!("{}", d.render(false)))).collect()
}

/// What a check looked at, so that a test passing on nothing fails.
#[derive(Default)]
struct Checked {
    runs: usize,
    events: usize,
    tasks_added_up: usize,
    segments: usize,
}

/// The three properties over the last run of `simulator`; `what` names the run in a failure.
fn check_run(simulator: &Simulator<'_>, report: &Report, what: &str, checked: &mut Checked) {
    let model = simulator.model();
    let (events, dropped) = simulator.trace().kept();
    let mut last_at: Vec<Option<Nanos>> = vec![None; model.tasks.len()];
    for event in &events {
        assert!(
            event.at_ns <= report.metrics.makespan_ns,
            "{what}: an event at {} after the makespan {}",
            event.at_ns,
            report.metrics.makespan_ns
        );
        let task = event.task.0 as usize;
        if let Some(before) = last_at[task] {
            assert!(
                event.at_ns >= before,
                "{what}: {} goes back from {before} to {}",
                model.tasks[task].name,
                event.at_ns
            );
        }
        last_at[task] = Some(event.at_ns);
    }
    checked.runs += 1;
    checked.events += events.len();
    if dropped == 0 {
        check_waits_add_up(model, &events, report, what, checked);
    }
    check_timeline(simulator, report, what, checked);
}

/// The segments the pictures draw: within the makespan, one at a time on each core and GIL, and each
/// core's adding up to its busy time.
fn check_timeline(simulator: &Simulator<'_>, report: &Report, what: &str, checked: &mut Checked) {
    let timeline = simulator.timeline();
    assert!(timeline.enabled, "{what}: the timeline was asked for");
    if timeline.dropped > 0 {
        return;
    }
    let mut by_lane: std::collections::BTreeMap<Lane, Vec<(Nanos, Nanos)>> = Default::default();
    for segment in &timeline.segments {
        assert!(
            segment.end_ns <= report.metrics.makespan_ns,
            "{what}: {segment:?} ends after the makespan {} (status {:?})",
            report.metrics.makespan_ns,
            report.status
        );
        by_lane.entry(segment.lane).or_default().push((segment.start_ns, segment.end_ns));
    }
    for (lane, spans) in &mut by_lane {
        if !matches!(lane, Lane::Core(_) | Lane::Gil(_)) {
            continue;
        }
        spans.sort_unstable();
        for pair in spans.windows(2) {
            assert!(pair[0].1 <= pair[1].0, "{what}: {lane:?} holds {:?} and {:?} at once", pair[0], pair[1]);
        }
        if let Lane::Core(core) = lane {
            let drawn: Nanos = spans.iter().map(|(start, end)| end - start).sum();
            let busy = report.metrics.core_busy_ns[*core as usize];
            assert_eq!(drawn, busy, "{what}: core {core} drawn busy for {drawn}, reported {busy}");
        }
    }
    checked.segments += timeline.segments.len();
}

/// start + work + I/O + GIL wait + core wait + blocked = finish, for every finished thread whose time
/// the trace fully accounts for (coroutines wait on their loop's thread; items crossing machines owe
/// network time the trace does not show).
fn check_waits_add_up(model: &Model, events: &[TraceEvent], report: &Report, what: &str, checked: &mut Checked) {
    for (index, definition) in model.tasks.iter().enumerate() {
        // Instance slots that no `submit` took are not in the report.
        let Some(task) = report.tasks.get(&definition.name) else { continue };
        let (Some(started), Some(finished)) = (task.started_ns, task.finished_ns) else { continue };
        if task.state != "finished" || definition.kind == TaskKind::Coroutine {
            continue;
        }
        let Some(busy) = busy_ns(model, events, TaskId::from_index(index)) else { continue };
        let waits = task.gil_wait_ns + task.ready_wait_ns + task.blocked_ns;
        assert_eq!(
            started + busy + waits,
            finished,
            "{what}: {} started {started}, busy {busy}, waited {waits} (GIL {}, core {}, blocked {}), finished {finished}",
            definition.name,
            task.gil_wait_ns,
            task.ready_wait_ns,
            task.blocked_ns
        );
        checked.tasks_added_up += 1;
    }
}

/// The task's work and I/O as its steps ask for them, or `None` when it got an item over the network.
fn busy_ns(model: &Model, events: &[TraceEvent], task: TaskId) -> Option<Nanos> {
    let definition = &model.tasks[task.index()];
    let mut busy = 0;
    for event in events.iter().filter(|e| e.task == task && e.kind == TraceKind::Step) {
        busy += match definition.program[event.pc as usize] {
            Instr::Cpu(d) | Instr::Native(d) | Instr::Io(d) | Instr::Await(d) => d,
            Instr::Put { queue, .. } if model.queues[queue.index()].crosses_processes => {
                model.queues[queue.index()].ipc_cost_ns
            }
            Instr::Get { .. } if model.machines.len() > 1 => return None,
            _ => 0,
        };
    }
    Some(busy)
}

fn report(simulator: &Simulator<'_>, outcome: &sim_core::report::Outcome) -> Report {
    simulator.report(outcome, &RunLabel { policy: String::new(), seed: 0, schedule: String::new() })
}

#[test]
fn exploring_runs_keep_true_time_in_every_shipped_scenario() {
    let mut checked = Checked::default();
    for scenario in shipped_scenarios() {
        let mut simulator = Simulator::new(&scenario.model);
        for policy_name in ["random", "pct"] {
            let mut policy = policy::by_name(policy_name).expect("a built-in policy");
            for seed in SEEDS {
                let config = RunConfig { seed, record_timeline: true, ..RunConfig::default() };
                let outcome = simulator.run(policy.as_mut(), &config);
                let what = format!("{} under {policy_name} seed {seed}", scenario.model.name);
                check_run(&simulator, &report(&simulator, &outcome), &what, &mut checked);
            }
        }
        check_explored_schedules(&scenario, &mut checked);
    }
    assert!(checked.runs > 300 && checked.events > 10_000, "{} runs, {} events", checked.runs, checked.events);
    assert!(checked.tasks_added_up > 500, "only {} tasks added up", checked.tasks_added_up);
    assert!(checked.segments > 5_000, "only {} segments drawn", checked.segments);
}

/// The first schedules `weft explore` runs, each checked as it ends.
fn check_explored_schedules(scenario: &scenarios::Scenario, checked: &mut Checked) {
    let model = &scenario.model;
    let config = ExploreConfig { max_schedules: EXPLORED_SCHEDULES, preemption_bound: None, max_steps: 100_000 };
    let run_config =
        RunConfig { max_steps: config.max_steps, record_accesses: true, record_timeline: true, ..RunConfig::default() };
    let mut simulator = Simulator::new(model);
    let mut dpor = Dpor::new(model, config);
    let mut schedule = 0;
    while dpor.next_execution() && schedule < EXPLORED_SCHEDULES {
        let outcome = simulator.run_with(&mut dpor, &run_config);
        let report = report(&simulator, &outcome);
        let redundant_before = dpor.progress().redundant;
        dpor.execution_ended(outcome, &simulator.view());
        // A run the state cache cuts short at a state already explored is never shown to anyone.
        if dpor.progress().redundant == redundant_before {
            check_run(&simulator, &report, &format!("{} in explored schedule {schedule}", model.name), checked);
        }
        schedule += 1;
    }
}

#[test]
fn the_issue_examples_tell_the_truth() {
    let load = |path: &str| scenarios::load_file(std::path::Path::new(path)).expect("a shipped scenario");
    let root = env!("CARGO_MANIFEST_DIR");
    // abba-deadlock, seed 1: the deadlock is declared once the later of the two blocks happened.
    let abba = load(&format!("{root}/scenarios/abba-deadlock.yaml"));
    let (report, trace) = run(&abba, "random", 1);
    let last_block = trace.iter().filter(|l| l.contains("blocks")).map(|l| l.split_whitespace().next().unwrap_or(""));
    assert_eq!(last_block.collect::<Vec<_>>(), ["2.1ms", "2.1ms"], "{trace:#?}");
    assert_eq!(report.metrics.makespan_ns, 2_100_000);
    // bank-race, seed 1: withdraw's cpu runs once deposit's has let the GIL go, and says so.
    let bank = load(&format!("{root}/scenarios/bank-race.yaml"));
    let (report, trace) = run(&bank, "random", 1);
    assert!(trace.iter().any(|l| l.trim_start().starts_with("1.1ms  withdraw     cpu 1ms")), "{trace:#?}");
    assert_eq!(report.tasks["withdraw"].gil_wait_ns, 1_000_000);
    // kill-lock-holder: the deadlock comes with the last event, not when the killed task's I/O would end.
    let kill = load(&format!("{root}/scenarios/kill-lock-holder.yaml"));
    let (report, trace) = run(&kill, "round-robin", 0);
    let last = trace.last().expect("a trace");
    assert!(last.trim_start().starts_with("1.203ms") && last.contains("blocks"), "{trace:#?}");
    assert_eq!(report.metrics.makespan_ns, 1_203_400);
}

fn run(scenario: &scenarios::Scenario, policy_name: &str, seed: u64) -> (Report, Vec<String>) {
    let mut simulator = Simulator::new(&scenario.model);
    let mut policy = policy::by_name(policy_name).expect("a built-in policy");
    let outcome = simulator.run(policy.as_mut(), &RunConfig { seed, ..RunConfig::default() });
    (report(&simulator, &outcome), simulator.trace_lines())
}
