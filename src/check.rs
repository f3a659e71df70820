//! `weft check`: every error of a file in one run (bounded), as text or as JSON for editors and CI.
//!
//! The loader stops at the first error (serde stops at the first wrong value, and meaning is checked
//! after parsing), so errors are collected by recovery: after an error, the YAML node on its line (the
//! line and the more indented lines under it) is blanked out, keeping every line number, and the file is
//! loaded again. An error that the blanking itself may have caused (a missing key, an unknown name that
//! the blanked text declared, a place inside or just above a blanked node) is not reported: a newcomer
//! should see their own mistakes, not echoes of them.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use scenarios::Diagnostic;
use serde::Serialize;

use crate::command::{CommandResult, EXIT_BAD_INPUT, EXIT_OK, UsageError, stderr_color};

/// The most errors reported for one file; past it, the rest wait for the next run.
pub const MAX_ERRORS_PER_FILE: usize = 20;
/// The most loads of one file while recovering (each load finds one error or none).
const MAX_LOADS_PER_FILE: usize = 48;

/// `weft check FILE... [--json]`.
pub fn check(files: &[PathBuf], json: bool) -> CommandResult {
    let mut all = Vec::new();
    for file in files {
        crate::files::note_input(file);
        all.push(errors_of_file(file));
    }
    let any_error = all.iter().any(|found| !found.errors.is_empty() || found.unreadable.is_some());
    if json {
        crate::output::print_json(&JsonReport::new(&all));
    } else {
        print_text(&all);
    }
    Ok(if any_error { EXIT_BAD_INPUT } else { EXIT_OK })
}

/// The errors of one file; `unreadable` when it is a Python program that does not import or a file that
/// cannot be read (one message, no recovery possible).
struct FileErrors {
    errors: Vec<Diagnostic>,
    unreadable: Option<String>,
    truncated: bool,
}

fn errors_of_file(file: &Path) -> FileErrors {
    if crate::import::is_python(file) {
        // A Python program's errors point into the program; its import stops at the first.
        let unreadable = crate::import::load_python(file).err().map(|UsageError(message)| message);
        return FileErrors { errors: Vec::new(), unreadable, truncated: false };
    }
    match scenarios::read_text(file) {
        Err(diagnostic) => {
            // The loader places what it can (the first byte that is not UTF-8); a file it cannot read
            // at all keeps the reader's message.
            let placed = scenarios::load_file(file).err().unwrap_or(diagnostic);
            FileErrors { errors: vec![placed], unreadable: None, truncated: false }
        }
        Ok(text) => {
            let (errors, truncated) = all_errors(&file.display().to_string(), &text);
            FileErrors { errors, unreadable: None, truncated }
        }
    }
}

/// Every error found in `text` (at most [`MAX_ERRORS_PER_FILE`], in the order of the file), and whether
/// the search stopped at that bound.
pub fn all_errors(file: &str, text: &str) -> (Vec<Diagnostic>, bool) {
    let original = Arc::new(text.replace("\r\n", "\n").replace('\r', "\n"));
    let first = match scenarios::load_str(file, text) {
        Ok(_) => return (Vec::new(), false),
        Err(first) => first,
    };
    // Recovery needs well-formed YAML (and a place): a syntax error or a file-wide limit is reported
    // alone, as the loader words it.
    if first.line == 0 || !is_well_formed_yaml(&original) {
        return (vec![first], false);
    }
    let mut recovery = Recovery::new(&original);
    let mut errors: Vec<Diagnostic> = Vec::new();
    let mut next = Some(first);
    for _ in 0..MAX_LOADS_PER_FILE {
        let Some(error) = next.take() else { break };
        let recovered = match recovery.cause_of(&error) {
            Cause::Writer => {
                if !errors.iter().any(|e| same_place_and_message(e, &error)) {
                    errors.push(in_original(&error, &original));
                }
                errors.len() < MAX_ERRORS_PER_FILE
                    && (recovery.apply_suggestion(&error) || recovery.blank_node_at(error.line))
            }
            Cause::EchoOfBlankedName | Cause::WrongSuggestion => recovery.blank_node_at(error.line),
            // Climbing further (blanking the parent that lost a key) would only hide the writer's own
            // mistakes behind more echoes: stop with what was found.
            Cause::Recovery => false,
        };
        if !recovered {
            break;
        }
        next = scenarios::load_str(file, &recovery.text()).err();
    }
    let truncated = errors.len() >= MAX_ERRORS_PER_FILE && next.is_some();
    errors.sort_by_key(|e| (e.line, e.column));
    (errors, truncated)
}

fn is_well_formed_yaml(text: &str) -> bool {
    serde_saphyr::from_str::<serde::de::IgnoredAny>(text).is_ok()
}

fn same_place_and_message(a: &Diagnostic, b: &Diagnostic) -> bool {
    a.line == b.line && a.column == b.column && a.message == b.message
}

