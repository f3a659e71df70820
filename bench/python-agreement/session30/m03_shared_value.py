# BUG: lost update: `counter.value += 1` on a shared Value is a read and a write, and the processes do not take counter.get_lock()
from multiprocessing import Process, Value


def visit(counter, visits):
    for _ in range(visits):
        counter.value += 1


if __name__ == "__main__":
    counter = Value("i", 0)
    procs = [Process(target=visit, args=(counter, 2000)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("counter:", counter.value, "expected:", 4000)
    print("lost updates:", counter.value < 4000)
