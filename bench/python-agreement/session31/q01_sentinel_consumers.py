# Producer and two consumers on a queue.Queue; one None sentinel per consumer ends them
import queue
import threading

tasks = queue.Queue()
processed = []
per_consumer = {}
lock = threading.Lock()
NUM_CONSUMERS = 2


def producer(items):
    for item in items:
        tasks.put(item)
    for _ in range(NUM_CONSUMERS):
        tasks.put(None)


def consumer(name):
    count = 0
    while True:
        item = tasks.get()
        if item is None:
            break
        squared = item * item
        with lock:
            processed.append(squared)
        count += 1
    per_consumer[name] = count


threads = [threading.Thread(target=consumer, args=(f"c{i}",)) for i in range(NUM_CONSUMERS)]
threads.append(threading.Thread(target=producer, args=([1, 2, 3, 4, 5],)))
for t in threads:
    t.start()
for t in threads:
    t.join()

total = sum(processed)
handled = sum(per_consumer.values())
print("processed (sorted):", sorted(processed))
print("total:", total, "handled:", handled)
print("queue empty:", tasks.empty())
