"""Random threaded program (seed 3637, number 3)."""
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
    log.append("a0")
    time.sleep(0)
    ev.set()
    log.append("a1*")


def b():
    seen = counter[0]
    time.sleep(0)
    counter[0] = seen + 1
    log.append("b0=" + str(counter[0]))
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
