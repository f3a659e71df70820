"""A consumer waits on an Event and clears it; the producer sets it twice quickly: the second signal can
be lost (the consumer then times out), or both are seen."""
import threading
import time

ready = threading.Event()
handled = []


def consumer():
    for _ in range(2):
        if ready.wait(timeout=0.02):
            ready.clear()
            handled.append("signal")
        else:
            handled.append("timeout")


def producer():
    for _ in range(2):
        ready.set()
        time.sleep(0)


threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(handled)
