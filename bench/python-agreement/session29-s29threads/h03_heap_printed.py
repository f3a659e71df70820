"""A heap printed whole: its list order is heapq's shape, which weft does not compute (still refused)."""
import heapq
import threading

heap = []
lock = threading.Lock()


def push(values):
    for v in values:
        with lock:
            heapq.heappush(heap, v)


threads = [threading.Thread(target=push, args=([5, 1],)), threading.Thread(target=push, args=([3],))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(heap)
assert heap[0] == 1
