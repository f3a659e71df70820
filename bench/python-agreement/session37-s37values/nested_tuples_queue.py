# Nested tuple displays as values of steps: a producer thread puts ("size", (w, h)) pairs of constants
# on a queue, a consumer takes them and records the area; a pool job returns ("ok", (1, 2.5)).
import queue
import threading
from concurrent.futures import ThreadPoolExecutor

items = queue.Queue()
areas = []


def produce():
    items.put(("small", (2, 3)))
    items.put(("large", (10, (4, 5))))
    items.put(None)


def consume():
    while True:
        item = items.get()
        if item is None:
            break
        name, size = item
        if name == "small":
            areas.append(size[0] * size[1])
        else:
            areas.append(size[0] * size[1][0] * size[1][1])


def job():
    return ("ok", (1, 2.5))


threads = [threading.Thread(target=produce), threading.Thread(target=consume)]
for t in threads:
    t.start()
for t in threads:
    t.join()
with ThreadPoolExecutor(max_workers=1) as pool:
    status, pair = pool.submit(job).result()
count = pair[0]
ratio = pair[1]
print(areas, status, count, ratio)
