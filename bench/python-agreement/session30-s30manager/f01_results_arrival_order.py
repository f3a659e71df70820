"""Two worker processes take jobs from one queue and put (job, square) on a results queue; the main
process keeps the jobs in the order their results arrive. Each worker's put goes through its feeder
thread, so the arrival order is any interleaving of the two workers' put orders."""
import multiprocessing as mp

arrived: list = []


def worker(jobs, results):
    while True:
        job = jobs.get()
        if job is None:
            break
        results.put((job, job * job))


if __name__ == "__main__":
    jobs, results = mp.Queue(), mp.Queue()
    procs = [mp.Process(target=worker, args=(jobs, results)) for _ in range(2)]
    for p in procs:
        p.start()
    for job in range(3):
        jobs.put(job)
    for _ in procs:
        jobs.put(None)
    for _ in range(3):
        job, square = results.get()
        arrived.append(job)
    for p in procs:
        p.join()
    print(arrived)
