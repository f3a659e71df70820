# BUG: the workers read and write `total.value` without its lock, so an update is lost.
"""One-way pipes made in a loop, one per worker: each worker reports on its pipe after adding to a
shared Value without the lock."""
from multiprocessing import Pipe, Process, Value


def add(total, amount, report):
    current = total.value
    total.value = current + amount
    report.send(amount)


if __name__ == "__main__":
    total = Value("i", 0)
    readers = []
    procs = []
    for k in range(1, 3):
        reader, writer = Pipe(duplex=False)
        p = Process(target=add, args=(total, k * 10, writer))
        procs.append(p)
        readers.append(reader)
        p.start()
    reports = [r.recv() for r in readers]
    for p in procs:
        p.join()
    print(reports, total.value)
    final = total.value
    assert final == 30
