//! Human-readable and JSON output of one run.

use std::fmt::Write as _;

use sim_core::model::DisplayNanos;
use sim_core::{Report, Simulator};

use crate::cli::RunOutput;
use crate::command::{EXIT_BAD_INPUT, EXIT_OK, exit_code};
use crate::words::plural;

/// Set by `--quiet`: human-readable output is not printed (JSON still is, and errors go to stderr).
pub static QUIET: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The exit status the command has settled on before printing its result: the status of the process
/// if stdout closes under it.
static SETTLED_STATUS: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(EXIT_OK);

/// Records the exit status of the result about to be printed, so that a reader who stops reading early
/// (`weft run F --json | head -c 10`) still learns whether the run failed.
pub fn settle_status(code: u8) {
    SETTLED_STATUS.store(code, std::sync::atomic::Ordering::Relaxed);
}

/// Writes to stdout: every printer goes through here. A closed pipe (`weft fuzz ... | head`) ends the
/// program quietly, as other command-line tools do, with the status settled so far; any other write
/// error (`> /dev/full`) ends it with one line and exit status 2. Never a panic.
pub fn emit(text: &str) {
    use std::io::Write as _;
    let mut stdout = std::io::stdout().lock();
    if let Err(error) = stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()) {
        if error.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(i32::from(SETTLED_STATUS.load(std::sync::atomic::Ordering::Relaxed)));
        }
        write_stderr(&format!("cannot write to stdout: {error}"));
        std::process::exit(i32::from(EXIT_BAD_INPUT));
    }
}

/// An error on stderr, unless `--quiet` (the exit status says it then). Never panics: with stderr
/// closed or full (`2>&-`, `2>/dev/full`) there is nobody left to tell, and the exit status still does.
pub fn print_error(message: &str) {
    if !QUIET.load(std::sync::atomic::Ordering::Relaxed) {
        write_stderr(message);
    }
}

/// One line on stderr, whatever `--quiet` says, ignoring write errors.
fn write_stderr(message: &str) {
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr().lock(), "{message}");
}

pub fn emit_line(text: &str) {
    emit(&format!("{text}\n"));
}

/// Human-readable text, unless `--quiet`.
pub fn emit_text(text: &str) {
    if !QUIET.load(std::sync::atomic::Ordering::Relaxed) {
        emit(text);
    }
}

/// Pretty JSON and a newline, through [`emit`].
pub fn print_json<T: serde::Serialize>(value: &T) {
    match serde_json::to_string_pretty(value) {
        Ok(text) => emit_line(&text),
        Err(error) => {
            write_stderr(&format!("cannot write JSON: {error}"));
            std::process::exit(i32::from(EXIT_BAD_INPUT));
        }
    }
}

pub fn print_run(report: &Report, simulator: &Simulator<'_>, options: &RunOutput) {
    settle_status(exit_code(report));
    if options.json {
        print_json(report);
        return;
    }
    let mut out = render_text(report);
    if options.timeline {
        use std::io::IsTerminal;
        let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        out.push_str(&crate::pictures::render_timeline(simulator, report.metrics.makespan_ns, color));
    }
    let lines = simulator.trace_lines();
    if options.trace {
        out.push_str("trace:\n");
        for line in &lines {
            let _ = writeln!(out, "  {line}");
        }
    } else if report.status.is_failure() && !lines.is_empty() {
        let shown = lines.len().min(20);
        let _ = writeln!(out, "trace (last {shown} of {} events; --trace for all):", simulator.trace().total());
        for line in &lines[lines.len() - shown..] {
            let _ = writeln!(out, "  {line}");
        }
    }
    emit_text(&out);
}

fn nanos(value: u64) -> String {
    DisplayNanos(value).to_string()
}

