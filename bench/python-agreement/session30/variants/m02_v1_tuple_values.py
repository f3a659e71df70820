import multiprocessing as mp


def worker(worker_id, tasks, results):
    while True:
        task = tasks.get()
        if task is None:
            break
        name, values = task
        results.put((worker_id, name, sum(v * v for v in values)))


def main():
    tasks = mp.Queue()
    results = mp.Queue()
    jobs = {"small": (1, 2), "medium": (3, 4, 5), "large": (6, 7, 8, 9)}
    procs = [mp.Process(target=worker, args=(i, tasks, results)) for i in range(2)]
    for p in procs:
        p.start()
    for name, values in jobs.items():
        tasks.put((name, values))
    for _ in procs:
        tasks.put(None)
    collected = {}
    for _ in jobs:
        worker_id, name, value = results.get()
        collected[name] = value
    for p in procs:
        p.join()
    print("sums of squares:", dict(sorted(collected.items())))
    print("exit codes:", [p.exitcode for p in procs])


if __name__ == "__main__":
    main()
