//! Refusals whose words were weft's own inside or false (session40/repro/w04, w09), now about the
//! program.

use super::check_error;

/// A loop over no items known at import time binds nothing; the read after it is Python's
/// UnboundLocalError, where the words were "the scenario ... does not load: unknown name `job`".
#[test]
fn s40lead_a_loop_variable_after_a_loop_of_no_pass_is_unbound() {
    check_error(
        "last = -1\ndef worker(n):\n    global last\n    for job in range(n):\n        pass\n    last = job\nworker(0)\nprint(last)\n",
        "6:12: `job` is read before it is assigned (Python raises UnboundLocalError)",
    );
}

/// A built-in exception class handed on as a value is named as such, where the words were "not
/// defined".
#[test]
fn s40lead_a_builtin_exception_class_as_an_argument_is_named() {
    check_error(
        "import threading\ncaught = 0\ndef fail(kind):\n    raise kind(\"x\")\ndef worker():\n    global caught\n    try:\n        fail(ValueError)\n    except ValueError:\n        caught += 1\nt = threading.Thread(target=worker)\nt.start()\nt.join()\n",
        "8:14: the exception class `ValueError` as a value",
    );
}
