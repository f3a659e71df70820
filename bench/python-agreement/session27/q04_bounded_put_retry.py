"""A bounded queue: the producer's put(timeout=) raises queue.Full and it backs off exponentially."""
import queue
import threading
import time

buffer: queue.Queue = queue.Queue(maxsize=2)
received: list[int] = []
full_retries = 0


def producer() -> None:
    global full_retries
    for item in range(5):
        delay = 0.005
        while True:
            try:
                buffer.put(item, timeout=0.01)
                break
            except queue.Full:
                full_retries += 1
                time.sleep(delay)
                delay *= 2
    buffer.put(-1)


def slow_consumer() -> None:
    time.sleep(0.05)
    while (item := buffer.get()) != -1:
        received.append(item)


threads = [threading.Thread(target=producer), threading.Thread(target=slow_consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"received={received} retried={full_retries > 0}")
assert received == [0, 1, 2, 3, 4]
assert full_retries >= 1
