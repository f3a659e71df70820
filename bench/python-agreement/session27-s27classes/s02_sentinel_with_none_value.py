# A sentinel beside a real None value (`result = None`): still refused, the two would be one value.
import queue
import threading

jobs: queue.Queue = queue.Queue()
STOP = object()
result = None


def consume() -> None:
    global result
    while (item := jobs.get()) is not STOP:
        result = item


t = threading.Thread(target=consume)
t.start()
jobs.put(1)
jobs.put(STOP)
t.join()
print(result)
