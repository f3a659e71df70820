# A `return` inside a loop over a constant list (unrolled at import time) inside `with sem:`, and inside
# a `while True:`: the semaphore is released on the way out and the later items never run.
import threading

log = []
sem = threading.Semaphore(2)


def stepper(tag):
    for item in [2, 0, 1]:
        with sem:
            if item == 0:
                return
            log.append(tag * 10 + item)


def looper(n):
    while True:
        log.append(100 + n)
        if n == 1:
            return
        log.append(110 + n)
        break
    log.append(199)


threads = [threading.Thread(target=stepper, args=(i,)) for i in range(2)]
threads += [threading.Thread(target=looper, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
free = [sem.acquire(blocking=False) for _ in range(3)]
print(sorted(log), free)
