# a thread walks a module list with `for` while another appends to it: the walk sees the items appended
# before it reaches the end
import threading
import time

items = [1, 2]
seen = 0
total = 0


def reader():
    global seen, total
    for x in items:
        seen += 1
        total += x
        time.sleep(0.002)


def writer():
    time.sleep(0.001)
    items.append(10)
    items.append(20)


ts = [threading.Thread(target=reader), threading.Thread(target=writer)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(seen, total)
