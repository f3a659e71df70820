//! Strings as values of the format (docs/format.md, "Strings"): literals in expressions and YAML,
//! compared and ordered as Python compares them, false when empty, map keys, a TypeError fault under
//! arithmetic, printed as Python prints them (`'a'`; a JSON string in `--json`). Strings made while the
//! program runs (`a + b`, `s * n`, `str(x)`, `int(s)`, `len(s)`, f-strings) are values like the file's:
//! equal text is one value, so `explore` agrees with the brute-force enumerator when runs make the same
//! strings in other orders.

use crate::common;
use crate::support;

use common::{final_values, json_of, load, outcome_lines, run, scenario_file};
use sim_core::Timeouts;
use sim_core::engine::Reduction;
use support::enumerate::assert_explore_agrees;

fn check(shared: &str, ops: &str, expect: &str) {
    assert_eq!(final_values(shared, ops), expect, "{ops}");
}

/// Each expression's value, with `n = 42` and `name = 'ann'` (made at run time), as Python's repr.
fn check_values(cases: &[(&str, &str)]) {
    for (expression, shown) in cases {
        let ops =
            format!("      - let: \"n = 42\"\n      - let: \"name = 'an' + 'n'\"\n      - set: \"y = {expression}\"\n");
        check("{ y: 0 }", &ops, &format!("ok y={shown}"));
    }
}

