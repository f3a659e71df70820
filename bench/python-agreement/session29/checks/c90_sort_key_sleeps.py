# BUG: the sort's key function blocks, another thread appends meanwhile: ValueError (list modified during sort)
import threading
import time

items = [3, 1, 2]
errors = 0


def priority_of(v):
    time.sleep(0.001)  # look the priority up
    return -v


def sorter():
    global errors
    try:
        items.sort(key=priority_of)
    except ValueError:
        errors += 1


def appender():
    time.sleep(0.0015)
    items.append(9)


ts = [threading.Thread(target=sorter), threading.Thread(target=appender)]
for t in ts:
    t.start()
for t in ts:
    t.join()
size = len(items)
print(errors, size)
