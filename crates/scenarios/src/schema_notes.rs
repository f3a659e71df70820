//! What the JSON Schema cannot learn from the loader's types: a description on every property, and the
//! rules of `weft check` that a schema can state (name patterns, ranges, at least one task, the version,
//! the policies). Descriptions come from the key tables of docs/format.md, the format's reference, so
//! editor tooltips and the reference never disagree; the few keys the reference describes in prose get
//! theirs from [`DESCRIBED_HERE`]. Applied by [`crate::json_schema`] to the schema schemars derives.

use serde_json::{Map, Value, json};
use sim_core::limits;

const FORMAT_REFERENCE: &str = include_str!("../../../docs/format.md");

/// Sections of docs/format.md whose key tables describe the properties of a schema definition (`""`: the
/// top level).
const TABLES: &[(&str, &str)] = &[
    ("Top level", ""),
    ("Machine", "Machine"),
    ("Runtime", "Runtime"),
    ("Scheduler", "Scheduler"),
    ("Tasks", "Task"),
    ("Steps", "Step"),
    ("Several machines (the distributed tier)", "Network"),
];

/// Keys the reference describes in prose rather than in a table: (definition, key, description).
const DESCRIBED_HERE: &[(&str, &str, &str)] = &[
    (
        "",
        "semaphores",
        "`threading.Semaphore`s (format 1.1): a name and its initial value, or `{ value, bounded, count }`",
    ),
    ("", "events", "`threading.Event`s (format 1.1): a list of names, or names mapped to `{ count: N }`"),
    (
        "",
        "conditions",
        "`threading.Condition`s (format 1.1): `{ lock: L }` shares lock L; without it a condition owns a lock",
    ),
    (
        "Queue",
        "capacity",
        "the most items the queue holds (`queue.Queue(maxsize)`); a full queue blocks `put`. None: unbounded",
    ),
    ("Queue", "ipc_cost", "the time an item takes to cross between processes (serialisation), default 10us"),
    ("Queue", "asyncio", "`true`: an `asyncio.Queue`, for coroutines on one loop"),
    ("Queue", "order", "which item a `get` takes: `fifo` (default), `lifo` (LifoQueue) or `priority` (smallest first)"),
    ("Queue", "count", "an array of N queues named `Q[0]` to `Q[N-1]`"),
    ("Process", "gil", "the process's own GIL: `new`, `old` or `none`; default the runtime's"),
    ("Process", "shared", "the process's own shared variables (its memory), as the top-level `shared`"),
    ("Process", "machine", "with several machines: the machine the process runs on, or `auto`"),
    ("Loop", "process", "the process whose main thread runs the event loop (default `main`)"),
    ("Snapshot", "seeds", "the seeds the snapshot suite and `weft test` pin (at most 64)"),
    ("Snapshot", "policies", "the policies the snapshot suite and `weft test` pin (at most 8)"),
    ("With", "lock", "the lock held around the ops"),
    ("With", "ops", "the steps run while the lock is held"),
    ("Put", "queue", "the queue to append to"),
    ("Put", "value", "the item: a number or an expression"),
    ("Get", "queue", "the queue to take the oldest item from"),
    ("Get", "into", "the task-local variable that receives the item"),
    (
        "Get",
        "timeout",
        "give up after this long, `0ns`: never wait (`get(timeout=D)`, `get_nowait()`); without `into_ok` giving up is an uncaught queue.Empty (a fault)",
    ),
    ("Get", "into_ok", "a local set to 1 when an item came, 0 when the `get` gave up (queue.Empty)"),
    ("Barrier", "name", "the barrier's name"),
    ("Barrier", "parties", "how many tasks must arrive before all go on"),
    ("Repeat", "times", "how many times the ops run (the local `i` counts from 0)"),
    ("Repeat", "ops", "the steps repeated"),
    ("If", "cond", "the condition, an expression (true when not 0)"),
    ("If", "then", "the steps run when the condition is true"),
    ("If", "else", "the steps run when it is false"),
    ("While", "cond", "the condition, evaluated before every round"),
    ("While", "ops", "the steps run while the condition is true"),
    ("Step", "if", "`if: { cond: EXPR, then: [...], else: [...] }`: run `then` when EXPR is true (not 0), else `else`"),
    ("Step", "while", "`while: { cond: EXPR, ops: [...] }`: run the ops as long as EXPR is true"),
    ("Step", "return", "end the task here (Python's `return`)"),
    ("Step", "atomic", "`atomic: [...]`: the steps run as one, with no other task in between (a model of a C call)"),
    ("Step", "del", "`del: \"m[k]\"`: remove key k from the shared map m"),
    ("Step", "acquire", "`S.acquire()` of a semaphore (format 1.1): blocks while its value is 0"),
    ("Step", "release", "`S.release()` of a semaphore (format 1.1)"),
    ("Step", "set_event", "`E.set()` (format 1.1): wakes every task waiting for the event"),
    ("Step", "clear_event", "`E.clear()` (format 1.1)"),
    ("Step", "wait", "`E.wait()` or `C.wait()` (format 1.1): block until the event is set or the condition notified"),
    ("Step", "wait_for", "`C.wait_for(predicate)` (format 1.1): wait on a condition until the predicate holds"),
    ("Step", "notify", "`C.notify(n)` (format 1.1): wake n tasks waiting on the condition"),
    ("Step", "notify_all", "`C.notify_all()` (format 1.1): wake every task waiting on the condition"),
    (
        "Step",
        "submit",
        "`submit: { task: T, args: {...}, into: F }` (format 1.1): start T on its executor or loop, its future in F",
    ),
    ("Step", "result", "`result: { future: F, into: x }` (format 1.1): wait for the future F and take its result"),
    ("Step", "cancel", "`cancel: F` (format 1.1): cancel the future F"),
    (
        "Step",
        "future_state",
        "`future_state: { future: F, into: s }` (session 27): the state of F into s (0 pending, 1 running, 2 cancelled, 3 finished)",
    ),
    (
        "Step",
        "shutdown",
        "`shutdown: X` (an extension of format 1.1): `X.shutdown()`, wait for every job submitted to executor X; later submits raise RuntimeError",
    ),
    (
        "Step",
        "raise",
        "`raise: C` (format 1.1 extension): a job ends with exception C, kept by its future; elsewhere an uncaught fault",
    ),
    ("WaitFor", "condition", "the condition waited on"),
    ("Notify", "condition", "the condition to notify"),
    ("Timed", "timeout", "give up after this long"),
    ("Wait", "timeout", "give up after this long"),
    ("WaitFor", "timeout", "give up after this long"),
    ("WaitFor", "cond", "the predicate waited for"),
    ("Notify", "n", "how many waiting tasks to wake"),
];

