"""Write the tables of README.md between their markers from results/ (run after summarize.py's inputs change)."""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FORMS = {
    "tm01_threads_sleep": "3 threads sleep 20/40/60 ms",
    "tm05_queue_pipeline_sleeps": "producer 5x10 ms, consumer 5x15 ms (queue)",
    "v_tm02_int_result": "tm02: two gathers of sleeps (40 + 60 ms); int result",
    "v_tm03_pool_cpu_gil_def_annotated": "tm03: 4 x 20 ms CPU on 2 pool threads (GIL); annotation on `def`",
    "v_tm04_sleep_cpu_sleep_def_annotated": "tm04: sleep 40, CPU 30, sleep 40 ms; annotation on `def`",
    "v2_tm06_gather_own_line": "tm06: 30 ms CPU blocks the loop, sleeps 20 ms; annotation on `def`",
}


def table(kind):
    return subprocess.run([sys.executable, os.path.join(HERE, "summarize.py"), *([kind] if kind else [])],
                          capture_output=True, text=True, check=True).stdout.strip()


def timing_table():
    rows = []
    for line in open(os.path.join(HERE, "s23probe.timing.txt")):
        if line.startswith("{"):
            row = json.loads(line)
            t = row["timing"]
            name = row["program"][:-3]
            rows.append(f"| {name} | {FORMS.get(name, '')} | {t['weft_makespan_ms']} ms | {t['cpython_wall_median_ms']} ms | "
                        f"{t['cpython_wall_min_ms']} ms | {t['error_percent']}% | {t['error_percent_of_fastest']}% |")
    return "\n".join(rows)


def main():
    path = os.path.join(ROOT, "README.md")
    text = open(path).read()
    for marker, content in (("summary", table("")), ("timing", timing_table()), ("checks", table("checks")),
                            ("variants", table("variants")), ("repro", table("repro"))):
        text = re.sub(f"<!-- {marker} -->.*?<!-- /{marker} -->", lambda _: f"<!-- {marker} -->\n{content}\n<!-- /{marker} -->",
                      text, flags=re.S)
    open(path, "w").write(text)


if __name__ == "__main__":
    main()
