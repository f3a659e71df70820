# BUG: check-then-act: two consumers both see the queue non-empty, one takes the last item and the other blocks in get() for ever
import queue
import threading

jobs = queue.Queue()
for j in range(3):
    jobs.put(j)
done = []


def consumer(name):
    while not jobs.empty():
        job = jobs.get()
        done.append((name, job))


threads = [threading.Thread(target=consumer, args=(n,)) for n in ("a", "b")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(job for _, job in done))
