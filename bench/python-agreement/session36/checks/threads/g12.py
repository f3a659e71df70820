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
    for i in range(2):
        time.sleep(0.002)
        log.append("a0")
        ev.wait()
        log.append("a1~")


def b():
    for i in range(2):
        seen = counter[0]
        time.sleep(0)
        counter[0] = seen + 1
        log.append("b0=" + str(counter[0]))
        q.put("b1")


def c():
    for i in range(2):
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
ev.set()
for t in threads:
    t.join()
log.append(counter[0])
print(log)
