//! Strings as values of the format (docs/format.md, "Strings"): literals in expressions and YAML,
//! compared and ordered as Python compares them, false when empty, map keys, a TypeError fault under
//! arithmetic, printed as Python prints them (`'a'`; a JSON string in `--json`).

mod common;
use common::{final_values, json_of, load, outcome_lines, run, scenario_file};

fn check(shared: &str, ops: &str, expect: &str) {
    assert_eq!(final_values(shared, ops), expect, "{ops}");
}

#[test]
fn a_stop_sentinel_on_a_queue_ends_the_consumer_and_names_are_kept() {
    let ops = r#"      - put: { queue: q, value: "'build'" }
      - put: { queue: q, value: "\"ship\"" }
      - put: { queue: q, value: "'stop'" }
      - while:
          cond: "True"
          ops:
            - get: { queue: q, into: item }
            - if: { cond: "item == 'stop'", then: [ break ] }
            - set: "log[len(log)] = item"
            - set: "last = item"
"#;
    check("{ log: {}, last: '' }", ops, "ok last='ship' len(log)=2 log[0]='build' log[1]='ship'");
}

#[test]
fn strings_compare_by_code_points_are_false_only_when_empty_and_never_equal_integers() {
    let ops = r#"      - if: { cond: "'apple' < 'banana' and 'B' < 'a' and 'é' > 'z' and max('a', 'ab') == 'ab'", then: [ { set: "hits = hits + 1" } ] }
      - if: { cond: "not empty and name and name != 1 and name != None", then: [ { set: "hits = hits + 10" } ] }
      - set: "name = \"it's\""
"#;
    check("{ hits: 0, name: ann, empty: '' }", ops, "ok hits=11 name=\"it's\" empty=''");
}

#[test]
fn arithmetic_and_ordering_against_integers_on_a_string_are_a_type_error_fault() {
    for (expression, operation) in [("x + 1", "+"), ("2 * x", "*"), ("-x", "-"), ("abs(x)", "abs"), ("x < 3", "<")] {
        let ops = format!("      - set: \"y = {expression}\"\n");
        let expect =
            format!("fault (TypeError: unsupported operand str for `{operation}` in `{expression}`) x='a' y=0");
        check("{ x: a, y: 0 }", &ops, &expect);
    }
    // A literal under arithmetic is refused where it is written.
    let yaml = "name: s\nshared: { y: 0 }\ntasks: { main: { ops: [ { set: \"y = 'a' * 2\" } ] } }\n";
    let error = scenarios::load_str("s.yaml", yaml).expect_err("refused").render(false);
    assert!(error.contains("3:37: `*` of a string"), "{error}");
}

#[test]
fn a_map_keyed_by_names_races_like_one_keyed_by_numbers() {
    // Two transfers out of 'alice', each a check and then a move without a lock: both may pass the
    // check, and her balance goes negative (the string-keyed form of examples/bank-race).
    let transfer = |to: &str, amount: u32| {
        format!(
            "    ops:\n      - let: \"b = balances['alice']\"\n      - if:\n          cond: \"b >= {amount}\"\n          then:\n            - let: \"now = balances['alice']\"\n            - set: \"balances['alice'] = now - {amount}\"\n            - let: \"other = balances['{to}']\"\n            - set: \"balances['{to}'] = other + {amount}\"\n"
        )
    };
    let yaml = format!(
        "name: named-accounts\nshared:\n  balances: {{ alice: 100, bob: 50, carol: 0 }}\ntasks:\n  one:\n{}  two:\n{}",
        transfer("bob", 80),
        transfer("carol", 60)
    );
    let path = scenario_file("strings", "named-accounts", &yaml);
    let lines = outcome_lines(&json_of(&["explore", &path, "--json"]));
    assert!(
        lines
            .contains(&"ok len(balances)=3 balances['alice']=-40 balances['bob']=130 balances['carol']=60".to_string()),
        "{lines:?}"
    );
    assert!(
        lines.contains(&"ok len(balances)=3 balances['alice']=20 balances['bob']=130 balances['carol']=0".to_string()),
        "{lines:?}"
    );
}

#[test]
fn a_priority_queue_orders_strings_and_refuses_a_string_beside_an_integer() {
    let yaml = |second: &str| {
        format!(
            "name: heap\nshared: {{ first: '' }}\nqueues: {{ q: {{ order: priority }} }}\ntasks:\n  main:\n    ops:\n      - put: {{ queue: q, value: \"'pear'\" }}\n      - put: {{ queue: q, value: \"{second}\" }}\n      - get: {{ queue: q, into: item }}\n      - set: \"first = item\"\n"
        )
    };
    let (report, _) = run(&load(&yaml("'apple'")), "round-robin", 0);
    assert_eq!(report.shared["main"]["first"].to_string(), "'apple'");
    let (report, _) = run(&load(&yaml("3")), "round-robin", 0);
    assert_eq!(report.failures[0].message, "TypeError: '<' not supported between str and int in priority queue `q`");
}
