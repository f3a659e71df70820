"""Processes send results back through a multiprocessing queue."""
import multiprocessing


def square(n, out):
    out.put(n * n)


if __name__ == "__main__":
    out = multiprocessing.Queue()
    procs = [multiprocessing.Process(target=square, args=(n, out)) for n in (2, 3)]
    for p in procs:
        p.start()
    total = 0
    for _ in procs:
        total += out.get()
    for p in procs:
        p.join()
    print(total)
