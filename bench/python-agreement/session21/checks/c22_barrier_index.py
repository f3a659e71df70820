# Barrier.wait() returns the arrival index: 0 for the first to arrive
import threading
import time

barrier = threading.Barrier(2)
indexes = {}
lock = threading.Lock()


def party(name, delay):
    time.sleep(delay)
    i = barrier.wait()
    with lock:
        indexes[name] = i


threads = [threading.Thread(target=party, args=("early", 0.0)), threading.Thread(target=party, args=("late", 0.05))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(indexes)
