"""A producer sleeps 1 ms, then does ~20 ms of plain Python work before its put; the consumer waits 5 ms at most."""
import queue
import threading
import time

q = queue.Queue()
outcome = ""


def producer():
    time.sleep(0.001)
    total = 0
    for i in range(300_000):
        total += i % 7
    q.put(total)


def consumer():
    global outcome
    try:
        q.get(timeout=0.005)
        outcome = "got"
    except queue.Empty:
        outcome = "timeout"


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(outcome)
