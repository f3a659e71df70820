# CPython 3.11.7: the thread dies with UnboundLocalError at print(items) (items is assigned below, so
# it is the function's local throughout); the final state is ok r=3. weft: refused at line 11 column 11
# (before session 18 it read the global list there: complete, r=3 with no error).
import threading

items = [3, 1, 2]
r = -1


def worker():
    print(items)
    items = []


t = threading.Thread(target=worker)
t.start()
t.join()
r = len(items)