pub fn render_text(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}  (policy {}, seed {})", report.scenario, report.policy, report.seed);
    let _ = writeln!(out, "status: {}", report.status.as_str());
    for failure in &report.failures {
        let place = match (&failure.task, &failure.step, failure.line) {
            (Some(task), Some(step), Some(line)) => format!(" in {task} at `{step}` (line {line})"),
            (None, None, Some(line)) => format!(" (line {line})"),
            _ => String::new(),
        };
        let _ = writeln!(out, "  {}{place}: {}", failure.kind, failure.message);
    }
    if let Some(deadlock) = &report.deadlock {
        let _ = writeln!(out, "deadlock:");
        for wait in &deadlock.waits {
            let held = wait.held_by.as_ref().map_or(String::new(), |h| format!(", held by {h}"));
            let _ = writeln!(out, "  {} waits for {}{held}", wait.task, wait.waits_for);
        }
        if !deadlock.cycle.is_empty() {
            let _ = writeln!(out, "  cycle: {} -> {}", deadlock.cycle.join(" -> "), deadlock.cycle[0]);
        }
    }
    let _ = writeln!(out, "shared:");
    for (process, values) in &report.shared {
        let values: Vec<String> = values.iter().map(|(name, value)| format!("{name} = {value}")).collect();
        let shown = if values.is_empty() { "(none)".to_string() } else { values.join(", ") };
        let _ = writeln!(out, "  {process}: {shown}");
    }
    let _ = writeln!(out, "tasks:");
    let _ = writeln!(
        out,
        "  {:<14} {:<11} {:<9} {:>10} {:>10} {:>8} {:>10} {:>10} {:>10}",
        "task", "kind", "state", "start", "finish", "steps", "blocked", "GIL wait", "core wait"
    );
    for (name, task) in &report.tasks {
        let start = task.started_ns.map_or("-".to_string(), nanos);
        let finish = task.finished_ns.map_or("-".to_string(), nanos);
        let _ = writeln!(
            out,
            "  {:<14} {:<11} {:<9} {:>10} {:>10} {:>8} {:>10} {:>10} {:>10}",
            name,
            task.kind,
            task.state,
            start,
            finish,
            task.steps,
            nanos(task.blocked_ns),
            nanos(task.gil_wait_ns),
            nanos(task.ready_wait_ns)
        );
    }
    let metrics = &report.metrics;
    let _ = writeln!(out, "metrics:");
    let _ = writeln!(out, "  makespan {}, {}", nanos(metrics.makespan_ns), plural(metrics.steps, "step"));
    if metrics.pool_shutdown_end_ns > 0 {
        let _ = writeln!(
            out,
            "  a process pool's shutdown (sentinels, workers joined) ended at {}",
            nanos(metrics.pool_shutdown_end_ns)
        );
    }
    let _ = writeln!(
        out,
        "  {}, {} ({})",
        plural(metrics.context_switches, "context switch"),
        plural(metrics.gil_switches, "GIL switch"),
        plural(metrics.gil_drop_requests, "drop request")
    );
    for (core, (busy, utilization)) in metrics.core_busy_ns.iter().zip(&metrics.core_utilization_percent).enumerate() {
        let _ = writeln!(out, "  core {core}: busy {} ({utilization:.1}%)", nanos(*busy));
    }
    for (name, machine) in &metrics.machines {
        let _ = writeln!(
            out,
            "  machine {name}: {} cores, busy {} ({:.1}%)",
            machine.cores,
            nanos(machine.busy_ns),
            machine.utilization_percent
        );
    }
    if metrics.network_ns > 0 {
        let _ = writeln!(out, "  network: {} of waiting between machines", nanos(metrics.network_ns));
    }
    let path = &report.critical_path;
    if path.tasks.len() > 1 {
        let network = if path.network_ns > 0 {
            format!(", {} of it on the network", nanos(path.network_ns))
        } else {
            String::new()
        };
        let _ = writeln!(out, "  critical path: {} ({}{network})", path.tasks.join(" -> "), nanos(path.length_ns));
    }
    for (name, event_loop) in &metrics.loops {
        let _ = writeln!(
            out,
            "  loop {name}: lag max {}, mean {}",
            nanos(event_loop.lag_max_ns),
            nanos(event_loop.lag_mean_ns)
        );
        if let Some(culprit) = report.loop_culprits.get(name) {
            let line = culprit.line.map_or(String::new(), |line| format!(" (line {line})"));
            let _ = writeln!(
                out,
                "    held longest by {} at `{}`{line}: {} ({})",
                culprit.task,
                culprit.step,
                nanos(culprit.held_ns),
                culprit.why
            );
        }
    }
    if !report.races.is_empty() {
        let _ = writeln!(out, "data races (conflicting accesses with no order between them):");
        for race in &report.races {
            let _ = writeln!(
                out,
                "  {}: {} `{}` (line {}) and {} `{}` (line {})",
                race.variable,
                race.first.task,
                race.first.step,
                race.first.line,
                race.second.task,
                race.second.step,
                race.second.line
            );
        }
    }
    if !report.left_running.is_empty() {
        let _ = writeln!(out, "left running (daemons): {}", report.left_running.join(", "));
    }
    let _ = writeln!(out, "schedule: {}", report.schedule);
    let _ = writeln!(out, "trace digest: {}", report.trace_digest);
    out
}
