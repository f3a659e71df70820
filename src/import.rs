//! `weft import prog.py`, and `.py` files wherever a command takes a scenario: the program is imported
//! (crates/pyimport) and its scenario loaded; errors point at the Python file.

use std::path::Path;
use std::sync::Arc;

use crate::command::{CommandResult, EXIT_OK, UsageError, stderr_color};
use crate::output;

/// Is this a Python program rather than a scenario?
pub fn is_python(path: &Path) -> bool {
    path.extension().is_some_and(|extension| extension == "py")
}

/// `weft import`: prints the scenario a Python program maps to.
pub fn import(file: &Path, call_cost: Option<&str>) -> CommandResult {
    let options = options(call_cost)?;
    let imported = import_file(file, &options)?;
    // A scenario printed is one that loads: an import the loader refuses is the importer's error, said
    // here rather than by the command that runs the scenario later.
    let name = file.display().to_string();
    scenarios::load_str_with(&name, &imported.yaml, &[])
        .map_err(|diagnostic| loader_error(file, &imported, &diagnostic))?;
    output::emit(&imported.yaml);
    Ok(EXIT_OK)
}

fn options(call_cost: Option<&str>) -> Result<pyimport::Options, UsageError> {
    let call_cost = match call_cost {
        None => None,
        Some(text) => {
            let (kind, duration) = match text.split_once(':') {
                Some(("cpu", duration)) => (pyimport::CostKind::Cpu, duration),
                Some(("io", duration)) => (pyimport::CostKind::Io, duration),
                Some(("native", duration)) => (pyimport::CostKind::Native, duration),
                Some((other, _)) => {
                    return Err(UsageError(format!("--call-cost {text}: `{other}` is not cpu, io or native")));
                }
                None => (pyimport::CostKind::Cpu, text),
            };
            scenarios::duration::parse_duration(duration)
                .map_err(|message| UsageError(format!("--call-cost {text}: {message}")))?;
            Some(pyimport::Cost { kind, duration: duration.to_string() })
        }
    };
    Ok(pyimport::Options { call_cost, ..pyimport::Options::default() })
}

fn import_file(file: &Path, options: &pyimport::Options) -> Result<pyimport::Imported, UsageError> {
    let name = file.display().to_string();
    // The same reading as a scenario's: regular files only, at most MAX_FILE_BYTES, counted while reading.
    let text = scenarios::read_text(file)
        .map_err(|diagnostic| UsageError(diagnostic.render(stderr_color()).trim_end().to_string()))?;
    pyimport::import_python(&name, &text, options)
        .map_err(|diagnostic| UsageError(diagnostic.render(stderr_color()).trim_end().to_string()))
}

/// Loads a Python program as a scenario; a loader error points at the Python line the step came from.
pub fn load_python(file: &Path) -> Result<scenarios::Scenario, UsageError> {
    load_python_with(file, &[])
}

/// Loads a Python program as a scenario under `settings` (`--cores`, `--policy`, `--set`). The scenario's
/// source lines are the Python lines, so failures and races point at the program, not at the YAML.
pub fn load_python_with(file: &Path, settings: &[(String, String)]) -> Result<scenarios::Scenario, UsageError> {
    // `os.cpu_count()` is the core count of the machine the settings give, as the loader's default
    // executors are: the import and the scenario see one machine.
    let cores = settings.iter().rev().find(|(key, _)| key == "cores").and_then(|(_, value)| value.parse().ok());
    let imported = import_file(file, &pyimport::Options { cores, ..pyimport::Options::default() })?;
    let name = file.display().to_string();
    let mut scenario = scenarios::load_str_with(&name, &imported.yaml, settings)
        .map_err(|diagnostic| loader_error(file, &imported, &diagnostic))?;
    point_lines_at_python(&mut scenario.model, &imported);
    Ok(scenario)
}

