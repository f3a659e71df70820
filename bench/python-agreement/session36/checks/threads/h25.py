"""Random threaded program (seed 3637, number 25)."""
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
    with sem:
        log.append("a0+")
        time.sleep(0)
    time.sleep(0.003)
    log.append("a1")
    q.put("a2")


def b():
    time.sleep(0.001)
    log.append("b0")
    seen = counter[0]
    time.sleep(0)
    counter[0] = seen + 1
    log.append("b1=" + str(counter[0]))


def c():
    with sem:
        log.append("c0+")
        time.sleep(0)
    log.append("c1")
    time.sleep(0)
    ev.set()
    log.append("c2*")


threads = [threading.Thread(target=a), threading.Thread(target=b), threading.Thread(target=c)]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(counter[0])
print(log)
