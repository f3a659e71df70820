# bug: task_done() called once too often raises ValueError in the worker
import queue
import threading

q = queue.Queue()
handled = 0


def worker():
    global handled
    item = q.get()
    handled += item
    q.task_done()
    q.task_done()


q.put(5)
t = threading.Thread(target=worker)
t.start()
t.join()
print(handled)
