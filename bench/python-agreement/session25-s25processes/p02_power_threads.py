"""`**` of run-time integers in threads: a negative base, a zero exponent, zero to the zero, a large
power, one to a huge exponent, and a shared base squared under no lock (a lost update)."""
import queue
import threading

jobs = queue.Queue()
results = queue.Queue()
total = 3


def worker():
    global total
    base, exponent = jobs.get()
    value = base ** exponent
    results.put((base, exponent, value))
    total = total ** 2 % 1000003


JOBS = [(-3, 3), (7, 0), (0, 0), (10, 18), (-2, 61), (1, 10**12)]
for job in JOBS:
    jobs.put(job)
threads = [threading.Thread(target=worker) for _ in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
seen = []
for _ in range(6):
    seen.append(results.get())
seen.sort()
for entry in seen:
    print(entry)
print("total", total)
