"""Random threaded program (seed 3637, number 17)."""
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
    ev.wait()
    log.append("a1~")


def b():
    time.sleep(0.002)
    log.append("b0")
    log.append("b1")
    time.sleep(0)
    time.sleep(0.002)
    log.append("b2")


threads = [threading.Thread(target=a), threading.Thread(target=b)]
for t in threads:
    t.start()
ev.set()
for t in threads:
    t.join()
log.append(counter[0])
print(log)
