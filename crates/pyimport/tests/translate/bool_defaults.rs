//! A parameter's bool default reaches the parameter where a call leaves it out: its text is refused
//! (the parameter also takes what the calls give), never `0` printed for `False`
//! (session38-s38exceptions/e03, a silent error until session 39).

use super::{check_error, import};

#[test]
fn s39lead_text_of_a_parameter_with_a_bool_default_is_refused() {
    let program = |body: &str| {
        format!(
            "import threading\nlog = []\ndef work(n, verbose=False):\n    {body}\nt = threading.Thread(target=work, args=(1,))\nt.start()\nt.join()\nprint(log)\n"
        )
    };
    check_error(&program("log.append(f\"{n}:{verbose}\")"), "4:23: `verbose` is given a bool in one place");
    // Tested, not printed: the value 0 or 1 decides as Python's bool does.
    let yaml = import(&program("log.append(n if verbose else -n)"), &pyimport::Options::default()).expect("imports");
    assert!(yaml.contains("verbose"), "{yaml}");
}
