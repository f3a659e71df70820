# each worker process counts words in its own dict and reports the total through a queue
import multiprocessing


def worker(words, q):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    seen = []
    for w in words:
        if w not in seen:
            seen.append(w)
    q.put(len(seen) * 100 + counts["a"])


if __name__ == "__main__":
    q = multiprocessing.Queue()
    procs = [
        multiprocessing.Process(target=worker, args=(["a", "b", "a"], q)),
        multiprocessing.Process(target=worker, args=(["a", "c", "d", "a", "a"], q)),
    ]
    for p in procs:
        p.start()
    first = q.get()
    second = q.get()
    for p in procs:
        p.join()
    total = first + second
    print(f"total={total}")
