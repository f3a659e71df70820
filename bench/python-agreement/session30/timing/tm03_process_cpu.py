import time
from multiprocessing import Process


def crunch():  # weft: cpu 2ms
    total = 0
    for i in range(40000):
        total += i % 7
    return total


def worker():
    for _ in range(10):
        crunch()


if __name__ == "__main__":
    procs = [Process(target=worker) for _ in range(2)]
    start = time.perf_counter()
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    elapsed = time.perf_counter() - start
    print(f"wall: {elapsed * 1000:.1f} ms")
