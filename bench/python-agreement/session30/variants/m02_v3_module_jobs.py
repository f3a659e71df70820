import multiprocessing as mp


def worker(worker_id, tasks, results):
    while True:
        task = tasks.get()
        if task is None:
            break
        name, low, high = task
        results.put((worker_id, name, sum(v * v for v in range(low, high))))


JOBS = [("small", 1, 3), ("medium", 3, 6), ("large", 6, 10)]


def main():
    tasks = mp.Queue()
    results = mp.Queue()
    procs = [mp.Process(target=worker, args=(i, tasks, results)) for i in range(2)]
    for p in procs:
        p.start()
    for job in JOBS:
        tasks.put(job)
    for _ in procs:
        tasks.put(None)
    collected = {}
    for _ in JOBS:
        worker_id, name, value = results.get()
        collected[name] = value
    for p in procs:
        p.join()
    print("sums of squares:", dict(sorted(collected.items())))
    print("exit codes:", [p.exitcode for p in procs])


if __name__ == "__main__":
    main()
