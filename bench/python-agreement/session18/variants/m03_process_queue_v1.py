# Worker processes send results back through a multiprocessing.Queue; the parent collects them.
from multiprocessing import Process, Queue

TASKS = {"alpha": 3, "beta": 4}

results = {}


def square_worker(name, n, out):
    out.put((name, n * n))


if __name__ == "__main__":
    out = Queue()
    procs = [Process(target=square_worker, args=(name, n, out)) for name, n in [("alpha", 3), ("beta", 4)]]
    for p in procs:
        p.start()
    for _ in procs:
        name, value = out.get()
        results[name] = value
    for p in procs:
        p.join()
    assert results == {"alpha": 9, "beta": 16}
