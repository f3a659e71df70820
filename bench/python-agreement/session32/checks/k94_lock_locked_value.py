# lock.locked() read as a value by another thread.
import threading
import time

lock = threading.Lock()
seen = []


def holder():
    with lock:
        time.sleep(0.02)


def watcher():
    time.sleep(0.005)
    seen.append(1 if lock.locked() else 0)
    time.sleep(0.04)
    seen.append(1 if lock.locked() else 0)


ts = [threading.Thread(target=holder), threading.Thread(target=watcher)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(seen)
