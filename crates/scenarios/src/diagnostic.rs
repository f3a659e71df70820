//! Errors a person can act on: file, line, column, a snippet with a caret, what was expected, and the
//! closest valid name when a key or a name is misspelled. Rendered with miette.

use std::fmt;
use std::sync::Arc;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan};

#[derive(Clone, Debug)]
pub struct Diagnostic {
    pub file: String,
    pub source: Arc<String>,
    /// 1-based; 0 when the error has no place in the file.
    pub line: u32,
    pub column: u32,
    pub message: String,
    pub help: Option<String>,
    named: Arc<NamedSource<String>>,
}

impl Diagnostic {
    pub fn new(file: &str, source: &Arc<String>, line: u32, column: u32, message: impl Into<String>) -> Self {
        let named = Arc::new(NamedSource::new(file, source.as_str().to_string()));
        Diagnostic {
            file: file.to_string(),
            source: source.clone(),
            line,
            column,
            message: message.into(),
            help: None,
            named,
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// `file:line:column: message` and, when the file has the place, a snippet with a caret.
    pub fn render(&self, color: bool) -> String {
        let theme = if color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
        let handler = GraphicalReportHandler::new_themed(theme).with_context_lines(2).with_width(100);
        let mut out = String::new();
        if handler.render_report(&mut out, self).is_err() {
            return self.to_string();
        }
        out
    }

    fn byte_offset(&self) -> Option<usize> {
        if self.line == 0 {
            return None;
        }
        let mut offset = 0usize;
        for (index, line) in self.source.split_inclusive('\n').enumerate() {
            if index + 1 == self.line as usize {
                let column_chars = self.column.saturating_sub(1) as usize;
                let within: usize = line.chars().take(column_chars).map(char::len_utf8).sum();
                return Some(offset + within);
            }
            offset += line.len();
        }
        Some(self.source.len())
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}:{}:{}: {}", self.file, self.line, self.column, self.message)
        }
    }
}

impl std::error::Error for Diagnostic {}

impl miette::Diagnostic for Diagnostic {
    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help.as_ref().map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.byte_offset()?;
        Some(&*self.named as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let offset = self.byte_offset()?;
        let span = SourceSpan::new(offset.into(), 0);
        Some(Box::new(std::iter::once(LabeledSpan::new_with_span(Some("here".to_string()), span))))
    }
}

/// The candidate closest to `wrong` by edit distance, when it is close enough to be a typo.
pub fn closest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (wrong.chars().count() / 3).max(1) + usize::from(wrong.len() > 5);
    candidates
        .into_iter()
        .map(|candidate| (edit_distance(wrong, candidate), candidate))
        .filter(|&(distance, _)| distance <= limit)
        .min_by_key(|&(distance, candidate)| (distance, candidate))
        .map(|(_, candidate)| candidate)
}

/// Edit distance over characters where swapping two neighbours counts as one edit (optimal string
/// alignment), so `perp` is one edit from `prep`. Inputs are short names.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let width = b.len() + 1;
    let mut table = vec![0usize; (a.len() + 1) * width];
    for i in 0..=a.len() {
        for j in 0..=b.len() {
            table[i * width + j] = if i == 0 {
                j
            } else if j == 0 {
                i
            } else {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut best = (table[(i - 1) * width + j] + 1)
                    .min(table[i * width + j - 1] + 1)
                    .min(table[(i - 1) * width + j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    best = best.min(table[(i - 2) * width + j - 2] + 1);
                }
                best
            };
        }
    }
    table[a.len() * width + b.len()]
}

/// serde reports unknown keys as "unknown field `opz`, expected one of `a`, `b`" (and variants alike):
/// add "did you mean `ops`?" when one of the expected names is close.
pub fn suggest_for_serde_message(message: &str) -> Option<String> {
    let (wrong, rest) = ["unknown field `", "unknown variant `"].iter().find_map(|prefix| {
        let start = message.find(prefix)? + prefix.len();
        let end = start + message[start..].find('`')?;
        Some((&message[start..end], &message[end..]))
    })?;
    let expected = rest.split_once("expected").map(|(_, e)| e)?;
    let expected = expected.trim_start_matches(" one of").trim();
    let names: Vec<&str> = expected
        .split([',', ' '])
        .map(|n| n.trim_matches(|c: char| c == '`' || c == '.' || c.is_whitespace()))
        .filter(|n| !n.is_empty() && *n != "or")
        .collect();
    closest(wrong, names.iter().copied()).map(|best| format!("did you mean `{best}`?"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_for_typos() {
        assert_eq!(closest("opz", ["after", "ops", "kind"]), Some("ops"));
        assert_eq!(closest("zzzzzz", ["after", "ops"]), None);
        assert_eq!(closest("perp", ["work", "prep"]), Some("prep"));
        assert_eq!(
            suggest_for_serde_message("unknown field `opz`, expected one of after, ops").as_deref(),
            Some("did you mean `ops`?")
        );
        assert_eq!(
            suggest_for_serde_message("unknown variant `cpuu`, expected one of `cpu`, `io`").as_deref(),
            Some("did you mean `cpu`?")
        );
        assert_eq!(suggest_for_serde_message("something else"), None);
    }
}
