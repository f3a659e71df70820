# Worker processes poll a task queue until a multiprocessing.Event tells them to stop.
import multiprocessing as mp
import queue


def worker(tasks, results, stop):
    while not stop.is_set():
        try:
            n = tasks.get(timeout=0.01)
        except queue.Empty:
            continue
        results.put((n, n * n))


if __name__ == "__main__":
    tasks = mp.Queue()
    results = mp.Queue()
    stop = mp.Event()
    workers = [mp.Process(target=worker, args=(tasks, results, stop)) for _ in range(1)]
    for w in workers:
        w.start()
    numbers = [2, 3, 4, 5]
    for n in numbers:
        tasks.put(n)
    squares = dict(results.get() for _ in numbers)
    stop.set()
    for w in workers:
        w.join()
    total = sum(squares.values())
    exitcodes = [w.exitcode for w in workers]
    print(f"total={total} squares={dict(sorted(squares.items()))} exitcodes={exitcodes}")
