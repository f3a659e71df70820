# A plain Lock used as a hand-off signal: one thread acquires it, another releases it (CPython allows this).
import threading

gate = threading.Lock()
log = []

gate.acquire()


def opener():
    log.append("open")
    gate.release()


def passer():
    gate.acquire()
    log.append("passed")
    gate.release()


threads = [threading.Thread(target=passer), threading.Thread(target=opener)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)
