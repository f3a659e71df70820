import multiprocessing as mp

total = 0
count = 0
extra = 0


def worker(jobs, results):
    while True:
        job = jobs.get()
        if job is None:
            break
        results.put(job * job)


def collect(results, n):
    total = 0
    count = 0
    extra = 0

    for _ in range(n):
        x = results.get()
        count += 1
        total = total * 10 + x
    return total, count, extra


if __name__ == "__main__":
    jobs, results = mp.Queue(), mp.Queue()
    workers = [mp.Process(target=worker, args=(jobs, results)) for _ in range(2)]
    for w in workers:
        w.start()
    for job in (3, 1, 2):
        jobs.put(job)
    for _ in workers:
        jobs.put(None)
    total, count, extra = collect(results, 3)
    for w in workers:
        w.join()
    print(total, count, extra)
