"""Random threaded program (seed 3637, number 13)."""
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
        log.append("b0<" + q.get())
        ev.wait()
        log.append("b1~")


def c():
    for i in range(2):
        ev.set()
        log.append("c0*")
        time.sleep(0.002)
        log.append("c1")


threads = [threading.Thread(target=a), threading.Thread(target=b), threading.Thread(target=c)]
for t in threads:
    t.start()
q.put("main0")
q.put("main1")
ev.set()
for t in threads:
    t.join()
log.append(counter[0])
print(log)
