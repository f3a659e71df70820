# Known bug: the worker `continue`s past task_done() for negative items, so q.join() waits forever (deadlock).
import queue
import threading

q = queue.Queue()
good = 0


def worker():
    global good
    while True:
        item = q.get()
        if item < 0:
            print("bad item, skipping")
            continue
        good += item
        q.task_done()


threading.Thread(target=worker, daemon=True).start()
for item in [3, -1, 4]:
    q.put(item)
q.join()
print("good total", good)
