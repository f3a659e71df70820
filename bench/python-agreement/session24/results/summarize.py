"""Builds the tables of the README from results/: one-line refusal messages and agree.py verdicts."""
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent


def refusals(path):
    """{program: one-line message} from an import log (REFUSED name, then miette's box)."""
    found, current, lines = {}, None, []
    for line in path.read_text().splitlines() + ["REFUSED end"]:
        if line.startswith(("REFUSED", "OK")):
            if current:
                found[current] = " ".join(lines)
            current = line.split()[1] if line.startswith("REFUSED") else None
            lines = []
        elif current and (line.strip().startswith("×") or line.strip().startswith("│")) and not re.match(r"\s*\d+ │", line):
            lines.append(line.strip().lstrip("×│").strip())
    return found


if __name__ == "__main__":
    log = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "s24probe.import.err"
    for program, message in refusals(log).items():
        print(f"{program}\t{message}")
