"""One row per program of results/DIR/ (variants, checks, repro): import, weft's claim, agreement."""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def first_line(path):
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return ""
    text = []
    for line in open(path).read().splitlines():
        if line.strip().startswith("╭"):
            break
        text.append(line.strip().lstrip("×│").strip())
    return " ".join(text)


def main(directory, sources):
    print("| program | import | weft outcomes | claim | CPython states (runs) | not predicted | weft-only |")
    print("|---|---|---|---|---|---|---|")
    for source in sorted(glob.glob(os.path.join(HERE, "..", sources, "*.py"))):
        name = os.path.basename(source)[:-3]
        err = first_line(os.path.join(HERE, directory, f"{name}.import.err"))
        agree = os.path.join(HERE, directory, f"{name}.agree.txt")
        row = None
        if os.path.exists(agree):
            for line in open(agree):
                if line.startswith("{"):
                    row = json.loads(line)
        if row is None:
            shown = err[:160] if err else "(not run)"
            print(f"| {name} | refused: {shown} | | | | | |")
            continue
        states = "; ".join(f"{k} x{v}" for k, v in row["observed"].items()).replace("|", "\\|")
        not_predicted = len(row["not_predicted"])
        flag = " **SILENT**" if not_predicted and row["weft_complete"] else ""
        claim = "complete" if row["weft_complete"] else row["weft_claim"]
        print(f"| {name} | ok | {row['weft_outcomes']} | {claim} | {states[:220]} | {not_predicted}{flag} | {len(row['weft_only'])} |")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
