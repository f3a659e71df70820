# BUG: race (lost update): `counter.value += 1` is a read then a write; without counter.get_lock() increments from two processes are lost
from multiprocessing import Process, Value


def bump(counter, times):
    for _ in range(times):
        counter.value += 1


if __name__ == "__main__":
    counter = Value("i", 0)
    procs = [Process(target=bump, args=(counter, 100)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("counter", counter.value)
    assert counter.value == 200, counter.value
