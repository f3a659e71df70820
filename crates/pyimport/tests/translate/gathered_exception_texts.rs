//! The text of an exception in `gather(..., return_exceptions=True)`'s list is CPython's message, not
//! weft's marker `<exception>` (a silent error under "complete" until session 39): a program that
//! gathers exceptions and formats a name carries the exceptions' values.

use super::import;

#[test]
fn s39lead_formatted_items_of_a_gather_with_exceptions_carry_the_values() {
    let program = |text: &str| {
        format!(
            "import asyncio\nresults = []\nasync def job(n):\n    await asyncio.sleep(0.001)\n    if n == 1:\n        raise ValueError(\"bad\")\n    return n\nasync def main():\n    out = await asyncio.gather(job(0), job(1), return_exceptions=True)\n    for r in out:\n        if isinstance(r, Exception):\n            results.append({text})\nasyncio.run(main())\nprint(results)\n"
        )
    };
    let carried = import(&program("f\"err:{r}\""), &pyimport::Options::default()).expect("imports");
    assert!(carried.contains("args: \"('bad',)\"") && !carried.contains("= '<exception>'"), "{carried}");
    // A program that formats no name keeps the marker, and imports as before.
    let marked = import(&program("\"err\""), &pyimport::Options::default()).expect("imports");
    assert!(marked.contains("= '<exception>'"), "{marked}");
}
