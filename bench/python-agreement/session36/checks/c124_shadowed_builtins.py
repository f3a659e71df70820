"""Locals named after builtins (len, max, sum, list) in a thread's function."""
import threading

results = []


def worker(values):
    total = 0
    for max in values:
        total += max
    len = total * 2
    results.append(len)


t = threading.Thread(target=worker, args=([1, 2, 3],))
t.start()
t.join()
print(results)
