//! A name bound to a string known at import time inside an `if` the scenario runs, bound once in its
//! function and read only after the binding in its block: exact, as an object bound so is
//! (translate/block_objects.rs). The import's own local for an f-string operand before a hoisted call
//! is such a name (session38/repro/w07, refused until session 39 with words naming `name_text`).

use super::{check_error, import};

#[test]
fn s39lead_string_bound_once_on_one_path_and_read_after_imports() {
    let program = |body: &str| {
        format!(
            "import threading\nlog = []\ntickets = [1]\ndef consumer(name):\n    if len(tickets) > 0:\n{body}\nt = threading.Thread(target=consumer, args=(\"a\",))\nt.start()\nt.join()\nprint(log)\n"
        )
    };
    let yaml = import(&program("        log.append(f\"{name} got {tickets.pop(0)}\")"), &pyimport::Options::default())
        .expect("imports");
    assert!(yaml.contains("log[len(log)] = f'a got {pop_result}'"), "{yaml}");
    let yaml = import(
        &program("        label = \"got\"\n        tickets.pop(0)\n        log.append(label)"),
        &pyimport::Options::default(),
    )
    .expect("imports");
    assert!(yaml.contains("log[len(log)] = 'got'"), "{yaml}");
    // Read after the `if` too: a path that did not bind it reaches the read.
    check_error(
        &program("        label = \"got\"\n        tickets.pop(0)\n    log.append(label)"),
        "6:17: `label` is bound to a string here, on one path only",
    );
}
