//! `len` of a dict made at import time and never written, whose values are not a weft dict's (sleep
//! durations among which a float): its keys are known, so its length is a number of the scenario.

use super::import;

/// session37/a03: `len(runners)` of `{"ann": 0.003, ...}` handed to a coroutine as a count.
#[test]
fn s39lead_len_of_a_dict_of_durations_is_its_number_of_keys() {
    let program = |extra: &str| {
        format!(
            "import asyncio\ndone = []\nasync def runner(pace):\n    await asyncio.sleep(pace)\n    done.append(pace)\nasync def main():\n    runners = {{\"ann\": 0.003, \"bo\": 0.001, \"cy\": 0.002}}\n{extra}    await asyncio.gather(*[runner(pace) for pace in runners.values()])\n    return len(runners)\ncount = asyncio.run(main())\nprint(count)\n"
        )
    };
    let yaml = import(&program(""), &pyimport::Options::default()).expect("imports");
    assert!(yaml.contains("- return: \"3\""), "{yaml}");
    let yaml = import(&program("    runners.pop(\"bo\")\n"), &pyimport::Options::default());
    assert!(yaml.is_err(), "a dict that is written is not known: {yaml:?}");
}
