import queue
import threading
from concurrent.futures import ThreadPoolExecutor

q = queue.Queue()
texts = []
flags = []


def is_big(n):
    return n > 10


def producer():
    q.put(True)
    q.put(is_big(3))
    flags.append(is_big(30))


def consumer():
    a = q.get()
    texts.append(f"queue {a}")
    b = q.get()
    texts.append(f"queue {b}")


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
texts.append(f"list {flags[0]}")
texts.append(f"call {is_big(11)}")
with ThreadPoolExecutor(max_workers=2) as ex:
    fut = ex.submit(is_big, 50)
    c = fut.result()
texts.append(f"future {c}")
print(texts)
