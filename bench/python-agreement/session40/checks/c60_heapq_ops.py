# Check: heapq push/pop order with tuples, nsmallest. Bug: none.
import heapq
import threading

popped = []
small = []


def worker():
    h = []
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "z")]:
        heapq.heappush(h, item)
    while h:
        popped.append(heapq.heappop(h)[1])
    small.extend(heapq.nsmallest(2, [9, 4, 7, 1]))


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"popped={popped} small={small}")
