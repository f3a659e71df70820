# Check: two threads call next() on one generator whose body sleeps: "ValueError: generator already executing". Bug: a generator shared across threads.
import threading
import time

taken = []
lock = threading.Lock()


def tickets():
    n = 0
    while True:
        time.sleep(0.005)
        n += 1
        yield n


gen = tickets()


def clerk():
    for _ in range(2):
        t = next(gen)
        with lock:
            taken.append(t)


ts = [threading.Thread(target=clerk) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
taken.sort()
print(f"taken={taken}")
