# bug: the consumer gives up after a short get() timeout, so items from a slow producer are lost
import queue
import threading
import time

inbox = queue.Queue()
received = []


def slow_producer():
    for msg, delay in enumerate([0.01, 0.01, 0.05]):
        time.sleep(delay)  # the third message is slow to arrive
        inbox.put(msg)


def impatient_consumer():
    while True:
        try:
            msg = inbox.get(timeout=0.03)
        except queue.Empty:
            break
        received.append(msg)


p = threading.Thread(target=slow_producer)
c = threading.Thread(target=impatient_consumer)
p.start()
c.start()
p.join()
c.join()
lost = 3 - len(received)
print("lost", lost)
