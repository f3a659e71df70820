"""Random threaded program (seed 3637, number 8)."""
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
        log.append("a0<" + q.get())
        with lock:
            seen = counter[0]
            time.sleep(0)
            counter[0] = seen + 1
            log.append("a1=" + str(counter[0]))
        ev.wait()
        log.append("a2~")


def b():
    for i in range(2):
        seen = counter[0]
        time.sleep(0)
        counter[0] = seen + 1
        log.append("b0=" + str(counter[0]))
        log.append("b1<" + q.get())
        log.append("b2<" + q.get())


def c():
    for i in range(2):
        ev.wait()
        log.append("c0~")
        log.append("c1<" + q.get())
        with sem:
            log.append("c2+")
            time.sleep(0)


threads = [threading.Thread(target=a), threading.Thread(target=b), threading.Thread(target=c)]
for t in threads:
    t.start()
q.put("main0")
q.put("main1")
q.put("main2")
q.put("main3")
q.put("main4")
q.put("main5")
q.put("main6")
q.put("main7")
ev.set()
for t in threads:
    t.join()
log.append(counter[0])
print(log)
