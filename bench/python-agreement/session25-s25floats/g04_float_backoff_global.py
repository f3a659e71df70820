"""A float global doubled by a thread between sleeps of it (`time.sleep(delay)`, `delay = delay * 2`):
the sleep reads the shared float at run time."""
import threading
import time

delay = 0.01
log = []


def backoff():
    global delay
    for attempt in range(3):
        time.sleep(delay)
        delay = delay * 2
        log.append(delay)


t = threading.Thread(target=backoff)
t.start()
t.join()
print(delay, log)
