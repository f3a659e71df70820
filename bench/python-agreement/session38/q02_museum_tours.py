# Museum tour desk: groups are queued by priority (school groups first, then members, then the public);
# two guides take groups from a PriorityQueue until it is empty.
import queue
import threading

desk = queue.PriorityQueue()
led = {"guide-a": [], "guide-b": []}
PRIORITY = {"school": 0, "member": 1, "public": 2}

arrivals = [("public", "smiths"), ("school", "class-4b"), ("member", "lee"), ("public", "ngs"),
            ("school", "class-2a")]
for order, (kind, group) in enumerate(arrivals):
    desk.put((PRIORITY[kind], order, group))


def guide(name):
    while True:
        try:
            _, _, group = desk.get_nowait()
        except queue.Empty:
            return
        led[name].append(group)
        desk.task_done()


guides = [threading.Thread(target=guide, args=(name,)) for name in led]
for g in guides:
    g.start()
desk.join()
for g in guides:
    g.join()

everyone = sorted(led["guide-a"] + led["guide-b"])
print(f"toured={everyone} empty={desk.empty()}")
