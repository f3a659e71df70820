# An assert that fails in a child ends that child (exitcode 1), not the program.
from multiprocessing import Process, Value


def worker(total, n):
    total.value += n
    assert n % 2 == 0, "odd"
    total.value += 100


if __name__ == "__main__":
    total = Value("i", 0)
    procs = [Process(target=worker, args=(total, n)) for n in (1, 2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    codes = [p.exitcode for p in procs]
    final = total.value
