"""Random threaded program (seed 3637, number 8)."""
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
    log.append("a0<" + q.get())
    log.append("a1")
    time.sleep(0)
    with sem:
        log.append("a2+")
        time.sleep(0)


def b():
    with lock:
        seen = counter[0]
        time.sleep(0)
        counter[0] = seen + 1
        log.append("b0=" + str(counter[0]))
    log.append("b1")
    time.sleep(0)


def c():
    log.append("c0")
    time.sleep(0)
    with lock:
        seen = counter[0]
        time.sleep(0)
        counter[0] = seen + 1
        log.append("c1=" + str(counter[0]))


threads = [threading.Thread(target=a), threading.Thread(target=b), threading.Thread(target=c)]
for t in threads:
    t.start()
q.put("main0")
for t in threads:
    t.join()
log.append(counter[0])
print(log)
