//! A `try` whose body always raises (a test of an argument known at import time that goes to `raise`)
//! never reaches its `else`: the `else`'s reads of names the body binds after the `raise` are not
//! refused as unbound (session40-lead/checks/c16, refused before session 40).

use super::{check_error, import};

#[test]
fn s40lead_an_else_after_a_body_that_always_raises_is_left_out() {
    let yaml = import(
        "import threading\nok = []\ndef validate(x):\n    try:\n        if x < 0:\n            raise ValueError(\"neg\")\n        v = 100 // x\n    except ValueError:\n        ok.append(-1)\n    else:\n        ok.append(v)\nts = [threading.Thread(target=validate, args=(n,)) for n in (-5, 4)]\nfor t in ts:\n    t.start()\nfor t in ts:\n    t.join()\nprint(ok)\n",
        &pyimport::Options::default(),
    )
    .expect("imports");
    // The thread given -5 raises and has no `else`; the one given 4 appends `v` in its `else`.
    let first =
        yaml.find("\n  validate-0:").and_then(|at| yaml[at..].find("\n  validate-1:").map(|end| &yaml[at..at + end]));
    let first = first.expect("two threads");
    assert!(first.contains("raise: ValueError") && !first.contains("else:"), "{yaml}");
    assert!(yaml.contains("else:") && yaml.contains("ok[len(ok)] = v"), "{yaml}");
}

/// An `else` reached (the body may finish) still reads only what the body bound.
#[test]
fn s40lead_an_else_reading_a_name_the_body_never_binds_is_refused() {
    check_error(
        "import threading\nok = []\ndef validate(x):\n    try:\n        if x < 0:\n            raise ValueError(\"neg\")\n    except ValueError:\n        ok.append(-1)\n    else:\n        ok.append(v)\nt = threading.Thread(target=validate, args=(4,))\nt.start()\nt.join()\n",
        "10:19: `v` is",
    );
}
