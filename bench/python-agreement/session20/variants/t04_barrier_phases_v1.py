"""A simulation stepped in phases: every worker finishes phase k before any starts phase k+1."""
import threading
import time

WORKERS = 3
PHASES = 3

barrier = threading.Barrier(WORKERS)
results_lock = threading.Lock()
phase_log = []
cells = [0] * WORKERS


def step(worker_id, phase):
    time.sleep(0.001 * (worker_id + 1))
    return worker_id * 10 + phase


def worker(worker_id):
    for phase in range(PHASES):
        value = step(worker_id, phase)
        with results_lock:
            cells[worker_id] += value
            phase_log.append(phase)
        barrier.wait()


if __name__ == "__main__":
    pool = [threading.Thread(target=worker, args=(i,)) for i in range(WORKERS)]
    for t in pool:
        t.start()
    for t in pool:
        t.join()
    # the barrier keeps the phases in order
    ordered = sorted(phase_log)
    assert phase_log == ordered, phase_log
    print(f"cells={cells}")
