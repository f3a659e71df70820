# no bug: a poller misses with queue.Empty every 10 ms until the producer's item arrives after 45 ms
import queue
import threading
import time

inbox = queue.Queue()
misses = 0
got = 0


def producer():
    time.sleep(0.045)
    inbox.put(99)


def poller():
    global misses, got
    for _ in range(20):
        try:
            got = inbox.get(timeout=0.010)
            return
        except queue.Empty:
            misses += 1


p = threading.Thread(target=producer)
c = threading.Thread(target=poller)
p.start()
c.start()
p.join()
c.join()
print(misses, got)
