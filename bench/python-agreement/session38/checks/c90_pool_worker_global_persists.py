# A global counter in a Pool worker process persists across the tasks that process runs: each result is
# how many tasks its worker had run so far (the parent's counter stays 0).
import multiprocessing

calls = 0


def job(n):
    global calls
    calls += 1
    return calls


if __name__ == "__main__":
    with multiprocessing.Pool(processes=2) as pool:
        results = pool.map(job, range(4), chunksize=1)
    log = sorted(results) + [calls]
    print(log)
