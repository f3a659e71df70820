//! scenarios: the YAML scenario format (../shared/spec/scenario-format.md) to sim-core's typed,
//! validated model, with errors that name the file, line and column. Parsing is serde over
//! serde-saphyr (see docs/architecture.md for why not serde_yaml); meaning is checked in `compile`.

mod compile;
pub mod diagnostic;
pub mod duration;
pub mod expr;
pub mod graph;
mod lower;
pub mod raw;
pub mod settings;

use std::path::Path;
use std::sync::Arc;

pub use diagnostic::Diagnostic;
use sim_core::Model;
use sim_core::limits::MAX_FILE_BYTES;

/// A loaded scenario: the model the engine runs plus what only tools need.
#[derive(Clone, Debug)]
pub struct Scenario {
    pub model: Model,
    pub about: String,
    pub snapshot: SnapshotPlan,
    pub graph: graph::TaskGraph,
}

/// The `snapshot:` block: which seeds and policies the snapshot suite pins.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SnapshotPlan {
    pub seeds: Vec<u64>,
    pub policies: Vec<String>,
}

/// The JSON Schema of the scenario format, generated from the same types the loader reads, for editors
/// (the YAML language server) to complete and check scenario files.
pub fn json_schema() -> String {
    let mut schema = schemars::schema_for!(raw::RawScenario);
    schema.insert("title".to_string(), "weft scenario".into());
    schema.insert(
        "description".to_string(),
        "A concurrent program as a task graph for weft, the deterministic scheduler simulator (format version 1)."
            .into(),
    );
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// Reads and loads a scenario file.
pub fn load_file(path: &Path) -> Result<Scenario, Diagnostic> {
    let file = path.display().to_string();
    let empty = Arc::new(String::new());
    let metadata =
        std::fs::metadata(path).map_err(|e| Diagnostic::new(&file, &empty, 0, 0, format!("cannot read: {e}")))?;
    if metadata.len() > MAX_FILE_BYTES as u64 {
        return Err(Diagnostic::new(
            &file,
            &empty,
            0,
            0,
            format!("the file is {} bytes; a scenario is at most {MAX_FILE_BYTES}", metadata.len()),
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| Diagnostic::new(&file, &empty, 0, 0, format!("cannot read: {e}")))?;
    load_bytes(&file, &bytes)
}

/// Loads a scenario from bytes (which must be UTF-8).
pub fn load_bytes(file: &str, bytes: &[u8]) -> Result<Scenario, Diagnostic> {
    let empty = Arc::new(String::new());
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Diagnostic::new(
            file,
            &empty,
            0,
            0,
            format!("the input is {} bytes; a scenario is at most {MAX_FILE_BYTES}", bytes.len()),
        ));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            let valid = &bytes[..error.valid_up_to()];
            let line = valid.iter().filter(|&&b| b == b'\n').count() as u32 + 1;
            let column = valid.iter().rev().take_while(|&&b| b != b'\n').count() as u32 + 1;
            return Err(Diagnostic::new(
                file,
                &Arc::new(String::from_utf8_lossy(bytes).into_owned()),
                line,
                column,
                "the file is not UTF-8 text",
            )
            .with_help("save the scenario as UTF-8"));
        }
    };
    load_str(file, text)
}

/// Loads a scenario from text.
pub fn load_str(file: &str, text: &str) -> Result<Scenario, Diagnostic> {
    load_str_with(file, text, &[])
}

/// Loads a scenario from text with what-if settings (`key`, `value`) applied before it is checked.
pub fn load_str_with(file: &str, text: &str, settings: &[(String, String)]) -> Result<Scenario, Diagnostic> {
    let source = Arc::new(text.to_string());
    if text.trim().is_empty() {
        return Err(Diagnostic::new(
            file,
            &source,
            0,
            0,
            "the file is empty; a scenario needs at least `name:` and `tasks:`",
        ));
    }
    let mut raw: raw::RawScenario = serde_saphyr::from_str_with_options(text, parse_options())
        .map_err(|error| from_yaml_error(file, &source, &error))?;
    for (key, value) in settings {
        settings::apply(&mut raw, key, value)
            .map_err(|message| Diagnostic::new(file, &source, 0, 0, format!("setting {key}={value}: {message}")))?;
    }
    let context = compile::Context { file, source: &source };
    let mut scenario = compile::compile(&context, raw)?;
    scenario.graph = graph::TaskGraph::build(&scenario.model.tasks);
    Ok(scenario)
}

/// Budgets that keep hostile YAML (alias bombs, deep nesting) bounded in time and memory.
fn parse_options() -> serde_saphyr::Options {
    serde_saphyr::options! {
        budget: serde_saphyr::budget! {
            max_events: 1_000_000,
            max_aliases: 10_000,
            max_anchors: 10_000,
            max_depth: 64,
            max_nodes: 500_000,
            max_total_scalar_bytes: MAX_FILE_BYTES,
        },
    }
}

fn from_yaml_error(file: &str, source: &Arc<String>, error: &serde_saphyr::Error) -> Diagnostic {
    let (line, column) = error.location().map_or((0, 0), |l| (l.line() as u32, l.column() as u32));
    let raw_message = error.without_snippet().to_string();
    let message = strip_location_prefix(&raw_message);
    let message = message.replace("unknown variant", "unknown step or value").replace("unknown field", "unknown key");
    let message = if message.starts_with("budget breached") {
        match message.split_once(": ").map(|(_, what)| what) {
            Some(what) if what.starts_with("Depth") => {
                "the YAML nests deeper than 64 levels, more than a scenario needs".to_string()
            }
            Some(what) if what.contains("Alias") => {
                "the YAML uses more than 10000 aliases (an alias bomb?)".to_string()
            }
            Some(what) => format!("the YAML is larger than a scenario may be ({what})"),
            None => message,
        }
    } else {
        message
    };
    let mut diagnostic = Diagnostic::new(file, source, line, column, message.clone());
    if let Some(help) = diagnostic::suggest_for_serde_message(&strip_location_prefix(&raw_message)) {
        diagnostic = diagnostic.with_help(help);
    }
    diagnostic
}

/// serde-saphyr's messages start with `error: line L column C: `; the diagnostic prints the place itself.
fn strip_location_prefix(message: &str) -> String {
    let message = message.strip_prefix("error: ").unwrap_or(message);
    let message = match message.strip_prefix("line ") {
        Some(rest) => rest.split_once(": ").map_or(message, |(_, tail)| tail),
        None => message,
    };
    let message = message.lines().next().unwrap_or(message).trim();
    // ... and may end with ` at line L, column C`.
    match message.rfind(" at line ") {
        Some(at) if message[at..].contains(", column ") => message[..at].to_string(),
        _ => message.to_string(),
    }
}
