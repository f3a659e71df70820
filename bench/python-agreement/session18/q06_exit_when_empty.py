# BUG: consumers exit as soon as the queue looks empty, so items the producer adds later are never processed
import queue
import threading
import time

messages = queue.Queue()
processed = []


def producer():
    for i in range(4):
        messages.put(f"msg-{i}")
        time.sleep(0.001)


def consumer():
    while not messages.empty():
        processed.append(messages.get())


if __name__ == "__main__":
    p = threading.Thread(target=producer)
    c = threading.Thread(target=consumer)
    p.start()
    c.start()
    p.join()
    c.join()
    processed_count = len(processed)
    assert processed_count == 4, f"only {processed_count} processed"
