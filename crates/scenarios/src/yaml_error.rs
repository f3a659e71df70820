//! serde-saphyr's errors in weft's own words. The library speaks of its options and types ("set
//! DuplicateKeyPolicy in Options", "invalid u64"); a scenario author needs the key, what it accepts and
//! where the mistake is. The text of the file fills in what the error value does not carry (the key a
//! value belongs to, the `---` that starts a second document, the quote that is never closed).

use std::sync::Arc;

use serde_saphyr::Error;
use serde_saphyr::budget::BudgetBreach;

use crate::diagnostic::{Diagnostic, suggest_for_serde_message};

/// Budget numbers, shared with the parser options so the messages state the limits that hold.
pub const MAX_DEPTH: usize = 64;
pub const MAX_ALIASES: usize = 10_000;
pub const MAX_ANCHORS: usize = 10_000;
pub const MAX_EVENTS: usize = 1_000_000;
pub const MAX_NODES: usize = 500_000;

/// A place in the file: 1-based line and column (0 when unknown).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Place {
    line: u32,
    column: u32,
}

struct Explained {
    place: Place,
    message: String,
    help: Option<String>,
}

pub fn to_diagnostic(file: &str, source: &Arc<String>, error: &Error) -> Diagnostic {
    let mut explained = explain(source, error.without_snippet());
    if let Some(merge) = merge_behind(source, explained.place) {
        explained.help =
            Some(format!("the key comes from the mapping at line {} that this `<<` merges in", merge.anchor_line));
        explained.place = merge.place;
    }
    let mut diagnostic = Diagnostic::new(file, source, explained.place.line, explained.place.column, explained.message);
    if let Some(help) = explained.help {
        diagnostic = diagnostic.with_help(help);
    }
    diagnostic
}

/// A budget breach found by the pre-scan of the whole file; a nesting breach is placed where the
/// nesting goes past the limit.
pub fn budget_diagnostic(file: &str, source: &Arc<String>, breach: &BudgetBreach) -> Diagnostic {
    let shape = YamlShape::scan(source);
    let place = match breach {
        BudgetBreach::Depth { .. } => shape.too_deep,
        BudgetBreach::Aliases { .. } => shape.too_many_aliases,
        BudgetBreach::Anchors { .. } => shape.too_many_anchors,
        BudgetBreach::Nodes { .. } => shape.too_many_nodes,
        _ => None,
    };
    let place = place.unwrap_or(Place { line: 0, column: 0 });
    Diagnostic::new(file, source, place.line, place.column, budget_message(breach))
}

/// What the event stream shows that error values do not: where nesting passes the limit, which
/// anchored values a merge key (`<<`) copies.
#[derive(Default)]
struct YamlShape {
    too_deep: Option<Place>,
    too_many_aliases: Option<Place>,
    too_many_anchors: Option<Place>,
    too_many_nodes: Option<Place>,
    anchors: Vec<AnchoredValue>,
    merges: Vec<Merge>,
}

struct AnchoredValue {
    id: usize,
    start: Place,
    end: Place,
}

#[derive(Clone, Copy)]
struct Merge {
    /// Where the `<<` is.
    place: Place,
    anchor_id: usize,
    anchor_line: u32,
}

