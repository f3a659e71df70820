"""Two threads blocked in queue.get(): the first put goes to the one that waited first."""
import queue
import threading
import time

q: queue.Queue = queue.Queue()
got: dict[str, int] = {}


def consumer(name: str) -> None:
    got[name] = q.get()


a = threading.Thread(target=consumer, args=("a",))
b = threading.Thread(target=consumer, args=("b",))
a.start()
time.sleep(0.01)
b.start()
time.sleep(0.01)
q.put(1)
time.sleep(0.01)
q.put(2)
a.join()
b.join()
print(got)
