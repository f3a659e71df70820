"""Producer and two consumers on a bounded queue, stopped by one None each; the total is unlocked."""
import queue
import threading

jobs = queue.Queue(maxsize=2)
total = 0


def producer():
    for n in range(1, 5):
        jobs.put(n)
    jobs.put(None)
    jobs.put(None)


def consumer():
    global total
    while True:
        n = jobs.get()
        if n is None:
            break
        total += n


workers = [threading.Thread(target=consumer) for _ in range(2)]
for w in workers:
    w.start()
p = threading.Thread(target=producer)
p.start()
p.join()
for w in workers:
    w.join()
print("total:", total)