impl YamlShape {
    fn scan(source: &str) -> YamlShape {
        use serde_saphyr::granit_parser::{Event, Parser};
        let mut shape = YamlShape::default();
        // Open containers: the anchor each one defines (0 for none) and where it starts.
        let mut open: Vec<(usize, Place)> = Vec::new();
        let mut merge_key: Option<Place> = None;
        let mut merge_list = false;
        let (mut aliases, mut anchors, mut nodes) = (0usize, 0usize, 0usize);
        for item in Parser::new_from_str(source) {
            let Ok((event, span)) = item else { break };
            let start = Place { line: span.start.line() as u32, column: span.start.col() as u32 + 1 };
            let end = Place { line: span.end.line() as u32, column: span.end.col() as u32 + 1 };
            let past = |count: &mut usize, limit: usize, first: &mut Option<Place>| {
                *count += 1;
                if *count > limit && first.is_none() {
                    *first = Some(start);
                }
            };
            match &event {
                Event::Alias(_) => past(&mut aliases, MAX_ALIASES, &mut shape.too_many_aliases),
                Event::Scalar(_, _, anchor, _)
                | Event::MappingStart(_, anchor, _)
                | Event::SequenceStart(_, anchor, _) => {
                    past(&mut nodes, MAX_NODES, &mut shape.too_many_nodes);
                    if *anchor != 0 {
                        past(&mut anchors, MAX_ANCHORS, &mut shape.too_many_anchors);
                    }
                }
                _ => {}
            }
            match event {
                Event::MappingStart(_, anchor, _) | Event::SequenceStart(_, anchor, _) => {
                    open.push((anchor, start));
                    if open.len() > MAX_DEPTH && shape.too_deep.is_none() {
                        shape.too_deep = Some(start);
                    }
                    merge_list = merge_key.is_some() && matches!(event, Event::SequenceStart(..));
                    if !merge_list {
                        merge_key = None;
                    }
                }
                Event::MappingEnd | Event::SequenceEnd => {
                    if let Some((id, start)) = open.pop()
                        && id != 0
                    {
                        shape.anchors.push(AnchoredValue { id, start, end });
                    }
                    merge_list = false;
                    merge_key = None;
                }
                Event::Alias(id) => {
                    if let Some(place) = merge_key {
                        shape.merges.push(Merge { place, anchor_id: id, anchor_line: 0 });
                    }
                    if !merge_list {
                        merge_key = None;
                    }
                }
                Event::Scalar(ref value, ..) => {
                    merge_key = (value == "<<").then_some(start);
                    merge_list = false;
                }
                _ => {}
            }
        }
        for merge in &mut shape.merges {
            if let Some(anchor) = shape.anchors.iter().find(|a| a.id == merge.anchor_id) {
                merge.anchor_line = anchor.start.line;
            }
        }
        shape
    }
}

/// The merge key an error really belongs to: the error's place lies in a mapping that a `<<` copies,
/// and the mapping itself is fine where it is defined (parsing with `<<` as a plain key moves the
/// error elsewhere).
fn merge_behind(source: &str, place: Place) -> Option<Merge> {
    if place.line == 0 || !source.contains("<<") {
        return None;
    }
    let shape = YamlShape::scan(source);
    let within = |anchor: &AnchoredValue| {
        (anchor.start.line, anchor.start.column) <= (place.line, place.column)
            && (place.line, place.column) < (anchor.end.line, anchor.end.column)
    };
    let merge = shape
        .merges
        .iter()
        .find(|merge| shape.anchors.iter().any(|anchor| anchor.id == merge.anchor_id && within(anchor)))?;
    let mut options = crate::parse_options();
    options.merge_keys = serde_saphyr::MergeKeyPolicy::AsOrdinary;
    let without_merges = serde_saphyr::from_str_with_options::<crate::raw::RawScenario>(source, options);
    match without_merges {
        Err(error) if place_of(error.without_snippet()) == place => None,
        _ => Some(*merge),
    }
}

fn place_of(error: &Error) -> Place {
    error.location().map_or(Place { line: 0, column: 0 }, |location| Place {
        line: location.line() as u32,
        column: location.column() as u32,
    })
}

