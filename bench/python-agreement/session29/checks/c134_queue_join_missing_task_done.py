# BUG: the worker never calls task_done, so q.join() waits forever
import queue
import threading

q = queue.Queue()
handled = 0


def worker():
    global handled
    while True:
        q.get()
        handled += 1


threading.Thread(target=worker, daemon=True).start()
for i in range(3):
    q.put(i)
q.join()
print(handled)
