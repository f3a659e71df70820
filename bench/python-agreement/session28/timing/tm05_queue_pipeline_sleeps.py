import queue
import threading
import time

q: queue.Queue = queue.Queue()
consumed = 0


def producer() -> None:
    for i in range(5):
        time.sleep(0.01)
        q.put(i)
    q.put(None)


def consumer() -> None:
    global consumed
    while (item := q.get()) is not None:
        time.sleep(0.015)
        consumed += 1


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"consumed={consumed}")
