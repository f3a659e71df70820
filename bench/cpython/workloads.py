"""The live half of bench/cpython: runs every workload in the CPython that runs this file and prints one
JSON document with the samples (and the calibration inputs the matching weft scenarios need).

Runs unchanged under CPython 2.7 and 3.6 to 3.13 (no f-strings, no numeric underscores); workloads that
need a module the version lacks (concurrent.futures, asyncio in 2.7) are left out of its document.

    python workloads.py [--repeats N] [--only name,name]

live.py runs it under every CPython it finds and compares each figure with weft's.
"""
from __future__ import division, print_function

import json
import multiprocessing
import os
import socket
import sys
import threading
import time

try:
    import queue
except ImportError:  # Python 2
    import Queue as queue

clock = getattr(time, "perf_counter", time.time)

# Total CPU work of the CPU-bound workloads, in loop iterations of `spin`: about 0.1 to 0.2 s on this machine.
SPIN_TOTAL = 2000000
CONVOY_ITERATIONS = 50
# Requests of the receive-work-send loop beside a CPU thread (about 0.5 s each if each waits an interval).
IO_LOOP_REQUESTS_5MS = 100
IO_LOOP_REQUESTS_1MS = 300
IO_LOOP_REQUESTS_SLOW_CLIENT = 50
SLOW_CLIENT_THINK_S = 0.001
SLOW_CALL_S = 0.0005
POOL_WORKERS = 4
POOL_JOBS = 20
POOL_SLEEP_S = 0.02
PING_PONG_ROUNDS = 1000
EXECUTOR_WORKERS = 4
EXECUTOR_JOBS = 10
EXECUTOR_SLEEP_S = 0.1
PROCESS_POOL_WORKERS = 2
PROCESS_POOL_JOBS = 4
GATHER_COROUTINES = 5
GATHER_SLEEP_S = 0.1

stop_spinning = False


def median(values):
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def spin(loops):
    while loops:
        loops -= 1


def spin_until_stopped():
    while not stop_spinning:
        pass


def nothing():
    pass


def little_work():
    """A few microseconds of Python: what an I/O thread does between two blocking calls."""
    return sum(range(100))


def wall(function, *args):
    start = clock()
    function(*args)
    return clock() - start