fn explain(source: &str, error: &Error) -> Explained {
    let place = place_of(error);
    let text = SourceText { source };
    let plain = |message: String| Explained { place, message, help: None };
    match error {
        Error::AliasError { error: inner, locations, .. } => {
            let used = locations.reference_location;
            let defined = locations.defined_location;
            let use_place = Place { line: used.line() as u32, column: used.column() as u32 };
            let mut explained = explain(source, inner);
            if use_place.line != 0 && use_place != explained.place {
                explained.help = Some(format!(
                    "the value comes through an alias from line {}, column {}",
                    defined.line(),
                    defined.column()
                ));
                if let Some(key) = text.key_of_value(use_place) {
                    explained.message = retarget_key(&explained.message, &key);
                }
                explained.place = use_place;
            }
            explained
        }
        Error::DuplicateMappingKey { key, .. } => {
            let key = key.clone().or_else(|| text.key_at(place)).unwrap_or_default();
            let first = text.earlier_key_line(place, &key);
            let message = match first {
                Some(line) => format!("`{}` appears twice in one mapping (first at line {line})", shown(&key)),
                None => format!("`{}` appears twice in one mapping", shown(&key)),
            };
            Explained { place, message, help: Some("each key may appear once; remove or rename one".into()) }
        }
        Error::MultipleDocuments { .. } => Explained {
            place: text.document_marker_before(place).unwrap_or(place),
            message: "a second YAML document starts here; a scenario file holds one document".into(),
            help: Some("remove the `---` line and what follows it, or put each scenario in its own file".into()),
        },
        Error::UnsupportedTag { tag, .. } => Explained {
            place,
            message: format!("the tag `{}` has no meaning in a scenario", shown(tag)),
            help: Some("remove the tag; weft reads plain YAML values".into()),
        },
        Error::TaggedStructFieldName { tag, .. } => plain(format!("a key cannot carry a tag (`{}`)", shown(tag))),
        Error::UnknownAnchor { .. } => {
            let name = text.token_at(place).trim_start_matches('*').to_string();
            Explained {
                place,
                message: format!("the alias `*{}` refers to no anchor", shown(&name)),
                help: Some(format!("define `&{}` on a value before this line", shown(&name))),
            }
        }
        Error::RecursiveReferencesRequireWeakTypes { .. } => {
            let name = text.token_at(place).trim_start_matches('*').to_string();
            plain(format!(
                "the alias `*{}` is used inside the value it refers to; a scenario cannot contain itself",
                shown(&name)
            ))
        }
        Error::MergeValueNotMapOrSeqOfMaps { .. } => {
            plain("a merge key (`<<`) takes a mapping or a list of mappings, such as `<<: *defaults`".into())
        }
        Error::MergeKeyNotAllowed { .. } => plain("merge keys (`<<`) are not allowed here".into()),
        Error::ExpectedMappingEndAfterEnumVariantValue { .. } => {
            let second = text.token_at(place);
            let second = second.split(':').next().unwrap_or("").trim();
            Explained {
                place,
                message: format!("a step has one key; `{}` is a second key in the same step", shown(second)),
                help: Some("start each step with its own `- `, one key per step".into()),
            }
        }
        Error::ExternallyTaggedEnumExpectedScalarOrMapping { .. } => match text.key_of_value(place) {
            Some(key) if key != "ops" => plain(type_error(&text, place, "one word of those it accepts")),
            _ => Explained {
                place,
                message: format!("a step is a mapping with one key or a word; found {}", text.found_at(place)),
                help: Some("write steps as `- cpu: 1ms` or `- yield`".into()),
            },
        },
        Error::UnexpectedValueForUnitEnumVariant { .. } => {
            let word = text.key_of_value(place).unwrap_or_else(|| "yield".into());
            Explained {
                place,
                message: format!("`{}` takes no value", shown(&word)),
                help: Some(format!("write it as a plain word: `- {}`", shown(&word))),
            }
        }
        Error::UnexpectedSequenceEnd { .. } => {
            let step = text.previous_item(place);
            let word = step.map(|p| text.token_at(p)).unwrap_or_default();
            Explained {
                place: step.unwrap_or(place),
                message: format!("the step `{}` needs a value", shown(&word)),
                help: Some(format!("write it as `- {}: ...`, such as `- cpu: 1ms`", shown(&word))),
            }
        }
        Error::InvalidScalar { ty, .. } => plain(type_error(&text, place, expected_for_type(ty))),
        Error::SerdeInvalidType { expected, .. } | Error::SerdeInvalidValue { expected, .. } => {
            plain(type_error(&text, place, expected_for_type(expected)))
        }
        Error::Unexpected { expected, .. } => plain(type_error(&text, place, expected_for_type(expected))),
        Error::NullIntoString { .. } => plain(type_error(&text, place, "a text value")),
        Error::InvalidBooleanStrict { .. } => plain(type_error(&text, place, "`true` or `false`")),
        Error::Eof { .. } => plain("the file ends in the middle of a value".into()),
        Error::Budget { breach, .. } => plain(budget_message(breach)),
        Error::AliasReplayLimitExceeded { .. }
        | Error::AliasExpansionLimitExceeded { .. }
        | Error::AliasReplayStackDepthExceeded { .. }
        | Error::AliasReplayCounterOverflow { .. } => {
            plain("aliases expand to more YAML than a scenario may hold (an alias bomb?)".into())
        }
        other if other.to_string().contains("did not match any variant of untagged enum") => {
            plain(type_error(&text, place, "a whole number or a text value"))
        }
        other => explain_by_message(&text, place, other),
    }
}

