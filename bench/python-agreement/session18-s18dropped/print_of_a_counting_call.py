# CPython 3.11.7 (10 runs): ok counter=4 (each thread's print(bump()) bumps the counter under the lock).
# Before session 18 weft read `bump()` inside print's arguments and never ran it: complete, counter=0.
import threading

counter = 0
lock = threading.Lock()


def bump():
    global counter
    with lock:
        counter += 1
        return counter


def worker():
    print(bump())
    print(bump())


threads = [threading.Thread(target=worker) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
