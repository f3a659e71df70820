"""Live agreement between weft and real CPython (not part of CI: it runs Python many times, takes minutes).

For each program: `weft explore prog.py` lists every outcome weft predicts; the program then runs under
real CPython many times (through harness.py) and every final state CPython produced must be among
weft's outcomes. For the programs listed as timed, weft's makespan under the running CPython's preset
(`weft compare prog.py --set python=3.11`) is compared with the median measured wall time.

    python3 bench/python-agreement/agree.py                      # examples/python and programs/
    python3 bench/python-agreement/agree.py --runs 200 prog.py   # one program
    python3 bench/python-agreement/agree.py --python ~/.pyenv/versions/3.12.1/bin/python3
    python3 bench/python-agreement/agree.py --timing-only --runs 30   # the timed programs' makespans only

The default Python is pyenv's 3.11 (~/.pyenv/versions/3.11.*), else `python3.11`. Final states compare the
module globals weft reports (ints, lists of ints as `name[i]`, dicts as `name[k]`, objects made at run time
under harness.py's names: see weft_object_entries); for a run that fails
(an assertion, a deadlock) only the status is compared, because CPython's other threads go on after a
failed assert where weft stops the run. A CPython run that does not finish within --timeout is counted as
`deadlock`. A name CPython's `ok` states have but weft never reports (a module global the import keeps
as the main code's local, a constant it folds) is not compared: each row lists them with CPython's
values under `unchecked_names`, so that the reader sees what the agreement leaves out (a row that compared
no name at all, only the run's status, says `"compared": "status only"`); the names weft reports for a module container CPython's harness cannot state (an instance in a list) are listed under `uncompared_names`. Exit status 0 when every observed state is predicted and every timing is within the tolerance.
"""
import argparse
import glob
import json
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# Programs whose time is sleeps and annotated CPU work: their makespan is compared with the wall time.
TIMED = {
    "io_bound_threads.py",
    "pool_map_io.py",
    "asyncio_crawler_blocking.py",
    "asyncio_crawler_to_thread.py",
    "prep_then_ab.py",
    "daemon_printer.py",
    "sleepy_pipeline.py",
    "staggered_sleeps.py",
    "calibrated_cpu.py",
    "as_completed_first_result.py",
    "asyncio_as_completed.py",
    "threads_vs_serial_timed.py",
}


def default_python():
    candidates = sorted(glob.glob(os.path.expanduser("~/.pyenv/versions/3.11.*/bin/python3.11")))
    return candidates[-1] if candidates else "python3.11"


def weft_json(weft, arguments):
    done = subprocess.run([weft, *arguments, "--json"], capture_output=True, text=True, cwd=ROOT)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"weft {' '.join(arguments)}: {done.stderr.strip()}")
    return json.loads(done.stdout)


def as_tuple(value):
    """A tuple, hashable: weft's JSON array (weft reports every list item by item, so an array is a
    tuple) or harness.py's `{"__tuple__": [...]}`."""
    if isinstance(value, list):
        return tuple(as_tuple(item) for item in value)
    if isinstance(value, dict) and list(value) == ["__tuple__"]:
        return as_tuple(value["__tuple__"])
    return value


def base_name(name):
    """The module name a flattened name is of: `flags` for `flags[0]` and `len(flags)`."""
    if name.startswith("len(") and name.endswith(")"):
        name = name[len("len(") : -1]
    return name.split("[", 1)[0]


def flatten(shared, from_weft=False):
    """`{"sums": [1, 2]}` and `{"sums[0]": 1, ...}` alike become `{"sums[0]": 1, "sums[1]": 2}` (and a
    list's or dict's `len(sums)`, which weft reports for a map: a list that grows, or a dict). Tuples
    become Python tuples on both sides."""
    if from_weft:
        flat = {}
        for name, value in shared.items():
            flat.update(weft_object_entries(name, value))
        return flat
    flat = {}
    for name, value in shared.items():
        if isinstance(value, dict) and list(value) == ["__tuple__"]:
            flat[name] = as_tuple(value)
        elif isinstance(value, list):
            # A list that grows by `append` is a map in weft, which reports its length as `len(name)`.
            flat[f"len({name})"] = len(value)
            for index, item in enumerate(value):
                flat[f"{name}[{index}]"] = as_tuple(item)
        elif isinstance(value, dict):
            # A dict is a map in weft too, reported with its length.
            flat[f"len({name})"] = len(value)
            for key, item in value.items():
                flat[f"{name}[{key}]"] = as_tuple(item)
        else:
            flat[name] = value
    return flat


