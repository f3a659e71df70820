"""sorted() of a generator of queue.get() calls: sorted takes every item first, each get() waiting in turn."""
import queue
import threading

results: queue.Queue = queue.Queue()


def produce(n: int) -> None:
    results.put(n * 10)


threads = [threading.Thread(target=produce, args=(n,)) for n in (3, 1, 2)]
for t in threads:
    t.start()
ordered = sorted(results.get() for _ in threads)
for t in threads:
    t.join()
print(ordered)
assert ordered == [10, 20, 30]
