# repro: q.get(timeout=0.01) on a queue whose producer puts after 0.5 s always raises queue.Empty in CPython
import queue
import threading
import time

q = queue.Queue()
outcome = "none"


def producer():
    time.sleep(0.5)
    q.put(1)


t = threading.Thread(target=producer)
t.start()
try:
    item = q.get(timeout=0.01)
    outcome = "got"
except queue.Empty:
    outcome = "empty"
t.join()
print(outcome)