/// Errors known only by their text: serde's unknown keys and steps (with "did you mean"), duration
/// errors from `duration.rs`, and the parser's syntax errors.
fn explain_by_message(text: &SourceText, place: Place, error: &Error) -> Explained {
    let raw = strip_location_suffix(&error.to_string());
    let mut message = raw.replace("unknown variant", "unknown step or value").replace("unknown field", "unknown key");
    let mut place = place;
    if message.contains("quoted scalar") {
        if let Some(opening) = text.unclosed_quote_before(place) {
            place = opening;
            message = "this quoted value is never closed".into();
        }
    } else if message == "simple key expected ':'" {
        message = "expected `:` after this key; a key ends with `:` on its own line within 1024 characters".into();
    } else if let Some(character) = message.strip_prefix("unexpected character: `").and_then(|c| c.strip_suffix('\'')) {
        message = format!("the character `{character}` cannot appear here; YAML does not allow control characters");
    } else if message == "recursion limit exceeded" {
        message = format!("the YAML nests deeper than {MAX_DEPTH} levels, more than a scenario needs");
    }
    let help = if message == "this quoted value is never closed" {
        Some("add the closing quote at the end of the value".into())
    } else {
        suggest_for_serde_message(&raw)
    };
    Explained { place, message, help }
}

/// serde-saphyr's `Display` ends with ` at line L, column C`; the diagnostic prints the place itself.
fn strip_location_suffix(message: &str) -> String {
    let message = message.lines().next().unwrap_or(message).trim();
    match message.rfind(" at line ") {
        Some(at) if message[at..].contains(", column ") => message[..at].to_string(),
        _ => message.to_string(),
    }
}

fn budget_message(breach: &BudgetBreach) -> String {
    match breach {
        BudgetBreach::Depth { .. } => {
            format!("the YAML nests deeper than {MAX_DEPTH} levels, more than a scenario needs")
        }
        BudgetBreach::Aliases { .. } => format!("the YAML uses more than {MAX_ALIASES} aliases (an alias bomb?)"),
        BudgetBreach::Anchors { .. } => format!("the YAML defines more than {MAX_ANCHORS} anchors"),
        BudgetBreach::Events { .. } => format!("the YAML has more than {MAX_EVENTS} parts (keys, values, lists)"),
        BudgetBreach::Nodes { .. } => format!("the YAML has more than {MAX_NODES} values"),
        BudgetBreach::Documents { .. } => "a scenario file holds one YAML document".into(),
        BudgetBreach::ScalarBytes { .. } | BudgetBreach::InputBytes { .. } => {
            "the YAML's text is larger than a scenario may be".into()
        }
        BudgetBreach::AliasAnchorRatio { aliases, anchors } => {
            format!("the YAML uses {aliases} aliases for {anchors} anchors (an alias bomb?)")
        }
        BudgetBreach::RecordedAnchorEvents { .. }
        | BudgetBreach::RecordedAnchorBytes { .. }
        | BudgetBreach::MergeKeys { .. } => {
            "aliases and merge keys expand to more YAML than a scenario may hold (an alias bomb?)".into()
        }
        BudgetBreach::SequenceUnbalanced => "the YAML's lists and mappings do not close properly".into(),
        _ => "the YAML is larger than a scenario may be".into(),
    }
}

/// "`count` must be a whole number from 1 to 10000; found `-3`", the key named when the file shows it.
fn type_error(text: &SourceText, place: Place, expected_by_type: &str) -> String {
    let found = text.found_at(place);
    match text.key_of_value(place) {
        Some(key) => {
            let expected = expected_for_key(&key).unwrap_or(expected_by_type);
            format!("`{}` must be {expected}; found {found}", shown(&key))
        }
        None => format!("expected {expected_by_type}; found {found}"),
    }
}

/// When a message names the key the anchor's value sat under, name the key where it is used instead.
fn retarget_key(message: &str, key: &str) -> String {
    match message.strip_prefix('`').and_then(|rest| rest.split_once("` must be ")) {
        Some((_, rest)) => {
            let expected_found = match expected_for_key(key) {
                Some(expected) => format!("{expected}; found{}", rest.split_once("; found").map_or("", |(_, f)| f)),
                None => rest.to_string(),
            };
            format!("`{}` must be {expected_found}", shown(key))
        }
        None => message.to_string(),
    }
}

