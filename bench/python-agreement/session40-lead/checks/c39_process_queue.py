# Worker processes send squares back through a multiprocessing.Queue. No bug.
import multiprocessing


def worker(n, out):
    out.put((n, n * n))


if __name__ == "__main__":
    out = multiprocessing.Queue()
    procs = [multiprocessing.Process(target=worker, args=(n, out)) for n in (2, 3)]
    for p in procs:
        p.start()
    results = sorted(out.get() for _ in procs)
    for p in procs:
        p.join()
    print(results)
