# CPython 3.11: kinds=[int, str, NoneType] (every run). weft-start: imports, then every run faults at weft's documented
# limit (`type(x).__name__` of a number), its only outcome.
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
