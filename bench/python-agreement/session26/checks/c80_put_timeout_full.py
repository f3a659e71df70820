import queue
import threading
import time

q: "queue.Queue[int]" = queue.Queue(maxsize=1)
accepted: list[int] = []
rejected: list[int] = []


def producer() -> None:
    for i in range(3):
        try:
            q.put(i, timeout=0.015)
            accepted.append(i)
        except queue.Full:
            rejected.append(i)


def consumer() -> None:
    time.sleep(0.02)
    q.get()


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(accepted, rejected)
