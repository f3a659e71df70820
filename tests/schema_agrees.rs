//! The JSON Schema (docs/scenario.schema.json) rejects what `weft check` rejects wherever a schema can
//! say it (keys, types, names, ranges, required keys), accepts every shipped scenario, and describes every
//! property. Mistakes only the loader can see (an unknown lock, a cycle, a bad expression) are listed here
//! by name, so that a file moving between the two lists is noticed.

use crate::common;

use common::weft;

fn validator() -> jsonschema::Validator {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../docs/scenario.schema.json")).expect("the schema is JSON");
    jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema")
}

/// The YAML document as JSON, as the YAML language server sees it; None when it is not YAML at all.
/// Read as weft and editors read it: YAML 1.2, whose only booleans are `true` and `false`.
fn as_json(yaml: &str) -> Option<serde_json::Value> {
    let options = serde_saphyr::options! { strict_booleans: true };
    serde_saphyr::from_str_with_options::<serde_json::Value>(yaml, options).ok()
}

fn check_rejects(name: &str, yaml: &str) -> bool {
    let directory = std::env::temp_dir().join(format!("weft-schema-agrees-{}", std::process::id()));
    std::fs::create_dir_all(&directory).expect("scratch directory");
    let path = directory.join(format!("{name}.yaml"));
    std::fs::write(&path, yaml).expect("scratch file");
    let (status, _, _) = weft(&["check", path.to_str().expect("utf-8 path")]);
    status == 2
}

/// Wrong files a newcomer writes, each with one mistake a schema can state.
const WRONG: &[(&str, &str)] = &[
    ("upper-case-name", "name: Bad_Name\ntasks: { a: { ops: [cpu: 1ms] } }\n"),
    ("too-many-cores", "name: x\nmachine: { cores: 5000 }\ntasks: { a: { ops: [cpu: 1ms] } }\n"),
    ("zero-cores", "name: x\nmachine: { cores: 0 }\ntasks: { a: { ops: [cpu: 1ms] } }\n"),
    ("no-tasks", "name: x\ntasks: {}\n"),
    ("version-2", "version: 2\nname: x\ntasks: { a: { ops: [cpu: 1ms] } }\n"),
    ("misspelled-top-key", "name: x\ntaks: { a: { ops: [cpu: 1ms] } }\n"),
    ("misspelled-task-key", "name: x\ntasks: { a: { opz: [cpu: 1ms] } }\n"),
    ("misspelled-step", "name: x\ntasks: { a: { ops: [cpuu: 1ms] } }\n"),
    ("duration-without-unit", "name: x\ntasks: { a: { ops: [cpu: 5] } }\n"),
    ("duration-unknown-unit", "name: x\ntasks: { a: { ops: [cpu: 5sec] } }\n"),
    ("missing-name", "tasks: { a: { ops: [cpu: 1ms] } }\n"),
    ("missing-tasks", "name: x\n"),
    ("task-without-ops", "name: x\ntasks: { a: { kind: thread } }\n"),
    ("unknown-policy", "name: x\nscheduler: { policy: randm }\ntasks: { a: { ops: [cpu: 1ms] } }\n"),
    ("jitter-too-large", "name: x\nscheduler: { jitter: 2000 }\ntasks: { a: { ops: [cpu: 1ms] } }\n"),
    ("depth-zero", "name: x\nscheduler: { depth: 0 }\ntasks: { a: { ops: [cpu: 1ms] } }\n"),
    ("pool-of-none", "name: x\ntasks: { a: { count: 0, ops: [cpu: 1ms] } }\n"),
    ("pool-too-large", "name: x\ntasks: { a: { count: 20000, ops: [cpu: 1ms] } }\n"),
    ("priority-word", "name: x\ntasks: { a: { priority: high, ops: [cpu: 1ms] } }\n"),
    ("unknown-kind", "name: x\ntasks: { a: { kind: fiber, ops: [cpu: 1ms] } }\n"),
    ("task-name-with-space", "name: x\ntasks: { \"my task\": { ops: [cpu: 1ms] } }\n"),
    ("snapshot-unknown-policy", "name: x\ntasks: { a: { ops: [cpu: 1ms] } }\nsnapshot: { policies: [rnd] }\n"),
    ("negative-seed", "name: x\ntasks: { a: { ops: [cpu: 1ms] } }\nsnapshot: { seeds: [-1] }\n"),
    ("step-two-keys", "name: x\ntasks: { a: { ops: [{ cpu: 1ms, io: 1ms }] } }\n"),
];

