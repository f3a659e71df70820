# Not refused: a queue that carries strings keys a dict (the tuple-key check follows the puts and finds none).
# CPython 3.11: size=2.
import queue
import threading

jobs = queue.Queue()
seen = {}


def worker():
    for _ in range(2):
        name = jobs.get()
        seen[name] = len(name)


for name in ("ab", "cde"):
    jobs.put(name)
t = threading.Thread(target=worker)
t.start()
t.join()
size = len(seen)
print(size)
