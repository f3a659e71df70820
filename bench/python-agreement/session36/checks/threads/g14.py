"""Random threaded program (seed 3637, number 14)."""
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
        log.append("a1<" + q.get())
        log.append("a2")
        time.sleep(0)


def b():
    for i in range(2):
        with lock:
            seen = counter[0]
            time.sleep(0)
            counter[0] = seen + 1
            log.append("b0=" + str(counter[0]))
        time.sleep(0.001)
        log.append("b1")
        ev.wait()
        log.append("b2~")


def c():
    for i in range(2):
        with sem:
            log.append("c0+")
            time.sleep(0)
        with lock:
            seen = counter[0]
            time.sleep(0)
            counter[0] = seen + 1
            log.append("c1=" + str(counter[0]))
        seen = counter[0]
        time.sleep(0)
        counter[0] = seen + 1
        log.append("c2=" + str(counter[0]))


threads = [threading.Thread(target=a), threading.Thread(target=b), threading.Thread(target=c)]
for t in threads:
    t.start()
q.put("main0")
q.put("main1")
ev.set()
for t in threads:
    t.join()
log.append(counter[0])
print(log)
