"""Live CPython beside weft: runs workloads.py under every CPython on this machine, runs the matching
scenario of bench/cpython/scenarios/ in weft under that version's `python:` preset, fed with what was
measured (the CPU loop's single-threaded time, real sleep lengths, the process start cost), and prints the
live figure (median of the repeats, with its spread), weft's figure and their ratio.

    python3 bench/cpython/live.py [--weft target/release/weft] [--repeats 5] [--python PATH]...
                                  [--only workload,...] [--markdown OUT.md] [--save OUT.json]
                                  [--doc docs/fidelity.md]   (the table between its `live-table` markers)
    python3 bench/cpython/live.py --load OUT.json --markdown OUT.md     (re-render a saved run)
    python3 bench/cpython/live.py --load OUT.json --reweft [--weft ...]  (weft's figures again, same live ones)

Never run by CI: it takes minutes and its figures depend on the machine and its load.
"""
import argparse
import datetime
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SCENARIOS = os.path.join(HERE, "scenarios")
DISAGREEMENT = 0.15
BEGIN, END = "<!-- live-table: begin (bench/cpython/live.py --doc) -->", "<!-- live-table: end -->"
LIVE_MARKER = re.compile(r"^(?P<head>\s*(?:-\s*)?[\w-]+:\s*)(?P<value>\"[^\"]*\"|\S+)(?P<tail>\s*#\s*live:\s*(?P<name>\w+).*)$")


# --- finding the CPythons --------------------------------------------------------------------------------