def weft_object_entries(name, value):
    """weft's value of `name` under every name harness.py may give CPython's: an object made at run time
    is one JSON value in weft's report (a list an array, a dict or an instance an object keyed by weft's
    `repr` of each key: `"'id'"`, `"1"`), where harness.py names a list's items `name[i]` with
    `len(name)`, a dict's `name['k']` with `len(name)`, and an instance's attributes `name_attr`. Each
    form is given (an array is also a tuple, `name`); agree.py compares only the names CPython's final
    states have. A set made at run time is an array in weft's JSON, named here as a list (harness.py
    names a set of numbers `name[k]`): not compared yet."""
    if isinstance(value, list):
        entries = {name: as_tuple(value), f"len({name})": len(value)}
        entries.update({f"{name}[{index}]": as_tuple(item) for index, item in enumerate(value)})
        return entries
    if not isinstance(value, dict):
        return {name: value}
    entries = {f"len({name})": len(value)}
    for key, item in value.items():
        if not isinstance(item, dict):
            entries[f"{name}[{key}]"] = as_tuple(item)
        if len(key) >= 2 and key[0] == key[-1] and key[0] in "'\"":
            # An instance's attribute (or a dict's string key): harness.py's `name_attr`.
            entries.update(weft_object_entries(f"{name}_{key[1:-1]}", item))
    return entries


def state_key(status, shared, names):
    if status != "ok":
        return (status,)
    return (status, tuple(sorted((name, shared.get(name)) for name in names)))


def explore(weft, program, time_limit, cores=None):
    """weft's outcomes as (status, flattened shared state) pairs, and its names."""
    machine = ["--cores", str(cores)] if cores else []
    report = weft_json(weft, ["explore", program, "--time-limit", time_limit, *machine])
    outcomes = [(o["status"], flatten(o["shared"].get("main", {}), from_weft=True)) for o in report["outcomes"]]
    names = sorted({name for _, shared in outcomes for name in shared})
    return report, names, outcomes


def weft_claim(report):
    """The claim `weft explore --json` made, its `claim`. A binary from before that field says only
    `complete`; its qualifiers are then read off the fields that make one."""
    if report.get("claim"):
        return report["claim"]
    if report["complete"] is None:
        return None
    if not report["complete"]:
        return "incomplete"
    qualifiers = ("preemption_bound", "time_window_ns", "sampled_choices", "overflow_outcomes")
    if any(report.get(field) is not None for field in qualifiers):
        return "complete within " + " and ".join(f for f in qualifiers if report.get(f) is not None)
    return "complete"


def run_cpython(python, program, timeout_s):
    harness = os.path.join(HERE, "harness.py")
    try:
        done = subprocess.run(
            [python, harness, program], capture_output=True, text=True, cwd=ROOT, timeout=timeout_s
        )
    except subprocess.TimeoutExpired:
        return {"status": "deadlock", "shared": {}, "wall_ns": None}
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        return {"status": "fault", "shared": {}, "wall_ns": None, "stderr": done.stderr[-400:]}
    return json.loads(lines[-1])


