# each pool process has its own copy of a module counter: the values the jobs return depend on which process ran them
from multiprocessing import Pool

calls = 0


def job(n):
    global calls
    calls += 1
    return calls


if __name__ == "__main__":
    with Pool(2) as pool:
        seen = pool.map(job, range(4))
    total = sum(seen)
    print(seen, total, calls)
