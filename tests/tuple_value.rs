//! Tuples as values of the format (docs/format.md, "Tuples"): made by `(a, b)`, unpacked by
//! `unpack(t, i, n)`, compared with `==`, ordered item by item in a priority queue, printed as Python
//! prints them (`(1, 'a')`; a JSON array in `--json`); faults where Python raises, and weft's own limits
//! said as such. A tuple's value is its number in the run, so whatever compares runs reads its items:
//! `explore` agrees with the brute-force enumerator when runs make the same tuples in other orders.

use crate::common;
use crate::support;

use common::{final_values, json_of, outcome_lines, scenario_file};
use sim_core::Timeouts;
use sim_core::engine::Reduction;
use support::enumerate::assert_explore_agrees;

fn check(shared: &str, ops: &str, expect: &str) {
    assert_eq!(final_values(shared, ops), expect, "{ops}");
}

#[test]
fn tuples_go_through_a_queue_unpack_and_print_as_python_prints_them() {
    let ops = r#"      - let: "k = 2"
      - put: { queue: q, value: "(k, k * k)" }
      - put: { queue: q, value: "(k, 'a', (None,))" }
      - get: { queue: q, into: first }
      - set: "n = unpack(first, 0, 2)"
      - set: "sq = unpack(first, 1, 2)"
      - get: { queue: q, into: second }
      - set: "last = second"
      - set: "log[0] = first"
"#;
    check("{ n: 0, sq: 0, last: 0, log: {} }", ops, "ok n=2 sq=4 last=(2, 'a', (None,)) len(log)=1 log[0]=(2, 4)");
}

#[test]
fn equal_items_are_one_value_and_a_tuple_is_true_and_equals_no_integer() {
    let ops = r#"      - let: "t = (1, 'x')"
      - if: { cond: "t == (1, 'x') and t != (1, 'y') and t != 1 and t != None and (t,) == ((1, 'x'),)", then: [ { set: "hits = hits + 1" } ] }
      - if: { cond: "t and (0,)", then: [ { set: "hits = hits + 10" } ] }
"#;
    check("{ hits: 0 }", ops, "ok hits=11");
}

#[test]
fn python_faults_and_weft_limits_are_said_as_such() {
    let cases = [
        ("y = t + 1", "TypeError: unsupported operand tuple for `+` in `t + 1`"),
        ("y = -t", "TypeError: unsupported operand tuple for `-` in `-t`"),
        ("y = t < 3", "TypeError: unsupported operand tuple for `<` in `t < 3`"),
        ("y = unpack(t, 0, 3)", "ValueError: not enough values to unpack (expected 3, got 2) in `unpack(t, 0, 3)`"),
        ("y = unpack(t, 0, 1)", "ValueError: too many values to unpack (expected 1) in `unpack(t, 0, 1)`"),
        ("y = unpack(y, 0, 2)", "TypeError: cannot unpack a value that is no tuple into 2 names in `unpack(y, 0, 2)`"),
        ("y = unpack('ab', 0, 2)", "unpacking a string into 2 names (its characters) is Python's, not weft's yet"),
        ("y = t < (1, 'a')", "TypeError: unsupported operand str for `<`"),
        ("y = t * 2", "`*` of tuples is Python's, not weft's yet"),
        ("m[t] = 1", "a tuple as a key of map `m`: Python takes it, weft does not yet"),
        ("y = m[t]", "KeyError: a tuple is not a key of map `m`"),
    ];
    for (statement, message) in cases {
        let ops = format!("      - let: \"t = (1, 2)\"\n      - set: \"{statement}\"\n");
        let shown = final_values("{ y: 0, m: {} }", &ops);
        assert!(shown.starts_with(&format!("fault ({message}")), "{statement}: {shown}");
    }
}

/// CPython's tuple order: the first place where the items differ decides, by the same operator; no such
/// place, the shorter is smaller; `min`/`max` keep the first of equal items (values from CPython 3.11).
#[test]
fn tuples_order_item_by_item_as_python_orders_them() {
    let ops = r#"      - let: "a = (2, 'b')"
      - let: "b = (1, 'z')"
      - let: "c = (2, 'a')"
      - set: "lt = (a < b) * 1000 + (b < a) * 100 + (c < a) * 10 + (a <= a)"
      - set: "short = ((1,) < (1, 0)) * 10 + ((1, 2) >= (1,))"
      - set: "low = min(min(a, b), c)"
      - set: "high = max(max(a, b), c)"
      - set: "nested = ((1, (2, 'x')) < (1, (2, 'y'))) * 10 + ((None, 1) < (None, 2))"
"#;
    check(
        "{ lt: 0, short: 0, low: 0, high: 0, nested: 0 }",
        ops,
        "ok lt=111 short=11 low=(1, 'z') high=(2, 'b') nested=11",
    );
}

