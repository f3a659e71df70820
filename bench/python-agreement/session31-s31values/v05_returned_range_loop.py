"""`for i in span(job):` of a function that returns `range(...)` of bounds known only at run time (a
queue's item, `len` of a list another thread grows), with a step; two workers sum their slices."""
import queue
import threading

data = [3, 1, 4, 1, 5, 9, 2, 6]
jobs = queue.Queue()
sums = [0, 0]


def span(start, width):
    return range(start, min(start + width, len(data)), 2)


def worker(slot):
    start = jobs.get()
    total = 0
    for i in span(start, 5):
        total += data[i]
    sums[slot] = total


threads = [threading.Thread(target=worker, args=(n,)) for n in range(2)]
for t in threads:
    t.start()
jobs.put(0)
jobs.put(4)
for t in threads:
    t.join()
print("sums:", sums)
