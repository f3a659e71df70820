# BUG: each worker object has its own lock, but all of them update the same global
import threading
import time

shared_total = 0


class Worker:
    def __init__(self, amount):
        self.amount = amount
        self.lock = threading.Lock()

    def run(self):
        global shared_total
        with self.lock:
            seen = shared_total
            time.sleep(0.001)
            shared_total = seen + self.amount


workers = [Worker(1), Worker(10)]
ts = [threading.Thread(target=w.run) for w in workers]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(shared_total)
