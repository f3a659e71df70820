# Check: PriorityQueue items with equal priority compare their second element; dicts cannot be compared: put raises TypeError. Bug: tie on priority with uncomparable payloads.
import queue
import threading

pq = queue.PriorityQueue()
put_ok = 0


def producer():
    global put_ok
    pq.put((1, {"job": "a"}))
    put_ok += 1
    pq.put((1, {"job": "b"}))
    put_ok += 1


t = threading.Thread(target=producer)
t.start()
t.join()
print(f"put_ok={put_ok} size={pq.qsize()}")
