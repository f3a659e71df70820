//! Python's conditional expression `a if c else b` in a task's expressions (docs/format.md,
//! "Expressions"; session 19): the value of the branch taken, not a bool, only that branch computed
//! (a division by zero or a missing key in the other branch is no fault), nested in its `else`, read
//! again by every pass of a `while`.

use crate::common;
use common::final_values;

fn check(shared: &str, ops: &str, expect: &str) {
    assert_eq!(final_values(shared, ops), expect, "{ops}");
}

#[test]
fn the_value_is_the_branch_taken() {
    let ops = r#"      - let: "k = 'd'"
      - set: "x = (2 if k == 'b' else 5 if k == 'd' else 0)"
      - let: "name = ''"
      - set: "label = name if name else 'anon'"
      - set: "y = (x if x else 1) + 10"
"#;
    check("{ x: 0, label: '', y: 0 }", ops, "ok x=5 label='anon' y=15");
}

#[test]
fn only_the_branch_taken_is_computed() {
    let ops = r#"      - set: "x = (1 // zero if zero else 7)"
      - set: "y = (d[5] if has(d, 5) else -1)"
"#;
    check("{ zero: 0, x: 0, y: 0, d: {} }", ops, "ok zero=0 x=7 y=-1 len(d)=0");
}

#[test]
fn a_while_reads_it_again_on_every_pass() {
    let ops = r#"      - let: "k = 0"
      - while:
          cond: "(k < 3 if n == 0 else k < 5)"
          ops:
            - let: "k = k + 1"
            - set: "x = x + 1"
            - if: { cond: "k == 2", then: [ { set: "n = 1" } ] }
"#;
    check("{ x: 0, n: 0 }", ops, "ok x=5 n=1");
}
