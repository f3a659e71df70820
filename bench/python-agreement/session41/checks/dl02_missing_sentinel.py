# check: a non-daemon consumer blocked on get() after the last item keeps the process alive (deadlock)
import queue
import threading

q = queue.Queue()
handled = []


def consumer():
    while True:
        item = q.get()
        handled.append(item)


threading.Thread(target=consumer).start()
for i in range(3):
    q.put(i)
print("main done")
