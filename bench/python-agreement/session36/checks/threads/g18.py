"""Random threaded program (seed 3637, number 18)."""
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
        ev.wait()
        log.append("a1~")


def b():
    for i in range(2):
        ev.set()
        log.append("b0*")
        ev.set()
        log.append("b1*")


def c():
    for i in range(2):
        time.sleep(0.003)
        log.append("c0")
        q.put("c1")
        time.sleep(0.001)
        log.append("c2")


threads = [threading.Thread(target=a), threading.Thread(target=b), threading.Thread(target=c)]
for t in threads:
    t.start()
ev.set()
for t in threads:
    t.join()
log.append(counter[0])
print(log)
