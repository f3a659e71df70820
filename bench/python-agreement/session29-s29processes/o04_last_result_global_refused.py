"""Refused: the results are summed, but the module-level loop also leaves the last result in the global
`last`, which is whichever result arrived last."""
import multiprocessing as mp

total = 0
last = -1


def worker(jobs, results):
    while True:
        job = jobs.get()
        if job is None:
            break
        results.put(job * 10)


if __name__ == "__main__":
    jobs, results = mp.Queue(), mp.Queue()
    workers = [mp.Process(target=worker, args=(jobs, results)) for _ in range(2)]
    for w in workers:
        w.start()
    for job in range(4):
        jobs.put(job)
    for _ in workers:
        jobs.put(None)
    for _ in range(4):
        last = results.get()
        total += last
    for w in workers:
        w.join()
    print(total, last)
