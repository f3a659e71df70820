# check: iterating a list while another thread appends sees the new items (no error for lists)
import threading
import time

items = [1, 2]
seen = []


def producer():
    time.sleep(0.001)
    items.append(3)


t = threading.Thread(target=producer)
t.start()
for x in items:
    seen.append(x)
    time.sleep(0.005)
t.join()
count = len(seen)
print(seen)
