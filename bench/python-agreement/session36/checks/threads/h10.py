"""Random threaded program (seed 3637, number 10)."""
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
    with lock:
        seen = counter[0]
        time.sleep(0)
        counter[0] = seen + 1
        log.append("a0=" + str(counter[0]))
    ev.set()
    log.append("a1*")


def b():
    ev.wait()
    log.append("b0~")
    time.sleep(0.003)
    log.append("b1")


threads = [threading.Thread(target=a), threading.Thread(target=b)]
for t in threads:
    t.start()
ev.set()
for t in threads:
    t.join()
log.append(counter[0])
print(log)
