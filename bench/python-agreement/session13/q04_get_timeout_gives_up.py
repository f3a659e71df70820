# Known bug: the consumer gives up after get(timeout=0.05) but the producer's last item comes after 0.1 s, so it is never consumed (received == 2, left == 1).
import queue
import threading
import time

q = queue.Queue()
received = 0
left = 0


def producer():
    q.put(1)
    q.put(2)
    time.sleep(0.1)
    q.put(3)


def consumer():
    global received
    while True:
        try:
            item = q.get(timeout=0.05)
        except queue.Empty:
            print("consumer: nothing more, quitting")
            break
        received += 1


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
c.start()
p.start()
p.join()
c.join()
left = q.qsize()
print(f"received {received}, left in queue {left}")
