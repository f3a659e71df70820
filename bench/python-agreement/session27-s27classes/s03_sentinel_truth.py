# The truth of a local that may hold the sentinel: still refused (object() is true, None false).
import queue
import threading

jobs: queue.Queue = queue.Queue()
STOP = object()
seen = 0


def consume() -> None:
    global seen
    while True:
        item = jobs.get()
        if item:
            seen += 1
        if item is STOP:
            break


t = threading.Thread(target=consume)
t.start()
jobs.put(1)
jobs.put(STOP)
t.join()
print(seen)
