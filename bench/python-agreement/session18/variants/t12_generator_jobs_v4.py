# Workers pull jobs from one shared generator (guarded by a lock) and record who did what.
import itertools
import threading

NUM_WORKERS = 2
NAMES = ["ada", "bob", "cy", "dot"]
IDS = [1, 2, 3, 4]

job_lock = threading.Lock()
done_lock = threading.Lock()
processed = {}
per_worker = [0] * NUM_WORKERS


next_index = itertools.count(0)


def worker(worker_id):
    while True:
        with job_lock:
            index = next(next_index)
        if index >= len(NAMES):
            return
        label = f"{NAMES[index].upper()}#{IDS[index]}"
        with done_lock:
            processed[label] = index
            per_worker[worker_id] += 1


if __name__ == "__main__":
    threads = [threading.Thread(target=worker, args=(i,)) for i in range(NUM_WORKERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(per_worker) == len(NAMES)
    assert len(processed) == len(NAMES)
