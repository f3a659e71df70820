//! Format 1.1 in the loader: what each construct lowers to, and the located error of every misuse that
//! can be seen in the file.

mod common;

/// A scenario with `shared`, declarations and one task `t` whose ops are `ops` (a YAML flow list).
fn scenario(declarations: &str, ops: &str) -> String {
    format!("name: t\n{declarations}\ntasks:\n  t:\n    ops: {ops}\n")
}

const DECLARATIONS: &str = "shared: { x: 0, flag: 0, buf: [1, 2, 3], cache: {} }
locks: { m: {}, r: { reentrant: true }, fork: { count: 3 } }
semaphores: { slots: 2, one: { value: 1, bounded: true } }
events: [ready]
conditions: { c: { lock: m }, own: {} }";

/// The program of task `t`, one instruction a line, as sim-core holds it.
fn program(ops: &str) -> String {
    let text = scenario(DECLARATIONS, ops);
    let loaded = scenarios::load_str("t.yaml", &text).unwrap_or_else(|e| panic!("{}", e.render(false)));
    common::listing(&loaded)
}

fn check(ops: &str, expect: &str) {
    assert_eq!(program(ops), expect, "ops: {ops}");
}

#[test]
fn control_flow_lowers_to_jumps_and_branches() {
    check(
        r#"[ { if: { cond: "x > 0", then: [ { set: "x = 1" } ], else: [ { set: "x = 2" } ] } } ]"#,
        "0: read x\n1: branch x > 0 else 4\n2: set x = 1\n3: jump 5\n4: set x = 2",
    );
    check(
        r#"[ { while: { cond: "flag == 0", ops: [] } } ]"#,
        "0: read flag\n1: branch flag == 0 else 3\n2: loop back 0",
    );
    check(
        r#"[ { let: "k = 0" }, { while: { cond: "True", ops: [ { if: { cond: "k == 3", then: [ break ] } }, { let: "k = k + 1" }, continue ] } } ]"#,
        "0: let k = 0\n1: branch True else 7\n2: branch k == 3 else 4\n3: jump 7\n4: let k = k + 1\n5: jump 6\n6: loop back 1",
    );
    check(
        r#"[ { with: { lock: m, ops: [ { return: "x" } ] } } ]"#,
        "0: lock m\n1: read x\n2: unlock m\n3: return x\n4: unlock m",
    );
    check(r#"[ return ]"#, "0: return 0");
}

#[test]
fn python_and_or_do_only_the_reads_they_need() {
    // `&&` keeps format 1.0's meaning: both reads happen, before the step.
    check(r#"[ { let: "a = x > 0 && flag > 0" } ]"#, "0: read x\n1: read flag\n2: let a = x > 0 && flag > 0");
    check(
        r#"[ { let: "a = x > 0 and flag > 0" } ]"#,
        "0: read x\n1: compute %0 = x > 0\n2: branch (x > 0) and (flag > 0) else 5\n3: read flag\n4: compute %0 = flag > 0\n5: let a = x > 0 and flag > 0",
    );
    check(r#"[ { let: "a = x or 0" } ]"#, "0: read x\n1: let a = x or 0");
}

#[test]
fn a_conditional_expression_reads_only_the_branch_it_takes() {
    // Branches that read nothing: one expression, the condition's reads before it.
    check(r#"[ { let: "a = 1 if x > 0 else 2" } ]"#, "0: read x\n1: let a = 1 if x > 0 else 2");
    // A branch that reads: the condition, then a branch to the one taken, whose reads alone happen.
    check(
        r#"[ { let: "a = x if flag else 0" } ]"#,
        "0: read flag\n1: branch flag else 5\n2: read x\n3: compute %0 = x if flag else 0\n4: jump 6\n5: compute %0 = x if flag else 0\n6: let a = x if flag else 0",
    );
    // It nests to the right, as Python's does: the inner one reads `flag` again, only when it is taken.
    check(
        r#"[ { let: "a = 1 if flag else 2 if flag else 3" } ]"#,
        "0: read flag\n1: branch flag else 4\n2: compute %0 = 1 if flag else 2 if flag else 3\n3: jump 6\n4: read flag\n5: compute %0 = 1 if flag else 2 if flag else 3\n6: let a = 1 if flag else 2 if flag else 3",
    );
}

#[test]
fn arrays_maps_and_atomic() {
    check(
        r#"[ { set: "buf[x] = buf[-1] + len(buf)" } ]"#,
        "0: read buf[-1]\n1: read x\n2: set buf[x] = buf[-1] + len(buf)",
    );
    check(
        r#"[ { atomic: [ { if: { cond: "not has(cache, 1)", then: [ { set: "cache[1] = 5" } ] } } ] }, { del: "cache[1]" } ]"#,
        "0: atomic until 4\n1: read has(cache, 1)\n2: branch not has(cache, 1) else 4\n3: set cache[1] = 5\n4: del cache[1]",
    );
    // A whole-map read: each place a read step of its own, its index read first.
    check(
        r#"[ { let: "k = key_at(cache, x) + value_at(cache, -1)" } ]"#,
        "0: read x\n1: read key_at(cache, x)\n2: read value_at(cache, -1)\n3: let k = key_at(cache, x) + value_at(cache, -1)",
    );
    // A walk in insertion order: each read a step of its own; `changes` has no place.
    check(
        r#"[ { let: "k = key_inserted(cache, next_inserted(cache, x)) + changes(cache)" } ]"#,
        "0: read x\n1: read next_inserted(cache, x)\n2: read key_inserted(cache, next_inserted(cache, x))\n3: read changes(cache)\n4: let k = key_inserted(cache, next_inserted(cache, x)) + changes(cache)",
    );
}

#[test]
fn primitives() {
    check(
        r#"[ { lock: "fork[x % 3]" }, { unlock: "fork[(x + 1) % 3]" }, { lock: { name: m, timeout: 0ns, into: got } } ]"#,
        "0: read x\n1: lock fork[x % 3]\n2: read x\n3: unlock fork[(x + 1) % 3]\n4: lock m timeout 0ns",
    );
    check(
        r#"[ { acquire: slots }, { release: slots }, { set_event: ready }, { wait: ready }, { clear_event: ready }, { let: "s = is_set(ready)" } ]"#,
        "0: acquire slots\n1: release slots\n2: set_event ready\n3: wait ready\n4: clear_event ready\n5: read is_set(ready)\n6: let s = is_set(ready)",
    );
    check(
        r#"[ { with: { lock: own, ops: [ { wait_for: { condition: own, cond: "flag == 1" } }, { notify: own }, { notify_all: own } ] } } ]"#,
        "0: lock own\n1: read flag\n2: branch flag == 1 else 4\n3: jump 6\n4: wait own\n5: jump 1\n6: notify own n=1\n7: notify_all own\n8: unlock own",
    );
}

#[test]
fn string_literals_are_constants_and_map_keys() {
    check(
        r#"[ { set: "cache['k'] = 'v'" }, { if: { cond: "cache['k'] == \"v\"", then: [ { set: "x = 1" } ] } } ]"#,
        "0: set cache['k'] = 'v'\n1: read cache['k']\n2: branch cache['k'] == \"v\" else 4\n3: set x = 1",
    );
}

#[test]
fn tuple_displays_and_unpack_lower_to_values() {
    check(
        r#"[ { let: "t = (x, 'a', (1,))" }, { set: "buf[0] = unpack(t, 0, 3)" }, { if: { cond: "t == (1, 2)", then: [] } } ]"#,
        "0: read x\n1: let t = (x, 'a', (1,))\n2: set buf[0] = unpack(t, 0, 3)\n3: branch t == (1, 2) else 4",
    );
}

/// Loading fails with `expect` (the first line of the rendered diagnostic, from the place on).
fn check_error(declarations: &str, ops: &str, expect: &str) {
    MISMATCHES.check(&format!("ops: {ops}"), &scenario(declarations, ops), expect);
}

static MISMATCHES: common::Mismatches = common::Mismatches::new();

#[test]
fn every_visible_misuse_is_a_located_error() {
    let d = DECLARATIONS;
    check_error(d, "[ break ]", "9:12: `break` is outside any `while` or `repeat`");
    check_error(
        d,
        "[ { set: \"x = 1 if flag\" } ]",
        "9:33: expected `else` (a conditional expression is `a if condition else b`)",
    );
    check_error(
        d,
        "[ { set: \"x = 'a' + 1\" } ]",
        "9:24: `+` of a string: weft's strings join (`+`) and repeat (`*` by an integer), nothing else",
    );
    check_error(d, "[ { set: \"x = 'open\" } ]", "9:24: a string opened with ' is not closed");
    check_error(
        d,
        "[ { set: \"x = (1, 2) * 2\" } ]",
        "9:24: `*` of a tuple: weft's tuples are made, compared with `==`, unpacked, stored and printed, not computed with",
    );
    check_error(
        d,
        "[ { set: \"x = unpack(x, 2, 2)\" } ]",
        "9:24: `unpack(t, i, n)` takes item `i` of a tuple of `n` items: two integer literals, 0 <= i < n <= 16",
    );
    check_error(
        d,
        "[ { set: \"x = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17)\" } ]",
        "9:24: a tuple has at most 16 items, this one 17",
    );
    check_error(
        d,
        "[ { if: { cond: \"x\", then: [ continue ] } } ]",
        "9:39: `continue` is outside any `while` or `repeat`",
    );
    check_error(
        d,
        "[ { atomic: [ { io: 1ms } ] } ]",
        "9:24: a blocking call cannot be inside `atomic` (an `atomic` block runs as one step: nothing in it may block, wait or take time)",
    );
    check_error(
        d,
        "[ { atomic: [ { lock: m } ] } ]",
        "9:24: a blocking `lock` (only `timeout: 0ns` is allowed) cannot be inside `atomic` (an `atomic` block runs as one step: nothing in it may block, wait or take time)",
    );
    check_error(d, "[ { wait: { condition: cc } } ]", "9:33: unknown condition `cc` (did you mean `c`?)");
    check_error(d, "[ { acquire: slot } ]", "9:23: unknown semaphore `slot` (did you mean `slots`?)");
    check_error(d, "[ { set_event: m } ]", "9:25: `m` is a lock, not an event");
    check_error(d, "[ { lock: fork } ]", "9:20: `fork` is an array of 3 locks (name one of them, as in `fork[i]`)");
    check_error(
        d,
        "[ { lock: \"m[0]\" } ]",
        "9:20: `m` is one lock, not an array of them (name it `m`, or declare it with `count:`)",
    );
    check_error(d, "[ { let: \"y = mx(1, 2)\" } ]", "9:24: unknown function `mx`; did you mean `max`?");
    check_error(
        d,
        "[ { let: \"y = buf\" } ]",
        "9:24: `buf` is a shared array or map; read one element as `buf[i]` (`len(buf)` is its length)",
    );
    check_error(
        d,
        "[ { set: \"x[1] = 2\" } ]",
        "9:19: `x` is not a shared array or map of this task's process (declare it under `shared:` as a list (`buf: [0, 0]`) or a mapping (`cache: {}`))",
    );
    check_error(d, "[ { del: \"buf[1]\" } ]", "9:19: `buf` is not a shared map of this task's process");
    check_error(
        d,
        "[ { let: \"y = ready\" } ]",
        "9:24: `ready` is an event, not a value (read whether it is set with `is_set(ready)`)",
    );
    check_error(
        d,
        "[ { wait: { event: ready, condition: c } } ]",
        "9:20: `wait` names either an `event:` or a `condition:` (`wait: { event: E }` is Event.wait(), `wait: { condition: C }` Condition.wait())",
    );
    check_error(
        "locks: { m: { asyncio: true } }",
        "[ { lock: m } ]",
        "5:20: lock `m` is asyncio's own (`asyncio: true`); only coroutines may use it (a thread uses a threading lock: leave `asyncio:` out of its declaration)",
    );
    check_error(
        "semaphores: { s: -1 }",
        "[ yield ]",
        "2:18: a semaphore's initial value must not be negative (Python raises ValueError for `Semaphore(-1)`)",
    );
    check_error(
        "locks: { m: { count: 2 } }\nconditions: { c: { lock: m } }",
        "[ yield ]",
        "3:26: lock `m` is an array of 2 but condition `c` has no `count` (give the condition the same `count` (element k uses lock element k), or name one lock)",
    );
    check_error("events: [a, a]", "[ yield ]", "2:13: `a` is already the name of an event");
    check_error(d, "[ { let: \"y = key_at(buf, 0)\" } ]", "9:24: `buf` is not a shared map of this task's process");
    check_error(
        d,
        "[ { let: \"y = value_at(1, 0)\" } ]",
        "9:24: `value_at(m, i)` takes the name of a shared map first",
    );
    check_error(
        "shared: { m: {} }\nexpect: [ \"key_at(m, 0) == 1\" ]",
        "[ yield ]",
        "3:12: `key_at` reads a map in a task's steps, not in `expect` (compute it in a task (the Python import does so in `main`) and check the task's result)",
    );
    check_error(
        "shared: { m: {} }\nexpect: [ \"changes(m) == 0\" ]",
        "[ yield ]",
        "3:12: `changes` reads a map in a task's steps, not in `expect` (compute it in a task (the Python import does so in `main`) and check the task's result)",
    );
    MISMATCHES.assert_none();
}

#[test]
fn format_one_zero_locks_still_need_no_declaration() {
    let text = scenario("", "[ { lock: a }, { unlock: a } ]");
    let loaded = scenarios::load_str("t.yaml", &text).expect("loads");
    assert_eq!(loaded.model.locks, ["a"]);
}

#[test]
fn names_that_yaml_1_1_reads_as_booleans_stay_names() {
    // YAML 1.1 reads `y`, `n`, `on` and `off` as booleans; a scenario's names are YAML 1.2 strings.
    let text = scenario(
        "locks: { n: {}, y: {}, on: {}, off: {} }",
        "[ { lock: n }, { lock: y }, { lock: on }, { lock: off } ]",
    );
    let loaded = scenarios::load_str("t.yaml", &text).unwrap_or_else(|e| panic!("{}", e.render(false)));
    assert_eq!(loaded.model.locks, ["n", "y", "on", "off"]);
}
