# CPython 3.11.7 (10 runs): [5, 'bad'] every run
# a raise in the rest of `try: q.get(timeout) / except queue.Empty`, caught by the try around it
import queue
import threading

q = queue.Queue()
outcome = []
sign = [1]


def consumer():
    for _ in range(2):
        try:
            try:
                item = q.get(timeout=0.5)
                if item < 0:
                    raise ValueError("negative")
                outcome.append(item)
            except queue.Empty:
                outcome.append("empty")
        except ValueError:
            outcome.append("bad")


def producer():
    value = sign[0]
    sign[0] = -value
    q.put(value * 5)


threads = [threading.Thread(target=consumer)] + [threading.Thread(target=producer) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(outcome)
