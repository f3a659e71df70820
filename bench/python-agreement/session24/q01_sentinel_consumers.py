"""Producer/consumer with one None sentinel per consumer; consumers square the numbers they receive."""
import queue
import threading

NUM_CONSUMERS = 3
tasks = queue.Queue()
results = queue.Queue()


def producer(n):
    for i in range(1, n + 1):
        tasks.put(i)
    for _ in range(NUM_CONSUMERS):
        tasks.put(None)


def consumer():
    while True:
        item = tasks.get()
        if item is None:
            break
        results.put(item * item)


threads = [threading.Thread(target=consumer) for _ in range(NUM_CONSUMERS)]
threads.append(threading.Thread(target=producer, args=(6,)))
for t in threads:
    t.start()
for t in threads:
    t.join()

squares = []
while not results.empty():
    squares.append(results.get())
squares.sort()
total = sum(squares)
print(squares, total)
assert total == 91
