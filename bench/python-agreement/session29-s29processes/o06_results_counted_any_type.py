"""Worker processes put a (word, length) tuple per job; the main process's collector only counts the
results that are long, comparing by `==` and `!=` alone, which works for any type and any order."""
import multiprocessing as mp

WORDS = ["tea", "coffee", "tea", "water"]
long_ones = 0
received = 0


def worker(jobs, results):
    while True:
        word = jobs.get()
        if word is None:
            break
        results.put((word, len(word) > 3))


def count_long(results, n):
    long_count = 0
    taken = 0
    while taken < n:
        pair = results.get()
        taken += 1
        if pair != ("tea", False):
            long_count += 1
    return long_count, taken


if __name__ == "__main__":
    jobs, results = mp.Queue(), mp.Queue()
    workers = [mp.Process(target=worker, args=(jobs, results)) for _ in range(2)]
    for w in workers:
        w.start()
    for word in WORDS:
        jobs.put(word)
    for _ in workers:
        jobs.put(None)
    long_ones, received = count_long(results, len(WORDS))
    for w in workers:
        w.join()
    print(long_ones, received)
    assert (long_ones, received) == (2, 4)
