# BUG: forgotten join: the main thread sums the results before the workers are joined
import threading
import time

SIZES = [3, 5, 7]
results = []
results_lock = threading.Lock()


def measure(size):
    time.sleep(0.001 * size)
    with results_lock:
        results.append(size * size)


if __name__ == "__main__":
    workers = []
    for size in SIZES:
        t = threading.Thread(target=measure, args=(size,))
        t.start()
        workers.append(t)
    workers[0].join()
    total = sum(results)
    reported = len(results)
    for t in workers[1:]:
        t.join()
    assert total == 9 + 25 + 49, f"partial total {total}"
