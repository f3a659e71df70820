"""Processes add to a shared multiprocessing.Value under its lock."""
import multiprocessing as mp

WORKERS = 3
ADDS = 20


def add_many(counter, n):
    for _ in range(n):
        with counter.get_lock():
            counter.value += 1


if __name__ == "__main__":
    counter = mp.Value("i", 0)
    procs = [mp.Process(target=add_many, args=(counter, ADDS)) for _ in range(WORKERS)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    final_count = counter.value
    exit_codes = [p.exitcode for p in procs]
    assert final_count == WORKERS * ADDS
