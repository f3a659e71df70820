"""A closure's nonlocal counter bumped by threads: a read and a write that can interleave."""
import threading
import time

result = 0


def make_counter():
    count = 0

    def bump():
        nonlocal count
        current = count
        time.sleep(0.001)
        count = current + 1

    def value():
        return count

    return bump, value


bump, value = make_counter()
threads = [threading.Thread(target=bump) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
result = value()
print(result)
