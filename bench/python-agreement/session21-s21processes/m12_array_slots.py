"""Each process fills its own slot of a shared Array; the parent sums the slots."""
from multiprocessing import Array, Process

total = 0


def fill(slots, index):
    slots[index] = (index + 1) * 10


if __name__ == "__main__":
    slots = Array("i", 3)
    procs = [Process(target=fill, args=(slots, i)) for i in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    total = sum(slots)
    assert total == 60
