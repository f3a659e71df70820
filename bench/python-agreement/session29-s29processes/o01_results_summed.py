"""Two worker processes take jobs from one queue and put each job's square on a results queue; the main
process only adds the results up and counts them, so the order the feeders deliver them in is not seen."""
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
    for job in range(5):
        jobs.put(job)
    for _ in workers:
        jobs.put(None)
    for _ in range(5):
        total += results.get()
        count += 1
    for w in workers:
        w.join()
    print(total, count)
    assert total == 30 and count == 5
