# no bug: each worker's bump is under the lock, and the calls inside the expression run in Python's order
# CPython 3.11.7 (agree.py, 10 runs): counter 3 results {1: 11, 2: 32} every run; weft (complete): that and
# {1: 31, 2: 22}, where the second worker takes the lock first
import threading

counter = 0
lock = threading.Lock()
results = {}


def bump(n):
    global counter
    with lock:
        counter += n
        return counter


def limits():
    return {"scale": 10}


def worker(i):
    results[i] = bump(i) * limits()["scale"] + i


threads = [threading.Thread(target=worker, args=(i,)) for i in range(1, 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter, "results", results)
assert counter == 3
