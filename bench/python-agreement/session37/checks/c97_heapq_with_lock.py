import heapq
import threading

heap = []
lock = threading.Lock()
log = []


def push(v):
    with lock:
        heapq.heappush(heap, v)


threads = [threading.Thread(target=push, args=(v,)) for v in (5, 1, 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
while heap:
    log.append(heapq.heappop(heap))
print(log)  # ordered
