"""Double-checked locking: correct here because the second check is under the lock."""
import threading
import time

lock = threading.Lock()
instance = None
created = 0


def get_instance():
    global instance, created
    if instance is None:
        with lock:
            if instance is None:
                time.sleep(0.001)
                created += 1
                instance = 1
    return instance


ts = [threading.Thread(target=get_instance) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
assert created == 1
print(created)
