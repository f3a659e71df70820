import queue
import threading

q = queue.Queue()
items = []


def worker():
    items.append(1)
    q.put("ready")


t = threading.Thread(target=worker)
t.start()
print(f"{len(items)} items, then {q.get()}")
t.join()
