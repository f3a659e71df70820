"""Random threaded program (seed 3637, number 2)."""
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
    log.append("a0")
    time.sleep(0)
    log.append("a1")
    time.sleep(0)


def b():
    log.append("b0<" + q.get())
    time.sleep(0.003)
    log.append("b1")
    ev.wait()
    log.append("b2~")


threads = [threading.Thread(target=a), threading.Thread(target=b)]
for t in threads:
    t.start()
q.put("main0")
ev.set()
for t in threads:
    t.join()
log.append(counter[0])
print(log)
