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
    ev.wait()
    log.append("a0~")
    log.append("a1<" + q.get())


def b():
    with sem:
        log.append("b0+")
        time.sleep(0)
    log.append("b1<" + q.get())
    ev.wait()
    log.append("b2~")


threads = [threading.Thread(target=a), threading.Thread(target=b)]
for t in threads:
    t.start()
q.put("main0")
q.put("main1")
ev.set()
for t in threads:
    t.join()
log.append(counter[0])
print(log)
