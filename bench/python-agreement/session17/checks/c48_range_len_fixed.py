# no bug: range(len(items)) is computed once; items appended during the loop are not visited
import threading
import time

items = [1, 2]
visited = 0
stop = threading.Event()


def appender():
    items.append(3)
    items.append(4)
    stop.set()


t = threading.Thread(target=appender)
t.start()
stop.wait()
for i in range(len(items) - 2):
    visited += items[i]
t.join()
count_before = 0
for i in range(len(items)):
    if i == 0:
        items.append(5)
    count_before += 1
print(visited, count_before)
