"""Random threaded program (seed 3637, number 11)."""
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
        with sem:
            log.append("a0+")
            time.sleep(0)
        log.append("a1")
        time.sleep(0)
        seen = counter[0]
        time.sleep(0)
        counter[0] = seen + 1
        log.append("a2=" + str(counter[0]))


def b():
    for i in range(2):
        q.put("b0")
        with lock:
            seen = counter[0]
            time.sleep(0)
            counter[0] = seen + 1
            log.append("b1=" + str(counter[0]))


threads = [threading.Thread(target=a), threading.Thread(target=b)]
for t in threads:
    t.start()
for t in threads:
    t.join()
log.append(counter[0])
print(log)
