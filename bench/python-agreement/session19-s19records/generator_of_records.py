# Two workers take (index, record) pairs from one generator under a lock and add up the records' ids
# without a lock, so an update may be lost.
# CPython 3.11.7 (agree.py, 10 runs): marked=6, labels 0:ada 1:bob 2:cy in order, 10 of 10; weft: 18
# outcomes, complete, that one among them (marked from 1 to 6: the lost updates).
import threading

RECORDS = [
    {"id": 1, "name": "ada"},
    {"id": 2, "name": "bob"},
    {"id": 3, "name": "cy"},
]

job_lock = threading.Lock()
labels = []
marked = 0


def job_source(records):
    for index, record in enumerate(records):
        yield index, record


jobs = job_source(RECORDS)


def worker():
    global marked
    while True:
        with job_lock:
            job = next(jobs, None)
        if job is None:
            return
        index, record = job
        labels.append(f"{index}:{record['name']}")
        marked += record["id"]


if __name__ == "__main__":
    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(len(RECORDS), sorted(labels), marked)
