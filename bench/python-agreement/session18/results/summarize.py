"""Builds results/summary.md from results/*.import.err and results/*.agree.txt (one row per program)."""
import json
import pathlib
import sys

here = pathlib.Path(__file__).parent
folder = here.parent if len(sys.argv) < 2 else here.parent / sys.argv[1]
results = here if len(sys.argv) < 2 else folder / "results"
rows = ["| program | bug | import | agree | complete | weft outcomes | CPython states | bug found | first message |",
        "|---|---|---|---|---|---|---|---|---|"]
for program in sorted(folder.glob("*.py")):
    name = program.stem
    bug = program.read_text().splitlines()[0].startswith("# BUG")
    error = (results / f"{name}.import.err")
    first = error.read_text().strip().splitlines()[0].strip(" ×") if error.exists() and error.read_text().strip() else ""
    agree_file = results / f"{name}.agree.txt"
    agree = complete = outcomes = observed = found = "-"
    if not first and agree_file.exists():
        lines = [line for line in agree_file.read_text().splitlines() if line.startswith("{")]
        if lines:
            record = json.loads(lines[-1])
            agree = "yes" if not record["not_predicted"] else "NO"
            complete = "yes" if record["weft_complete"] else "no"
            outcomes = str(record["weft_outcomes"])
            observed = str(len(record["observed"]))
            everything = list(record["observed"]) + record["weft_only"]
            if bug:
                found = "yes" if any(not s.startswith("ok") for s in everything) else "no"
    rows.append(f"| {name} | {'BUG' if bug else ''} | {'refused' if first else 'yes'} | {agree} | {complete} | {outcomes} | {observed} | {found} | {first.replace('|', '/')} |")
print("\n".join(rows))
