"""The convoy effect in real CPython: an I/O thread doing 50 x (time.sleep(1ms) + a little work), alone
and beside a CPU-bound thread. Prints JSON: seconds alone, seconds beside, and the slowdown."""
import json
import sys
import threading
import time

ITERATIONS = 50
stop = False


def io_thread():
    for _ in range(ITERATIONS):
        time.sleep(0.001)
        sum(range(100))  # a few microseconds of Python work


def cpu_thread():
    n = 0
    while not stop:
        n += 1


def timed(with_cpu):
    global stop
    stop = False
    spinner = threading.Thread(target=cpu_thread) if with_cpu else None
    if spinner:
        spinner.start()
        time.sleep(0.05)  # let it take the GIL
    start = time.perf_counter()
    worker = threading.Thread(target=io_thread)
    worker.start()
    worker.join()
    elapsed = time.perf_counter() - start
    stop = True
    if spinner:
        spinner.join()
    return elapsed


def median(values):
    values = sorted(values)
    return values[len(values) // 2]


if __name__ == "__main__":
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    alone = median([timed(False) for _ in range(repeats)])
    beside = median([timed(True) for _ in range(repeats)])
    print(json.dumps({"experiment": "convoy", "python": sys.version.split()[0],
                      "alone_s": round(alone, 4), "beside_s": round(beside, 4), "slowdown": round(beside / alone, 3)}))
