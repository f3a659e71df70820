"""A producer puts 5 ms before the consumer's get(timeout=) expires: usually got, rarely Empty."""
import queue
import threading
import time

q: queue.Queue = queue.Queue()
outcome: list[str] = []


def consumer() -> None:
    try:
        outcome.append(q.get(timeout=0.02))
    except queue.Empty:
        outcome.append("empty")


def producer() -> None:
    time.sleep(0.015)
    q.put("item")


threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(outcome)
