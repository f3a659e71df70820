"""Random threaded program (seed 3637, number 7)."""
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
    ev.set()
    log.append("a0*")
    q.put("a1")


def b():
    with lock:
        seen = counter[0]
        time.sleep(0)
        counter[0] = seen + 1
        log.append("b0=" + str(counter[0]))
    with lock:
        seen = counter[0]
        time.sleep(0)
        counter[0] = seen + 1
        log.append("b1=" + str(counter[0]))


def c():
    ev.set()
    log.append("c0*")
    log.append("c1")
    time.sleep(0)


threads = [threading.Thread(target=a), threading.Thread(target=b), threading.Thread(target=c)]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(counter[0])
print(log)