/// The words a property gets when neither the reference nor [`DESCRIBED_HERE`] has it (a key added to the
/// types and not yet to either): its name, so that no property is left without one. A test fails on
/// these, to have them described properly.
fn fallback_description(key: &str) -> String {
    format!("`{key}` (not described yet; see docs/format.md)")
}

/// Adds descriptions and the rules a schema can state to `schema` (the schemars output).
pub fn annotate(schema: &mut Value) {
    let reference = described_keys(FORMAT_REFERENCE);
    add_rules(schema);
    for_each_property(schema, &mut |definition, key, property| {
        let Some(object) = property.as_object_mut() else { return };
        if object.contains_key("description") {
            return;
        }
        let described = reference
            .iter()
            .find(|(d, k, _)| d == definition && k == key)
            .map(|(_, _, text)| text.clone())
            .or_else(|| {
                DESCRIBED_HERE.iter().find(|(d, k, _)| *d == definition && *k == key).map(|(_, _, t)| (*t).to_string())
            })
            .unwrap_or_else(|| fallback_description(key));
        object.insert("description".to_string(), Value::String(described));
    });
}

/// Every property of the schema with the definition it belongs to (`""` for the top level), steps'
/// one-key mappings included.
pub fn for_each_property(schema: &mut Value, visit: &mut dyn FnMut(&str, &str, &mut Value)) {
    if let Some(properties) = schema.get_mut("properties").and_then(Value::as_object_mut) {
        for (key, property) in properties.iter_mut() {
            visit("", key, property);
        }
    }
    let Some(definitions) = schema.get_mut("$defs").and_then(Value::as_object_mut) else { return };
    for (name, definition) in definitions.iter_mut() {
        visit_definition(name, definition, visit);
    }
}

fn visit_definition(name: &str, definition: &mut Value, visit: &mut dyn FnMut(&str, &str, &mut Value)) {
    if let Some(properties) = definition.get_mut("properties").and_then(Value::as_object_mut) {
        for (key, property) in properties.iter_mut() {
            visit(name, key, property);
        }
    }
    for alternatives in ["oneOf", "anyOf"] {
        if let Some(variants) = definition.get_mut(alternatives).and_then(Value::as_array_mut) {
            for variant in variants {
                visit_definition(name, variant, visit);
            }
        }
    }
}

