"""Workers wait on a multiprocessing.Event before they add to a locked Value."""
import multiprocessing

result = 0


def worker(start, counter):
    start.wait()
    with counter.get_lock():
        counter.value += 1


if __name__ == "__main__":
    start = multiprocessing.Event()
    counter = multiprocessing.Value("i", 0)
    procs = [multiprocessing.Process(target=worker, args=(start, counter)) for _ in range(3)]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join()
    result = counter.value
    assert result == 3
