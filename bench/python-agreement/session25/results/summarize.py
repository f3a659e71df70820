"""Tables for the README from agree.py's output files (results/s25probe.agree*.txt): one row per program
(the last run of each), and the timing rows. `python3 results/summarize.py results/s25probe.agree2.txt ...`."""
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent


def agree_rows(path):
    """program -> agree.py's JSON row (the last one of each `=== name` block)."""
    rows = {}
    name = None
    for line in path.read_text().splitlines():
        if line.startswith("=== "):
            name = line[4:].strip()
        elif line.startswith("{") and name:
            rows[name] = json.loads(line)
    return rows


def shorten(state, width=70):
    """A state as agree.py prints it, cut to `width` characters (status first, then the compared names)."""
    state = state.strip() or "ok"
    return state if len(state) <= width else state[: width - 3] + "..."


def verdict(row):
    if row.get("not_predicted"):
        return "**MISSING** " + "; ".join(f"{shorten(k)} x{v}" for k, v in row["not_predicted"].items())
    return "agree"


def main():
    paths = [Path(arg) for arg in sys.argv[1:]] or [HERE / "s25probe.agree.txt"]
    rows = {}
    for path in paths:
        rows.update(agree_rows(path))
    print("| program | weft claim | CPython states | verdict | unchecked names |")
    print("|---|---|---|---|---|")
    for name, row in rows.items():
        observed = "; ".join(f"{shorten(k)} x{v}" for k, v in row["observed"].items())
        unchecked = ", ".join(sorted(row.get("unchecked_names", {}))) or "-"
        print(f"| {name} | {row['weft_claim']} | {observed} | {verdict(row)} | {unchecked} |")
    timed = {n: r["timing"] for n, r in rows.items() if r.get("timing")}
    if timed:
        print()
        print("| program | weft makespan ms | CPython median ms | CPython min ms | off by |")
        print("|---|---|---|---|---|")
        for name, t in timed.items():
            median = t["cpython_wall_median_ms"]
            off = (t["weft_makespan_ms"] - median) / median * 100
            print(f"| {name} | {t['weft_makespan_ms']:.1f} | {median:.1f} | {t.get('cpython_wall_min_ms', 0):.1f} | {off:+.1f}% |")


if __name__ == "__main__":
    main()
