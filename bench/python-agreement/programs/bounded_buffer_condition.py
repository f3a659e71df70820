"""A bounded buffer on one Condition: producers wait while it is full, consumers while it is empty."""
import threading

CAPACITY = 2
buffer = []
cond = threading.Condition()
consumed = 0


def producer(start):
    for item in range(start, start + 3):
        with cond:
            while len(buffer) >= CAPACITY:
                cond.wait()
            buffer.append(item)
            cond.notify_all()


def consumer():
    global consumed
    for _ in range(3):
        with cond:
            while len(buffer) == 0:
                cond.wait()
            consumed += buffer.pop(0)
            cond.notify_all()


threads = [
    threading.Thread(target=producer, args=(1,)),
    threading.Thread(target=producer, args=(10,)),
    threading.Thread(target=consumer),
    threading.Thread(target=consumer),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("consumed:", consumed)
