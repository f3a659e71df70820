# BUG: race: counter.value += 1 across processes without get_lock() loses increments
import multiprocessing as mp

WORKERS = 2
ADDS = 200


def add_many(counter):
    for _ in range(ADDS):
        counter.value += 1


if __name__ == "__main__":
    counter = mp.Value("i", 0)
    procs = [mp.Process(target=add_many, args=(counter,)) for _ in range(WORKERS)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    final_count = counter.value
    assert final_count == WORKERS * ADDS, f"lost {WORKERS * ADDS - final_count} increments"
