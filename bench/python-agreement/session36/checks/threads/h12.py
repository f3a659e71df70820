"""Random threaded program (seed 3637, number 12)."""
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
    ev.set()
    log.append("a1*")
    log.append("a2")
    time.sleep(0)


def b():
    seen = counter[0]
    time.sleep(0)
    counter[0] = seen + 1
    log.append("b0=" + str(counter[0]))
    q.put("b1")
    time.sleep(0.003)
    log.append("b2")


def c():
    ev.wait()
    log.append("c0~")
    time.sleep(0.001)
    log.append("c1")
    log.append("c2<" + q.get())


threads = [threading.Thread(target=a), threading.Thread(target=b), threading.Thread(target=c)]
for t in threads:
    t.start()
q.put("main0")
ev.set()
for t in threads:
    t.join()
log.append(counter[0])
print(log)
