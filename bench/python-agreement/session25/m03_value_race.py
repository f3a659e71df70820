# BUG: race: `+=` on a shared Value is a read then a write, and no lock is taken
from multiprocessing import Process, Value


def visit(counter, times):
    for _ in range(times):
        counter.value += 1


if __name__ == "__main__":
    counter = Value("i", 0)
    procs = [Process(target=visit, args=(counter, 200)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("visits", counter.value)
    assert counter.value == 400, "increments were lost"