/// Loads a scenario file or a Python program under `settings`.
pub fn load_with(file: &Path, settings: &[(String, String)]) -> Result<scenarios::Scenario, UsageError> {
    if is_python(file) {
        return load_python_with(file, settings);
    }
    let text = scenarios::read_text(file)
        .map_err(|diagnostic| UsageError(diagnostic.render(stderr_color()).trim_end().to_string()))?;
    scenarios::load_str_with(&file.display().to_string(), &text, settings)
        .map_err(|diagnostic| UsageError(diagnostic.render(stderr_color()).trim_end().to_string()))
}

/// The source map: every instruction's YAML line becomes the Python line it was imported from. Lines
/// are left out of fingerprints, so a program and its YAML keep the same schedule tokens.
fn point_lines_at_python(model: &mut sim_core::Model, imported: &pyimport::Imported) {
    for task in &mut model.tasks {
        for line in &mut task.lines {
            *line = python_line(imported, *line as usize);
        }
    }
    for expectation in &mut model.expectations {
        expectation.line = python_line(imported, expectation.line as usize);
    }
}

/// The Python line of a YAML line: its own `# line N` comment, or the nearest one above it (a step's
/// inner keys, such as `lock:` under `with:`, have none); 0 when there is none.
fn python_line(imported: &pyimport::Imported, yaml_line: usize) -> u32 {
    (1..=yaml_line.min(imported.python_lines.len()))
        .rev()
        .map(|line| imported.python_lines[line - 1])
        .find(|&line| line > 0)
        .unwrap_or(0)
}

/// For a Python program whose meaning depends on the machine's core count (`os.cpu_count()`, a pool
/// without a size, asyncio's default executor), which machine weft's outcomes are of and where: CPython
/// takes the count from the host it runs on, weft from the scenario's machine (`--cores`, 1 by default),
/// so a claim made without saying which would pass in silence for every machine (session21/repro/r09).
pub fn machine_note(file: &Path, cores: u32) -> Option<String> {
    if !is_python(file) {
        return None;
    }
    let imported = import_file(file, &pyimport::Options { cores: Some(cores), ..pyimport::Options::default() }).ok()?;
    let places: Vec<String> =
        imported.machine_sized.iter().map(|(line, what)| format!("line {line}: {what}")).collect();
    if places.is_empty() {
        return None;
    }
    let machine = if cores == 1 { "1 core".to_string() } else { format!("{cores} cores") };
    Some(format!(
        "these outcomes are of a machine of {machine}, where {}; CPython sizes these by the host's `os.cpu_count()`: --cores N models a host of N cores",
        places.join(", ")
    ))
}

/// The scenario text of a file: a `.py` file's imported YAML, else the file itself.
pub fn scenario_text(file: &Path) -> Result<String, UsageError> {
    if is_python(file) {
        return import_file(file, &pyimport::Options::default()).map(|imported| imported.yaml);
    }
    scenarios::read_text(file)
        .map_err(|diagnostic| UsageError(diagnostic.render(stderr_color()).trim_end().to_string()))
}

fn loader_error(file: &Path, imported: &pyimport::Imported, diagnostic: &scenarios::Diagnostic) -> UsageError {
    let yaml_line = diagnostic.line as usize;
    let python_line = python_line(imported, yaml_line);
    let name = file.display().to_string();
    let python = std::fs::read_to_string(file).unwrap_or_default();
    let message = format!("the scenario imported from this program does not load: {}", diagnostic.message);
    // `weft import` stops at this same error, so the help shows the scenario's line itself rather than
    // sending the reader to a command that cannot print it.
    let yaml_text = imported.yaml.lines().nth(yaml_line.saturating_sub(1)).unwrap_or_default().trim();
    let help = format!(
        "this is weft's own error, not the program's: the importer should have refused the Python form at this line \
         (please report it); the imported scenario's line {yaml_line} is `{yaml_text}`{}",
        diagnostic.help.as_ref().map_or(String::new(), |help| format!(" ({help})"))
    );
    let column = if python_line == 0 { 0 } else { 1 };
    let rendered = scenarios::Diagnostic::new(&name, &Arc::new(python), python_line, column, message)
        .with_help(help)
        .render(stderr_color());
    UsageError(rendered.trim_end().to_string())
}
