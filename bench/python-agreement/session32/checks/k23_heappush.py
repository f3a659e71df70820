# heapq.heappush of a shared list in a thread
import threading
import heapq

heap = [1, 5]


def work():
    heapq.heappush(heap, 0)


t = threading.Thread(target=work)
t.start()
t.join()
print(heap)
