# A hand-rolled pool: (function, args) taken from a queue and called as a statement.
import queue
import threading

tasks = queue.Queue()
results = []


def record(x):
    results.append(x * 10)


def worker():
    while True:
        item = tasks.get()
        if item is None:
            break
        fn, args = item
        fn(*args)


t = threading.Thread(target=worker)
t.start()
tasks.put((record, (1,)))
tasks.put((record, (2,)))
tasks.put(None)
t.join()
print(results)
