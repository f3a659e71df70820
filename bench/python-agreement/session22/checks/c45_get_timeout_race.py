import queue
import threading
import time

q = queue.Queue()
outcome = ""


def producer():
    time.sleep(0.05)
    q.put("late")


def consumer():
    global outcome
    try:
        outcome = q.get(timeout=0.02)
    except queue.Empty:
        outcome = "timeout"


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(outcome)
