# two worker processes take jobs from one Queue and put squares on one results Queue; the parent keeps the order
import multiprocessing as mp


def worker(jobs, results):
    while True:
        n = jobs.get()
        if n is None:
            break
        results.put(n * n)


if __name__ == "__main__":
    jobs = mp.Queue()
    results = mp.Queue()
    ps = [mp.Process(target=worker, args=(jobs, results)) for _ in range(2)]
    for p in ps:
        p.start()
    for n in range(1, 5):
        jobs.put(n)
    for _ in ps:
        jobs.put(None)
    arrived = [results.get() for _ in range(4)]
    for p in ps:
        p.join()
    print(arrived, sum(arrived))
