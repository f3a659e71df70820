//! What both compiling and lowering need: the file being read, how to place an error in it, and the
//! rules for names. A leaf module, so that `compile` and `lower` do not import each other.

use std::sync::Arc;

use serde_saphyr::{Location, Spanned};

use crate::diagnostic::{Diagnostic, closest};

pub type Result<T> = std::result::Result<T, Diagnostic>;

pub struct Context<'a> {
    pub file: &'a str,
    pub source: &'a Arc<String>,
    /// The scenario's strings (see [`StringTable`]).
    pub strings: &'a StringTable,
}

/// The string table of the scenario being compiled. Values must be places in the *sorted* table, known
/// only once every string has been seen, so a file with strings is compiled twice: the first pass
/// collects them (each gets a stand-in value, a string all the same, so every check that tells strings
/// from integers sees it as one), the second runs on the sorted table and gives the true values. A file
/// without strings is compiled once.
pub struct StringTable {
    collected: std::cell::RefCell<Vec<String>>,
    /// `Some` in the second pass: sorted, the empty string first.
    sorted: Option<Vec<String>>,
}

impl StringTable {
    pub fn collecting() -> Self {
        StringTable { collected: std::cell::RefCell::new(Vec::new()), sorted: None }
    }

    /// The table of the second pass: every collected string, sorted by bytes (Python's order of code
    /// points), the empty string first (so that its value is `FIRST_STRING`, false as a condition).
    pub fn sorted_from(first_pass: &StringTable) -> Self {
        let mut strings = first_pass.collected.borrow().clone();
        strings.push(String::new());
        strings.sort();
        strings.dedup();
        StringTable { collected: std::cell::RefCell::new(Vec::new()), sorted: Some(strings) }
    }

    pub fn is_empty(&self) -> bool {
        self.collected.borrow().is_empty() && self.sorted.as_ref().is_none_or(Vec::is_empty)
    }

    /// The final table (empty in the first pass).
    pub fn table(&self) -> Vec<String> {
        self.sorted.clone().unwrap_or_default()
    }

    /// The value of string `text`, or why it cannot be one.
    pub fn value(&self, text: &str) -> std::result::Result<i64, String> {
        use sim_core::limits::{MAX_STRING_BYTES, MAX_STRINGS};
        if text.len() > MAX_STRING_BYTES {
            return Err(format!("a string is at most {MAX_STRING_BYTES} bytes"));
        }
        if let Some(sorted) = &self.sorted {
            let index = sorted.binary_search_by(|s| s.as_str().cmp(text)).expect("every string was collected");
            return Ok(sim_core::expr::string_value(index));
        }
        let mut collected = self.collected.borrow_mut();
        let index = match collected.iter().position(|s| s == text) {
            Some(index) => index,
            None => {
                collected.push(text.to_string());
                collected.len() - 1
            }
        };
        // One place is kept for the empty string.
        if index + 1 >= MAX_STRINGS {
            return Err(format!("a scenario has at most {MAX_STRINGS} distinct strings"));
        }
        Ok(sim_core::expr::string_value(index + 1))
    }
}

impl Context<'_> {
    pub fn error(&self, location: &Location, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(self.file, self.source, location.line() as u32, location.column() as u32, message)
    }

    /// The place of a character inside a scalar (an expression): the scalar's place plus the offset,
    /// past an opening quote when the scalar is quoted.
    pub fn error_in_scalar(&self, location: &Location, offset: usize, message: impl Into<String>) -> Diagnostic {
        let line = location.line() as u32;
        let mut column = location.column() as u32;
        if let Some(text_line) = self.source.lines().nth(line.saturating_sub(1) as usize) {
            let quoted =
                text_line.chars().nth(column.saturating_sub(1) as usize).is_some_and(|c| c == '"' || c == '\'');
            column += u32::from(quoted);
        }
        Diagnostic::new(self.file, self.source, line, column + offset as u32, message)
    }

    pub fn unknown(&self, name: &Spanned<String>, what: &str, known: &[&str]) -> Diagnostic {
        let error = self.error(&name.referenced, format!("unknown {what} `{}`", name.value));
        match closest(&name.value, known.iter().copied()) {
            Some(best) => error.with_help(format!("did you mean `{best}`?")),
            None if known.is_empty() => error,
            None => error.with_help(format!("known: {}", list(known))),
        }
    }
}

fn list(names: &[&str]) -> String {
    let shown: Vec<String> = names.iter().take(12).map(|n| format!("`{n}`")).collect();
    let more = if names.len() > 12 { format!(" and {} more", names.len() - 12) } else { String::new() };
    format!("{}{more}", shown.join(", "))
}

pub fn valid_name(name: &str, allow_upper: bool) -> bool {
    !name.is_empty()
        && name.len() <= 64
        && name.bytes().all(|b| {
            b.is_ascii_lowercase()
                || b.is_ascii_digit()
                || b == b'-'
                || b == b'_'
                || (allow_upper && b.is_ascii_uppercase())
        })
}

/// A task-local variable name: an identifier that is not `len` or `me`.
pub fn is_local_name(name: &str) -> bool {
    valid_identifier(name) || name == "i"
}

pub fn valid_identifier(name: &str) -> bool {
    let mut bytes = name.bytes();
    matches!(bytes.next(), Some(b) if b.is_ascii_alphabetic() || b == b'_')
        && bytes.all(|b| b.is_ascii_alphanumeric() || b == b'_')
        && name.len() <= 64
        && !["len", "me", "i"].contains(&name)
}
