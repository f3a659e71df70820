"""Tables for session22's README from the agree.py JSON lines in this directory.

python3 summarize.py [FILE ...]: one row per program (the last record of it wins), verdict SILENT when a
CPython state is missing while weft's claim starts with "complete", "missing (incomplete)" when one is
missing under an incomplete claim, else "agree".
"""
import json
import sys
from pathlib import Path


def records(paths):
    latest = {}
    for path in paths:
        for line in Path(path).read_text().splitlines():
            if line.startswith("{"):
                record = json.loads(line)
                latest[record["program"]] = record
    return latest


def verdict(record):
    if not record["not_predicted"]:
        return "agree"
    if record["weft_claim"].startswith("complete"):
        return "**SILENT**"
    return "missing (incomplete)"


def timing_cell(record):
    timing = record.get("timing")
    if not timing:
        return ""
    return (f"{timing['weft_makespan_ms']} / {timing['cpython_wall_median_ms']} "
            f"({timing['error_percent']}%; fastest {timing['error_percent_of_fastest']}%)")


def main():
    paths = sys.argv[1:] or ["s22probe.agree.txt"]
    print("| program | weft's claim | weft outcomes | CPython states | missing | verdict | timing weft / CPython ms |")
    print("|---|---|---|---|---|---|---|")
    for name, record in sorted(records(paths).items()):
        print(f"| {name} | {record['weft_claim']} | {record['weft_outcomes']} | {len(record['observed'])} | "
              f"{sum(record['not_predicted'].values())} | {verdict(record)} | {timing_cell(record)} |")


main()
