"""Random threaded program (seed 3637, number 4)."""
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
        ev.wait()
        log.append("a0~")
        time.sleep(0.002)
        log.append("a1")


def b():
    for i in range(2):
        log.append("b0")
        time.sleep(0)
        time.sleep(0.003)
        log.append("b1")
        q.put("b2")


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
ev.set()
for t in threads:
    t.join()
log.append(counter[0])
print(log)
