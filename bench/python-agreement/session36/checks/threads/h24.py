"""Random threaded program (seed 3637, number 24)."""
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
    with lock:
        seen = counter[0]
        time.sleep(0)
        counter[0] = seen + 1
        log.append("a1=" + str(counter[0]))


def b():
    time.sleep(0.001)
    log.append("b0")
    seen = counter[0]
    time.sleep(0)
    counter[0] = seen + 1
    log.append("b1=" + str(counter[0]))
    log.append("b2")
    time.sleep(0)


def c():
    time.sleep(0.002)
    log.append("c0")
    q.put("c1")


threads = [threading.Thread(target=a), threading.Thread(target=b), threading.Thread(target=c)]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(counter[0])
print(log)
