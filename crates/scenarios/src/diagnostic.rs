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
    /// The place's column in the snippet, which may be cut and escaped.
    shown_column: u32,
}

impl Diagnostic {
    pub fn new(file: &str, source: &Arc<String>, line: u32, column: u32, message: impl Into<String>) -> Self {
        let (shown_source, shown_column) = snippet_source(source, line, column);
        let named = Arc::new(NamedSource::new(escape_control(file), shown_source));
        Diagnostic {
            file: file.to_string(),
            source: source.clone(),
            line,
            column,
            message: shorten_quoted(&escape_control(&message.into())),
            help: None,
            named,
            shown_column,
        }
    }

    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(shorten_quoted(&escape_control(&help.into())));
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

    /// The caret's byte offset in the snippet source (which keeps the file's line numbers).
    fn byte_offset(&self) -> Option<usize> {
        if self.line == 0 {
            return None;
        }
        let shown = self.named.inner();
        let mut offset = 0usize;
        for (index, line) in shown.split_inclusive('\n').enumerate() {
            if index + 1 == self.line as usize {
                let column_chars = self.shown_column.saturating_sub(1) as usize;
                let within: usize = line.chars().take(column_chars).map(char::len_utf8).sum();
                return Some(offset + within);
            }
            offset += line.len();
        }
        Some(shown.len())
    }
}

/// Lines shown around the place a snippet points at.
const SNIPPET_CONTEXT_LINES: u32 = 2;
/// Characters of a snippet line; longer lines are cut around the column.
const SNIPPET_WIDTH: usize = 80;

/// The text the snippet printer sees: the lines near the place, escaped and cut to a readable width,
/// every other line left empty so line numbers stay the file's. Returns it with the place's column in it.
fn snippet_source(source: &str, line: u32, column: u32) -> (String, u32) {
    if line == 0 {
        return (String::new(), column);
    }
    let first = line.saturating_sub(SNIPPET_CONTEXT_LINES).max(1);
    let last = line.saturating_add(SNIPPET_CONTEXT_LINES);
    let mut shown = String::new();
    let mut shown_column = column;
    for (index, text) in source.split('\n').enumerate() {
        let number = index as u32 + 1;
        if number > last {
            break;
        }
        if index > 0 {
            shown.push('\n');
        }
        if number < first {
            continue;
        }
        let text = text.strip_suffix('\r').unwrap_or(text);
        let focus = if number == line { column.saturating_sub(1) as usize } else { 0 };
        let (cut, focus_in_cut) = cut_line(text, focus);
        if number == line {
            shown_column = focus_in_cut as u32 + 1;
        }
        shown.push_str(&cut);
    }
    (shown, shown_column)
}

/// One line escaped and, when long, cut to a window around `focus` (a character index); returns the
/// shown text and the focus's character index in it.
fn cut_line(text: &str, focus: usize) -> (String, usize) {
    let chars: Vec<char> = text.chars().collect();
    let (start, end) = if chars.len() <= SNIPPET_WIDTH {
        (0, chars.len())
    } else {
        let start = focus.saturating_sub(SNIPPET_WIDTH / 2).min(chars.len() - SNIPPET_WIDTH);
        (start, start + SNIPPET_WIDTH)
    };
    let mut shown = String::new();
    if start > 0 {
        shown.push('…');
    }
    let mut focus_in_cut = 0;
    for (index, &c) in chars[start..end].iter().enumerate() {
        if start + index == focus {
            focus_in_cut = shown.chars().count();
        }
        push_escaped(&mut shown, c);
    }
    if focus >= end {
        focus_in_cut = shown.chars().count();
    }
    if end < chars.len() {
        shown.push('…');
    }
    (shown, focus_in_cut)
}

/// Text with control characters (NUL, escape sequences, carriage returns) and bidirectional overrides
/// written as `\x1b`-style escapes, so echoing a hostile file cannot drive the terminal. Newlines stay.
pub fn escape_control(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if c == '\n' {
            escaped.push(c);
        } else {
            push_escaped(&mut escaped, c);
        }
    }
    escaped
}

fn push_escaped(out: &mut String, c: char) {
    let bidi = matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    if c == '\t' {
        out.push(c);
    } else if (c as u32) < 0x80 && c.is_control() {
        out.push_str(&format!("\\x{:02x}", c as u32));
    } else if c.is_control() || bidi {
        out.push_str(&format!("\\u{{{:x}}}", c as u32));
    } else {
        out.push(c);
    }
}

/// Names quoted in backticks cut to a readable length (a 400 KB key stays a one-line message).
fn shorten_quoted(message: &str) -> String {
    const LONGEST: usize = 80;
    let parts: Vec<&str> = message.split('`').collect();
    if parts.iter().all(|part| part.chars().count() <= LONGEST) {
        return message.to_string();
    }
    let shortened: Vec<String> = parts
        .iter()
        .enumerate()
        .map(|(index, part)| {
            let quoted = index % 2 == 1;
            if !quoted || part.chars().count() <= LONGEST {
                return (*part).to_string();
            }
            let head: String = part.chars().take(LONGEST - 12).collect();
            let tail: String = part.chars().skip(part.chars().count() - 10).collect();
            format!("{head}…{tail}")
        })
        .collect();
    shortened.join("`")
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", escape_control(&self.file), self.message)
        } else {
            write!(f, "{}:{}:{}: {}", escape_control(&self.file), self.line, self.column, self.message)
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
        Some(self as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let offset = self.byte_offset()?;
        let span = SourceSpan::new(offset.into(), 0);
        Some(Box::new(std::iter::once(LabeledSpan::new_with_span(Some("here".to_string()), span))))
    }
}

/// The snippet's text is cut and escaped; the place in its heading is the file's own column.
impl miette::SourceCode for Diagnostic {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        let contents = self.named.read_span(span, context_lines_before, context_lines_after)?;
        let heading = context_lines_before == 0 && context_lines_after == 0;
        if !heading {
            return Ok(contents);
        }
        Ok(Box::new(miette::MietteSpanContents::new_named(
            self.named.name().to_string(),
            contents.data(),
            *contents.span(),
            contents.line(),
            self.column.saturating_sub(1) as usize,
            contents.line_count(),
        )))
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
