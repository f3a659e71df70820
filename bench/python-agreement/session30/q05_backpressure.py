import queue
import threading
import time

buffer = queue.Queue(maxsize=2)
dropped = []
consumed = []
stack = queue.LifoQueue()


def fast_producer(count):
    for n in range(count):
        try:
            buffer.put(n, timeout=0.01)
        except queue.Full:
            dropped.append(n)
    buffer.put(-1)


def slow_consumer():
    while True:
        item = buffer.get()
        if item < 0:
            break
        time.sleep(0.004)  # slow disk
        consumed.append(item)
        stack.put(item)


threads = [threading.Thread(target=fast_producer, args=(6,)), threading.Thread(target=slow_consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()

newest_first = []
while not stack.empty():
    newest_first.append(stack.get_nowait())

print("consumed:", len(consumed), "dropped:", len(dropped), "accounted:", len(consumed) + len(dropped))
print("lifo first:", newest_first[:1], "all consumed in order:", consumed == sorted(consumed))
