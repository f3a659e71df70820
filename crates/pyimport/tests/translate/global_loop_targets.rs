//! A `for` whose target the function declares `global` stores each item in the module's variable, as
//! CPython's loop does; before session 40 the loop's variable was the task's own and the global was
//! never written (session40/repro/r01: `after = i` read 0 under "complete").

use super::import;

#[test]
fn s40lead_a_global_loop_target_is_stored_each_pass() {
    let yaml = import(
        "import threading\ni = 0\ntotal = 0\ndef tally():\n    global i, total\n    for i in range(4):\n        total += i\nt = threading.Thread(target=tally)\nt.start()\nt.join()\nprint(i, total)\n",
        &pyimport::Options::default(),
    )
    .expect("imports");
    let stored = yaml.find("set: \"i_2 = i_item").expect("the global stored at the top of each pass");
    let added = yaml.find("set: \"total = total + i_2\"").expect("the body reads the global");
    assert!(stored < added, "{yaml}");
}

/// A tuple target stores each global of it in order; a name of it not declared global stays local.
#[test]
fn s40lead_a_tuple_target_stores_only_its_globals() {
    let yaml = import(
        "import threading\na = 0\ntotal = 0\ndef pairs():\n    global a, total\n    for a, b in [(1, 2), (3, 4)]:\n        total += a * b\nt = threading.Thread(target=pairs)\nt.start()\nt.join()\nprint(a, total)\n",
        &pyimport::Options::default(),
    )
    .expect("imports");
    assert!(yaml.contains("set: \"a = a_item"), "{yaml}");
    assert!(!yaml.contains("b_item"), "{yaml}");
}