#[test]
fn the_schema_rejects_what_check_rejects() {
    let validator = validator();
    for (name, yaml) in WRONG {
        assert!(check_rejects(name, yaml), "weft check accepts {name}");
        let document = as_json(yaml).expect("YAML");
        assert!(!validator.is_valid(&document), "the schema accepts {name}, which weft check rejects");
    }
}

/// Files of the bad-input corpus whose mistake is beyond a schema: names that must be declared, graph
/// cycles, expressions, limits over the whole file, YAML that is not one plain document.
const BEYOND_A_SCHEMA: &[&str] = &[
    "acquire-undeclared-semaphore",  // a name that must be declared
    "after-cycle",                   // a cycle in the task graph
    "after-unknown",                 // `after:` names a task that does not exist
    "array-outside-let",             // `array(N)` is for `let` only: expression grammar
    "await-in-thread",               // `await` is for coroutines: depends on the task's kind
    "bad-expression",                // expression syntax
    "barrier-huge-parties",          // a barrier's `parties` bound (the schema gives the type only)
    "break-outside-loop",            // `break` must be inside a loop: the nesting of steps
    "condition-lock-undeclared",     // a condition's lock must be declared
    "continue-outside-loop",         // `continue` must be inside a loop: the nesting of steps
    "custom-tag",                    // a YAML tag (`!cores`): gone once the document is JSON
    "del-of-array",                  // `del` needs a map: what the name was declared as
    "duration-too-fine",             // `0.5ns`: finer than a nanosecond, arithmetic on the text
    "has-on-array",                  // `has` needs a map: what the name was declared as
    "huge-context-switch",           // a switch cost against the machine's other times
    "huge-repeat",                   // steps multiplied through nested repeats
    "index-of-scalar",               // an index needs an array or map: what the name was declared as
    "io-inside-atomic",              // no blocking call inside `atomic`: the nesting of steps
    "join-self",                     // a task joining itself
    "kill-self",                     // a task killing itself
    "local-array-computed",          // `array(N)` inside an expression string
    "local-array-huge",              // `array(N)` inside an expression string
    "local-arrays-in-every-task",    // instructions of all copies of a task, counted after lowering
    "local-arrays-per-task",         // instructions of one program, counted after lowering
    "lock-inside-atomic",            // no blocking `lock` inside `atomic`: the nesting of steps
    "nested-if-17",                  // block nesting counted through if/while/repeat
    "nested-while-17",               // block nesting counted through if/while/repeat
    "notify-event",                  // `notify` needs a condition: what the name was declared as
    "notify-huge-n",                 // `n` of notify past a 32-bit count (the schema gives the type only)
    "pool-of-big-programs",          // instructions of all copies of a task, counted after lowering
    "pools-after-pools",             // `after` edges multiplied by two pools' sizes
    "power-of-a-string",             // an expression function's operand types (expressions are text)
    "power-one-argument",            // an expression function's arguments (expressions are text)
    "primitive-arrays-many",         // `count`s of primitive arrays added over the whole file
    "primitive-index-without-count", // an index needs an array of locks: the declaration's `count`
    "process-pool-big-arrays",       // shared values multiplied by a pool of processes
    "quantum-inside-switch",         // a quantum compared with the context switch
    "round-three-arguments",         // an expression function's arguments (expressions are text to the schema)
    "semaphore-negative",            // a negative semaphore (the schema does not state it yet)
    "semaphore-too-big",             // an integer past i64 (JSON numbers are not bounded)
    "set-local",                     // `set:` of a name that is local, not shared
    "set-undeclared-event",          // a name that must be declared
    "spawn-inside-atomic",           // no task start inside `atomic`: the nesting of steps
    "spawn-not-spawned",             // `spawn:` of a task that does not have `start: spawned`
    "submit-copies-of-big-program",  // instructions multiplied by the instances `submit` makes
    "submit-repeat-huge",            // instances multiplied through a `repeat`
    "switch-interval-inside-switch", // a switch interval compared with the context switch
    "timeout-2-63",                  // a duration's size, arithmetic on the text
    "truediv-of-a-string",           // an expression function's operand types (expressions are text)
    "truediv-one-argument",          // an expression function's arguments (expressions are text)
    "undeclared-lock",               // a name that must be declared
    "unknown-function",              // a function name inside an expression
    "unknown-machine",               // a machine name that must be declared
    "unknown-name-in-expression",    // a name inside an expression
    "unknown-python",                // a Python version without a preset
    "wait-for-inside-atomic",        // no `wait_for` inside `atomic`: the nesting of steps
    "wait-on-condition-as-event",    // `wait: E` needs an event: what the name was declared as
    "wait-undeclared-condition",     // a name that must be declared
    "workers-huge",                  // an integer past u64's range for `workers` (the schema gives the type only)
    "zero-count-primitive",          // `count: 0` on a declaration (the schema does not state it yet)
];

