//! `weft compare`: the scenario under every combination of settings, one row each, run in parallel
//! and printed in the order the combinations are listed (the first `--set` varies slowest).

use std::path::Path;

use rayon::prelude::*;
use sim_core::limits::MAX_COMPARE_ROWS;
use sim_core::report::RunLabel;

use crate::command::{CommandResult, EXIT_FOUND_FAILURE, EXIT_OK, UsageError};
use crate::comparison::{CompareReport, Row, setting_text};
use crate::output;
use crate::running::Setup;

pub struct Options<'a> {
    pub file: &'a Path,
    pub sets: &'a [String],
    pub seed: u64,
    pub json: bool,
    pub csv: bool,
    pub plot: Option<&'a Path>,
    /// `--x KEY`: the setting along the x axis of the plot.
    pub x: Option<&'a str>,
    pub metric: &'a str,
}

fn parse_sets(sets: &[String]) -> Result<Vec<(String, Vec<String>)>, UsageError> {
    if sets.is_empty() {
        return Err(UsageError("compare needs at least one --set KEY=V1,V2,...".to_string()));
    }
    let mut axes = Vec::new();
    for set in sets {
        let (key, values) =
            set.split_once('=').ok_or_else(|| UsageError(format!("--set takes KEY=V1,V2,...; got `{set}`")))?;
        let values: Vec<String> = values.split(',').map(|v| v.trim().to_string()).filter(|v| !v.is_empty()).collect();
        if values.is_empty() {
            return Err(UsageError(format!("--set {key}= names no values")));
        }
        axes.push((key.trim().to_string(), values));
    }
    Ok(axes)
}

/// Every combination, the first axis varying slowest.
fn combinations(axes: &[(String, Vec<String>)]) -> Result<Vec<Vec<(String, String)>>, UsageError> {
    let count = axes.iter().try_fold(1usize, |n, (_, values)| n.checked_mul(values.len())).unwrap_or(usize::MAX);
    if count > MAX_COMPARE_ROWS {
        return Err(UsageError(format!("{count} combinations; compare runs at most {MAX_COMPARE_ROWS}")));
    }
    let mut rows: Vec<Vec<(String, String)>> = vec![Vec::new()];
    for (key, values) in axes {
        rows = rows
            .into_iter()
            .flat_map(|row| {
                values.iter().map(move |value| {
                    let mut next = row.clone();
                    next.push((key.clone(), value.clone()));
                    next
                })
            })
            .collect();
    }
    Ok(rows)
}

fn json_value(text: &str) -> serde_json::Value {
    text.parse::<i64>().map_or_else(|_| serde_json::Value::String(text.to_string()), serde_json::Value::from)
}

pub fn compare(options: &Options<'_>) -> CommandResult {
    let axes = parse_sets(options.sets)?;
    let combinations = combinations(&axes)?;
    crate::files::note_input(options.file);
    let text = crate::import::scenario_text(options.file)?;
    let file = options.file.display().to_string();
    crate::interrupt::catch();
    // After a signal no new row starts; the rows already running finish (each run is bounded).
    let results: Vec<Option<Result<Row, UsageError>>> = combinations
        .par_iter()
        .map(|settings| crate::interrupt::requested().is_none().then(|| run_row(&file, &text, settings, options.seed)))
        .collect();
    let mut rows = Vec::with_capacity(results.len());
    for result in results.into_iter().flatten() {
        rows.push(result?);
    }
    let complete = rows.len() == combinations.len();
    let interrupted = crate::interrupt::requested().filter(|_| !complete);
    let first = rows.first().map_or(1, |r| r.makespan_ns).max(1);
    for row in &mut rows {
        row.speedup = (first as f64 / row.makespan_ns.max(1) as f64 * 100.0).round() / 100.0;
    }
    let scenario = scenarios::load_str(&file, &text).map(|s| s.model.name).unwrap_or_default();
    let report = CompareReport { scenario, seed: options.seed, rows, complete, interrupted: interrupted.is_some() };
    if let Some(path) = options.plot {
        crate::plot::compare_chart(&report, options.metric, options.x, path)?;
    }
    let code = exit_code(&report, interrupted);
    output::settle_status(code);
    if options.json {
        output::print_json(&report);
    } else if options.csv {
        crate::output::emit(&render_csv(&report, &axes));
    } else {
        crate::output::emit_text(&render_table(&report, &axes));
    }
    Ok(code)
}

