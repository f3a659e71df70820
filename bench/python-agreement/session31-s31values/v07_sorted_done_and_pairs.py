"""`sorted(...)` of a generator over the `done` set of `wait(FIRST_COMPLETED)`, and a dict comprehension
over a list of `(name, value)` results of `pool.map`, inside a function."""
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

DELAYS = {"x": 0.001, "y": 0.001, "z": 0.02}
report = {}


def job(name):
    time.sleep(DELAYS[name])
    return name, len(name) * 10


def main():
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = [pool.submit(job, name) for name in DELAYS]
        done, pending = wait(futures, return_when=FIRST_COMPLETED)
        early = sorted(f.result()[0] for f in done)
        pairs = list(pool.map(job, ["x", "z"]))
    table = {name: value for name, value in pairs}
    report["early"] = len(early)
    report["first"] = early[0]
    report["table_z"] = table["z"]


main()
print("report:", report)
