//! The committed JSON Schema is the one the loader's types generate, and every shipped scenario points
//! editors at it.

#[test]
fn the_committed_schema_is_current() {
    let committed = include_str!("../../../docs/scenario.schema.json");
    assert!(
        committed == scenarios::json_schema(),
        "docs/scenario.schema.json is stale: run `weft schema > docs/scenario.schema.json`"
    );
}

#[test]
fn every_scenario_names_the_schema() {
    let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/../../scenarios");
    let mut checked = 0;
    for entry in std::fs::read_dir(folder).expect("scenarios/") {
        let path = entry.expect("an entry").path();
        if path.extension().is_some_and(|e| e == "yaml") {
            let text = std::fs::read_to_string(&path).expect("readable");
            assert!(
                text.starts_with("# yaml-language-server: $schema=../docs/scenario.schema.json\n"),
                "{} lacks the schema modeline",
                path.display()
            );
            checked += 1;
        }
    }
    assert!(checked >= 16);
}
