# check: a Queue with maxsize 0 or negative is unbounded; acquire(timeout=0) and wait(0) do not block
import queue
import threading

q = queue.Queue(maxsize=-1)
lock = threading.Lock()
event = threading.Event()
out = []


def fill():
    for i in range(5):
        q.put(i, timeout=0.01)
    out.append(q.qsize())
    lock.acquire()
    out.append(lock.acquire(timeout=0))
    out.append(event.wait(0))
    lock.release()


t = threading.Thread(target=fill)
t.start()
t.join()
size = out[0]
second = out[1]
waited = out[2]
print(out)
