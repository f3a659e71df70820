//! `received.append(box.popleft()[:3])`: a deque's `popleft()` inside an expression goes to a line of
//! its own before the statement, as `pop()` does (hoisting.rs); it was refused as "the value of
//! `.popleft()` on a shared list is not imported" (session40-lead/checks/c03).

use super::import;

#[test]
fn s40lead_a_popleft_inside_an_expression_is_hoisted() {
    let yaml = import(
        "import threading\nfrom collections import deque\nbox = deque([\"alpha\", \"beta\"])\nreceived = []\ndef reader():\n    for _ in range(2):\n        received.append(box.popleft()[:3])\nt = threading.Thread(target=reader)\nt.start()\nt.join()\nprint(received)\n",
        &pyimport::Options::default(),
    )
    .expect("imports");
    let taken = yaml.find("popleft_result = box[0]").expect("the popleft first");
    let appended = yaml.find("slice(popleft_result, None, 3, None)").expect("then the slice of what it took");
    assert!(taken < appended, "{yaml}");
}
