# BUG: lost wake-up: the consumer tests `ready` outside the condition's lock, so the producer may
# notify before the consumer waits, which then waits for ever. The result is joined by a generator.
# CPython 3.11.7 (agree.py --runs 10, 2026-11-30): status='1-2' (10 of 10); weft explore: 2 outcomes, complete: that state and the deadlock.
import threading

ready = False
cond = threading.Condition()
result = []


def consumer():
    if not ready:
        with cond:
            cond.wait()
    result.append(1)
    result.append(2)


def producer():
    global ready
    with cond:
        ready = True
        cond.notify()


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
p.join()
c.join()
status = "-".join(str(x) for x in result)
