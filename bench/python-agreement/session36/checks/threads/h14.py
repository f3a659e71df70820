"""Random threaded program (seed 3637, number 14)."""
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
    log.append("b0<" + q.get())
    with sem:
        log.append("b1+")
        time.sleep(0)
    with sem:
        log.append("b2+")
        time.sleep(0)


def c():
    log.append("c0<" + q.get())
    ev.wait()
    log.append("c1~")
    with sem:
        log.append("c2+")
        time.sleep(0)


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
