# ordered
# threading.Lock is not fair: a thread that releases and takes it again at once usually gets it back
# before a waiting thread (barging), so the waiter can come last.
import threading
import time

log = []
lock = threading.Lock()


def greedy():
    for _ in range(3):
        with lock:
            log.append("A")
            time.sleep(0.002)


def polite():
    time.sleep(0.001)
    with lock:
        log.append("B")


threads = [threading.Thread(target=greedy), threading.Thread(target=polite)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log)
