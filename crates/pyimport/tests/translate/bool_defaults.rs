//! Parameters that hold bools: a bool default reaches the parameter where a call leaves it out
//! (session38-s38exceptions/e03 printed `0` for `False` under "complete" until session 39), and where
//! every call in sight gives a bool or leaves the bool default, the parameter is a bool name whose text
//! is Python's (translate/bool_parameters.rs); a parameter also given another value is mixed, its text
//! refused.

use super::{check_error, import};

fn program(body: &str, starts: &str) -> String {
    format!("import threading\nlog = []\ndef work(n, verbose=False):\n    {body}\n{starts}print(log)\n")
}

const ONE_THREAD: &str = "t = threading.Thread(target=work, args=(1,))\nt.start()\nt.join()\n";

#[test]
fn s39lead_text_of_a_parameter_with_a_bool_default() {
    let yaml =
        import(&program("log.append(f\"{n}:{verbose}\")", ONE_THREAD), &pyimport::Options::default()).expect("imports");
    assert!(yaml.contains("f\\\"{n}:{'True' if verbose else 'False'}\\\""), "{yaml}");
    let given_true = "t = threading.Thread(target=work, args=(1, True))\nt.start()\nt.join()\nwork(2)\n";
    let yaml =
        import(&program("log.append(f\"{n}:{verbose}\")", given_true), &pyimport::Options::default()).expect("imports");
    assert!(yaml.contains("'True' if verbose else 'False'"), "{yaml}");
    let given_int = "t = threading.Thread(target=work, args=(1, 5))\nt.start()\nt.join()\nwork(2)\n";
    check_error(&program("log.append(f\"{n}:{verbose}\")", given_int), "4:23: `verbose` is given a bool in one place");
    // A mention that is no call in sight (`map(work, ...)`) keeps the old rule: mixed.
    let mapped = "from concurrent.futures import ThreadPoolExecutor\nwith ThreadPoolExecutor() as ex:\n    list(ex.map(work, [1, 2]))\n";
    check_error(&program("log.append(f\"{n}:{verbose}\")", mapped), "4:23: `verbose` is given a bool in one place");
}

/// A class's calls give its `__init__`'s parameters: a dataclass field `vote: bool = False` that only
/// bools reach prints as Python's bool (session37/t11, session37/repro/r15).
#[test]
fn s39lead_dataclass_bool_field_given_only_bools() {
    let program = |made: &str| {
        format!(
            "import threading\nfrom dataclasses import dataclass\njournal = []\n@dataclass\nclass Participant:\n    name: str\n    balance: int\n    vote: bool = False\np = {made}\ndef prepare():\n    p.vote = p.balance >= 5\n    journal.append(f\"{{p.name}}:{{p.vote}}\")\nt = threading.Thread(target=prepare)\nt.start()\nt.join()\nprint(journal)\n"
        )
    };
    let yaml = import(&program("Participant(\"a\", 10)"), &pyimport::Options::default()).expect("imports");
    assert!(yaml.contains("'True' if p_vote else 'False'"), "{yaml}");
    check_error(&program("Participant(\"a\", 10, 3)"), "12:32: the attribute `vote` is given a bool in one place");
}