/// The contract's exit status: 130 or 143 when a signal cut the comparison short, else 0 when every
/// row's expectations held and 1 when any row found a failure.
fn exit_code(report: &CompareReport, interrupted: Option<crate::interrupt::Signal>) -> u8 {
    if let Some(signal) = interrupted {
        return signal.exit_status();
    }
    if report.rows.iter().all(|row| row.status == sim_core::Status::Ok) { EXIT_OK } else { EXIT_FOUND_FAILURE }
}

fn run_row(file: &str, text: &str, settings: &[(String, String)], seed: u64) -> Result<Row, UsageError> {
    let label = settings.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(" ");
    // The same path as `weft run`'s flags: settings applied to the file, then the setup.
    let scenario = scenarios::load_str_with(file, text, settings)
        .map_err(|d| UsageError(format!("with {label}:\n{}", d.render(false).trim_end())))?;
    let setup = Setup::build(scenario, settings, None)?;
    let mut simulator = setup.simulator();
    let outcome = simulator.run(setup.policy().as_mut(), &setup.config(seed));
    let report = simulator.report(&outcome, &RunLabel { policy: setup.policy.clone(), seed, schedule: String::new() });
    Ok(Row {
        settings: settings.iter().map(|(k, v)| (k.clone(), json_value(v))).collect(),
        status: report.status,
        makespan_ns: report.metrics.makespan_ns,
        speedup: 1.0,
        context_switches: report.metrics.context_switches,
        gil_switches: report.metrics.gil_switches,
        steps: report.metrics.steps,
        core_busy_ns: report.metrics.core_busy_ns.iter().sum(),
        shared: report.shared,
    })
}

fn render_table(report: &CompareReport, axes: &[(String, Vec<String>)]) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let _ = writeln!(out, "{} (seed {})", report.scenario, report.seed);
    let mut header = String::new();
    for (key, _) in axes {
        let _ = write!(header, "{key:>16} ");
    }
    let _ = writeln!(out, "{header}{:<16} {:>12} {:>8} {:>10}", "status", "makespan", "speedup", "GIL sw.");
    for row in &report.rows {
        let mut line = String::new();
        for value in row.settings.values() {
            let _ = write!(line, "{:>16} ", setting_text(value));
        }
        let _ = writeln!(
            out,
            "{line}{:<16} {:>12} {:>7.2}x {:>10}",
            row.status.as_str(),
            sim_core::model::DisplayNanos(row.makespan_ns).to_string(),
            row.speedup,
            row.gil_switches
        );
    }
    if report.interrupted {
        let _ = writeln!(out, "interrupted: the rows above were done before the signal; the rest were not run");
    }
    out
}

fn render_csv(report: &CompareReport, axes: &[(String, Vec<String>)]) -> String {
    let mut out = String::new();
    let keys: Vec<&str> = axes.iter().map(|(k, _)| k.as_str()).collect();
    out.push_str(&keys.join(","));
    out.push_str(",status,makespan_ns,speedup,context_switches,gil_switches,steps,core_busy_ns\n");
    for row in &report.rows {
        let values: Vec<String> = row.settings.values().map(setting_text).collect();
        out.push_str(&format!(
            "{},{},{},{},{},{},{},{}\n",
            values.join(","),
            row.status.as_str(),
            row.makespan_ns,
            row.speedup,
            row.context_switches,
            row.gil_switches,
            row.steps,
            row.core_busy_ns
        ));
    }
    out
}
