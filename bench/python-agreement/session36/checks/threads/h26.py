"""Random threaded program (seed 3637, number 26)."""
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
    q.put("a0")
    log.append("a1<" + q.get())
    q.put("a2")


def b():
    log.append("b0")
    time.sleep(0)
    log.append("b1")
    time.sleep(0)
    time.sleep(0.002)
    log.append("b2")


def c():
    log.append("c0")
    time.sleep(0)
    time.sleep(0.002)
    log.append("c1")
    log.append("c2")
    time.sleep(0)


threads = [threading.Thread(target=a), threading.Thread(target=b), threading.Thread(target=c)]
for t in threads:
    t.start()
q.put("main0")
for t in threads:
    t.join()
log.append(counter[0])
print(log)
