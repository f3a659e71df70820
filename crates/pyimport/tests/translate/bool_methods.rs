//! A method whose every `def` returns a bool, with a name no library object has, gives a bool however
//! its receiver is reached (session38/repro/w06); a library name keeps the old rule (mixed).

use super::{check_error, import};

fn program(method: &str) -> String {
    format!(
        "import threading\nlog = []\nclass Account:\n    def __init__(self, balance):\n        self.balance = balance\n    def {method}(self, amount):\n        if amount > self.balance:\n            return False\n        self.balance -= amount\n        return True\naccount = Account(10)\ndef spend(amount):\n    ok = account.{method}(amount)\n    log.append(f\"{{amount}}:{{ok}}\")\nt = threading.Thread(target=spend, args=(8,))\nt.start()\nt.join()\nprint(log)\n"
    )
}

#[test]
fn s39lead_a_method_that_returns_only_bools_gives_a_bool() {
    let yaml = import(&program("withdraw"), &pyimport::Options::default()).expect("imports");
    assert!(yaml.contains("'True' if ok else 'False'"), "{yaml}");
    // `get` is a dict's and a queue's method too.
    check_error(&program("get"), "14:28: `ok` is given a bool in one place");
}
