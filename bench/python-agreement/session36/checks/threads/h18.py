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
    with sem:
        log.append("a0+")
        time.sleep(0)
    log.append("a1")
    time.sleep(0)
    ev.wait()
    log.append("a2~")


def b():
    log.append("b0<" + q.get())
    q.put("b1")
    log.append("b2")
    time.sleep(0)


def c():
    ev.set()
    log.append("c0*")
    seen = counter[0]
    time.sleep(0)
    counter[0] = seen + 1
    log.append("c1=" + str(counter[0]))
    q.put("c2")


threads = [threading.Thread(target=a), threading.Thread(target=b), threading.Thread(target=c)]
for t in threads:
    t.start()
q.put("main0")
ev.set()
for t in threads:
    t.join()
log.append(counter[0])
print(log)
