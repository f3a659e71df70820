"""Random threaded program (seed 3637, number 16)."""
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
    time.sleep(0.003)
    log.append("a1")


def b():
    log.append("b0<" + q.get())
    with lock:
        seen = counter[0]
        time.sleep(0)
        counter[0] = seen + 1
        log.append("b1=" + str(counter[0]))


threads = [threading.Thread(target=a), threading.Thread(target=b)]
for t in threads:
    t.start()
q.put("main0")
for t in threads:
    t.join()
log.append(counter[0])
print(log)
