"""Refused: the main process keeps the results in a list, in the order they arrive, which the workers'
feeder threads may change (session 28's w01 with an append in a loop)."""
import multiprocessing as mp

order = []


def worker(jobs, results):
    while True:
        job = jobs.get()
        if job is None:
            break
        results.put(job)


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
        order.append(results.get())
    for w in workers:
        w.join()
    print(order)
