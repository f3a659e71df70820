"""Refused: the results are floats, whose sum rounds differently in different orders (0.1 + 0.2 + 0.3 is
not 0.3 + 0.2 + 0.1), and the feeders may deliver them in any order."""
import multiprocessing as mp

total = 0


def worker(jobs, results):
    while True:
        job = jobs.get()
        if job is None:
            break
        results.put(job / 10)


if __name__ == "__main__":
    jobs, results = mp.Queue(), mp.Queue()
    workers = [mp.Process(target=worker, args=(jobs, results)) for _ in range(2)]
    for w in workers:
        w.start()
    for job in [1, 2, 3, 7]:
        jobs.put(job)
    for _ in workers:
        jobs.put(None)
    for _ in range(4):
        total += results.get()
    for w in workers:
        w.join()
    print(total)