def run_threads(target, count, *args):
    workers = [threading.Thread(target=target, args=args) for _ in range(count)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()


class SpinningThread(object):
    """A CPU-bound thread beside the workload, given 50 ms to take the GIL first."""

    def __enter__(self):
        global stop_spinning
        stop_spinning = False
        self.thread = threading.Thread(target=spin_until_stopped)
        self.thread.start()
        time.sleep(0.05)
        return self

    def __exit__(self, *exception):
        global stop_spinning
        stop_spinning = True
        self.thread.join()


def set_switch_interval(seconds):
    if hasattr(sys, "setswitchinterval"):
        sys.setswitchinterval(seconds)


# --- calibration: what the weft scenarios are fed ---------------------------------------------------


def calibrate(repeats):
    sleep_1ms = [wall(time.sleep, 0.001) for _ in range(50)]
    return {
        "spin_total_s": median([wall(spin, SPIN_TOTAL) for _ in range(repeats)]),
        "little_work_s": median([wall(little_work) for _ in range(200)]),
        "sleep_1ms_s": median(sleep_1ms),
        "sleep_pool_s": median([wall(time.sleep, POOL_SLEEP_S) for _ in range(15)]),
        "sleep_100ms_s": median([wall(time.sleep, EXECUTOR_SLEEP_S) for _ in range(5)]),
        "process_start_s": median([wall(start_process, nothing) for _ in range(repeats)]),
        "thread_start_s": median([wall(run_threads, nothing, 1) for _ in range(20)]),
    }


def start_process(target, *args):
    process = multiprocessing.Process(target=target, args=args)
    process.start()
    process.join()


# --- workloads: each returns one sample (a dict of numbers) ---------------------------------------------


def convoy_io_thread():
    for _ in range(CONVOY_ITERATIONS):
        time.sleep(0.001)
        little_work()


def convoy():
    alone = wall(run_threads, convoy_io_thread, 1)
    with SpinningThread():
        beside = wall(run_threads, convoy_io_thread, 1)
    return {"alone_s": alone, "beside_s": beside, "figure": beside / alone}


def cpu_threads(count):
    def sample():
        sequential = wall(spin, SPIN_TOTAL)
        threaded = wall(run_threads, spin, count, SPIN_TOTAL // count)
        return {"sequential_s": sequential, "threads_s": threaded, "figure": threaded / sequential}
    return sample


def echo_client(connection, requests, think_s):
    """The other end of the I/O loop, in a process of its own (its own GIL): think, send, wait for the
    reply. Thinking stands for the network: the server's `recv` then blocks for that long."""
    connection.recv(1)  # go
    for _ in range(requests):
        if think_s:
            time.sleep(think_s)
        connection.sendall(b"x")
        connection.recv(1)


def echo_server(connection, requests, phases):
    connection.sendall(b"g")
    start = clock()
    for _ in range(requests):
        before_receive = clock()
        data = connection.recv(1)
        after_receive = clock()
        little_work()
        after_work = clock()
        connection.sendall(data)
        after_send = clock()
        phases["receive_s"] += after_receive - before_receive
        phases["work_s"] += after_work - after_receive
        phases["send_s"] += after_send - after_work
        # A call that took this long waited for the GIL on its way back (alone, both take microseconds).
        phases["slow_receives"] += after_receive - before_receive > SLOW_CALL_S
        phases["slow_sends"] += after_send - after_work > SLOW_CALL_S
    phases["total_s"] = clock() - start


def io_loop_once(requests, beside_cpu_thread, think_s):
    server_end, client_end = socket.socketpair()
    child = os.fork()
    if child == 0:
        server_end.close()
        try:
            echo_client(client_end, requests, think_s)
        finally:
            os._exit(0)
    client_end.close()
    phases = {"receive_s": 0.0, "work_s": 0.0, "send_s": 0.0, "slow_receives": 0, "slow_sends": 0}
    if beside_cpu_thread:
        with SpinningThread():
            run_threads(echo_server, 1, server_end, requests, phases)
    else:
        run_threads(echo_server, 1, server_end, requests, phases)
    os.waitpid(child, 0)
    server_end.close()
    return phases


def io_loop(interval_s, requests, think_s=0.0):
    def sample():
        set_switch_interval(interval_s)
        try:
            alone = io_loop_once(requests, False, think_s)
            beside = io_loop_once(requests, True, think_s)
        finally:
            set_switch_interval(0.005)
        per_request = dict((key, value / requests) for key, value in alone.items())
        rate = requests / beside["total_s"]
        return {"alone_per_request": per_request, "alone_rate": requests / alone["total_s"],
                "requests": requests, "figure": rate, "slow_receives": beside["slow_receives"],
                "slow_sends": beside["slow_sends"]}
    return sample


def pool_worker(jobs):
    while True:
        job = jobs.get()
        if job is None:
            return
        time.sleep(job)


def thread_pool_sleeps():
    def work():
        jobs = queue.Queue()
        for _ in range(POOL_JOBS):
            jobs.put(POOL_SLEEP_S)
        for _ in range(POOL_WORKERS):
            jobs.put(None)
        run_threads(pool_worker, POOL_WORKERS, jobs)
    return {"figure": wall(work) * 1000}


def adjacent_calibration(loops):
    """The costs weft is fed, measured around one sample rather than once per run: this VM's CPU speed
    drifts by up to a factor of 1.8 between seconds (docs/fidelity.md), so a spin timed minutes earlier
    says little about the sample. Returns a function that, called after the sample, gives the spin's
    mean time before and after it and an empty process's start-to-join time measured just before it."""
    spin_before = wall(spin, loops)
    process_start = wall(start_process, nothing)

    def finish():
        spin_after = wall(spin, loops)
        return {"spin_s": (spin_before + spin_after) / 2, "process_start_s": process_start}
    return finish


def threads_against_processes():
    half = SPIN_TOTAL // 2
    calibration = adjacent_calibration(half)
    started = []

    def with_processes():
        processes = [multiprocessing.Process(target=spin, args=(half,)) for _ in range(2)]
        begin = clock()
        for process in processes:
            process.start()
            started.append(clock() - begin)
        for process in processes:
            process.join()
    as_threads = wall(run_threads, spin, 2, half)
    as_processes = wall(with_processes)
    return {"threads_s": as_threads, "processes_s": as_processes, "figure": as_threads / as_processes,
            "start_returned_s": started, "calibration": calibration()}


def event_ping_pong():
    ping, pong = threading.Event(), threading.Event()

    def pinger():
        for _ in range(PING_PONG_ROUNDS):
            ping.set()
            pong.wait()
            pong.clear()

    def ponger():
        for _ in range(PING_PONG_ROUNDS):
            ping.wait()
            ping.clear()
            pong.set()
    return {"figure": round_trip_us(pinger, ponger)}


def queue_ping_pong():
    pings, pongs = queue.Queue(), queue.Queue()

    def pinger():
        for number in range(PING_PONG_ROUNDS):
            pings.put(number)
            pongs.get()

    def ponger():
        for _ in range(PING_PONG_ROUNDS):
            pongs.put(pings.get())
    return {"figure": round_trip_us(pinger, ponger)}


def round_trip_us(first, second):
    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    start = clock()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return (clock() - start) / PING_PONG_ROUNDS * 1e6


def thread_pool_executor_io():
    from concurrent.futures import ThreadPoolExecutor

    def work():
        with ThreadPoolExecutor(max_workers=EXECUTOR_WORKERS) as executor:
            list(executor.map(time.sleep, [EXECUTOR_SLEEP_S] * EXECUTOR_JOBS))
    return {"figure": wall(work) * 1000}


def process_pool_executor_cpu():
    from concurrent.futures import ProcessPoolExecutor
    job_loops = SPIN_TOTAL // PROCESS_POOL_JOBS
    calibration = adjacent_calibration(job_loops)

    def work():
        with ProcessPoolExecutor(max_workers=PROCESS_POOL_WORKERS) as executor:
            list(executor.map(spin, [job_loops] * PROCESS_POOL_JOBS))
    return {"figure": wall(work) * 1000, "calibration": calibration()}


def asyncio_gather_blocking():
    import asyncio

    namespace = {"asyncio": asyncio, "time": time, "GATHER_SLEEP_S": GATHER_SLEEP_S,
                 "GATHER_COROUTINES": GATHER_COROUTINES}
    # `async def` is a syntax error in Python 2, so the coroutines are compiled only here.
    exec(compile(
        "async def blocker():\n"
        "    time.sleep(GATHER_SLEEP_S)\n"
        "async def fetch():\n"
        "    await asyncio.sleep(GATHER_SLEEP_S)\n"
        "async def main():\n"
        "    await asyncio.gather(blocker(), *[fetch() for _ in range(GATHER_COROUTINES - 1)])\n",
        "<gather>", "exec"), namespace)
    loop = asyncio.new_event_loop()
    try:
        elapsed = wall(loop.run_until_complete, namespace["main"]())
    finally:
        loop.close()
    return {"figure": elapsed * 1000}


def has_module(name):
    try:
        __import__(name)
        return True
    except ImportError:
        return False


def workloads():
    """(name, unit, sample function) in the order they run; what this Python cannot run is left out."""
    table = [
        ("convoy", "x", convoy),
        ("cpu-2-threads", "x", cpu_threads(2)),
        ("cpu-4-threads", "x", cpu_threads(4)),
        ("io-loop-5ms", "req/s", io_loop(0.005, IO_LOOP_REQUESTS_5MS)),
        ("io-loop-5ms-slow-client", "req/s", io_loop(0.005, IO_LOOP_REQUESTS_SLOW_CLIENT, SLOW_CLIENT_THINK_S)),
    ]
    if hasattr(sys, "setswitchinterval"):
        table.append(("io-loop-1ms", "req/s", io_loop(0.001, IO_LOOP_REQUESTS_1MS)))
    table += [
        ("thread-pool-sleeps", "ms", thread_pool_sleeps),
        ("threads-vs-processes", "x", threads_against_processes),
        ("event-ping-pong", "us", event_ping_pong),
        ("queue-ping-pong", "us", queue_ping_pong),
    ]
    if has_module("concurrent.futures"):
        table += [
            ("thread-pool-executor-io", "ms", thread_pool_executor_io),
            ("process-pool-executor-cpu", "ms", process_pool_executor_cpu),
        ]
    if sys.version_info >= (3, 5):
        table.append(("asyncio-gather-blocking", "ms", asyncio_gather_blocking))
    return table


def free_threaded():
    import sysconfig
    return bool(sysconfig.get_config_var("Py_GIL_DISABLED"))


def parse_arguments(argv):
    repeats, only = 5, None
    index = 0
    while index < len(argv):
        if argv[index] == "--repeats":
            repeats = int(argv[index + 1])
            index += 2
        elif argv[index] == "--only":
            only = argv[index + 1].split(",")
            index += 2
        else:
            sys.exit("usage: workloads.py [--repeats N] [--only name,name]")
    return repeats, only


def main():
    repeats, only = parse_arguments(sys.argv[1:])
    document = {
        "python": "%d.%d.%d" % sys.version_info[:3],
        "free_threaded": free_threaded(),
        "calibration": calibrate(repeats),
        "workloads": {},
    }
    for name, unit, sample in workloads():
        if only and name not in only:
            continue
        samples = [sample() for _ in range(repeats)]
        document["workloads"][name] = {"unit": unit, "samples": samples}
    print(json.dumps(document, sort_keys=True))


if __name__ == "__main__":
    main()
