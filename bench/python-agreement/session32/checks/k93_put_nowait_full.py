# queue.Queue(maxsize=1).put_nowait raises queue.Full; the dropped count.
import queue
import threading

q = queue.Queue(maxsize=1)
dropped = 0


def producer():
    global dropped
    for i in range(3):
        try:
            q.put_nowait(i)
        except queue.Full:
            dropped += 1


t = threading.Thread(target=producer)
t.start()
t.join()
print(dropped, q.qsize())
