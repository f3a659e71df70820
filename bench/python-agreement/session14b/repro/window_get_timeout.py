# Expected: the consumer's 20 ms get(timeout=...) gives up long before the producer's put at 50 ms (got == 0, gave_up == 1, no bug); weft also lists got == 1, a schedule 30 ms outside its own 20 ms time window. Reduced from session14b/q05_get_timeout_gives_up.py.
import queue
import threading
import time

inbox = queue.Queue()
got = 0
gave_up = 0


def producer():
    time.sleep(0.05)
    inbox.put(1)


def consumer():
    global got, gave_up
    try:
        got = inbox.get(timeout=0.02)
    except queue.Empty:
        gave_up = 1


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
c.start()
p.join()
c.join()
print("got", got, "gave_up", gave_up)
