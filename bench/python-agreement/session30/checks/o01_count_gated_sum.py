import multiprocessing as mp

total = 0
count = 0



def worker(jobs, results):
    while True:
        job = jobs.get()
        if job is None:
            break
        results.put(job * job)


if __name__ == "__main__":
    jobs, results = mp.Queue(), mp.Queue()
    workers = [mp.Process(target=worker, args=(jobs, results)) for _ in range(2)]
    for w in workers:
        w.start()
    for job in (3, 1, 2):
        jobs.put(job)
    for _ in workers:
        jobs.put(None)
    for _ in range(3):
        x = results.get()
        count += 1
        if count == 1:
            total += x
    for w in workers:
        w.join()
    print(total, count)
