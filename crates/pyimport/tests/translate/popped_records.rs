//! `left = sessions.pop(user, -1)` of a dict display with string keys: the display is held as a shared
//! map (grown_dicts.rs), whose `pop` takes the value and removes the key in one step, where it was
//! refused as "the value of `.pop()` on a dict with string keys is not imported" (session40-lead/
//! checks/c35).

use super::import;

#[test]
fn s40lead_a_pop_of_a_dict_display_with_string_keys_makes_it_a_map() {
    let yaml = import(
        "import threading\nsessions = {\"u1\": 3, \"u2\": 0}\nclosed = []\ndef expire(user):\n    left = sessions.pop(user, -1)\n    closed.append(left)\nt = threading.Thread(target=expire, args=(\"u2\",))\nt.start()\nt.join()\nprint(closed, sessions)\n",
        &pyimport::Options::default(),
    )
    .expect("imports");
    assert!(yaml.contains("sessions: {\"u1\": 3, \"u2\": 0}"), "one map, not a variable per key: {yaml}");
    assert!(yaml.contains("cond: \"has(sessions, 'u2')\""), "{yaml}");
    assert!(yaml.contains("del: \"sessions['u2']\""), "{yaml}");
}

/// The statement form, whose value is dropped, removes the key too.
#[test]
fn s40lead_a_pop_statement_of_a_dict_display_with_string_keys_makes_it_a_map() {
    let yaml = import(
        "import threading\nsessions = {\"u1\": 3, \"u2\": 0}\ndef expire(user):\n    sessions.pop(user)\nt = threading.Thread(target=expire, args=(\"u1\",))\nt.start()\nt.join()\nprint(sessions)\n",
        &pyimport::Options::default(),
    )
    .expect("imports");
    assert!(yaml.contains("sessions: {\"u1\": 3, \"u2\": 0}") && yaml.contains("del: \"sessions['u1']\""), "{yaml}");
}