#[test]
fn a_run_that_makes_too_many_tuples_ends_with_a_fault_that_says_so() {
    let ops = r#"      - let: "i = 0"
      - while: { cond: "i <= 12288", ops: [ { let: "t = (i,)" }, { let: "i = i + 1" } ] }
      - set: "y = 1"
"#;
    let shown = final_values("{ y: 0 }", ops);
    assert!(
        shown.starts_with("fault (the run made more than 12288 distinct tuples, the most one run may make"),
        "{shown}"
    );
}

/// Three putters race to a priority queue of `(priority, name)` pairs; the getter takes them after.
const PRIORITY_PAIRS: &str = "name: pairs
shared: { got: {} }
queues: { q: { order: priority } }
tasks:
  a: { ops: [ { put: { queue: q, value: \"(2, 'b')\" } } ] }
  b: { ops: [ { put: { queue: q, value: \"(1, 'z')\" } } ] }
  c: { ops: [ { put: { queue: q, value: THIRD } } ] }
  taker:
    ops:
      - join: a
      - join: b
      - join: c
      - repeat: { times: 3, ops: [ { get: { queue: q, into: x } }, { set: \"got[len(got)] = x\" } ] }
";

#[test]
fn a_priority_queue_orders_tuples_item_by_item_and_stops_where_python_may_raise() {
    let run = |third: &str| {
        let path = scenario_file("tuples", "pairs", &PRIORITY_PAIRS.replace("THIRD", third));
        outcome_lines(&json_of(&["explore", &path, "--json"]))
    };
    // JSON gives a tuple as an array.
    assert_eq!(run("\"(1, 'a')\""), [r#"ok len(got)=3 got[0]=[1,"a"] got[1]=[1,"z"] got[2]=[2,"b"]"#]);
    // `(1,)` is shorter than `(1, 'z')`, equal as far as it goes: smaller.
    assert_eq!(run("\"(1,)\""), [r#"ok len(got)=3 got[0]=[1] got[1]=[1,"z"] got[2]=[2,"b"]"#]);
    let beside_an_integer = run("7");
    assert!(beside_an_integer.iter().all(|line| line.starts_with("fault")), "{beside_an_integer:?}");
    let unorderable = run("\"(1, None)\"");
    assert!(unorderable.iter().any(|line| line.starts_with("fault")), "{unorderable:?}");
}

/// Two tasks make the same tuples in opposite orders, so their numbers differ between schedules; the
/// outcomes are compared by items, so explore (with its state cache and without) agrees with every
/// interleaving enumerated.
const TWO_ORDERS: &str = "name: two-orders
shared: { last: 0, log: {} }
queues: { q: {} }
tasks:
  up: { ops: [ { let: \"a = (1, 2)\" }, { let: \"b = (3, 4)\" }, { put: { queue: q, value: \"b\" } }, { set: \"last = a\" } ] }
  down: { ops: [ { let: \"b = (3, 4)\" }, { let: \"a = (1, 2)\" }, { put: { queue: q, value: \"a\" } }, { set: \"last = b\" } ] }
  taker: { ops: [ { get: { queue: q, into: x } }, { set: \"log[0] = x\" }, { get: { queue: q, into: y } }, { set: \"log[1] = y\" } ] }
";

#[test]
fn explore_agrees_with_brute_force_when_runs_make_tuples_in_other_orders() {
    let scenario = common::load(TWO_ORDERS);
    let reductions = [Reduction::CachedStates, Reduction::StatelessDpor];
    assert_explore_agrees(&scenario.model, Timeouts::Quiescent, &reductions, 4, "two-orders");
    // Four outcomes, each listed once: a tuple's number never tells two outcomes apart.
    let path = scenario_file("tuples", "two-orders", TWO_ORDERS);
    let report = json_of(&["explore", &path, "--json"]);
    assert_eq!(report["outcomes"].as_array().expect("outcomes").len(), 4, "{:?}", outcome_lines(&report));
    assert_eq!(outcome_lines(&report).len(), 4);
}
