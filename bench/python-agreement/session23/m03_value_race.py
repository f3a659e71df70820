# BUG: race — counter.value += 1 on a shared Value from two processes without get_lock()
from multiprocessing import Process, Value
import time


def bump(counter, n):
    for _ in range(n):
        v = counter.value
        time.sleep(0.001)
        counter.value = v + 1


def main():
    counter = Value("i", 0)
    procs = [Process(target=bump, args=(counter, 3)) for _ in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("counter", counter.value)
    assert counter.value == 6, counter.value


if __name__ == "__main__":
    main()
