"""multiprocessing.Value with get_lock(): no update lost across processes."""
import multiprocessing as mp

final = 0


def add(counter, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1


if __name__ == "__main__":
    counter = mp.Value("i", 0)
    procs = [mp.Process(target=add, args=(counter, 3)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    final = counter.value
    print(final)
