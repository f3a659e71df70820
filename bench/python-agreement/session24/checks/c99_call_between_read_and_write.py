"""`total = add(total, 1)` in two threads: the call lets CPython switch threads between the read and the write."""
import threading

total = 0
N = 20000


def add(a, b):
    return a + b


def worker():
    global total
    for _ in range(N):
        total = add(total, 1)


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
lost = int(total < 2 * N)
print(lost)
