"""Random threaded program (seed 3637, number 22)."""
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
    log.append("a0<" + q.get())
    with sem:
        log.append("a1+")
        time.sleep(0)
    seen = counter[0]
    time.sleep(0)
    counter[0] = seen + 1
    log.append("a2=" + str(counter[0]))


def b():
    time.sleep(0.001)
    log.append("b0")
    log.append("b1<" + q.get())
    seen = counter[0]
    time.sleep(0)
    counter[0] = seen + 1
    log.append("b2=" + str(counter[0]))


threads = [threading.Thread(target=a), threading.Thread(target=b)]
for t in threads:
    t.start()
q.put("main0")
q.put("main1")
for t in threads:
    t.join()
log.append(counter[0])
print(log)
