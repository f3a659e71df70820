# queue barging: producer puts then takes back before the waiting consumer runs
import queue
import threading
import time

q = queue.Queue()
consumer_got = 0
consumer_timed_out = 0
producer_took_back = 0


def consumer():
    global consumer_got, consumer_timed_out
    try:
        q.get(timeout=0.05)
        consumer_got = 1
    except queue.Empty:
        consumer_timed_out = 1


def producer():
    global producer_took_back
    time.sleep(0.01)
    q.put(7)
    try:
        q.get_nowait()
        producer_took_back = 1
    except queue.Empty:
        pass


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer)
c.start()
p.start()
c.join()
p.join()
