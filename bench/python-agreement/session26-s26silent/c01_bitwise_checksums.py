# Two threads fold the items they take from a queue into a shared checksum with ^, &, |, << and >>
# (negative items too), under a lock.
import queue
import threading

items = queue.Queue()
lock = threading.Lock()
checksum = 0
parts = []


def worker():
    global checksum
    for _ in range(3):
        v = items.get()
        mixed = ((v << 3) ^ (v >> 1)) & 0xFFFF | (v & 7)
        with lock:
            checksum ^= mixed
        parts.append(-v >> 2)


for v in [13, -6, 1000, 7, -129, 255]:
    items.put(v)
a = threading.Thread(target=worker)
b = threading.Thread(target=worker)
a.start()
b.start()
a.join()
b.join()
print(checksum, sorted(parts))