/// (definition, key, meaning) of every row of the key tables of the reference's sections in [`TABLES`].
fn described_keys(reference: &str) -> Vec<(String, String, String)> {
    let mut described = Vec::new();
    let mut definition: Option<&str> = None;
    for line in reference.lines() {
        if let Some(heading) = line.strip_prefix("## ") {
            definition = TABLES.iter().find(|(section, _)| *section == heading.trim()).map(|(_, d)| *d);
            continue;
        }
        let Some(definition) = definition else { continue };
        if !line.starts_with("| `") {
            continue;
        }
        let cells = table_cells(line);
        let (Some(first), Some(meaning)) = (cells.first(), cells.last()) else { continue };
        for key in backticked(first) {
            let key = key.split([':', ' ']).next().unwrap_or_default();
            let key = key.strip_prefix("network.").unwrap_or(key);
            described.push((definition.to_string(), key.to_string(), plain_text(meaning)));
        }
    }
    described
}

/// The cells of a Markdown table row (`\|` is a pipe inside a cell).
fn table_cells(row: &str) -> Vec<String> {
    let escaped = row.replace("\\|", "\u{0}");
    let inner = escaped.trim().trim_start_matches('|').trim_end_matches('|');
    inner.split('|').map(|cell| cell.trim().replace('\u{0}', "|")).collect()
}

fn backticked(text: &str) -> impl Iterator<Item = &str> {
    text.split('`').skip(1).step_by(2)
}

/// Markdown links `[text](target)` as their text: tooltips cannot follow a link into the docs.
fn plain_text(cell: &str) -> String {
    let mut text = String::new();
    let mut rest = cell;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find("](").map(|i| open + i) else { break };
        let Some(end) = rest[close..].find(')').map(|i| close + i) else { break };
        text.push_str(&rest[..open]);
        text.push_str(&rest[open + 1..close]);
        rest = &rest[end + 1..];
    }
    text.push_str(rest);
    text
}

/// The rules of `weft check` that a schema can state.
fn add_rules(schema: &mut Value) {
    let name_pattern = "^[a-z0-9_-]{1,64}$";
    let element_name_pattern = "^[A-Za-z0-9_-]{1,64}$";
    let policies: Vec<Value> = sim_core::policy::BUILT_IN.iter().map(|p| json!(p)).collect();
    let mut policies_or_null = policies.clone();
    policies_or_null.push(Value::Null);
    let rules: &[(&[&str], Value)] = &[
        (&["properties", "version"], json!({ "enum": [1, null] })),
        (&["properties", "name"], json!({ "pattern": name_pattern, "minLength": 1, "maxLength": 64 })),
        (&["properties", "tasks"], json!({ "minProperties": 1, "propertyNames": { "pattern": element_name_pattern } })),
        (&["$defs", "Machine", "properties", "cores"], json!({ "minimum": 1, "maximum": limits::MAX_CORES })),
        (&["$defs", "Scheduler", "properties", "policy"], json!({ "enum": policies_or_null })),
        (&["$defs", "Scheduler", "properties", "jitter"], json!({ "minimum": 0, "maximum": 1000 })),
        (&["$defs", "Scheduler", "properties", "depth"], json!({ "minimum": 1, "maximum": 64 })),
        (&["$defs", "Task", "properties", "count"], json!({ "minimum": 1, "maximum": limits::MAX_TASKS })),
        (&["$defs", "Repeat", "properties", "ops"], json!({ "minItems": 1 })),
        (&["$defs", "Snapshot", "properties", "seeds"], json!({ "maxItems": 64 })),
        (&["$defs", "Snapshot", "properties", "policies"], json!({ "maxItems": 8, "items": { "enum": policies } })),
    ];
    for (path, rule) in rules {
        let Some(target) = path.iter().try_fold(&mut *schema, |node, key| node.get_mut(*key)) else { continue };
        if let (Some(target), Some(rule)) = (target.as_object_mut(), rule.as_object()) {
            merge(target, rule);
        }
    }
}

fn merge(target: &mut Map<String, Value>, rule: &Map<String, Value>) {
    for (key, value) in rule {
        target.insert(key.clone(), value.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reference_tables_describe_keys() {
        let described = described_keys(FORMAT_REFERENCE);
        let find = |definition: &str, key: &str| described.iter().any(|(d, k, _)| d == definition && k == key);
        assert!(find("Machine", "cores"));
        assert!(find("", "machines") && find("", "network"));
        assert!(find("Step", "lock") && find("Step", "unlock") && find("Step", "cpu"));
        assert!(find("Network", "latency"));
        assert_eq!(plain_text("see [the GIL](#the-gil) and [x](y.md)"), "see the GIL and x");
    }
}
