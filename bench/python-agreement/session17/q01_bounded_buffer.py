# no bug: a producer fills a bounded queue and sends one sentinel per consumer; consumers add up what they get
import queue
import threading

SENTINEL = None
buffer: "queue.Queue[int | None]" = queue.Queue(maxsize=3)
totals = {"alpha": 0, "beta": 0}


def producer(count: int, consumers: int) -> None:
    for item in range(1, count + 1):
        buffer.put(item)
    for _ in range(consumers):
        buffer.put(SENTINEL)


def consumer(name: str) -> None:
    while True:
        item = buffer.get()
        if item is SENTINEL:
            break
        totals[name] += item


threads = [threading.Thread(target=producer, args=(8, 2))]
threads += [threading.Thread(target=consumer, args=(n,)) for n in totals]
for t in threads:
    t.start()
for t in threads:
    t.join()
grand_total = totals["alpha"] + totals["beta"]
print(f"totals={totals} grand_total={grand_total}")
assert grand_total == 36
