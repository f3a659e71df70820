# BUG: lost update: two threads add to a counter bound by an unpacking at module level.
import threading
import time

count, step = 0, 1
names, seen = [], {}


def add(tag):
    global count
    value = count
    time.sleep(0.001)
    count = value + step
    names.append(tag)


a = threading.Thread(target=add, args=("a",))
b = threading.Thread(target=add, args=("b",))
a.start()
b.start()
a.join()
b.join()
print(count, sorted(names), seen)
assert count == 2, count
