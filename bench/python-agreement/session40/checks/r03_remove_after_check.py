# Check: two threads `if x in lst: lst.remove(x)` with a pause: one may raise ValueError. Bug: check-then-act on a list.
import threading
import time

waiting = [7, 8, 9]
served = 0
lock = threading.Lock()


def serve(x):
    global served
    if x in waiting:
        time.sleep(0.002)
        waiting.remove(x)
        with lock:
            served += 1


ts = [threading.Thread(target=serve, args=(8,)) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(f"served={served} waiting={waiting}")
