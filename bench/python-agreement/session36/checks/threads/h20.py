"""Random threaded program (seed 3637, number 20)."""
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
    q.put("a1")
    log.append("a2")
    time.sleep(0)


def b():
    seen = counter[0]
    time.sleep(0)
    counter[0] = seen + 1
    log.append("b0=" + str(counter[0]))
    time.sleep(0.002)
    log.append("b1")


def c():
    seen = counter[0]
    time.sleep(0)
    counter[0] = seen + 1
    log.append("c0=" + str(counter[0]))
    with sem:
        log.append("c1+")
        time.sleep(0)


threads = [threading.Thread(target=a), threading.Thread(target=b), threading.Thread(target=c)]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(counter[0])
print(log)
