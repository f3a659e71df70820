import queue
import threading
import time

q: "queue.Queue[int]" = queue.Queue()
outcome = ""


def spin(seconds: float) -> None:
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


def hog() -> None:
    spin(0.03)  # weft: cpu 30ms


def consumer() -> None:
    global outcome
    try:
        q.get(timeout=0.004)
        outcome = "got"
    except queue.Empty:
        outcome = "empty"


c = threading.Thread(target=consumer)
h = threading.Thread(target=hog)
c.start()
h.start()
q.put(1)
c.join()
h.join()
print(outcome)
