//! Strings as values of the format (docs/format.md, "Strings"): literals in expressions and YAML,
//! compared and ordered as Python compares them, false when empty, map keys, a TypeError fault under
//! arithmetic, printed as Python prints them (`'a'`; a JSON string in `--json`). Strings made while the
//! program runs (`a + b`, `s * n`, `str(x)`, `int(s)`, `len(s)`, f-strings) are values like the file's:
//! equal text is one value, so `explore` agrees with the brute-force enumerator when runs make the same
//! strings in other orders.

mod common;
mod support;

use common::{final_values, json_of, load, outcome_lines, run, scenario_file};
use sim_core::Timeouts;
use sim_core::engine::Reduction;
use support::enumerate::assert_explore_agrees;

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
    for (expression, operation) in [("x + 1", "+"), ("x * x", "*"), ("-x", "-"), ("abs(x)", "abs"), ("x < 3", "<")] {
        let ops = format!("      - set: \"y = {expression}\"\n");
        let expect =
            format!("fault (TypeError: unsupported operand str for `{operation}` in `{expression}`) x='a' y=0");
        check("{ x: a, y: 0 }", &ops, &expect);
    }
    // A literal under arithmetic is refused where it is written.
    let yaml = "name: s\nshared: { y: 0 }\ntasks: { main: { ops: [ { set: \"y = 'a' % 2\" } ] } }\n";
    let error = scenarios::load_str("s.yaml", yaml).expect_err("refused").render(false);
    assert!(error.contains("3:37: `%` of a string"), "{error}");
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

#[test]
fn strings_made_at_run_time_compute_as_python_computes_them() {
    let cases = [
        ("f'{name} got {n}'", "'ann got 42'"),
        ("name + '!' * 3", "'ann!!!'"),
        ("'-' * -2 + str(None) + str((n, name)) + str(name)", "\"None(42, 'ann')ann\""),
        ("int(' -1_000 ') + int(n) + len(name) + len(f'{n}{n}') + len((1, 2))", "-949"),
        ("(name + 'x' == 'annx') + (str(n) == '42') * 10 + (f'{name}' == name) * 100", "111"),
        ("max(name + 'z', 'ann') + min('b', 'a' + 'c')", "'annzac'"),
        ("(str(n) < 'a') + ('b' < name + 'b') * 10 + (str(9) > str(10)) * 100", "101"),
        ("f'{{{n}}}' + f'it {name}'", "'{42}it ann'"),
        // `s.upper()` / `s.lower()`: Unicode's full case mapping, as Python's (`'ß'.upper()` is `'SS'`).
        ("upper(name + 'ß') + lower('ÀB' + name)", "'ANNSSàbann'"),
    ];
    for (expression, shown) in cases {
        let ops =
            format!("      - let: \"n = 42\"\n      - let: \"name = 'an' + 'n'\"\n      - set: \"y = {expression}\"\n");
        check("{ y: 0 }", &ops, &format!("ok y={shown}"));
    }
}

#[test]
fn python_faults_and_weft_limits_of_made_strings_are_said_as_such() {
    let cases = [
        ("y = int('oops')", "ValueError: invalid literal for int() with base 10: 'oops'"),
        ("y = int(s + 'x')", "ValueError: invalid literal for int() with base 10: a string made at run time"),
        (
            "y = int(None)",
            "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'",
        ),
        ("y = len(n)", "TypeError: object of type 'int' has no len()"),
        ("y = upper(n)", "AttributeError: 'int' object has no attribute 'upper'"),
        ("y = s + n", "TypeError: unsupported operand str for `+`"),
        ("y = s * 'b'", "TypeError: unsupported operand str for `*`"),
        ("y = 'x' * 4097", "the run made a string longer than 4096 bytes, the most one string may hold"),
        ("y = int('٣')", "int() of digits other than 0-9 is Python's, not weft's yet"),
        ("y = int('99999999999999999999')", "integer overflow"),
    ];
    for (statement, message) in cases {
        let ops = format!("      - let: \"n = 1\"\n      - let: \"s = 'a'\"\n      - set: \"{statement}\"\n");
        let shown = final_values("{ y: 0 }", &ops);
        assert!(shown.starts_with(&format!("fault ({message}")), "{statement}: {shown}");
    }
}

#[test]
fn a_run_that_makes_too_many_strings_ends_with_a_fault_that_says_so() {
    let ops = r#"      - let: "i = 0"
      - while: { cond: "i <= 40000", ops: [ { let: "t = str(i)" }, { let: "i = i + 1" } ] }
      - set: "y = 1"
"#;
    let shown = final_values("{ y: 0 }", ops);
    assert!(shown.starts_with("fault (the run made more distinct strings than it may (32767 patterns"), "{shown}");
}

/// Two tasks make the same strings in opposite orders (so their numbers differ between schedules), log
/// them to a shared list, key a map by them and pass one through a queue; the outcomes are compared by
/// text, so explore (with its state cache and without) agrees with every interleaving enumerated.
const TWO_ORDERS: &str = "name: two-orders
shared: { last: '', log: {}, seen: {} }
queues: { q: {} }
tasks:
  up: { ops: [ { let: \"a = str(1) + 'x'\" }, { let: \"b = f'{2}y'\" }, { put: { queue: q, value: \"b\" } }, { set: \"seen[a] = 1\" } ] }
  down: { ops: [ { let: \"b = f'{2}y'\" }, { let: \"a = str(1) + 'x'\" }, { put: { queue: q, value: \"a\" } }, { set: \"seen[b] = 2\" } ] }
  taker: { ops: [ { get: { queue: q, into: x } }, { set: \"seen[x] = 3\" }, { set: \"log[len(log)] = x + '!'\" }, { get: { queue: q, into: y } }, { set: \"last = max(x, y)\" } ] }
";

#[test]
fn explore_agrees_with_brute_force_when_runs_make_strings_in_other_orders() {
    let scenario = common::load(TWO_ORDERS);
    let reductions = [Reduction::CachedStates, Reduction::StatelessDpor];
    assert_explore_agrees(&scenario.model, Timeouts::Quiescent, &reductions, 4, "two-orders");
    // A map keyed by made strings lists its keys by their text, whatever order the run made them in.
    let path = scenario_file("strings", "two-orders", TWO_ORDERS);
    let lines = outcome_lines(&json_of(&["explore", &path, "--json"]));
    let keys = "len(seen)=2 seen['1x']=3 seen['2y']=2";
    assert!(lines.iter().any(|line| line.contains(keys)), "{lines:?}");
}
