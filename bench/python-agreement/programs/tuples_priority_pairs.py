# Expected: three producers put (priority, name) pairs on a PriorityQueue while a consumer takes three; the consumer's order depends on what is queued when it takes (a is first whenever all three are in).
import queue
import threading

q = queue.PriorityQueue()
order = []


def producer(priority, name):
    q.put((priority, name))


def consumer():
    for _ in range(3):
        priority, name = q.get()
        order.append(name)


threads = [threading.Thread(target=producer, args=(p, n)) for p, n in [(3, "c"), (1, "a"), (2, "b")]]
taker = threading.Thread(target=consumer)
taker.start()
for t in threads:
    t.start()
for t in threads:
    t.join()
taker.join()
print(order)
