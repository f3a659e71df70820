import threading
from collections import deque

CAPACITY = 3
buffer: deque[int] = deque()
not_empty = threading.Condition()
produced_total = 0
consumed: list[int] = []


def producer(items: list[int]) -> None:
    global produced_total
    for item in items:
        with not_empty:
            while len(buffer) >= CAPACITY:
                not_empty.wait()
            buffer.append(item)
            produced_total += item
            not_empty.notify_all()
    with not_empty:
        buffer.append(-1)
        not_empty.notify_all()


def consumer() -> None:
    while True:
        with not_empty:
            while not buffer:
                not_empty.wait()
            item = buffer.popleft()
            not_empty.notify_all()
        if item == -1:
            break
        consumed.append(item * 10)


p = threading.Thread(target=producer, args=([1, 2, 3, 4, 5, 6],))
c = threading.Thread(target=consumer)
c.start()
p.start()
p.join()
c.join()
consumed_sum = sum(consumed)
print(f"produced={produced_total} consumed={consumed_sum} order={consumed}")
assert consumed == [10, 20, 30, 40, 50, 60]
