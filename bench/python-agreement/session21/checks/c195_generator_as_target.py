# BUG: a generator function as a thread's target: calling it only makes a generator, its body never runs
import threading

log = []


def producer():
    log.append("started")
    for i in range(3):
        log.append(i)
        yield i


t = threading.Thread(target=producer)
t.start()
t.join()
print(log)
