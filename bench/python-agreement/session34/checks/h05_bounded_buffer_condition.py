# The classic bounded buffer on one Condition: two producers, two consumers, capacity 2.
import threading

CAPACITY = 2
buffer = []
cond = threading.Condition()
consumed = []
produced = 0


def producer(items):
    global produced
    for item in items:
        with cond:
            while len(buffer) >= CAPACITY:
                cond.wait()
            buffer.append(item)
            produced += 1
            cond.notify_all()


def consumer(count):
    for _ in range(count):
        with cond:
            while not buffer:
                cond.wait()
            consumed.append(buffer.pop(0))
            cond.notify_all()


threads = [threading.Thread(target=producer, args=([1, 2, 3],)), threading.Thread(target=producer, args=([4, 5],)),
           threading.Thread(target=consumer, args=(3,)), threading.Thread(target=consumer, args=(2,))]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(consumed), produced, buffer)
