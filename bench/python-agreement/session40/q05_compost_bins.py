# Compost: a bounded Queue(maxsize=2) between a fast gardener and a slow turner; put with a timeout drops scraps when full. Bug: scraps dropped when the consumer is slow (timing-dependent loss).
import queue
import threading
import time

bins = queue.Queue(maxsize=2)
dropped = []
turned = []


def gardener():
    for scrap in range(1, 6):
        try:
            bins.put(scrap, timeout=0.002)
        except queue.Full:
            dropped.append(scrap)
    bins.put(0)  # done marker, blocking


def turner():
    while True:
        scrap = bins.get()
        if scrap == 0:
            break
        time.sleep(0.01)
        turned.append(scrap)


g = threading.Thread(target=gardener)
t = threading.Thread(target=turner)
g.start()
t.start()
g.join()
t.join()

accounted = len(dropped) + len(turned)
print(f"turned={turned} dropped={dropped} accounted={accounted}")