/// Each statement's fault, with `n = 1` and `s = 'a'`: the message it starts with.
fn check_faults(cases: &[(&str, &str)]) {
    for (statement, message) in cases {
        let ops = format!("      - let: \"n = 1\"\n      - let: \"s = 'a'\"\n      - set: \"{statement}\"\n");
        let shown = final_values("{ y: 0 }", &ops);
        assert!(shown.starts_with(&format!("fault ({message}")), "{statement}: {shown}");
    }
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
    let yaml = "name: s\nshared: { y: 0 }\ntasks: { main: { ops: [ { set: \"y = 2 % 'a'\" } ] } }\n";
    let error = scenarios::load_str("s.yaml", yaml).expect_err("refused").render(false);
    assert!(error.contains("3:41: `%` of a string"), "{error}");
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
    check_values(&cases);
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
    check_faults(&cases);
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

/// The text functions (docs/format.md, "Functions of text"): each expression's value is CPython's of the
/// Python expression the import writes it for (`slice(s, None, None, -1)` is `s[::-1]`, `contains(s, x)`
/// is `x in s`, `split(...)` is the list `s.split(...)` as a tuple), printed as Python's repr.
#[test]
fn text_functions_compute_as_cpython_computes_them() {
    let cases = [
        ("slice('user:42', None, None, -1) + slice(name, 1, None, None) + slice('abcdef', -1, 1, -2)", "'24:resunnfd'"),
        ("slice((1, 'a', None), 1, None, None)", "('a', None)"),
        ("item(name, -1) + item('xyz', 0)", "'nx'"),
        ("item((7, 'b'), 1)", "'b'"),
        ("strip('  hi\\n') + lstrip('[[x]]', '[') + rstrip('[[x]]', ']') + strip(name, None)", "'hix]][[xann'"),
        ("replace('a-b-c', '-', '+') + replace('a-b-c', '-', '', 1) + replace('ab', '', '.')", "'a+b+cab-c.a.b.'"),
        (
            "startswith('ERR x', 'ERR') + endswith(name, ('x', 'nn')) * 10 + startswith('abc', 'b', 1) * 100 + endswith('abc', 'c', 0, 2) * 1000",
            "111",
        ),
        (
            "find('/api/u?x', '?') * 1000 + rfind('a/b/c', '/') * 100 + find(name, 'z') * 10 + count('a/b/c', '/') + count(name, '')",
            "6296",
        ),
        (
            "index('a=b', '=') + rindex('aXbXc', 'X', 0, 3) * 10 + count((1, 2, 1), 1) * 100 + index((1, 'b'), 'b') * 1000",
            "1211",
        ),
        (
            "isdigit('427') + isalpha(name) * 2 + isalnum('a1') * 4 + isspace(' \\t') * 8 + isupper('AB1') * 16 + islower(name) * 32 + istitle('Ab Cd') * 64 + isdigit('') * 128 + isupper('12') * 256",
            "127",
        ),
        (
            "zfill('-12', 6) + ljust(name, 5, '.') + rjust('7', 3) + center('ab', 5, '*') + center('abc', 6, '-') + zfill(name, 1)",
            "'-00012ann..  7**ab*-abc--ann'",
        ),
        ("title('3rd fOO bar-baz') + capitalize('hELLO wORLD') + swapcase('aB')", "'3Rd Foo Bar-BazHello worldAb'"),
        ("join(':', ('eu', name, str(n))) + join('-', 'abc')", "'eu:ann:42a-b-c'"),
        ("contains('eu-west', 'eu') + contains(name, 'x') * 10 + contains((1, 'a'), 'a') * 100", "101"),
        ("ord(item(name, 0)) + ord('é')", "330"),
        ("chr(99) + chr(233) + repr(name) + repr(n) + repr(None) + repr((1, 'a'))", "\"cé'ann'42None(1, 'a')\""),
        (
            "format(n, '03d') + format(5, '03d') + format(name, '>6') + format(255, 'x') + format(255, '#X') + format(n, '+d') + format(name, '^7') + format(1234567, ',') + format(1234, '08,') + format(-1234, '=+10_') + format('abcdef', '.2') + format(255, '#_b') + format(None, '') + format(65, 'c')",
            "'042005   annff0XFF+42  ann  1,234,5670,001,234-    1_234ab0b1111_1111NoneA'",
        ),
        (
            "'w %s did %d (%5d|%-4s|%03d|%x|%r|%%|%c)' % (name, n, n, name, 7, 255, name, 65)",
            "\"w ann did 42 (   42|ann |007|ff|'ann'|%|A)\"",
        ),
        ("'%s!' % name + '%+.3d' % 7 + '%*d' % (-4, 2) + '%s' % ((1, 2),)", "'ann!+0072   (1, 2)'"),
        (
            "unpack(split('GET:/a', ':'), 1, 2) + item(split(' a  b ', None), 1) + item(split('a,b,c', ',', 1), 1) + item(rsplit('a,b,c', ',', 1), 0) + str(len(split('x y z')))",
            "'/abb,ca,b3'",
        ),
    ];
    check_values(&cases);
}

/// CPython's exceptions of the text functions, each a fault of its class (a `try` catches it), and
/// what Python computes and weft does not yet, said as such.
#[test]
fn text_functions_raise_cpythons_exceptions() {
    let cases = [
        ("y = item(s, 5)", "IndexError: string index out of range"),
        ("y = item((1, 2), -3)", "IndexError: tuple index out of range"),
        ("y = item(n, 0)", "TypeError: 'int' object is not subscriptable"),
        ("y = item(s, 'a')", "TypeError: string and tuple indices must be integers"),
        ("y = slice(s, None, None, 0)", "ValueError: slice step cannot be zero"),
        ("y = slice(s, 'a', None, None)", "TypeError: slice indices must be integers"),
        ("y = index(s, 'z')", "ValueError: substring not found"),
        ("y = index((1, 2), 3)", "ValueError: tuple.index(x): x not in tuple"),
        ("y = strip(n)", "AttributeError: 'int' object has no attribute 'strip'"),
        ("y = find(s, 1)", "TypeError: must be str"),
        ("y = center(s, 5, 'ab')", "TypeError: The fill character must be exactly one character long"),
        ("y = join(',', (s, n))", "TypeError: sequence item: expected str instance"),
        ("y = contains(s, 1)", "TypeError: 'in <string>' requires string as left operand"),
        ("y = contains(n, 1)", "TypeError: argument of type 'int' is not iterable"),
        ("y = ord('ab')", "TypeError: ord() expected a character"),
        ("y = chr(1114112)", "ValueError: chr() arg not in range(0x110000)"),
        ("y = format(s, 'd')", "ValueError: Unknown format code for object of type 'str'"),
        ("y = format(n, '.2')", "ValueError: Precision not allowed in integer format specifier"),
        ("y = format(None, '>3')", "TypeError: unsupported format string passed to NoneType.__format__"),
        ("y = format(n, ',x')", "ValueError: Cannot specify this grouping"),
        ("y = '%d' % s", "TypeError: %d format: a real number is required"),
        ("y = '%s %s' % s", "TypeError: not enough arguments for format string"),
        ("y = 'a' % 2", "TypeError: not all arguments converted during string formatting"),
        ("y = '%y' % n", "ValueError: unsupported format character"),
        ("y = '%' % n", "ValueError: incomplete format"),
        ("y = split(s, '')", "ValueError: empty separator"),
        ("y = unpack(split('a:b:c', ':'), 0, 2)", "ValueError: too many values to unpack (expected 2)"),
        (
            "y = isalpha('é')",
            "isdigit(), isalpha(), isupper() and the like of text beyond ASCII is Python's, not weft's yet",
        ),
        ("y = split(' ', None)", "an empty tuple or list is Python's, not weft's yet"),
        ("y = zfill(s, 5000)", "the run made a string longer than 4096 bytes"),
    ];
    check_faults(&cases);
}
