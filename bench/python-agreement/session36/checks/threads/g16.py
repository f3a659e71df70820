"""Random threaded program (seed 3637, number 16)."""
import queue
import threading
import time

log = []
counter = [0]
lock = threading.Lock()
sem = threading.Semaphore(1)
q = queue.Queue()
ev = threading.Event()

def a():
    for i in range(2):
        q.put("a0")
        with sem:
            log.append("a1+")
            time.sleep(0)


def b():
    for i in range(2):
        log.append("b0")
        time.sleep(0)
        with sem:
            log.append("b1+")
            time.sleep(0)


threads = [threading.Thread(target=a), threading.Thread(target=b)]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(counter[0])
print(log)