/// The error with its snippet drawn from the file as written, not from the blanked copy.
fn in_original(error: &Diagnostic, original: &Arc<String>) -> Diagnostic {
    let rebuilt = Diagnostic::new(&error.file, original, error.line, error.column, error.message.clone());
    match &error.help {
        Some(help) => rebuilt.with_help(help.clone()),
        None => rebuilt,
    }
}

/// The file's lines with the nodes blanked so far, and what the blanked text held.
struct Recovery {
    lines: Vec<String>,
    /// Line ranges (0-based, end exclusive) that were blanked, each with its parent line.
    blanked: Vec<BlankedNode>,
    /// Names (identifier-like words) that occurred in blanked text.
    blanked_words: Vec<String>,
    /// Lines (0-based) where a suggested name was written over a misspelled one.
    renamed: Vec<usize>,
}

struct BlankedNode {
    first: usize,
    end: usize,
    parent: Option<usize>,
}

impl Recovery {
    fn new(text: &str) -> Self {
        Recovery {
            lines: text.split('\n').map(str::to_string).collect(),
            blanked: Vec::new(),
            blanked_words: Vec::new(),
            renamed: Vec::new(),
        }
    }

    fn text(&self) -> String {
        self.lines.join("\n")
    }

    /// Blanks the node that starts on `line` (1-based): that line and the more indented lines after it.
    /// Returns false when there is nothing left to blank there.
    fn blank_node_at(&mut self, line: u32) -> bool {
        let first = line.saturating_sub(1) as usize;
        let Some(start) = self.lines.get(first) else { return false };
        if start.trim().is_empty() {
            return false;
        }
        if start.starts_with('-') {
            // A list at the root: the document itself is the wrong shape, nothing under it can be read.
            return false;
        }
        let indent = indentation(start);
        let mut end = first + 1;
        let mut last_content = first;
        while end < self.lines.len() {
            let text = &self.lines[end];
            let content = text.trim();
            if !content.is_empty() && !content.starts_with('#') {
                if indentation(text) <= indent {
                    break;
                }
                last_content = end;
            }
            end += 1;
        }
        let end = last_content + 1;
        let parent = (0..first).rev().find(|&i| {
            let text = &self.lines[i];
            !text.trim().is_empty() && !text.trim().starts_with('#') && indentation(text) < indent
        });
        for line in &mut self.lines[first..end] {
            self.blanked_words.extend(words(line));
            line.clear();
        }
        self.blanked.push(BlankedNode { first, end, parent });
        true
    }

    /// Whether the writer or the recovery so far is the cause of `error`.
    fn cause_of(&self, error: &Diagnostic) -> Cause {
        let line = error.line.saturating_sub(1) as usize;
        if self.renamed.contains(&line) {
            return Cause::WrongSuggestion;
        }
        if self.blanked.is_empty() {
            return Cause::Writer;
        }
        let near_blank =
            self.blanked.iter().any(|node| (node.first..node.end).contains(&line) || node.parent == Some(line));
        if near_blank || error.message.contains("missing") || error.line == 0 {
            return Cause::Recovery;
        }
        if quoted_names(&error.message).any(|name| self.blanked_words.iter().any(|word| word == name)) {
            return Cause::EchoOfBlankedName;
        }
        Cause::Writer
    }

    /// Writes the name a "did you mean" help suggests over the misspelled one at the error's place, so
    /// that what it names is checked too. False when the error has no such help or place.
    fn apply_suggestion(&mut self, error: &Diagnostic) -> bool {
        let Some(suggested) = error.help.as_deref().and_then(|help| help.strip_prefix("did you mean `")) else {
            return false;
        };
        let Some(suggested) = suggested.strip_suffix("`?") else { return false };
        let Some(wrong) = quoted_names(&error.message).next() else { return false };
        let Some(line) = self.lines.get_mut(error.line.saturating_sub(1) as usize) else { return false };
        let Some((start, _)) = line.char_indices().nth(error.column.saturating_sub(1) as usize) else {
            return false;
        };
        let start = start + usize::from(line[start..].starts_with(['"', '\'']));
        if !line[start..].starts_with(wrong) {
            return false;
        }
        line.replace_range(start..start + wrong.len(), suggested);
        self.renamed.push(error.line.saturating_sub(1) as usize);
        true
    }
}

/// Who caused an error found while recovering.
enum Cause {
    /// A mistake in the file as written.
    Writer,
    /// A use of a name whose declaration was blanked out.
    EchoOfBlankedName,
    /// The suggested name, written over the misspelled one, does not fit either.
    WrongSuggestion,
    /// The blanking itself (a key or value it removed).
    Recovery,
}

/// Leading spaces, counting a list item's `- ` as indentation of what follows it on the line.
fn indentation(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

fn words(line: &str) -> impl Iterator<Item = String> + '_ {
    line.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-' || c == '.'))
        .filter(|word| !word.is_empty())
        .map(str::to_string)
}

/// The names a message quotes in backticks.
fn quoted_names(message: &str) -> impl Iterator<Item = &str> {
    message.split('`').skip(1).step_by(2)
}

