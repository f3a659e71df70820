"""Consumers check empty() then get(): a check-then-act race on the queue."""
import queue
import threading

q = queue.Queue()
for i in range(3):
    q.put(i)
taken = 0
lock = threading.Lock()


def consumer():
    global taken
    while not q.empty():
        try:
            q.get(timeout=0.05)
        except queue.Empty:
            break
        with lock:
            taken += 1


ts = [threading.Thread(target=consumer) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(taken)
