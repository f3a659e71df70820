import queue
import threading

q = queue.Queue()
result = 0


def worker():
    global result
    x = q.get()
    result = x * x * x * x * x


q.put(10 ** 5)
t = threading.Thread(target=worker)
t.start()
t.join()
