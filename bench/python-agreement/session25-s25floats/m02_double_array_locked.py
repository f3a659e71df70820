"""A `multiprocessing.Array("d", [...])` of doubles updated under its lock by two processes, and a slot
each process owns; integers stored in it read back as floats."""
import multiprocessing


def work(sums, slot, amount):
    for _ in range(20):
        with sums.get_lock():
            sums[0] += amount
    sums[slot] = slot * 10


if __name__ == "__main__":
    sums = multiprocessing.Array("d", [0, 1.5, 2.5])
    procs = [
        multiprocessing.Process(target=work, args=(sums, 1, 0.1)),
        multiprocessing.Process(target=work, args=(sums, 2, 0.2)),
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    total = sums[0]
    items = list(sums)
    print(total, items)
