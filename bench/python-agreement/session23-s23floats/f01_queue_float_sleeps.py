# Floats on a queue: two workers take delays, sleep each (a float known only when the program runs),
# and append it; main sums what they did in the order they did it.
import queue
import threading
import time

jobs = queue.Queue()
done = []


def worker():
    while True:
        delay = jobs.get()
        if delay is None:
            break
        time.sleep(delay)
        done.append(delay)


for d in [0.03, 0.01, 0.02, 0.005]:
    jobs.put(d)
workers = [threading.Thread(target=worker) for _ in range(2)]
for w in workers:
    w.start()
for w in workers:
    jobs.put(None)
for w in workers:
    w.join()
total = 0
for d in done:
    total = total + d
longest = max(done)
print(done, total, longest)
