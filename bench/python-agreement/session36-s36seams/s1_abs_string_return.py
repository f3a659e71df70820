# BUG: two workers add to `total` with `total += magnitude(v)`: the read and the write race, so an addition can be lost.
import threading

total = 0
errors = 0


def magnitude(value):
    size = abs(value)
    return size


def worker(values):
    global total, errors
    for value in values:
        try:
            total += magnitude(value)
        except TypeError:
            errors += 1


first = threading.Thread(target=worker, args=([5, "-3"],))
second = threading.Thread(target=worker, args=([-7],))
first.start()
second.start()
first.join()
second.join()
print(total, errors)
