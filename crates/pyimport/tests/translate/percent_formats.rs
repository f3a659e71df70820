//! `"%.3f" % price` of a float known at import time: printf-style formatting when the program runs,
//! not arithmetic with a float literal (session38/repro/w03, refused with the words of arithmetic
//! until session 39).

use super::import;

#[test]
fn s39lead_percent_format_of_a_float_argument_is_a_template() {
    let yaml = import(
        "import threading\nlog = []\ndef work(price):\n    log.append(\"%.3f\" % price)\nt = threading.Thread(target=work, args=(2.5,))\nt.start()\nt.join()\nprint(log)\n",
        &pyimport::Options::default(),
    )
    .expect("imports");
    assert!(yaml.contains("- set: \"log[len(log)] = '%.3f' % 2.5\""), "{yaml}");
}
