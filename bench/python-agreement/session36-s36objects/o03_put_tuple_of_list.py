"""A producer puts tuples that hold a list display (made at each put) on a queue; two consumers
take its length and total it. The unlocked `grand += ...` is the program's bug (a lost update)."""
import queue
import threading

jobs = queue.Queue()
grand = 0
sizes = {}


def consumer():
    global grand
    while True:
        job = jobs.get()
        if job is None:
            break
        name, numbers = job
        sizes[name] = len(numbers)
        total = sum(numbers)
        grand += total


def producer():
    jobs.put(("a", [1, 2]))
    jobs.put(("b", [3]))
    jobs.put(("c", [4, 5, 6]))
    jobs.put(None)
    jobs.put(None)


threads = [threading.Thread(target=consumer) for _ in range(2)] + [threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(grand, sorted(sizes.items()))
