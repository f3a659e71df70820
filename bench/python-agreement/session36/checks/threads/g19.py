"""Random threaded program (seed 3637, number 19)."""
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
        ev.set()
        log.append("a0*")
        log.append("a1")
        time.sleep(0)


def b():
    for i in range(2):
        with lock:
            seen = counter[0]
            time.sleep(0)
            counter[0] = seen + 1
            log.append("b0=" + str(counter[0]))
        with sem:
            log.append("b1+")
            time.sleep(0)


def c():
    for i in range(2):
        ev.set()
        log.append("c0*")
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