/// What each key of the format accepts, with the ranges `compile` enforces.
fn expected_for_key(key: &str) -> Option<&'static str> {
    Some(match key {
        "version" => "the format version, a whole number (this weft reads 1)",
        "cores" => "a whole number from 1 to 1024",
        "count" => "a whole number from 1 to 10000",
        "times" => "a whole number, 0 or more",
        "parties" => "a whole number from 1 to 10000",
        "capacity" => "a whole number from 0 (unbounded) to 1000000",
        "jitter" => "a percentage, a whole number from 0 to 1000",
        "depth" => "a whole number from 1 to 64",
        "priority" => "a whole number (negative numbers allowed)",
        "daemon" => "`true` or `false`",
        "seeds" => "a list of whole numbers, each 0 or more",
        "value" => "a whole number or an expression in quotes",
        "tasks" => "a mapping of task names to tasks",
        "ops" => "a list of steps, such as `[cpu: 1ms, yield]`",
        "after" | "expect" | "locks" | "policies" => "a list of names or expressions",
        "name" | "about" | "policy" | "python" | "process" | "loop" | "machine" | "kind" | "start" | "gil" => {
            "a text value"
        }
        "shared" | "shared_memory" | "queues" | "processes" | "loops" | "machines" | "network" | "runtime"
        | "scheduler" | "snapshot" => "a mapping of keys to values",
        _ => return None,
    })
}

/// What serde's type names mean in a scenario.
fn expected_for_type(type_name: &str) -> &'static str {
    let type_name = type_name.trim();
    if type_name.starts_with('u') && type_name[1..].bytes().all(|b| b.is_ascii_digit()) {
        "a whole number, 0 or more"
    } else if type_name.starts_with('i') && type_name[1..].bytes().all(|b| b.is_ascii_digit()) {
        "a whole number"
    } else if type_name.contains("bool") {
        "`true` or `false`"
    } else if type_name.contains("mapping") || type_name.contains("map") || type_name.starts_with("struct") {
        "a mapping (`key: value` lines)"
    } else if type_name.contains("sequence") || type_name.contains("seq") {
        "a list"
    } else if type_name.contains("duration") {
        "a duration with a unit, such as `5ms`"
    } else if type_name.contains("string") || type_name.contains("str") {
        "a text value"
    } else {
        "another kind of value"
    }
}

/// User text inside a message: control characters escaped and long names cut, so a hostile file
/// cannot fill the terminal or drive it.
pub fn shown(text: &str) -> String {
    const LONGEST: usize = 60;
    let escaped = crate::diagnostic::escape_control(text);
    if escaped.chars().count() <= LONGEST {
        return escaped;
    }
    let head: String = escaped.chars().take(LONGEST - 10).collect();
    let tail: String = escaped.chars().rev().take(8).collect::<Vec<_>>().into_iter().rev().collect();
    format!("{head}…{tail}")
}

/// Reading the file's text around a place.
struct SourceText<'a> {
    source: &'a str,
}

