"""Random threaded program (seed 3637, number 29)."""
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
    time.sleep(0.003)
    log.append("a1")


def b():
    ev.wait()
    log.append("b0~")
    ev.set()
    log.append("b1*")
    seen = counter[0]
    time.sleep(0)
    counter[0] = seen + 1
    log.append("b2=" + str(counter[0]))


def c():
    seen = counter[0]
    time.sleep(0)
    counter[0] = seen + 1
    log.append("c0=" + str(counter[0]))
    seen = counter[0]
    time.sleep(0)
    counter[0] = seen + 1
    log.append("c1=" + str(counter[0]))


threads = [threading.Thread(target=a), threading.Thread(target=b), threading.Thread(target=c)]
for t in threads:
    t.start()
ev.set()
for t in threads:
    t.join()
log.append(counter[0])
print(log)
