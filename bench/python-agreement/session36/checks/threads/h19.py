"""Random threaded program (seed 3637, number 19)."""
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
    q.put("a0")
    seen = counter[0]
    time.sleep(0)
    counter[0] = seen + 1
    log.append("a1=" + str(counter[0]))


def b():
    with lock:
        seen = counter[0]
        time.sleep(0)
        counter[0] = seen + 1
        log.append("b0=" + str(counter[0]))
    log.append("b1<" + q.get())


threads = [threading.Thread(target=a), threading.Thread(target=b)]
for t in threads:
    t.start()
q.put("main0")
for t in threads:
    t.join()
log.append(counter[0])
print(log)
