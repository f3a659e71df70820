# BUG: target=worker(5) calls worker in the main thread; the thread's target is None
import threading

log = []


def worker(n):
    log.append(n)


t = threading.Thread(target=worker(5))
log.append(0)
t.start()
t.join()
print(log)
