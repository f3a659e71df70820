# The module's own print of `100 % width` where width is 0: CPython stops with ZeroDivisionError
# before the thread starts, so `started` stays empty.
import threading

width = 0
started = []


def worker():
    started.append(1)


print("remainder", 100 % width)
t = threading.Thread(target=worker)
t.start()
t.join()
