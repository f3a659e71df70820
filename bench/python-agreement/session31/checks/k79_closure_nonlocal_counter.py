# a closure's nonlocal counter shared by two threads, with a sleep between read and write
import threading
import time


def make_counter():
    count = 0

    def bump():
        nonlocal count
        v = count
        time.sleep(0)
        count = v + 1
        return count

    def value():
        return count

    return bump, value


bump, value = make_counter()
ts = [threading.Thread(target=bump) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
final = value()
print(final)
