//! `tuple(sorted((a, b)))` of two locals in an expression: `(min(a, b), max(a, b))`, the tuple CPython
//! builds (session38/t09: a match of two players appended in name order).

use super::{check_error, import};

#[test]
fn s39lead_tuple_of_sorted_pair_of_locals_is_min_then_max() {
    let program = |pair: &str| {
        format!(
            "import threading\nlobby = [\"kai\", \"ivy\"]\nmatches = []\ndef pair():\n    first, second = lobby.pop(0), lobby.pop(0)\n    matches.append({pair})\nt = threading.Thread(target=pair)\nt.start()\nt.join()\nprint(matches)\n"
        )
    };
    let yaml = import(&program("tuple(sorted((first, second)))"), &pyimport::Options::default()).expect("imports");
    assert!(yaml.contains("- set: \"matches[len(matches)] = (min(first, second), max(first, second))\""), "{yaml}");
    // `sorted` alone is a list, which weft does not take as a value of a step.
    check_error(&program("sorted((first, second))"), "6:20: the value of `sorted(...)` is computed");
    // Three items keep the refusal of a `tuple` whose value is not computed.
    check_error(
        &program("tuple(sorted((first, second, first)))"),
        "6:20: weft cannot compute the value of `tuple(...)`",
    );
    // Known at import time, the sorted items themselves, as a tuple.
    let yaml = import(&program("tuple(sorted((\"kai\", \"ivy\")))"), &pyimport::Options::default()).expect("imports");
    assert!(yaml.contains("matches[len(matches)] = ('ivy', 'kai')"), "{yaml}");
}
