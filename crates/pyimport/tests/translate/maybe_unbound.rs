//! A local bound on some paths only and read where it may be unbound is refused: CPython raises
//! UnboundLocalError there, and weft's locals start at 0 (session40/repro/r02-r04 read 0 under
//! "complete").

use super::{check_error, import};

const WORDS: &str = "is bound on some paths to here and not on others";

#[test]
fn s40lead_a_local_bound_in_one_branch_of_a_run_time_if_is_refused_where_read() {
    check_error(
        "import threading\nout = []\nstock = {\"tea\": 0}\ndef sell():\n    if stock[\"tea\"] > 0:\n        price = 3\n    out.append(price)\nt = threading.Thread(target=sell)\nt.start()\nt.join()\n",
        &format!("7:16: `price` {WORDS}"),
    );
}

#[test]
fn s40lead_a_loop_variable_read_after_a_loop_that_may_make_no_pass_is_refused() {
    check_error(
        "import threading\nlast = -1\npending = []\ndef walker():\n    global last\n    for job in pending:\n        pass\n    last = job\nt = threading.Thread(target=walker)\nt.start()\nt.join()\n",
        &format!("8:12: `job` {WORDS}"),
    );
}

#[test]
fn s40lead_a_name_a_try_body_binds_read_after_a_handler_that_goes_on_is_refused() {
    check_error(
        "import threading\nout = []\nraw = \"x\"\ndef worker():\n    try:\n        value = int(raw)\n    except ValueError:\n        pass\n    out.append(value)\nt = threading.Thread(target=worker)\nt.start()\nt.join()\n",
        &format!("9:16: `value` {WORDS}"),
    );
}

/// Every path binds: both branches, a handler that binds too, a loop over items known at import time,
/// a handler that leaves; and a comprehension's own variable of the same name.
#[test]
fn s40lead_names_bound_on_every_path_import() {
    for body in [
        "    if stock[\"tea\"] > 0:\n        price = 3\n    else:\n        price = 0\n    out.append(price)\n",
        "    try:\n        price = int(raw)\n    except ValueError:\n        price = -1\n    out.append(price)\n",
        "    try:\n        price = int(raw)\n    except ValueError:\n        return\n    out.append(price)\n",
        "    for price in [1, 2]:\n        pass\n    out.append(price)\n",
        "    for price in out:\n        pass\n    out.append(sum(price for price in [1, 2]))\n",
        "    if stock[\"tea\"] > 0:\n        price = 3\n    price = 4\n    out.append(price)\n",
    ] {
        let program = format!(
            "import threading\nout = []\nraw = \"7\"\nstock = {{\"tea\": 0}}\ndef sell():\n{body}t = threading.Thread(target=sell)\nt.start()\nt.join()\n"
        );
        if let Err(error) = import(&program, &pyimport::Options::default()) {
            panic!("{body}: {error}");
        }
    }
}
