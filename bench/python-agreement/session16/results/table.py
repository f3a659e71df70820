"""Prints the per-program tables of session16/README.md from the files in results/.

Run from bench/python-agreement/session16: `python3 results/table.py`.
"""
import glob
import json
import os


def read_rows(directory):
    """agree.py's JSON rows, one file per program, in `directory`."""
    rows = {}
    for path in sorted(glob.glob(os.path.join(directory, "*.json"))):
        for line in open(path, encoding="utf-8"):
            if line.startswith("{"):
                row = json.loads(line)
                rows[row["program"]] = row
    return rows


def read_imports(path):
    verdicts = {}
    for line in open(path, encoding="utf-8"):
        name, rest = line.split(" rc=", 1)
        code, _, message = rest.partition(" ")
        # The first message only: up to the source drawing, without the wrapped lines' margin.
        message = message.split("╭")[0].replace(" │ ", " ").strip().lstrip("×").strip()
        verdicts[name] = "imports" if code == "0" else f"refused: `{message}`"
    return verdicts


def first_line_kind(path):
    first = open(path, encoding="utf-8").readline()
    if "no bug" in first:
        return "no bug"
    if "bug" in first:
        return "bug"
    return first.lstrip("# ").split(":")[0]


def states(row):
    observed = sorted(row["observed"].items(), key=lambda item: -item[1])
    shown = [f"{state[:120]} ({count})" for state, count in observed[:3]]
    more = ", ..." if len(observed) > 3 else ""
    prefix = f"{len(observed)} states: " if len(observed) > 1 else ""
    return f"{prefix}{', '.join(shown)}{more} ({row['runs']} runs)"


def table(title, paths, verdicts, rows):
    print(f"| {title} | first line | import | CPython 3.11 states (count) | weft outcomes | agrees | weft-only |")
    print("|---|---|---|---|---|---|---|")
    for path in paths:
        name = os.path.basename(path)
        verdict = verdicts.get(name, "?")
        row = rows.get(name)
        cells = ["", "", "", ""]
        if row is not None:
            complete = "complete" if row["weft_complete"] else "incomplete"
            missed = len(row["not_predicted"])
            agrees = "yes" if missed == 0 else f"**no**: {missed} missed"
            cells = [states(row), f"{row['weft_outcomes']}, {complete}", agrees, str(len(row["weft_only"]))]
        print(f"| {name[:-3]} | {first_line_kind(path)} | {verdict} | " + " | ".join(cells) + " |")
    print()


def main():
    rows = read_rows("results/agree")
    rows.update(read_rows("results/agree100"))  # the larger run where there is one
    table("program", sorted(glob.glob("*.py")), read_imports("results/imports.txt"), rows)
    table("variant", sorted(glob.glob("variants/*.py")), read_imports("results/variants_imports.txt"),
          read_rows("results/variants-agree"))
    table("repro", sorted(glob.glob("repro/*.py")), read_imports("results/repro_imports.txt"),
          read_rows("results/repro-agree"))
    table("check", sorted(glob.glob("checks/*.py")), read_imports("results/checks_imports.txt"),
          read_rows("results/checks-agree"))


main()
