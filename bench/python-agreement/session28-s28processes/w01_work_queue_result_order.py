"""Two worker processes take jobs from one queue and put each job's number on a results queue; the main
process keeps the results in the order they arrive. A worker's put goes through its feeder thread, so a
result put before the worker's next take can arrive after a later job's result of the other worker."""
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
    first = order[0]
    print(order)
