"""Runs each experiment in this machine's CPython and the matching scenario in weft, and prints both
figures side by side with their ratio (weft / CPython). CPU-bound experiments compare ratios (two
threads against one), since weft's virtual milliseconds are not this machine's.

    python3 bench/cpython/fidelity.py [path/to/weft]      (or: just fidelity)
"""
import asyncio
import json
import multiprocessing
import os
import subprocess
import sys
import tempfile
import threading
import time

from convoy import timed as convoy_timed, median

WEFT = sys.argv[1] if len(sys.argv) > 1 else "target/release/weft"
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def weft_json(*args):
    out = subprocess.run([WEFT, *args], cwd=ROOT, capture_output=True, text=True)
    return json.loads(out.stdout)


def weft_scenario(text):
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as f:
        f.write(text)
    try:
        return weft_json("run", f.name, "--json")
    finally:
        os.unlink(f.name)


def spin(n):
    while n:
        n -= 1


def wall(fn):
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def threads(target, count, *args):
    workers = [threading.Thread(target=target, args=args) for _ in range(count)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()


LOOPS = 6_000_000


def cpu_threads():
    one = median([wall(lambda: spin(2 * LOOPS)) for _ in range(3)])
    two = median([wall(lambda: threads(spin, 2, LOOPS)) for _ in range(3)])
    cpython = two / one
    scenario = "name: f\nmachine: {{ cores: 2, thread_spawn: 0ns }}\ntasks:\n  w: {{ count: {c}, ops: [ {{ cpu: {ms}ms }} ] }}\n"
    weft = weft_scenario(scenario.format(c=2, ms=100))["metrics"]["makespan_ns"] / weft_scenario(scenario.format(c=1, ms=200))["metrics"]["makespan_ns"]
    return "CPU-bound: 2 threads / 1 thread (x)", cpython, weft


def io_threads():
    cpython = wall(lambda: threads(time.sleep, 8, 0.1))
    weft = weft_json("run", "scenarios/io-threads.yaml", "--json")["metrics"]["makespan_ns"] / 1e9
    return "8 threads, 100ms of I/O each (s)", cpython, weft


def asyncio_io():
    async def main():
        await asyncio.gather(*(asyncio.sleep(0.1) for _ in range(5)))
    cpython = wall(lambda: asyncio.run(main()))
    weft = weft_json("run", "scenarios/asyncio-io.yaml", "--json")["metrics"]["makespan_ns"] / 1e9
    return "5 coroutines, 100ms await each (s)", cpython, weft


def convoy():
    alone = median([convoy_timed(False) for _ in range(3)])
    beside = median([convoy_timed(True) for _ in range(3)])
    weft_beside = weft_json("run", "scenarios/convoy.yaml", "--json")["tasks"]["io-thread"]["finished_ns"]
    weft_alone = weft_json("run", "scenarios/convoy-cured.yaml", "--json")["tasks"]["io-thread"]["finished_ns"]
    return "convoy: I/O thread beside a CPU thread / alone (x)", beside / alone, weft_beside / weft_alone


def processes():
    ctx = multiprocessing.get_context("spawn")

    def with_processes():
        workers = [ctx.Process(target=spin, args=(LOOPS,)) for _ in range(2)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
    one_ms = median([wall(lambda: spin(LOOPS)) for _ in range(3)]) * 1000
    spawn_ms = spawn_cost_ms()
    cpython = median([wall(lambda: threads(spin, 2, LOOPS)) for _ in range(3)]) / median([wall(with_processes) for _ in range(3)])
    # The same work in weft: two workers of the CPU time one loop takes here.
    scenario = "name: f\nmachine: {{ cores: 2, process_spawn: {spawn}ms }}\ntasks:\n  w: {{ kind: {k}, count: 2, ops: [ {{ cpu: {ms}ms }} ] }}\n"
    as_threads = weft_scenario(scenario.format(k="thread", ms=round(one_ms), spawn=round(spawn_ms)))["metrics"]["makespan_ns"]
    as_processes = weft_scenario(scenario.format(k="process", ms=round(one_ms), spawn=round(spawn_ms)))["metrics"]["makespan_ns"]
    return f"2 CPU workers: threads / spawned processes (x), spawn {spawn_ms:.0f}ms", cpython, as_threads / as_processes


def nothing():
    pass


def spawn_cost_ms():
    ctx = multiprocessing.get_context("spawn")

    def start_one():
        process = ctx.Process(target=nothing)
        process.start()
        process.join()
    return median([wall(start_one) for _ in range(5)]) * 1000


def spawn():
    return "a spawned process, start to finish (ms; weft: machine.process_spawn)", spawn_cost_ms(), 50.0


if __name__ == "__main__":
    print(f"CPython {sys.version.split()[0]} on {os.cpu_count()} cores against {WEFT}")
    print(f"{'experiment':<52} {'CPython':>9} {'weft':>9} {'weft/CPython':>13}")
    for experiment in (cpu_threads, io_threads, asyncio_io, convoy, spawn, processes):
        name, cpython, weft = experiment()
        print(f"{name:<52} {cpython:>9.3f} {weft:>9.3f} {weft / cpython:>13.2f}")
