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
    for i in range(2):
        seen = counter[0]
        time.sleep(0)
        counter[0] = seen + 1
        log.append("a0=" + str(counter[0]))
        time.sleep(0.001)
        log.append("a1")


def b():
    for i in range(2):
        time.sleep(0.003)
        log.append("b0")
        log.append("b1")
        time.sleep(0)


def c():
    for i in range(2):
        q.put("c0")
        log.append("c1")
        time.sleep(0)


threads = [threading.Thread(target=a), threading.Thread(target=b), threading.Thread(target=c)]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(counter[0])
print(log)
