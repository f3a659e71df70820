# bug: consumer gives up on a get(timeout) shorter than the producer's slow step, so late readings are lost
import queue
import threading
import time

readings = queue.Queue()
received = []


def producer():
    for i, delay in enumerate([0.001, 0.001, 0.03, 0.001]):
        time.sleep(delay)
        readings.put(i * 10)


def consumer():
    while True:
        try:
            value = readings.get(timeout=0.01)
        except queue.Empty:
            received.append("gave-up")
            return
        received.append(value)


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
c.start()
p.join()
c.join()
print(f"received={received} left_in_queue={readings.qsize()}")
