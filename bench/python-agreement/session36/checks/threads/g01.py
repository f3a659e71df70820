"""Random threaded program (seed 3637, number 1)."""
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
        with lock:
            seen = counter[0]
            time.sleep(0)
            counter[0] = seen + 1
            log.append("a0=" + str(counter[0]))
        ev.wait()
        log.append("a1~")


def b():
    for i in range(2):
        seen = counter[0]
        time.sleep(0)
        counter[0] = seen + 1
        log.append("b0=" + str(counter[0]))
        seen = counter[0]
        time.sleep(0)
        counter[0] = seen + 1
        log.append("b1=" + str(counter[0]))
        time.sleep(0.003)
        log.append("b2")


threads = [threading.Thread(target=a), threading.Thread(target=b)]
for t in threads:
    t.start()
ev.set()
for t in threads:
    t.join()
log.append(counter[0])
print(log)
