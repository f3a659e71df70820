"""Random threaded program (seed 3637, number 27)."""
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
    log.append("b0<" + q.get())
    q.put("b1")
    ev.set()
    log.append("b2*")


threads = [threading.Thread(target=a), threading.Thread(target=b)]
for t in threads:
    t.start()
q.put("main0")
for t in threads:
    t.join()
log.append(counter[0])
print(log)
