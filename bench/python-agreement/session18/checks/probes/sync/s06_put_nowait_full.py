import queue
import threading

q = queue.Queue(maxsize=2)
dropped = 0
size = 0

def worker():
    global dropped, size
    for n in range(4):
        try:
            q.put_nowait(n)
        except queue.Full:
            dropped += 1
    size = q.qsize()

t = threading.Thread(target=worker)
t.start()
t.join()
