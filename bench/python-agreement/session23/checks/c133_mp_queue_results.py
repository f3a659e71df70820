# check: results sent back on a multiprocessing.Queue, collected in the parent
from multiprocessing import Process, Queue

results = []


def square(q, n):
    q.put((n, n * n))


if __name__ == "__main__":
    q = Queue()
    ps = [Process(target=square, args=(q, n)) for n in range(3)]
    for p in ps:
        p.start()
    for _ in range(3):
        n, sq = q.get()
        results.append(sq)
    for p in ps:
        p.join()
    results.sort()
