"""Children put their squares; the parent joins them all, then drains with `while not q.empty()`: every put is flushed (a process exits only after its feeder wrote its items), so the drain is exact."""
import multiprocessing


def square(n, q):
    q.put(n * n)


if __name__ == "__main__":
    q = multiprocessing.Queue()
    procs = [multiprocessing.Process(target=square, args=(n, q)) for n in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    total = 0
    while not q.empty():
        total += q.get()
    print(total)
