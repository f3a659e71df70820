"""A dict display in a function read only by walks: threads started per (worker, keys) pair."""
import threading

counts = [0, 0, 0, 0]
lock = threading.Lock()


def bump(keys):
    for k in keys:
        with lock:
            counts[k] += 1


def main():
    plan = {0: [0, 2], 1: [2, 3], 2: [1]}
    threads = []
    for worker_id, keys in plan.items():
        threads.append(threading.Thread(target=bump, args=(keys,)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()


main()
print(counts)
