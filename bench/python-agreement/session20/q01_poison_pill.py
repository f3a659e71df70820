"""A work queue with one poison pill per worker; results keyed by worker name."""
import queue
import threading

NUM_WORKERS = 3
STOP = None

tasks = queue.Queue()
results_lock = threading.Lock()
processed_by = {}
squares = []


def worker(name):
    done = 0
    while True:
        item = tasks.get()
        try:
            if item is STOP:
                break
            with results_lock:
                squares.append(item * item)
            done += 1
        finally:
            tasks.task_done()
    with results_lock:
        processed_by[name] = done


def main():
    workers = [threading.Thread(target=worker, args=(f"w{i}",)) for i in range(NUM_WORKERS)]
    for w in workers:
        w.start()
    for n in range(1, 8):
        tasks.put(n)
    for _ in workers:
        tasks.put(STOP)
    tasks.join()
    for w in workers:
        w.join()


if __name__ == "__main__":
    main()
    squares.sort()
    assert squares == [n * n for n in range(1, 8)]
    assert sum(processed_by.values()) == 7
