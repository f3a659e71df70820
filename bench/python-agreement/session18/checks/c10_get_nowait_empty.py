# get_nowait raises queue.Empty when a consumer runs before the producer; the consumer counts its misses.
import queue
import threading

q = queue.Queue()
got = []
misses = 0


def consumer():
    global misses
    for _ in range(2):
        try:
            got.append(q.get_nowait())
        except queue.Empty:
            misses += 1


def producer():
    q.put(1)
    q.put(2)


threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
left = q.qsize()
