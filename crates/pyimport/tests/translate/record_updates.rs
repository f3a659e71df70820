//! `settings.update(...)` of a dict kept as one variable per string key: one `atomic` of the writes,
//! CPython's one C call (session38/t03).

use super::{check_error, import};

#[test]
fn s39lead_update_of_a_record_writes_each_key_in_one_atomic_step() {
    let program = |argument: &str, call: &str| {
        format!(
            "import threading\nsettings = {{\"theme\": \"dark\", \"font\": 12}}\ndef reload(new):\n    {call}\nt = threading.Thread(target=reload, args=({argument},))\nt.start()\nt.join()\nprint(settings)\n"
        )
    };
    let yaml =
        import(&program("{\"font\": 14}", "settings.update(new)"), &pyimport::Options::default()).expect("imports");
    assert!(
        yaml.contains("- atomic:  # line 4: settings.update(new)\n          - set: \"settings_font = new_font\""),
        "{yaml}"
    );
    let yaml =
        import(&program("0", "settings.update({\"theme\": \"light\", \"font\": new})"), &pyimport::Options::default())
            .expect("imports");
    assert!(
        yaml.contains("          - set: \"settings_theme = 'light'\"  # line 4")
            && yaml.contains("          - set: \"settings_font = new\"  # line 4"),
        "{yaml}"
    );
    check_error(&program("{\"size\": 3}", "settings.update(new)"), "4:21: `update` here adds the key \"size\"");
    // A value read from shared memory is read before the call in CPython: not this form.
    check_error(
        &program("0", "settings.update({\"font\": settings[\"font\"] + 1})"),
        "4:5: `.update(...)` here may change a list, dict or set in place",
    );
}
