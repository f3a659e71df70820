# BUG: the program assumes results arrive in job order; two workers' feeders may deliver them the other way.
"""Two worker processes, one job each, then a second job each; the main process expects the results in
the order the jobs were queued."""
import multiprocessing as mp

first = -1
second = -1


def worker(jobs, results):
    while True:
        job = jobs.get()
        if job is None:
            break
        results.put(job + 100)


if __name__ == "__main__":
    jobs, results = mp.Queue(), mp.Queue()
    procs = [mp.Process(target=worker, args=(jobs, results)) for _ in range(2)]
    for p in procs:
        p.start()
    jobs.put(1)
    jobs.put(2)
    for _ in procs:
        jobs.put(None)
    first = results.get()
    second = results.get()
    for p in procs:
        p.join()
    print(first, second)
    assert first < second
