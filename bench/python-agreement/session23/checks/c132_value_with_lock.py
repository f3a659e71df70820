# check: Value's get_lock() makes += safe across processes
from multiprocessing import Process, Value

total = 0


def add(v, n):
    for _ in range(n):
        with v.get_lock():
            v.value += 1


if __name__ == "__main__":
    v = Value("i", 0)
    ps = [Process(target=add, args=(v, 5)) for _ in range(3)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    total = v.value
