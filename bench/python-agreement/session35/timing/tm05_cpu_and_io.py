"""One thread computes (4 slices of 2ms CPU) while another waits on I/O (3 sleeps of 6ms)."""
import threading
import time


def crunch(n):
    total = 0
    for i in range(n):
        total += i % 3
    return total


def compute(out):
    for _ in range(4):
        out.append(crunch(45000))  # weft: cpu 2ms


def io_bound(out):
    for _ in range(3):
        time.sleep(0.006)
        out.append(0)


out = []
a = threading.Thread(target=compute, args=(out,))
b = threading.Thread(target=io_bound, args=(out,))
a.start()
b.start()
a.join()
b.join()
print("steps:", len(out))