def pyenv_root():
    try:
        return subprocess.run(["pyenv", "root"], capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return os.path.expanduser("~/.pyenv")


def describe(python):
    """(version, free-threaded) of an interpreter, or None if it does not run."""
    probe = ("import sys, sysconfig; print('%d.%d.%d' % sys.version_info[:3]); "
             "print(bool(sysconfig.get_config_var('Py_GIL_DISABLED')))")
    try:
        out = subprocess.run([python, "-c", probe], capture_output=True, text=True, timeout=30, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    version, free = out.split()
    return version, free == "True"


def find_pythons():
    """Every pyenv version (free-threaded builds included), plus the system python3 if its X.Y is new."""
    found = {}
    for python in sorted(glob.glob(os.path.join(pyenv_root(), "versions", "*", "bin", "python"))):
        described = describe(python)
        if described:
            found[python] = described
    system = "/usr/bin/python3"
    covered = {(minor(version), free) for version, free in found.values()}
    described = describe(system) if os.path.exists(system) else None
    if described and (minor(described[0]), described[1]) not in covered:
        found[system] = described
    return sorted(found.items(), key=lambda item: (version_key(item[1][0]), item[1][1]))


def minor(version):
    return ".".join(version.split(".")[:2])


def version_key(version):
    return tuple(int(part) for part in version.split("."))


def preset(version, free_threaded):
    """The `runtime:` keys of the matching preset. A free-threaded build is run with its version's preset
    and `gil: none`, not the `t` preset: the `t` presets slow `cpu` down by PEP 703's factor, and the CPU
    times fed in here were measured in that very build, so they already include it."""
    name = minor(version)
    if free_threaded:
        return {"python": '"%s"' % name, "gil": "none"}
    return {"python": '"%s"' % name, "gil": "old" if name == "2.7" else "new"}


# --- weft ------------------------------------------------------------------------------------------------


class Pending(Exception):
    """The scenario uses keys the engine does not load yet."""


def fill(template_name, values):
    """The template with every `# live: NAME` value replaced; a marker without a value is an error here."""
    lines = []
    with open(os.path.join(SCENARIOS, template_name)) as template:
        for line in template.read().splitlines():
            match = LIVE_MARKER.match(line)
            if match:
                name = match.group("name")
                if name not in values:
                    raise KeyError("%s: no value for `# live: %s`" % (template_name, name))
                if values[name] is None:
                    continue  # the line is left out: the preset's value stands
                line = match.group("head") + str(values[name]) + match.group("tail")
            lines.append(line)
    return "\n".join(lines) + "\n"


def weft_run(weft, template_name, values):
    text = fill(template_name, values)
    with tempfile.NamedTemporaryFile("w", suffix=".yaml", delete=False) as scenario:
        scenario.write(text)
    try:
        out = subprocess.run([weft, "run", scenario.name, "--json"], capture_output=True, text=True, timeout=600)
    finally:
        os.unlink(scenario.name)
    if out.returncode == 2:
        first_error = (out.stderr.strip().splitlines() or ["exit 2"])[0].lstrip("× ").strip()
        raise Pending("%s: %s" % (template_name, first_error.replace(scenario.name, template_name)))
    return json.loads(out.stdout)


def duration(seconds):
    """A weft duration string, to the nanosecond."""
    return "%dns" % max(0, round(seconds * 1e9))


def makespan_ns(report):
    return report["metrics"]["makespan_ns"]


def task_span_ns(report, task):
    times = report["tasks"][task]
    return times["finished_ns"] - times["started_ns"]


def median(values):
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


# --- each workload's weft figure, from the live document's calibration ----------------------------------


def weft_convoy(weft, base, live, workload):
    values = dict(base, sleep_1ms=duration(live["calibration"]["sleep_1ms_s"]),
                  little_work=duration(live["calibration"]["little_work_s"]))
    beside = task_span_ns(weft_run(weft, "convoy.yaml", values), "io-thread")
    alone = task_span_ns(weft_run(weft, "convoy-alone.yaml", values), "io-thread")
    return beside / alone


def weft_cpu_threads(count):
    def figure(weft, base, live, workload):
        total_s = live["calibration"]["spin_total_s"]
        threaded = weft_run(weft, "cpu-threads.yaml", dict(base, threads=count, cpu_per_thread=duration(total_s / count)))
        sequential = weft_run(weft, "cpu-threads.yaml", dict(base, threads=1, cpu_per_thread=duration(total_s)))
        return makespan_ns(threaded) / makespan_ns(sequential)
    return figure


def weft_io_loop(interval):
    def figure(weft, base, live, workload):
        samples = workload["samples"]
        phases = {key: median([s["alone_per_request"][key] for s in samples])
                  for key in ("receive_s", "work_s", "send_s", "total_s")}
        # The loop's own bytecode (and the clock reads) is Python under the GIL: it goes with the work.
        work_s = phases["total_s"] - phases["receive_s"] - phases["send_s"]
        requests = samples[0]["requests"]
        values = dict(base, switch_interval=interval, requests=requests, receive=duration(phases["receive_s"]),
                      work=duration(work_s), send=duration(phases["send_s"]))
        report = weft_run(weft, "io-loop.yaml", values)
        rate = requests / (task_span_ns(report, "server") / 1e9)
        slow = [(s["slow_receives"] / requests, s["slow_sends"] / requests) for s in samples]
        detail = ("per request: live, %.2f receives and %.2f sends took over 0.5ms (a GIL wait); "
                  "weft, %.2fms of GIL wait") % (
            median([receive for receive, _ in slow]), median([send for _, send in slow]),
            report["tasks"]["server"]["gil_wait_ns"] / requests / 1e6)
        return rate, detail
    return figure


def weft_thread_pool_sleeps(weft, base, live, workload):
    values = dict(base, sleep_pool=duration(live["calibration"]["sleep_pool_s"]))
    return makespan_ns(weft_run(weft, "thread-pool-sleeps.yaml", values)) / 1e6


def per_sample(workload, figure_of):
    """The median of weft's figure fed each sample's adjacent calibration (workloads.py
    `adjacent_calibration`), or None for saves made before samples carried one."""
    calibrations = [sample.get("calibration") for sample in workload["samples"]] if workload else []
    if not calibrations or None in calibrations:
        return None
    return median([figure_of(calibration) for calibration in calibrations])


# With --preset-process-start, weft starts processes at the preset's cost instead of the measured one.
PRESET_PROCESS_START = False


def process_start_value(process_start_s):
    return None if PRESET_PROCESS_START else duration(process_start_s)


def weft_threads_vs_processes(weft, base, live, workload):
    def figure(spin_half_s, process_start_s):
        values = dict(base, process_start=process_start_value(process_start_s), cpu_per_worker=duration(spin_half_s))
        as_threads = makespan_ns(weft_run(weft, "threads-vs-processes.yaml", dict(values, kind="thread")))
        as_processes = makespan_ns(weft_run(weft, "threads-vs-processes.yaml", dict(values, kind="process")))
        return as_threads / as_processes
    adjacent = per_sample(workload, lambda c: figure(c["spin_s"], c["process_start_s"]))
    if adjacent is not None:
        return adjacent
    calibration = live["calibration"]
    return figure(calibration["spin_total_s"] / 2, calibration["process_start_s"])


def weft_ping_pong(template_name):
    def figure(weft, base, live, workload):
        return makespan_ns(weft_run(weft, template_name, base)) / 1000 / 1000
    return figure


def weft_thread_pool_executor(weft, base, live, workload):
    values = dict(base, sleep_100ms=duration(live["calibration"]["sleep_100ms_s"]))
    return makespan_ns(weft_run(weft, "thread-pool-executor-io.yaml", values)) / 1e6


def weft_process_pool_executor(weft, base, live, workload):
    def figure(spin_job_s, process_start_s):
        values = dict(base, process_start=process_start_value(process_start_s), cpu_per_job=duration(spin_job_s))
        return makespan_ns(weft_run(weft, "process-pool-executor-cpu.yaml", values)) / 1e6
    adjacent = per_sample(workload, lambda c: figure(c["spin_s"], c["process_start_s"]))
    if adjacent is not None:
        return adjacent
    calibration = live["calibration"]
    return figure(calibration["spin_total_s"] / 4, calibration["process_start_s"])


def weft_gather(weft, base, live, workload):
    values = dict(base, sleep_100ms=duration(live["calibration"]["sleep_100ms_s"]))
    return makespan_ns(weft_run(weft, "asyncio-gather-blocking.yaml", values)) / 1e6


WORKLOADS = {
    "convoy": ("I/O thread beside a CPU thread / alone", weft_convoy),
    "cpu-2-threads": ("2 CPU threads / sequential", weft_cpu_threads(2)),
    "cpu-4-threads": ("4 CPU threads / sequential", weft_cpu_threads(4)),
    "io-loop-5ms": ("recv-work-send beside a CPU thread, 5ms", weft_io_loop("5ms")),
    "io-loop-5ms-slow-client": ("the same, 5ms, client thinks 1ms", weft_io_loop("5ms")),
    "io-loop-1ms": ("recv-work-send beside a CPU thread, 1ms", weft_io_loop("1ms")),
    "thread-pool-sleeps": ("4 threads over 20 x 20ms sleeps", weft_thread_pool_sleeps),
    "threads-vs-processes": ("2 CPU workers: threads / processes", weft_threads_vs_processes),
    "event-ping-pong": ("Event ping-pong, per round trip", weft_ping_pong("event-ping-pong.yaml")),
    "queue-ping-pong": ("Queue ping-pong, per round trip", weft_ping_pong("queue-ping-pong.yaml")),
    "thread-pool-executor-io": ("ThreadPoolExecutor(4), 10 x 100ms sleep", weft_thread_pool_executor),
    "process-pool-executor-cpu": ("ProcessPoolExecutor(2), 4 CPU jobs", weft_process_pool_executor),
    "asyncio-gather-blocking": ("gather of 5, one blocking 100ms", weft_gather),
}


# --- running ---------------------------------------------------------------------------------------------


def load_average():
    with open("/proc/loadavg") as loadavg:
        return " ".join(loadavg.read().split()[:3])


def run_live(python, repeats, only):
    command = [python, os.path.join(HERE, "workloads.py"), "--repeats", str(repeats)]
    if only:
        command += ["--only", ",".join(only)]
    out = subprocess.run(command, capture_output=True, text=True, timeout=3600)
    if out.returncode != 0:
        raise RuntimeError("%s failed: %s" % (python, out.stderr.strip()[-2000:]))
    return json.loads(out.stdout)


def rows_for(weft, live):
    """One row per workload this Python ran: live samples, weft's figure (or why there is none)."""
    rows = []
    for name, workload in live["workloads"].items():
        figures = [sample["figure"] for sample in workload["samples"]]
        row = {"workload": name, "unit": workload["unit"], "live_median": median(figures),
               "live_min": min(figures), "live_max": max(figures), "weft": None, "note": "", "detail": ""}
        set_weft_figure(row, weft, live, workload)
        rows.append(row)
    return rows


def set_weft_figure(row, weft, live, workload):
    base = preset(live["python"], live["free_threaded"])
    row["weft"], row["note"], row["detail"] = None, "", ""
    try:
        result = WORKLOADS[row["workload"]][1](weft, base, live, workload)
        row["weft"], row["detail"] = result if isinstance(result, tuple) else (result, "")
    except Pending as pending:
        row["note"] = "pending: " + str(pending)


# The I/O loops' weft figures need every sample's per-request phases, which saves before 20:05 on
# 2026-11-28 did not keep.
NEEDS_SAMPLES = {"io-loop-5ms", "io-loop-5ms-slow-client", "io-loop-1ms"}


def recompute_weft(results, weft):
    """Runs weft again on a saved run's calibration (--load ... --reweft): the live figures stay, weft's
    follow the engine and presets of `weft`."""
    for run in results["runs"]:
        saved = run.get("live")
        version = run["python"].rstrip("t")
        live = saved or {"python": version, "free_threaded": run["python"].endswith("t"),
                         "calibration": run["calibration"], "workloads": {}}
        for row in run["rows"]:
            workload = live["workloads"].get(row["workload"])
            if workload is None and row["workload"] in NEEDS_SAMPLES:
                row["weft"], row["detail"] = None, ""
                row["note"] = "weft not run again: this save has no samples"
                continue
            set_weft_figure(row, weft, live, workload)
    results["weft_recomputed"] = "%s with %s" % (datetime.datetime.now().strftime("%Y-%m-%d %H:%M"), weft)


def measure(arguments):
    pythons = [(path, describe(path)) for path in arguments.python] if arguments.python else find_pythons()
    for path, described in pythons:
        if described is None:
            sys.exit("%s does not run as a Python" % path)
    results = {"date": datetime.datetime.now().strftime("%Y-%m-%d %H:%M"), "machine": machine(),
               "command": " ".join([os.path.relpath(sys.argv[0], ROOT)] + sys.argv[1:]), "runs": []}
    for path, (version, free) in pythons:
        load_before = load_average()
        print("running %s %s%s (load %s)..." % (path, version, "t" if free else "", load_before), file=sys.stderr)
        try:
            live = run_live(path, arguments.repeats, arguments.only)
        except (RuntimeError, ValueError, subprocess.SubprocessError) as failure:
            print("skipped %s: %s" % (path, failure), file=sys.stderr)
            continue
        results["runs"].append({"python": version + ("t" if free else ""), "path": path, "load_before": load_before,
                                "load_after": load_average(), "calibration": live["calibration"],
                                "live": live, "rows": rows_for(arguments.weft, live)})
        print_run(results["runs"][-1])
    return results


def machine():
    model = "unknown"
    with open("/proc/cpuinfo") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return {"nproc": os.cpu_count(), "cpu": model}


# --- printing --------------------------------------------------------------------------------------------


def ratio(row):
    return row["weft"] / row["live_median"] if row["weft"] is not None and row["live_median"] else None


def spread_percent(row):
    return 100 * (row["live_max"] - row["live_min"]) / row["live_median"] if row["live_median"] else 0


def number(value):
    if value is None:
        return "-"
    return "%.3g" % value if abs(value) < 100 else "%.0f" % value


def verdict(row):
    weft_over_live = ratio(row)
    if weft_over_live is None:
        return row["note"] or "-"
    return "disagrees" if abs(weft_over_live - 1) > DISAGREEMENT else "agrees"


def print_run(run):
    print("\nCPython %s (%s), load before/after: %s / %s" % (run["python"], run["path"], run["load_before"], run["load_after"]))
    print("%-42s %6s %10s %17s %10s %8s  %s" % ("workload", "unit", "live", "live min-max", "weft", "weft/live", ""))
    for row in run["rows"]:
        label = WORKLOADS[row["workload"]][0]
        print("%-42s %6s %10s %17s %10s %8s  %s" % (
            label, row["unit"], number(row["live_median"]),
            "%s-%s" % (number(row["live_min"]), number(row["live_max"])), number(row["weft"]),
            number(ratio(row)), verdict(row)))
        if row.get("detail"):
            print("    " + row["detail"])
    sys.stdout.flush()


def markdown(results):
    lines = ["Measured %s on %d cores (%s); command: `%s`." % (
        results["date"], results["machine"]["nproc"], results["machine"]["cpu"], results["command"])]
    if results.get("weft_recomputed"):
        lines[0] += " weft's figures run again %s (`--load ... --reweft`)." % results["weft_recomputed"]
    lines.append("")
    lines.append("| workload | unit | CPython | load (1/5/15 min) | live median | live min-max | weft | weft/live |")
    lines.append("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for name in WORKLOADS:
        for run in results["runs"]:
            for row in run["rows"]:
                if row["workload"] != name:
                    continue
                flag = ratio(row)
                missing = "pending" if row["note"].startswith("pending") else "-"
                shown = missing if row["weft"] is None else (
                    ("**%.2f**" if abs(flag - 1) > DISAGREEMENT else "%.2f") % flag)
                lines.append("| %s | %s | %s | %s | %s | %s-%s (%.0f%%) | %s | %s |" % (
                    WORKLOADS[name][0], row["unit"], run["python"], run["load_before"], number(row["live_median"]),
                    number(row["live_min"]), number(row["live_max"]), spread_percent(row),
                    number(row["weft"]) if row["weft"] is not None else "-", shown))
    details = ["- %s, %s: %s" % (WORKLOADS[row["workload"]][0], run["python"], row["detail"])
               for run in results["runs"] for row in run["rows"] if row.get("detail")]
    if details:
        lines += [""] + details
    pending = sorted({row["note"] for run in results["runs"] for row in run["rows"] if row["note"]})
    if pending:
        lines += [""] + ["- " + note for note in pending]
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--weft", default=os.path.join(ROOT, "target", "release", "weft"))
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--python", action="append", default=[], help="an interpreter to use (default: all found)")
    parser.add_argument("--only", type=lambda text: text.split(","), help="workloads to run, comma-separated")
    parser.add_argument("--markdown", help="write the table as Markdown to this file")
    parser.add_argument("--save", help="write every figure as JSON to this file")
    parser.add_argument("--load", help="re-render a file written by --save instead of measuring")
    parser.add_argument("--doc", help="replace the table between the live-table markers of this Markdown file")
    parser.add_argument("--reweft", action="store_true", help="with --load: run weft again on the saved calibration")
    parser.add_argument(
        "--preset-process-start",
        action="store_true",
        help="weft starts processes at its preset's cost (python: ...), not at the measured empty process's",
    )
    arguments = parser.parse_args()
    global PRESET_PROCESS_START
    PRESET_PROCESS_START = arguments.preset_process_start
    if arguments.load:
        with open(arguments.load) as saved:
            results = json.load(saved)
        if arguments.reweft:
            recompute_weft(results, arguments.weft)
        for run in results["runs"]:
            print_run(run)
    else:
        results = measure(arguments)
    if arguments.save:
        with open(arguments.save, "w") as out:
            json.dump(results, out, indent=1, sort_keys=True)
    if arguments.markdown:
        with open(arguments.markdown, "w") as out:
            out.write(markdown(results))
    if arguments.doc:
        replace_table(arguments.doc, markdown(results))


def replace_table(path, table):
    with open(path) as doc:
        text = doc.read()
    if BEGIN not in text or END not in text:
        sys.exit("%s has no live-table markers" % path)
    head, rest = text.split(BEGIN, 1)
    tail = rest.split(END, 1)[1]
    with open(path, "w") as doc:
        doc.write(head + BEGIN + "\n" + table + END + tail)


if __name__ == "__main__":
    main()
