# put_nowait on a full bounded queue raises queue.Full
import queue
import threading

q = queue.Queue(maxsize=2)
dropped = 0
kept = 0


def producer():
    global dropped
    for i in range(5):
        try:
            q.put_nowait(i)
        except queue.Full:
            dropped += 1


t = threading.Thread(target=producer)
t.start()
t.join()
kept = q.qsize()
print(dropped, kept)
