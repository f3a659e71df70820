# Check: queue.get with timeout raising queue.Empty; put_nowait on a full queue raising queue.Full. Bug: none.
import queue
import threading

q = queue.Queue(maxsize=1)
empties = 0
fulls = 0
got = []


def worker():
    global empties, fulls
    try:
        q.get(timeout=0.01)
    except queue.Empty:
        empties += 1
    q.put_nowait(4)
    try:
        q.put_nowait(5)
    except queue.Full:
        fulls += 1
    got.append(q.get())
    got.append(q.qsize())


t = threading.Thread(target=worker)
t.start()
t.join()
print(f"empties={empties} fulls={fulls} got={got}")
