"""Print one line per agree.py JSON row in the given directories: program, outcomes, complete, observed, not predicted, weft-only."""
import json
import pathlib
import sys

for directory in sys.argv[1:]:
    for path in sorted(pathlib.Path(directory).glob("*.json")):
        for line in path.read_text().splitlines():
            if not line.startswith("{"):
                continue
            row = json.loads(line)
            print(f"{row['program']:32} runs={row['runs']:3} outcomes={row.get('weft_outcomes')} complete={row.get('weft_complete')} "
                  f"not_predicted={len(row.get('not_predicted', {}))} weft_only={len(row.get('weft_only', []))} observed={row.get('observed')}")
            for state in row.get("not_predicted", {}):
                print("    NOT PREDICTED:", state[:300])
