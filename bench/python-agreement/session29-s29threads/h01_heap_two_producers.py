"""Two producers push (priority, name) pairs on a module heap under a lock while a consumer pops what is there."""
import heapq
import threading

heap = []
heap_lock = threading.Lock()
taken = []


def produce(items):
    for priority, name in items:
        with heap_lock:
            heapq.heappush(heap, (priority, name))


def consume(rounds):
    for _ in range(rounds):
        with heap_lock:
            if heap:
                priority, name = heapq.heappop(heap)
                taken.append(priority)


producers = [threading.Thread(target=produce, args=([(3, "c"), (1, "a")],)), threading.Thread(target=produce, args=([(2, "b")],))]
consumer = threading.Thread(target=consume, args=(2,))
for t in producers + [consumer]:
    t.start()
for t in producers + [consumer]:
    t.join()
left = len(heap)
print("taken", taken, "left", left)
assert left + len(taken) == 3
