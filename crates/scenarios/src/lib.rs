//! scenarios: the YAML scenario format (../shared/spec/scenario-format.md) to sim-core's typed,
//! validated model, with errors that name the file, line and column. Parsing is serde over
//! serde-saphyr (see docs/architecture.md for why not serde_yaml); meaning is checked in `compile`.

mod compile;
mod context;
pub mod diagnostic;
pub mod duration;
pub mod expr;
pub mod graph;
pub mod input;
mod lower;
pub mod raw;
mod schema_notes;
pub mod settings;
mod yaml_error;

use std::path::Path;
use std::sync::Arc;

pub use diagnostic::Diagnostic;
use sim_core::Model;
use sim_core::limits::MAX_FILE_BYTES;

/// A loaded scenario: the model the engine runs plus what only tools need.
#[derive(Clone, Debug)]
pub struct Scenario {
    pub model: Model,
    /// `scheduler: { timeouts: ... }`: the time-out setting of exploring policies when the command line
    /// names none. Not part of the model (its fingerprint), since a token names its own setting.
    pub timeouts: sim_core::Timeouts,
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
    let mut schema = serde_json::to_value(&schema).unwrap_or_default();
    schema_notes::annotate(&mut schema);
    let mut text = serde_json::to_string_pretty(&schema).unwrap_or_default();
    text.push('\n');
    text
}

/// Reads and loads a scenario file.
pub fn load_file(path: &Path) -> Result<Scenario, Diagnostic> {
    let bytes = read_file(path)?;
    load_bytes(&path.display().to_string(), &bytes)
}

/// The text of a scenario file, read with the same bounds as [`load_file`].
pub fn read_text(path: &Path) -> Result<String, Diagnostic> {
    let file = path.display().to_string();
    let bytes = read_file(path)?;
    String::from_utf8(bytes)
        .map_err(|_| Diagnostic::new(&file, &Arc::new(String::new()), 0, 0, "the file is not UTF-8 text"))
}

/// A regular file of at most [`MAX_FILE_BYTES`], counted while reading.
fn read_file(path: &Path) -> Result<Vec<u8>, Diagnostic> {
    input::read_bounded(path, MAX_FILE_BYTES as u64, "a scenario")
        .map_err(|message| Diagnostic::new(&path.display().to_string(), &Arc::new(String::new()), 0, 0, message))
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
    let text = lone_carriage_returns_as_newlines(text);
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
    check_yaml_budget(file, &source)?;
    let read = || -> Result<raw::RawScenario, Diagnostic> {
        let mut raw: raw::RawScenario = serde_saphyr::from_str_with_options(&text, parse_options())
            .map_err(|error| yaml_error::to_diagnostic(file, &source, &error))?;
        for (key, value) in settings {
            settings::apply(&mut raw, key, value)
                .map_err(|message| Diagnostic::new(file, &source, 0, 0, format!("setting {key}={value}: {message}")))?;
        }
        Ok(raw)
    };
    let first_pass = context::StringTable::collecting();
    let mut scenario = compile::compile(&compile::Context { file, source: &source, strings: &first_pass }, read()?)?;
    if !first_pass.is_empty() {
        // Strings: again on the sorted table (see `StringTable`).
        let sorted = context::StringTable::sorted_from(&first_pass);
        scenario = compile::compile(&compile::Context { file, source: &source, strings: &sorted }, read()?)?;
        scenario.model.strings = sorted.table();
    }
    scenario.graph = graph::TaskGraph::build(&scenario.model.tasks);
    Ok(scenario)
}

/// YAML counts a lone CR as a line break, the snippet printer does not: old Mac line ends become `\n`
/// so both agree on every line and column.
fn lone_carriage_returns_as_newlines(text: &str) -> std::borrow::Cow<'_, str> {
    let has_lone_cr =
        text.as_bytes().iter().enumerate().any(|(i, &b)| b == b'\r' && text.as_bytes().get(i + 1) != Some(&b'\n'));
    if !has_lone_cr {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
}

/// The budget over the whole file before deserializing: deserialization stops at the first wrong
/// value, so limits such as the nesting depth would otherwise hold only for the part read so far.
fn check_yaml_budget(file: &str, source: &Arc<String>) -> Result<(), Diagnostic> {
    let scope = serde_saphyr::budget::EnforcingPolicy::AllContent;
    match serde_saphyr::budget::check_yaml_budget(source, yaml_budget(), scope) {
        Ok(report) => match report.breached {
            Some(breach) => Err(yaml_error::budget_diagnostic(file, source, &breach)),
            None => Ok(()),
        },
        // Syntax errors are reported by the deserializer, with its wording and place.
        Err(_) => Ok(()),
    }
}

/// Budgets that keep hostile YAML (alias bombs, deep nesting) bounded in time and memory.
fn yaml_budget() -> serde_saphyr::Budget {
    let budget = serde_saphyr::budget! {
        max_events: yaml_error::MAX_EVENTS,
        max_aliases: yaml_error::MAX_ALIASES,
        max_anchors: yaml_error::MAX_ANCHORS,
        max_depth: yaml_error::MAX_DEPTH,
        max_nodes: yaml_error::MAX_NODES,
        max_total_scalar_bytes: MAX_FILE_BYTES,
    };
    budget.unwrap_or_default()
}

/// Custom tags (`!cores 4`) are refused rather than silently ignored. Booleans are YAML 1.2's (`true`,
/// `false`): with YAML 1.1's `y`/`n`/`on`/`off`, a lock named `n` in `lock: n` read as `false`.
fn parse_options() -> serde_saphyr::Options {
    serde_saphyr::options! {
        budget: Some(yaml_budget()),
        reject_unsupported_tags: true,
        strict_booleans: true,
    }
}
