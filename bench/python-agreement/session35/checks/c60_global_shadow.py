"""A thread function assigns `total` without `global`: it is a local, the module's stays 0."""
import threading

total = 0
seen = []


def work():
    total = 5
    seen.append(total)


t = threading.Thread(target=work)
t.start()
t.join()
print(total, seen)
