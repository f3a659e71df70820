//! Values chosen at random (`let: "x = choose(1, 6)"`, `choose_of(...)`): what they lower to, the values
//! the model keeps, and the located error of every misuse.

mod common;

/// A scenario of one task `t` whose ops are `ops` (a YAML flow list), with a shared `x` and a lock.
fn scenario(ops: &str) -> String {
    format!("name: t\nshared: {{ x: 0 }}\nlocks: [m]\ntasks:\n  t:\n    ops: {ops}\n")
}

/// The program of task `t`, one instruction a line, and the model's choice values.
fn check(ops: &str, expect: &str, values: &[i64]) {
    let loaded = scenarios::load_str("t.yaml", &scenario(ops)).unwrap_or_else(|e| panic!("{}", e.render(false)));
    assert_eq!(common::listing(&loaded), expect, "ops: {ops}");
    assert_eq!(loaded.model.choice_values, values, "ops: {ops}");
    assert_eq!(loaded.model.sampled_choices, u32::from(ops.contains("sample")), "ops: {ops}");
}

#[test]
fn choices_lower_to_one_step_each_and_share_equal_values() {
    check(r#"[ { let: "c = choose(1, 3)" }, { set: "x = c" } ]"#, "0: let c = choose(1, 3)\n1: set x = c", &[1, 2, 3]);
    check(r#"[ { let: "c = choose(-2, -1)" } ]"#, "0: let c = choose(-2, -1)", &[-2, -1]);
    check(r#"[ { let: "c = choose(4, 4)" } ]"#, "0: let c = choose_of(4)", &[4]);
    check(
        r#"[ { let: "c = choose_of(5, 'a', None)" }, { let: "d = choose_of( 5 , 'a' , None )" } ]"#,
        "0: let c = choose_of(5, 'a', None)\n1: let d = choose_of(5, 'a', None)",
        &[5, sim_core::expr::FIRST_STRING + 1, sim_core::expr::NONE],
    );
    check(
        r#"[ { let: "d = sample(0, 2000001)" } ]"#,
        "0: let d = choose_of(0, 1000000, 2000001)",
        &[0, 1_000_000, 2_000_001],
    );
    check(r#"[ { let: "d = sample(-3, -1)" } ]"#, "0: let d = choose(-3, -1)", &[-3, -2, -1]);
    check(r#"[ { let: "d = sample(5, 5)" } ]"#, "0: let d = choose_of(5)", &[5]);
    check(
        r#"[ { atomic: [ { let: "c = choose_of(2, 1)" }, { set: "x = c" } ] } ]"#,
        "0: atomic until 3\n1: let c = choose_of(2, 1)\n2: set x = c",
        &[2, 1],
    );
}

/// Loading fails with `expect` (the first line of the rendered diagnostic, from the place on).
fn check_error(ops: &str, expect: &str) {
    MISMATCHES.check(&format!("ops: {ops}"), &scenario(ops), expect);
}

static MISMATCHES: common::Mismatches = common::Mismatches::new();

#[test]
fn every_misuse_is_a_located_error() {
    check_error(
        r#"[ { let: "c = choose(6, 1)" } ]"#,
        "6:24: `choose(6, 1)` would choose among -4 values; a choice has 1 to 1024 (LO is at most HI, both included, as Python's `random.randint(LO, HI)`; `sample(LO, HI)` takes a wide range at its ends and middle)",
    );
    check_error(
        r#"[ { let: "c = choose(0, 5000)" } ]"#,
        "6:24: `choose(0, 5000)` would choose among 5001 values; a choice has 1 to 1024 (LO is at most HI, both included, as Python's `random.randint(LO, HI)`; `sample(LO, HI)` takes a wide range at its ends and middle)",
    );
    check_error(r#"[ { let: "c = choose(1)" } ]"#, "6:24: `choose(LO, HI)` takes 2 arguments, not 1");
    check_error(r#"[ { let: "c = choose(1, x)" } ]"#, "6:34: `choose(LO, HI)` takes two integer literals");
    check_error(r#"[ { let: "c = choose(1, 'a')" } ]"#, "6:34: `choose(LO, HI)` takes two integer literals");
    check_error(r#"[ { let: "c = choose(None, 2)" } ]"#, "6:31: `choose(LO, HI)` takes two integer literals");
    check_error(
        r#"[ { let: "c = choose_of(1, x + 1)" } ]"#,
        "6:37: `choose_of` takes literals: integers, strings or None (the values of a choice are known when the file loads, as in `choose_of(1, 5, 'a')`)",
    );
    check_error(r#"[ { let: "c = choose_of()" } ]"#, "6:24: `choose_of` takes 1 to 1024 values, not 0");
    check_error(r#"[ { let: "c = choose(1, 2" } ]"#, "6:35: expected `,` or `)`");
    check_error(
        r#"[ { let: "c = choose(1, 2) + 1" } ]"#,
        "6:37: a choice is the whole right side of a `let`; found `+` after it",
    );
    check_error(
        r#"[ { let: "c = 1 + choose(1, 2)" } ]"#,
        "6:28: `choose(...)` is a step of its own: the whole right side of a `let`, as in `let: \"x = choose(1, 6)\"`",
    );
    check_error(
        r#"[ { set: "x = choose_of(1, 2)" } ]"#,
        "6:24: `choose_of(...)` is a step of its own: the whole right side of a `let`, as in `let: \"x = choose_of(1, 6)\"`",
    );
    check_error(r#"[ { let: "d = sample(2, 1)" } ]"#, "6:24: `sample(2, 1)`: LO is more than HI");
    check_error(r#"[ { let: "d = sample(0, 'a')" } ]"#, "6:34: `sample(LO, HI)` takes two integer literals");
    check_error(r#"[ { let: "d = sample(0, 1, 2)" } ]"#, "6:24: `sample(LO, HI)` takes 2 arguments, not 3");
    check_error(r#"[ { let: "x = choose(1, 2)" } ]"#, "6:19: `x` is a shared variable; write it with `set`");
    MISMATCHES.assert_none();
}
