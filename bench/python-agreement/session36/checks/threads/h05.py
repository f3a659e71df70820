"""Random threaded program (seed 3637, number 5)."""
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
    time.sleep(0.002)
    log.append("a0")
    q.put("a1")
    q.put("a2")


def b():
    seen = counter[0]
    time.sleep(0)
    counter[0] = seen + 1
    log.append("b0=" + str(counter[0]))
    log.append("b1")
    time.sleep(0)


def c():
    with sem:
        log.append("c0+")
        time.sleep(0)
    log.append("c1<" + q.get())


threads = [threading.Thread(target=a), threading.Thread(target=b), threading.Thread(target=c)]
for t in threads:
    t.start()
q.put("main0")
for t in threads:
    t.join()
log.append(counter[0])
print(log)
