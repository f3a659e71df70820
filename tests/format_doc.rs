//! docs/format.md stays true: every ```yaml block in it loads as a scenario (a fragment without `name:` or
//! `tasks:` is completed with them first) and runs to status `ok`, and every key of the JSON Schema is named
//! in the page.

use std::collections::BTreeSet;

use sim_core::report::Status;
use sim_core::{RunConfig, Simulator, policy};

const PAGE: &str = include_str!("../docs/format.md");

/// The ```yaml blocks of a Markdown page, each with the line it starts on.
fn yaml_blocks(page: &str) -> Vec<(usize, String)> {
    let mut blocks = Vec::new();
    let mut current: Option<(usize, String)> = None;
    for (index, line) in page.lines().enumerate() {
        let fence = line.trim_start().starts_with("```");
        match (&mut current, fence) {
            (None, true) if line.trim() == "```yaml" => current = Some((index + 1, String::new())),
            (Some(_), true) => blocks.extend(current.take()),
            (Some((_, text)), false) => {
                text.push_str(line);
                text.push('\n');
            }
            _ => {}
        }
    }
    blocks
}

/// A fragment becomes a scenario: a name and a task are added where the block has none.
fn completed(block: &str) -> String {
    let has_top_level = |key: &str| block.lines().any(|line| line.starts_with(&format!("{key}:")));
    let mut text = String::new();
    if !has_top_level("name") {
        text.push_str("name: fragment\n");
    }
    text.push_str(block);
    if !has_top_level("tasks") {
        text.push_str("tasks:\n  only: { ops: [ { cpu: 1ms } ] }\n");
    }
    text
}

/// The status of one run of a scenario under its own policy, seed 0.
fn status_of(scenario: &scenarios::Scenario) -> Status {
    let model = &scenario.model;
    let mut policy = policy::by_name(&model.scheduler.policy).expect("the loader checks the policy");
    Simulator::new(model).run(policy.as_mut(), &RunConfig::default()).status
}

#[test]
fn every_example_loads_and_runs_ok() {
    let blocks = yaml_blocks(PAGE);
    assert!(blocks.len() >= 20, "found only {} yaml examples in docs/format.md", blocks.len());
    for (line, block) in blocks {
        let scenario = scenarios::load_str(&format!("docs/format.md:{line}"), &completed(&block))
            .unwrap_or_else(|d| panic!("the example at docs/format.md:{line} does not load:\n{}", d.render(false)));
        let status = status_of(&scenario);
        assert_eq!(status, Status::Ok, "the example at docs/format.md:{line} ends {}", status.as_str());
    }
}

/// Every property name anywhere in a JSON Schema.
fn property_names(value: &serde_json::Value, names: &mut BTreeSet<String>) {
    match value {
        serde_json::Value::Object(map) => {
            if let Some(serde_json::Value::Object(properties)) = map.get("properties") {
                names.extend(properties.keys().cloned());
            }
            if let Some(serde_json::Value::Array(required)) = map.get("required") {
                names.extend(required.iter().filter_map(|r| r.as_str().map(str::to_string)));
            }
            if let Some(serde_json::Value::Array(words)) = map.get("enum") {
                names.extend(words.iter().filter_map(|w| w.as_str().map(str::to_string)));
            }
            map.values().for_each(|v| property_names(v, names));
        }
        serde_json::Value::Array(items) => items.iter().for_each(|v| property_names(v, names)),
        _ => {}
    }
}

#[test]
fn every_key_of_the_schema_is_described() {
    let schema: serde_json::Value = serde_json::from_str(&scenarios::json_schema()).expect("the schema is JSON");
    let mut names = BTreeSet::new();
    property_names(&schema, &mut names);
    assert!(names.len() > 40, "the schema names only {} keys", names.len());
    let missing: Vec<&String> = names
        .iter()
        .filter(|name| !PAGE.contains(&format!("`{name}")) && !PAGE.contains(&format!(" {name}: ")))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/format.md never names these keys of the format (as `KEY` or `KEY: ` in an example): {missing:?}; describe each \
         (with an example) or list it under \"Format 1.1: coming\""
    );
}
