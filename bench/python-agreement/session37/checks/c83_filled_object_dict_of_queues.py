import queue
import threading

NAMES = ["north", "south"]
inboxes = {}
for name in NAMES:
    inboxes[name] = queue.Queue()
log = []


def courier(region, parcels):
    for p in parcels:
        inboxes[region].put(p)
    inboxes[region].put(None)


def depot(region):
    count = 0
    while inboxes[region].get() is not None:
        count += 1
    log.append(f"{region}:{count}")


threads = [threading.Thread(target=courier, args=("north", [1, 2])), threading.Thread(target=courier, args=("south", [3])),
           threading.Thread(target=depot, args=("north",)), threading.Thread(target=depot, args=("south",))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(log))
