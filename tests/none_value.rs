//! Python's `None` as a value of the format (docs/format.md, "None"): distinct from every integer,
//! compared by `==`/`!=`, false as a condition, a TypeError fault under arithmetic or ordering, and
//! `-9223372036854775808` (its bit pattern) no integer of the format.

use crate::common;
use common::{final_values, run};

fn check(shared: &str, ops: &str, expect: &str) {
    assert_eq!(final_values(shared, ops), expect, "{ops}");
}

#[test]
fn a_none_sentinel_on_a_queue_ends_the_consumer() {
    let ops = r#"      - repeat: { times: 3, ops: [ { put: { queue: q, value: "i + 1" } } ] }
      - put: { queue: q, value: "None" }
      - while:
          cond: "True"
          ops:
            - get: { queue: q, into: item }
            - if: { cond: "item == None", then: [ break ] }
            - set: "total = total + item"
      - set: "last = item"
"#;
    check("{ total: 0, last: 0 }", ops, "ok total=6 last=None");
}

#[test]
fn none_compares_equal_only_to_itself_and_is_false() {
    let ops = r#"      - if: { cond: "x == None and x != 0 and not x and (x or 1) == 1", then: [ { set: "hits = hits + 1" } ] }
      - if: { cond: "zero != None and not (zero == None)", then: [ { set: "hits = hits + 10" } ] }
      - set: "x = 4"
"#;
    check("{ x: null, zero: 0, hits: 0 }", ops, "ok x=4 zero=0 hits=11");
}

#[test]
fn arithmetic_and_ordering_on_none_are_a_type_error_fault() {
    for (expression, operation) in [("x + 1", "+"), ("2 * x", "*"), ("-x", "-"), ("max(x, 1)", "max"), ("x < 3", "<")] {
        let ops = format!("      - set: \"y = {expression}\"\n");
        let expect =
            format!("fault (TypeError: unsupported operand None for `{operation}` in `{expression}`) x=None y=0");
        check("{ x: null, y: 0 }", &ops, &expect);
    }
}

#[test]
fn the_bit_pattern_of_none_is_no_integer() {
    for yaml in [
        "name: n\nshared: { x: -9223372036854775808 }\ntasks: { main: { ops: [ cpu: 1ms ] } }\n",
        "name: n\ntasks: { main: { ops: [ { let: \"x = -9223372036854775808\" } ] } }\n",
        "name: n\ntasks: { main: { ops: [ { let: \"x = -9223372036854775807 - 1\" }, { assert: \"x == None\" } ] } }\n",
    ] {
        match scenarios::load_str("n.yaml", yaml) {
            Err(diagnostic) => assert!(diagnostic.render(false).contains("not an integer of the format"), "{yaml}"),
            Ok(scenario) => {
                let (report, _) = run(&scenario, "round-robin", 0);
                assert_eq!(report.failures[0].message, "integer overflow in `-9223372036854775807 - 1`", "{yaml}");
            }
        }
    }
}
