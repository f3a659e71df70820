"""q.join() waits forever: the worker forgets task_done for one item."""
import queue
import threading

q = queue.Queue()
handled = 0


def worker():
    global handled
    while True:
        item = q.get()
        handled += 1
        if item != 2:
            q.task_done()


threading.Thread(target=worker, daemon=True).start()
for i in range(3):
    q.put(i)
q.join()
print(handled)
