"""A process pool's worker keeps its module globals between jobs: with one worker, a job's counter
goes 1, 2, 3 (the worker process is reused); the parent's counter stays 0."""
from multiprocessing import Pool

calls = 0


def job(x):
    global calls
    calls += 1
    return calls * 100 + x


if __name__ == "__main__":
    with Pool(processes=1) as pool:
        results = pool.map(job, [1, 2, 3])
    print(results, calls)
