//! Python's floats as values of the format (docs/format.md, "Floats"): the two zeros have fixed
//! patterns and are never in a run's table of floats, so a run whose only floats are zeros must still
//! report them, and every name after them, as they are (session34/repro r04).

use crate::common;
use common::final_values;

fn check(shared: &str, ops: &str, expect: &str) {
    assert_eq!(final_values(shared, ops), expect, "{ops}");
}

#[test]
fn a_zero_float_in_a_run_that_made_no_other_float_is_reported_as_itself() {
    check(
        "{ total: 0, count: 0 }",
        "      - set: \"total = 0.0\"\n      - set: \"count = 3\"\n",
        "ok total=0.0 count=3",
    );
    check(
        "{ total: 0, count: 0 }",
        "      - set: \"total = -0.0\"\n      - set: \"count = 3\"\n",
        "ok total=-0.0 count=3",
    );
    check("{ a: 0, b: 0, c: 7 }", "      - set: \"a = 0.0 + 0.0\"\n      - set: \"b = -0.0\"\n", "ok a=0.0 b=-0.0 c=7");
}

#[test]
fn a_zero_float_beside_a_float_the_run_made_is_reported_as_before() {
    check(
        "{ total: 0, count: 0 }",
        "      - set: \"total = 0.0\"\n      - set: \"count = 1.5\"\n",
        "ok total=0.0 count=1.5",
    );
}
