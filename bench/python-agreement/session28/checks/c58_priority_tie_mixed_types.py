import queue
import threading

pq: queue.PriorityQueue = queue.PriorityQueue()
failed = 0


def producer() -> None:
    pq.put((2, "write"))
    pq.put((2, 7))  # a tie: str < int raises TypeError, the thread dies


t = threading.Thread(target=producer)
t.start()
t.join()
size = pq.qsize()
print(size)
