//! `if w and w not in words:` of a shared list: the name's truth as an operand of the short-circuit
//! test beside the membership scan, which runs only when the name is true (session 39).

use super::import;

#[test]
fn s39lead_name_and_list_membership_in_one_test() {
    let yaml = import(
        "import threading\nwords = []\ndef add(text):\n    for w in text.split(\",\"):\n        if w and w not in words:\n            words.append(w)\nts = [threading.Thread(target=add, args=(\"a,,b\",)), threading.Thread(target=add, args=(\"b,c\",))]\nfor t in ts:\n    t.start()\nfor t in ts:\n    t.join()\nprint(words)\n",
        &pyimport::Options::default(),
    )
    .expect("imports");
    let flag = yaml.find("- let: \"passed = w\"").expect("the name's truth first");
    let scan = yaml[flag..].find("cond: \"words[position] == w\"").expect("then the scan, under the flag");
    assert!(yaml[flag..flag + scan].contains("cond: \"passed\""), "{yaml}");
}
