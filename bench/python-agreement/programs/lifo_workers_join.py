"""A bounded LifoQueue of jobs: the main thread puts four, a worker takes them with get(timeout) and
task_done, and join() waits for all; which job comes when depends on how far the producer got."""
import queue
import threading

jobs = queue.LifoQueue(maxsize=2)
order = [0, 0, 0, 0]
taken = 0
left = 0


def worker():
    global taken
    while True:
        try:
            job = jobs.get(timeout=0.5)
        except queue.Empty:
            break
        order[taken] = job
        taken += 1
        jobs.task_done()


w = threading.Thread(target=worker)
w.start()
for n in range(1, 5):
    jobs.put(n)
jobs.join()
w.join()
left = jobs.qsize()
print("order:", order, "taken:", taken, "left:", left)
