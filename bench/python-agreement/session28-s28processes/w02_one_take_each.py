"""Two worker processes take one job each from a queue and put its result on a results queue: no
worker takes again after its put, so no order of the queues ties one result before the other, and weft
lists both arrival orders as CPython's feeders give them."""
import multiprocessing as mp

order = []


def worker(jobs, results):
    job = jobs.get()
    results.put(job * 10)


if __name__ == "__main__":
    jobs, results = mp.Queue(), mp.Queue()
    workers = [mp.Process(target=worker, args=(jobs, results)) for _ in range(2)]
    for w in workers:
        w.start()
    jobs.put(1)
    jobs.put(2)
    order.append(results.get())
    order.append(results.get())
    for w in workers:
        w.join()
    print(order)
