//! An object a task's function makes, hands to another task and returns is refused in words that say
//! so, where they said "runs as a job more than once" of `asyncio.run(main())` (session38/repro/w04).

use super::check_error;

#[test]
fn s39lead_a_returned_object_handed_on_is_refused_as_returned() {
    check_error(
        "import asyncio\nasync def fill(box):\n    await asyncio.sleep(0)\n    box[\"k\"] = 1\nasync def main():\n    box = {}\n    await asyncio.gather(fill(box))\n    return box\nresult = asyncio.run(main())\nprint(result)\n",
        "6:11: a list, dict, set or instance that a function run as a task (a coroutine, a pool's job) makes, hands to another task and returns",
    );
}

/// The list a too-long `sum` reads is named as the program writes it (session38/repro/w10 named the
/// outer list, of 3 items, as one of 400).
#[test]
fn s39lead_a_too_long_sum_names_the_list_as_written() {
    check_error(
        "log = []\ndrives = [[5] * 400, [10] * 400, [1] * 400]\ndef main():\n    expected = sum(sum(d) for d in drives)\n    log.append(expected)\nmain()\nprint(log)\n",
        "4:20: `sum` of `d`, a shared list of 400 items, is one expression of 400 terms",
    );
}