#[test]
fn the_corpus_is_rejected_by_both_or_beyond_a_schema() {
    let validator = validator();
    let mut paths: Vec<_> = std::fs::read_dir("tests/invalid").expect("corpus").flatten().map(|e| e.path()).collect();
    paths.sort();
    let mut accepted_by_the_schema = Vec::new();
    for path in paths.iter().filter(|p| p.extension().is_some_and(|e| e == "yaml")) {
        let Ok(text) = std::fs::read_to_string(path) else { continue };
        let Some(document) = as_json(&text) else { continue };
        if validator.is_valid(&document) {
            let name = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
            accepted_by_the_schema.push(name);
        }
    }
    assert_eq!(accepted_by_the_schema, BEYOND_A_SCHEMA);
}

#[test]
fn the_schema_accepts_every_shipped_scenario() {
    let validator = validator();
    let mut checked = 0;
    for entry in std::fs::read_dir("scenarios").expect("scenarios/").flatten() {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "yaml") {
            let text = std::fs::read_to_string(&path).expect("readable");
            let document = as_json(&text).expect("YAML");
            let errors: Vec<String> = validator.iter_errors(&document).map(|e| e.to_string()).collect();
            assert!(errors.is_empty(), "{}: {errors:#?}", path.display());
            checked += 1;
        }
    }
    assert!(checked >= 20);
}

#[test]
fn every_property_has_a_description() {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../docs/scenario.schema.json")).expect("the schema is JSON");
    let mut undescribed = Vec::new();
    collect_undescribed(&schema, "", &mut undescribed);
    assert_eq!(undescribed, Vec::<String>::new());
}

fn collect_undescribed(node: &serde_json::Value, path: &str, undescribed: &mut Vec<String>) {
    match node {
        serde_json::Value::Object(object) => {
            if let Some(serde_json::Value::Object(properties)) = object.get("properties") {
                for (key, property) in properties {
                    let described = property
                        .get("description")
                        .and_then(|d| d.as_str())
                        .is_some_and(|d| !d.is_empty() && !d.contains("not described yet"));
                    if !described {
                        undescribed.push(format!("{path}.{key}"));
                    }
                }
            }
            for (key, child) in object {
                collect_undescribed(child, &format!("{path}/{key}"), undescribed);
            }
        }
        serde_json::Value::Array(items) => items.iter().for_each(|item| collect_undescribed(item, path, undescribed)),
        _ => {}
    }
}
