# no bug: bounded buffer with a Condition; consumers wait in a while loop
import threading

buffer = []
capacity = 2
cond = threading.Condition()
consumed = []


def producer():
    for item in range(6):
        with cond:
            while len(buffer) >= capacity:
                cond.wait()
            buffer.append(item)
            cond.notify_all()


def consumer():
    for _ in range(3):
        with cond:
            while not buffer:
                cond.wait()
            consumed.append(buffer.pop(0))
            cond.notify_all()


threads = [threading.Thread(target=producer)] + [threading.Thread(target=consumer) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()

total = sum(consumed)
assert total == 15
