# BUG: threads share a closure's cell through nonlocal; read, pause, write loses one
import threading
import time

final = 0


def make_counter():
    count = 0

    def bump():
        nonlocal count
        seen = count
        time.sleep(0.001)
        count = seen + 1

    def value():
        return count

    return bump, value


bump, value = make_counter()
ts = [threading.Thread(target=bump) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
final = value()
print(final)