def calibrate(python, program):
    """For calibrated_cpu.py: the CPU cost of one `burn()` call on this machine now, in microseconds."""
    code = (
        "import importlib.util, time, statistics\n"
        f"spec = importlib.util.spec_from_file_location('p', {program!r})\n"
        "p = importlib.util.module_from_spec(spec); spec.loader.exec_module(p)\n"
        "times = []\n"
        "for _ in range(15):\n"
        "    t = time.perf_counter_ns(); p.burn(); times.append(time.perf_counter_ns() - t)\n"
        "print(statistics.median(times) // 1000)\n"
    )
    done = subprocess.run([python, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    return int(done.stdout.strip().splitlines()[-1])  # the program itself ran first, printing


def with_cpu_annotation(program, microseconds):
    """A copy of `program` whose `# weft: cpu ...` annotation on `burn` is the measured cost."""
    with open(program, encoding="utf-8") as source:
        text = source.read()
    text = text.replace("# weft: cpu CALIBRATED", f"# weft: cpu {microseconds}us")
    path = os.path.join("/tmp", f"weft-agreement-{os.getpid()}-{os.path.basename(program)}")
    with open(path, "w", encoding="utf-8") as out:
        out.write(text)
    return path


def check_program(options, program):
    name = os.path.basename(program)
    calibrated_us = None
    runnable = program
    if "# weft: cpu CALIBRATED" in open(program, encoding="utf-8").read():
        calibrated_us = calibrate(options.python, program)
        runnable = with_cpu_annotation(program, calibrated_us)
    started = time.time()
    if options.timing_only:
        # No exploration: the makespan against the wall time only.
        report, names, outcomes = {"complete": None, "claim": None}, [], []
    else:
        report, names, outcomes = explore(options.weft, runnable, options.time_limit, options.cores)
    results = [run_cpython(options.python, program, options.timeout) for _ in range(options.runs)]
    # A list made inside a function and handed to threads is shared memory in weft, but no module
    # global of CPython's: compare the names CPython's final states have.
    seen_by_cpython = {name for result in results for name in flatten(result.get("shared", {}))}
    # The names CPython's `ok` states have that weft never reports are not compared: listed in the row
    # (with CPython's values), so that a reader sees what the agreement does not cover. (A failed run is
    # compared by its status alone: weft stops at the first failure, Python runs on.)
    seen_in_ok_runs = {
        name for result in results if result["status"] == "ok" for name in flatten(result.get("shared", {}))
    }
    unchecked = sorted(seen_in_ok_runs - set(names))
    # The names weft reports whose module value CPython's harness could not state: not compared.
    dropped_by_cpython = {name for result in results for name in result.get("dropped", [])}
    uncompared = sorted(name for name in names if name not in seen_by_cpython and base_name(name) in dropped_by_cpython)
    names = [name for name in names if name in seen_by_cpython]
    predicted = {state_key(status, shared, names) for status, shared in outcomes}
    observed = {}
    walls = []
    for result in results:
        key = state_key(result["status"], flatten(result.get("shared", {})), names)
        observed[key] = observed.get(key, 0) + 1
        if result["status"] == "ok" and result.get("wall_ns"):
            walls.append(result["wall_ns"])
    missing = {} if options.timing_only else {key: count for key, count in observed.items() if key not in predicted}
    row = {
        "program": name,
        "runs": options.runs,
        "weft_outcomes": len(predicted),
        # weft's claim as it printed it ("complete", "complete within a 20ms time window", "incomplete"):
        # only an unqualified claim is a claim of every outcome of the program.
        "weft_claim": weft_claim(report),
        "weft_complete": None if report["complete"] is None else weft_claim(report) == "complete",
        "observed": {format_key(k): c for k, c in sorted(observed.items(), key=lambda kv: -kv[1])},
        "not_predicted": {format_key(k): c for k, c in missing.items()},
        "weft_only": sorted(format_key(k) for k in predicted if k not in observed),
        "unchecked_names": {
            name: sorted({repr(flatten(result.get("shared", {})).get(name)) for result in results if result["status"] == "ok"})
            for name in unchecked
        },
        "seconds": round(time.time() - started, 1),
    }
    if uncompared:
        row["uncompared_names"] = uncompared
    row["compared_names"] = len(names)
    if not names:
        # Nothing but the run's status was compared: a program that keeps its state in `main()`'s locals
        # (or prints only) agrees here without its values being checked. Say so rather than count it alike.
        row["compared"] = "status only"
    if (name in TIMED or options.timed) and walls:
        # The machine CPython ran on: with --cores, weft's makespan is of that many cores too.
        machine = ["--set", f"cores={options.cores}"] if options.cores else []
        comparison = weft_json(options.weft, ["compare", runnable, "--set", f"python={options.preset}", *machine])
        makespan_ns = comparison["rows"][0]["makespan_ns"]
        wall_ns = statistics.median(walls)
        row["timing"] = {
            "weft_makespan_ms": round(makespan_ns / 1e6, 2),
            "cpython_wall_median_ms": round(wall_ns / 1e6, 2),
            "cpython_wall_min_ms": round(min(walls) / 1e6, 2),
            "cpython_wall_max_ms": round(max(walls) / 1e6, 2),
            "error_percent": round(abs(makespan_ns - wall_ns) / wall_ns * 100, 1),
            # The fastest run is the one the machine's load disturbed least.
            "error_percent_of_fastest": round(abs(makespan_ns - min(walls)) / min(walls) * 100, 1),
        }
        if calibrated_us is not None:
            row["timing"]["calibrated_cpu_per_call_us"] = calibrated_us
    if runnable != program:
        os.remove(runnable)
    return row


def format_key(key):
    if len(key) == 1:
        return key[0]
    return key[0] + " " + " ".join(f"{name}={value}" for name, value in key[1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("programs", nargs="*")
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--python", default=default_python())
    parser.add_argument("--preset", default="3.11", help="weft's runtime preset for timing (python=...)")
    parser.add_argument("--weft", default=os.path.join(ROOT, "target", "debug", "weft"))
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds before a CPython run is a deadlock")
    parser.add_argument("--time-limit", default="120s", help="weft explore's --time-limit")
    parser.add_argument(
        "--cores",
        type=int,
        help="weft explore's --cores and the timing's `--set cores=` (default: the scenario's machine, 1 core); os.cpu_count() gives CPython's",
    )
    parser.add_argument("--tolerance", type=float, default=15.0, help="timing tolerance, percent")
    parser.add_argument(
        "--timing-only",
        action="store_true",
        help="only the timed programs (sleeps and annotated CPU work): weft's makespan against CPython's wall time",
    )
    parser.add_argument(
        "--timed",
        action="store_true",
        help="compare the makespan with CPython's wall time for every program given, not only the TIMED list",
    )
    options = parser.parse_args()
    programs = options.programs or sorted(
        glob.glob(os.path.join(ROOT, "examples", "python", "*.py")) + glob.glob(os.path.join(HERE, "programs", "*.py"))
    )
    if options.timing_only:
        programs = [program for program in programs if os.path.basename(program) in TIMED or options.timed]
    version = subprocess.run([options.python, "--version"], capture_output=True, text=True).stdout.strip()
    print(f"# {version}, {options.runs} runs each, {time.strftime('%Y-%m-%d %H:%M')}, load {os.getloadavg()}")
    failed = False
    for program in programs:
        row = check_program(options, os.path.abspath(program))
        print(json.dumps(row), flush=True)
        timing_off = row.get("timing", {}).get("error_percent", 0) > options.tolerance
        failed |= bool(row["not_predicted"]) or timing_off
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
