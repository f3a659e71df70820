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
