"""Worker processes put each job's length; a collector function takes the results into locals (a sum, a
set, the largest) and returns a summary the main code keeps: no local holds a result's order."""
import multiprocessing as mp

WORDS = ["a", "bb", "ccc", "dd", "e"]
total = 0
distinct = 0
longest = 0


def worker(jobs, results):
    while True:
        word = jobs.get()
        if word is None:
            break
        results.put(len(word))


def collect(results, n):
    total = 0
    seen = set()
    longest = 0
    for _ in range(n):
        length = results.get()
        total += length
        seen.add(length)
        longest = max(longest, length)
    return total, len(seen), longest


if __name__ == "__main__":
    jobs, results = mp.Queue(), mp.Queue()
    workers = [mp.Process(target=worker, args=(jobs, results)) for _ in range(2)]
    for w in workers:
        w.start()
    for word in WORDS:
        jobs.put(word)
    for _ in workers:
        jobs.put(None)
    total, distinct, longest = collect(results, len(WORDS))
    for w in workers:
        w.join()
    print(total, distinct, longest)
    assert (total, distinct, longest) == (9, 3, 3)
