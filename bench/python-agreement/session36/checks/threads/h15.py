"""Random threaded program (seed 3637, number 15)."""
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
    with sem:
        log.append("a1+")
        time.sleep(0)
    log.append("a2<" + q.get())


def b():
    ev.set()
    log.append("b0*")
    with lock:
        seen = counter[0]
        time.sleep(0)
        counter[0] = seen + 1
        log.append("b1=" + str(counter[0]))
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
