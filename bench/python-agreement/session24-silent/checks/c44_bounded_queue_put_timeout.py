import queue
import threading

q = queue.Queue(maxsize=1)
result = []


def producer():
    q.put(1)
    try:
        q.put(2, timeout=0.01)
        result.append("put")
    except queue.Full:
        result.append("full")


t = threading.Thread(target=producer)
t.start()
t.join()
print(result, q.qsize())