impl SourceText<'_> {
    fn line(&self, line: u32) -> Option<&str> {
        if line == 0 {
            return None;
        }
        self.source.split('\n').nth(line as usize - 1).map(|l| l.strip_suffix('\r').unwrap_or(l))
    }

    /// The line's text before and from the (1-based, character) column.
    fn split_at(&self, place: Place) -> Option<(&str, &str)> {
        let line = self.line(place.line)?;
        let byte = line.char_indices().nth(place.column.saturating_sub(1) as usize).map_or(line.len(), |(b, _)| b);
        Some(line.split_at(byte))
    }

    /// The plain token at a place: up to a space, a comma or a bracket.
    fn token_at(&self, place: Place) -> String {
        let Some((_, rest)) = self.split_at(place) else { return String::new() };
        rest.split(|c: char| c.is_whitespace() || matches!(c, ',' | ']' | '}' | '[' | '{'))
            .next()
            .unwrap_or("")
            .to_string()
    }

    /// How the value at a place is written, for "found ...": `-3`, `~` (null), a list, a mapping.
    fn found_at(&self, place: Place) -> String {
        let Some((_, rest)) = self.split_at(place) else { return "another kind of value".into() };
        let rest = rest.strip_prefix(':').unwrap_or(rest).trim();
        let chars: Vec<char> = rest.chars().collect();
        let value = if rest.starts_with('"') || rest.starts_with('\'') {
            match find_closing(&chars, 0) {
                Some(end) => chars[..=end].iter().collect(),
                None => rest.to_string(),
            }
        } else {
            rest.split([',', ']', '}']).next().unwrap_or("").trim().to_string()
        };
        let value = value.split(" #").next().unwrap_or("").trim();
        match value {
            "" => "nothing (an empty value)".into(),
            "~" | "null" | "Null" | "NULL" => format!("`{value}` (null, no value)"),
            _ if value.starts_with('[') || value.starts_with("- ") || value == "-" => "a list".into(),
            _ if value.starts_with('{') => "a mapping".into(),
            _ if value.starts_with('&') || value.starts_with('*') || value.starts_with('!') => {
                format!("`{}`", shown(value))
            }
            _ if value.ends_with(':') || value.contains(": ") => "a mapping".into(),
            _ => format!("`{}`", shown(value)),
        }
    }

    /// The key whose value starts at a place: `count` for `count: -3` (also inside `{ }` and `[ ]`),
    /// or the key of the nearest less indented line for a value on lines of its own.
    fn key_of_value(&self, place: Place) -> Option<String> {
        let (before, rest) = self.split_at(place)?;
        if rest.starts_with(':') {
            return last_key_in(&format!("{before}:"));
        }
        if let Some(key) = last_key_in(before) {
            return Some(key);
        }
        if let Some(key) = enclosing_list_key(before) {
            return Some(key);
        }
        if !before.trim().is_empty() && !before.trim_end().ends_with('-') {
            return None;
        }
        let indent = before.len() - before.trim_start().len();
        (1..place.line).rev().filter_map(|n| self.line(n)).find_map(|line| {
            let trimmed = line.trim_start();
            if trimmed.is_empty() || trimmed.starts_with('#') || line.len() - trimmed.len() >= indent {
                return None;
            }
            Some(last_key_in(line))
        })?
    }

    /// The start of the list item (`- word`) on the last non-empty line before a place.
    fn previous_item(&self, place: Place) -> Option<Place> {
        (1..=place.line).rev().find_map(|number| {
            let line = self.line(number)?;
            let limit = if number == place.line { place.column.saturating_sub(1) as usize } else { usize::MAX };
            let text: String = line.chars().take(limit).collect();
            let trimmed = text.trim_start();
            let item = trimmed.strip_prefix("- ")?;
            let column = (text.chars().count() - item.trim_start().chars().count()) as u32 + 1;
            Some(Place { line: number, column })
        })
    }

    /// The key that starts at a place (`name` for `name: y`).
    fn key_at(&self, place: Place) -> Option<String> {
        let token = self.token_at(place);
        let key = token.split(':').next()?.trim_matches(|c| c == '"' || c == '\'');
        (!key.is_empty()).then(|| key.to_string())
    }

    /// The line where `key:` first appears at the same indentation, searching up to the mapping's start.
    fn earlier_key_line(&self, place: Place, key: &str) -> Option<u32> {
        let indent = place.column.saturating_sub(1) as usize;
        for number in (1..place.line).rev() {
            let line = self.line(number)?;
            let trimmed = line.trim_start();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let line_indent = line.len() - trimmed.len();
            let trimmed_item = trimmed.strip_prefix("- ").unwrap_or(trimmed);
            let item_indent = line.len() - trimmed_item.len();
            if (line_indent == indent || item_indent == indent) && key_of_line(trimmed_item) == Some(key) {
                return Some(number);
            }
            if line_indent < indent {
                return None;
            }
        }
        None
    }

    /// The `---` line that starts the document holding a place.
    fn document_marker_before(&self, place: Place) -> Option<Place> {
        (1..=place.line)
            .rev()
            .find(|&n| self.line(n).is_some_and(|l| l.starts_with("---")))
            .map(|line| Place { line, column: 1 })
    }

    /// The quote that opens the value the parser was still reading at a place: the nearest earlier
    /// quote at the start of a value that is not closed on its line.
    fn unclosed_quote_before(&self, place: Place) -> Option<Place> {
        let last = place.line.min(self.source.split('\n').count() as u32);
        for number in (1..=last).rev() {
            let line = self.line(number)?;
            let scan_to = if number == place.line { place.column.saturating_sub(1) as usize } else { usize::MAX };
            if let Some(column) = opening_quote_column(line, scan_to) {
                return Some(Place { line: number, column });
            }
        }
        None
    }
}

/// The key of a `key: value` line (without quotes), if it is one.
fn key_of_line(line: &str) -> Option<&str> {
    let (key, _) = line.split_once(':')?;
    let key = key.trim().trim_matches(|c| c == '"' || c == '\'');
    (!key.is_empty() && !key.contains(' ')).then_some(key)
}

