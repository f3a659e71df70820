import queue
import threading
import time

q: "queue.Queue[str]" = queue.Queue()
result = ""


def producer() -> None:
    for _ in range(5):
        time.sleep(0.01)
    q.put("data")


def consumer() -> None:
    global result
    try:
        result = q.get(timeout=0.05)
    except queue.Empty:
        result = "timeout"


threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(result)
