"""`heappop` of a maybe empty heap caught as IndexError: a priority queue would raise queue.Empty (still refused)."""
import heapq
import threading

heap = []
lock = threading.Lock()
popped = 0


def pusher():
    with lock:
        heapq.heappush(heap, 1)


def popper():
    global popped
    with lock:
        try:
            heapq.heappop(heap)
            popped += 1
        except IndexError:
            pass


threads = [threading.Thread(target=pusher), threading.Thread(target=popper)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert popped in (0, 1)
