import queue
import threading

pq = queue.PriorityQueue()
log = []


def submit(priority, name):
    pq.put((priority, name))


threads = [threading.Thread(target=submit, args=a) for a in ((2, "low"), (1, "high"), (1, "alpha"))]
for t in threads:
    t.start()
for t in threads:
    t.join()
while not pq.empty():
    log.append(pq.get()[1])
print(log)  # ordered
