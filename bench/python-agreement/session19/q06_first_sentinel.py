# BUG: two producers each send a sentinel, but the consumer stops at the first one and drops later items
import queue
import threading

DONE = "DONE"
q = queue.Queue()
consumed = []


def producer(prefix, n):
    for i in range(n):
        q.put(f"{prefix}{i}")
    q.put(DONE)


def consumer():
    while True:
        item = q.get()
        if item == DONE:
            break
        consumed.append(item)


if __name__ == "__main__":
    c = threading.Thread(target=consumer)
    producers = [threading.Thread(target=producer, args=(p, 2)) for p in ("a", "b")]
    c.start()
    for p in producers:
        p.start()
    for p in producers:
        p.join()
    c.join()
    consumed_count = len(consumed)
    assert consumed_count == 4, f"consumed only {consumed_count}"
