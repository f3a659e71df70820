import queue
import threading

q = queue.Queue()
x = 0


def worker():
    global x
    w = q.get()
    n = 0
    for ch in w:
        n += 1
    x = n


t = threading.Thread(target=worker)
t.start()
q.put("cde")
t.join()