/// The last `key:` in a line's text before a value, so `    ops: [cpu: ` gives `cpu`.
fn last_key_in(before: &str) -> Option<String> {
    let mut trimmed = before.trim_end();
    // Skip a value's tag and anchor (`cores: !!binary `, `shared: &s`).
    while let Some((head, last)) = trimmed.rsplit_once(char::is_whitespace) {
        if !(last.starts_with('!') || last.starts_with('&')) {
            break;
        }
        trimmed = head.trim_end();
    }
    let without_colon = trimmed.strip_suffix(':')?;
    let start =
        without_colon.rfind(|c: char| c.is_whitespace() || matches!(c, '{' | '[' | ',')).map_or(0, |index| index + 1);
    let key = without_colon[start..].trim_matches(|c| c == '"' || c == '\'');
    (!key.is_empty()).then(|| key.to_string())
}

/// The key of the list a flow item sits in, for lists of plain values (`seeds: [1, ` gives `seeds`).
fn enclosing_list_key(before: &str) -> Option<String> {
    let trimmed = before.trim_end();
    if !(trimmed.ends_with('[') || trimmed.ends_with(',')) {
        return None;
    }
    let mut depth = 0i32;
    for (index, c) in trimmed.char_indices().rev() {
        match c {
            ']' | '}' => depth += 1,
            '{' if depth == 0 => return None,
            '[' | '{' if depth > 0 => depth -= 1,
            '[' => {
                let key = last_key_in(&trimmed[..index])?;
                return LIST_KEYS.contains(&key.as_str()).then_some(key);
            }
            _ => {}
        }
    }
    None
}

/// Keys whose value is a list of plain values.
const LIST_KEYS: [&str; 5] = ["seeds", "after", "expect", "locks", "policies"];

/// The 1-based column of a quote that opens a value on this line (after `key: `, `- `, `[`, `{`, `,` or at
/// the line's start) and is not closed on it, looking only before `scan_to` characters.
fn opening_quote_column(line: &str, scan_to: usize) -> Option<u32> {
    let chars: Vec<char> = line.chars().take(scan_to).collect();
    let mut index = 0;
    let mut open: Option<usize> = None;
    while index < chars.len() {
        let c = chars[index];
        if c == '#' && (index == 0 || chars[index - 1].is_whitespace()) {
            break;
        }
        if (c == '"' || c == '\'') && starts_value(&chars[..index]) {
            let closing = find_closing(&chars, index);
            match closing {
                Some(end) => index = end,
                None => {
                    open = Some(index);
                    break;
                }
            }
        }
        index += 1;
    }
    open.map(|index| index as u32 + 1)
}

fn starts_value(before: &[char]) -> bool {
    let text: String = before.iter().collect();
    let trimmed = text.trim_end();
    trimmed.is_empty() || trimmed.ends_with(':') || trimmed.ends_with('-') || trimmed.ends_with(['[', '{', ','])
}

/// The index of the quote that closes the one at `open` (`''` inside single quotes and `\"` inside
/// double quotes do not close).
fn find_closing(chars: &[char], open: usize) -> Option<usize> {
    let quote = chars[open];
    let mut index = open + 1;
    while index < chars.len() {
        let c = chars[index];
        if quote == '"' && c == '\\' {
            index += 2;
            continue;
        }
        if c == quote {
            if quote == '\'' && chars.get(index + 1) == Some(&'\'') {
                index += 2;
                continue;
            }
            return Some(index);
        }
        index += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_before_values() {
        let check = |before: &str, expect: Option<&str>| assert_eq!(last_key_in(before).as_deref(), expect, "{before}");
        check("    count: ", Some("count"));
        check("    ops: [cpu: ", Some("cpu"));
        check("  a: {count: ", Some("count"));
        check("  \"count\": ", Some("count"));
        check("    - ", None);
        check("  cores: !!binary ", Some("cores"));
        check("shared: &s", Some("shared"));
    }

    #[test]
    fn unclosed_quotes() {
        let check =
            |line: &str, expect: Option<u32>| assert_eq!(opening_quote_column(line, usize::MAX), expect, "{line}");
        check("name: \"x", Some(7));
        check("name: \"x\"", None);
        check("about: 'it''s", Some(8));
        check("about: it's fine", None);
        check("ops: [set: \"v = 1\", let: 'b", Some(26));
        check("# \"comment", None);
    }
}