fn print_text(all: &[FileErrors]) {
    let color = stderr_color();
    for found in all {
        if let Some(message) = &found.unreadable {
            crate::output::print_error(message);
            continue;
        }
        for error in &found.errors {
            crate::output::print_error(error.render(color).trim_end());
        }
        if found.errors.len() > 1 || found.truncated {
            let file = found.errors.first().map(|e| e.file.as_str()).unwrap_or_default();
            let more = if found.truncated { " (stopped there; fix these and check again for more)" } else { "" };
            crate::output::print_error(&format!("{file}: {} errors{more}", found.errors.len()));
        }
    }
}

/// `check --json`: `{ "errors": [ { "file", "line", "column", "message", "help", "expected" } ] }`.
#[derive(Serialize)]
struct JsonReport {
    errors: Vec<JsonError>,
    /// Files whose errors stopped at the bound of [`MAX_ERRORS_PER_FILE`].
    truncated: Vec<String>,
}

#[derive(Serialize)]
struct JsonError {
    file: String,
    /// 1-based; 0 when the error has no place in the file.
    line: u32,
    column: u32,
    message: String,
    help: Option<String>,
    /// What the format allows at that place, when the message lists it.
    expected: Option<String>,
}

impl JsonReport {
    fn new(all: &[FileErrors]) -> Self {
        let mut errors = Vec::new();
        let mut truncated = Vec::new();
        for found in all {
            if let Some(message) = &found.unreadable {
                errors.push(unplaced(message));
            }
            for error in &found.errors {
                errors.push(JsonError::from(error));
            }
            if found.truncated {
                truncated.extend(found.errors.first().map(|e| e.file.clone()));
            }
        }
        JsonReport { errors, truncated }
    }
}

impl From<&Diagnostic> for JsonError {
    fn from(error: &Diagnostic) -> Self {
        let expected = error.message.split_once(", expected ").map(|(_, expected)| expected.to_string());
        JsonError {
            file: error.file.clone(),
            line: error.line,
            column: error.column,
            message: error.message.clone(),
            help: error.help.clone(),
            expected,
        }
    }
}

/// A message that is already rendered (a Python program's import error): `file:line:column: message`
/// on its first line when it has a place.
fn unplaced(message: &str) -> JsonError {
    let first_line = message.lines().find(|line| !line.trim().is_empty()).unwrap_or_default();
    let heading = first_line.trim_start_matches(|c: char| c == '×' || c.is_whitespace());
    let mut parts = heading.splitn(4, ':');
    let place = (parts.next(), parts.next(), parts.next(), parts.next());
    if let (Some(file), Some(line), Some(column), Some(rest)) = place
        && let (Ok(line), Ok(column)) = (line.parse(), column.parse())
    {
        return JsonError {
            file: file.to_string(),
            line,
            column,
            message: rest.trim().to_string(),
            help: None,
            expected: None,
        };
    }
    JsonError { file: String::new(), line: 0, column: 0, message: heading.to_string(), help: None, expected: None }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The (line, message start) of every error `weft check` finds in `text`.
    fn check(text: &str, expect: &[(u32, &str)]) {
        let (errors, _) = all_errors("t.yaml", text);
        let found: Vec<(u32, String)> = errors.iter().map(|e| (e.line, e.message.clone())).collect();
        assert_eq!(found.len(), expect.len(), "{found:#?}");
        for ((line, message), (expected_line, expected_start)) in found.iter().zip(expect) {
            assert_eq!(line, expected_line, "{found:#?}");
            assert!(message.starts_with(expected_start), "{message} does not start with {expected_start}");
        }
    }

    #[test]
    fn a_valid_file_has_no_errors() {
        check("name: ok\ntasks:\n  a:\n    ops:\n      - cpu: 1ms\n", &[]);
    }

    #[test]
    fn a_syntax_error_is_reported_alone() {
        check("name: x\ntasks:\n  a: [\n  b: {\n", &[(3, "")]);
    }

    #[test]
    fn echoes_of_a_blanked_declaration_are_not_reported() {
        // The key is no known one and close to none: the uses of `m` fail only because its declaration
        // was set aside.
        check(
            "name: x\nmutexes: [m]\ntasks:\n  a:\n    ops:\n      - lock: m\n      - unlock: m\n",
            &[(2, "unknown key `mutexes`")],
        );
    }

    #[test]
    fn a_misspelled_key_is_read_as_the_suggestion() {
        // Read as `locks`, the declaration still counts, and the misspelled lock name is found as well.
        check(
            "name: x\nlokcs: [m]\ntasks:\n  a:\n    ops:\n      - lock: mx\n      - unlock: m\n",
            &[(2, "unknown key `lokcs`"), (6, "unknown lock `mx`")],
        );
    }

    #[test]
    fn a_document_of_the_wrong_shape_is_one_error() {
        check("- just\n- a list\n", &[(1, "expected a mapping")]);
    }

    #[test]
    fn a_missing_key_is_reported_when_it_is_the_mistake() {
        check("name: x\n", &[(1, "missing")]);
    }
}
