# one statement computes for tens of milliseconds; the main thread's get(timeout=0.005) gives up first
import queue
import threading

q = queue.Queue()
got = -1


def worker():
    total = sum(range(3_000_000))
    q.put(total % 7)


t = threading.Thread(target=worker)
t.start()
try:
    got = q.get(timeout=0.005)
except queue.Empty:
    got = -2
t.join()
print(got)
