import queue
import threading

kinds = []
q = queue.Queue()
for item in (1, "a", None):
    q.put(item)


def worker():
    while not q.empty():
        item = q.get()
        kinds.append(type(item).__name__)


t = threading.Thread(target=worker)
t.start()
t.join()
print(kinds)
