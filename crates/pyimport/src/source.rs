//! The Python text around the syntax tree: byte offsets to line and column, the text of a line for the
//! comments of the YAML, and the `# weft:` cost annotations, which live in comments the parser drops.

use std::collections::BTreeMap;

use ruff_text_size::TextSize;

/// Where a cost annotation sits: alone on its line, or after code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Placement {
    /// `# weft: cpu 2ms` on a line of its own: a step at that point of the block.
    Standalone,
    /// `x = f()  # weft: cpu 2ms`: the cost of that line's statement (or, on a `def`, of every call).
    Trailing,
}

/// The kind of work an annotation names: the scenario step it becomes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CostKind {
    Cpu,
    Native,
    Io,
}

impl CostKind {
    pub fn step_key(self) -> &'static str {
        match self {
            CostKind::Cpu => "cpu",
            CostKind::Native => "native",
            CostKind::Io => "io",
        }
    }
}

/// A cost: what kind of work and how long, as the scenario writes a duration (`2ms`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cost {
    pub kind: CostKind,
    pub duration: String,
}

#[derive(Clone, Debug)]
pub struct Annotation {
    pub cost: Cost,
    pub placement: Placement,
    /// 1-based column of the `#`.
    pub column: u32,
}

#[derive(Debug)]
pub struct SourceText<'a> {
    pub text: &'a str,
    line_starts: Vec<usize>,
    /// Annotations by 1-based line.
    pub annotations: BTreeMap<u32, Annotation>,
}

/// A malformed annotation: line, column and what is wrong.
pub type AnnotationError = (u32, u32, String);

impl<'a> SourceText<'a> {
    pub fn new(text: &'a str, comment_starts: &[usize]) -> Result<Self, AnnotationError> {
        let mut line_starts = vec![0];
        line_starts.extend(text.match_indices('\n').map(|(at, _)| at + 1));
        let mut source = SourceText { text, line_starts, annotations: BTreeMap::new() };
        for &start in comment_starts {
            source.read_annotation(start)?;
        }
        Ok(source)
    }

    fn read_annotation(&mut self, start: usize) -> Result<(), AnnotationError> {
        let (line, column) = self.line_column(start);
        let comment = self.text[start..].lines().next().unwrap_or("");
        let body = comment.trim_start_matches('#').trim();
        let Some(rest) = body.strip_prefix("weft:") else {
            return Ok(());
        };
        let cost = parse_cost(rest.trim()).map_err(|message| (line, column, message))?;
        let before = &self.text[self.line_starts[line as usize - 1]..start];
        let placement = if before.trim().is_empty() { Placement::Standalone } else { Placement::Trailing };
        self.annotations.insert(line, Annotation { cost, placement, column });
        Ok(())
    }

    /// The annotations on lines `first..=last`, none when `first` is past `last` (the line after a
    /// one-line statement, or a statement the import made whose range is its source's).
    pub fn annotations_on_lines(&self, first: u32, last: u32) -> impl Iterator<Item = (&u32, &Annotation)> {
        let lines = if first <= last { Some(first..=last) } else { None };
        lines.into_iter().flat_map(|lines| self.annotations.range(lines))
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_column(&self, offset: usize) -> (u32, u32) {
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let line_start = self.line_starts[line - 1];
        let column = self.text[line_start..offset.min(self.text.len())].chars().count() + 1;
        (line as u32, column as u32)
    }

    /// Whether the program's text at a byte offset starts with `word` (a name the program wrote there,
    /// not one the import made for a value it holds).
    pub fn is_written_at(&self, offset: TextSize, word: &str) -> bool {
        self.text.get(offset.to_usize()..).is_some_and(|rest| rest.starts_with(word))
    }

    pub fn line_of(&self, offset: TextSize) -> u32 {
        self.line_column(offset.to_usize()).0
    }

    /// The code of a 1-based line without its indentation or comment, shortened for a YAML comment.
    pub fn code_of_line(&self, line: u32) -> String {
        let Some(&start) = self.line_starts.get(line as usize - 1) else {
            return String::new();
        };
        let text = self.text[start..].lines().next().unwrap_or("");
        let code = match self.annotations.get(&line) {
            Some(annotation) if annotation.placement == Placement::Trailing => {
                text.chars().take(annotation.column as usize - 1).collect::<String>()
            }
            _ => text.to_string(),
        };
        let code = code.trim();
        if code.chars().count() > 60 {
            format!("{}...", code.chars().take(57).collect::<String>())
        } else {
            code.into()
        }
    }

    pub fn line_count(&self) -> u32 {
        self.line_starts.len() as u32
    }
}

/// `cpu 2ms`, `io 5ms`, `native 300us`.
fn parse_cost(text: &str) -> Result<Cost, String> {
    let mut words = text.split_whitespace();
    let kind = match words.next() {
        Some("cpu") => CostKind::Cpu,
        Some("native") => CostKind::Native,
        Some("io") => CostKind::Io,
        other => {
            return Err(format!(
                "`# weft: {text}` is not an annotation weft knows; write `# weft: cpu 2ms` (or `io`, `native`){}",
                other.map_or(String::new(), |word| format!(", not `{word}`"))
            ));
        }
    };
    let duration = words.next().ok_or_else(|| format!("`# weft: {text}` needs a duration, as in `cpu 2ms`"))?;
    if words.next().is_some() {
        return Err(format!("`# weft: {text}`: one cost per annotation, as in `# weft: cpu 2ms`"));
    }
    scenarios::duration::parse_duration(duration)?;
    Ok(Cost { kind, duration: duration.to_string() })
}

/// Seconds (Python's `time.sleep` argument) as a scenario duration, exact to the nanosecond.
pub fn seconds_to_duration(seconds: f64) -> Option<String> {
    if !seconds.is_finite() || !(0.0..=1.0e9).contains(&seconds) {
        return None;
    }
    let nanos = (seconds * 1e9).round() as u64;
    Some(nanos_to_duration(nanos))
}

pub fn nanos_to_duration(nanos: u64) -> String {
    if nanos == 0 {
        "0ns".to_string()
    } else if nanos.is_multiple_of(1_000_000_000) {
        format!("{}s", nanos / 1_000_000_000)
    } else if nanos.is_multiple_of(1_000_000) {
        format!("{}ms", nanos / 1_000_000)
    } else if nanos.is_multiple_of(1_000) {
        format!("{}us", nanos / 1_000)
    } else {
        format!("{nanos}ns")
    }
}
